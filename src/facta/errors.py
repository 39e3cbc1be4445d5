"""Errors with stable codes.

Every error facta raises on purpose is a :class:`FactaError` carrying a stable ``code`` (``F`` + three
digits) and a message that says what happened and what the user can do about it. Codes never change
meaning once released; new ones are added at the end of their block.

Blocks: F1xx setup/models, F2xx input text, F3xx pipeline/config, F4xx store, F5xx ingest, F6xx eval.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class ErrorCode:
    code: str
    template: str
    hint: str


# The table of all error codes. Tests check codes are unique and documented.
CODES: dict[str, ErrorCode] = {
    e.code: e
    for e in (
        ErrorCode(
            "F101",
            "spaCy model '{model}' is not installed.",
            "Install it with `{package}` or choose another model with --model / FACTA_MODEL.",
        ),
        ErrorCode(
            "F102", "spaCy model '{model}' could not be loaded: {reason}", "Reinstall the model package."
        ),
        ErrorCode("F103", "Data file '{name}' is missing from the facta package.", "Reinstall facta."),
        ErrorCode(
            "F104",
            "Cannot build the gazetteer index at {path}: {reason}",
            "Set FACTA_CACHE_DIR (or --cache-dir) to a writable directory with ~100 MB free.",
        ),
        ErrorCode("F201", "The article text is empty.", "Pass a file or stdin with some text."),
        ErrorCode(
            "F202",
            "The input looks binary, not text ({reason}).",
            "Pass plain text, HTML, JSON or CSV; convert PDFs and Office files to text first.",
        ),
        ErrorCode(
            "F203",
            "The article is too long ({n_chars} characters; the limit is {limit}).",
            "Split it, or raise the limit with --max-chars / FACTA_MAX_CHARS.",
        ),
        ErrorCode(
            "F204",
            "The input is not valid {encoding} text ({reason}).",
            "Re-encode it as UTF-8, or name its encoding with --encoding.",
        ),
        ErrorCode(
            "F205",
            "The article does not look like English ({reason}).",
            "facta's pipeline reads English; translate the text first or pass --no-language-check.",
        ),
        ErrorCode(
            "F206",
            "The input is markup with no readable text left after removing tags and scripts.",
            "Pass the article's text, or ingest the page with `facta ingest` which extracts its main text.",
        ),
        ErrorCode("F207", "Invalid publication date '{value}'.", "Use ISO format, e.g. 2024-03-15."),
        ErrorCode("F301", "Unknown pipeline stage '{name}'.", "Known stages: {known}."),
        ErrorCode(
            "F302",
            "Stage '{stage}' requires '{missing}', which no earlier stage assigns.",
            "Reorder the stages or add one that assigns '{missing}'.",
        ),
        ErrorCode(
            "F303", "Invalid setting {name}={value!r}: {reason}", "See `facta settings` for valid values."
        ),
        ErrorCode(
            "F304", "Stage '{stage}' failed on this article: {reason}", "Report this with the article."
        ),
        ErrorCode(
            "F305",
            "Invalid actor dictionary {path}: {reason}",
            "See docs/actor-dictionaries.md for the accepted formats.",
        ),
        ErrorCode("F306", "Unknown topic '{topic}'.", "Known topics: {known}."),
        ErrorCode(
            "F307",
            "Invalid verb dictionary {path}: {reason}",
            "See docs/events.md (user verb dictionaries) for the accepted format.",
        ),
        ErrorCode("F401", "Cannot open the store at {url}: {reason}", "Check the path or database URL."),
        ErrorCode(
            "F402",
            "The store at {url} has schema version {found}, newer than this facta ({expected}).",
            "Upgrade facta.",
        ),
        ErrorCode(
            "F403",
            "Unsupported database URL '{url}'.",
            "Use a file path, sqlite:///path.db or postgresql://user@host/db.",
        ),
        ErrorCode(
            "F404",
            "The PostgreSQL store needs the psycopg package ({url}).",
            "Install it with `pip install 'facta[postgres]'` (or `pip install 'psycopg[binary]'`).",
        ),
        ErrorCode(
            "F405",
            "Parquet export needs the pyarrow package.",
            "Install it with `pip install 'facta[parquet]'`, or export jsonl / acled-csv instead.",
        ),
        ErrorCode("F406", "Unknown export format '{name}'.", "Known formats: {known}."),
        ErrorCode(
            "F407",
            "There is no store at {url}.",
            "Fill it first with `facta ingest SOURCES --db {url}` (or `facta demo --db {url}`), or point "
            "--db / FACTA_DB at an existing store.",
        ),
        ErrorCode("F501", "Cannot read source {source}: {reason}", "Check that the file or URL exists."),
        ErrorCode("F502", "Unsupported source type for {source}.", "Supported: {supported}."),
        ErrorCode(
            "F503",
            "Refusing to fetch {url}: it resolves to a private or loopback address.",
            "Pass --allow-private if you really mean to fetch from your own network.",
        ),
        ErrorCode("F504", "Fetching {url} failed: {reason}", "Check the URL and your network."),
        ErrorCode(
            "F505",
            "{source} has no '{field}' value.",
            "Name the column that holds it with --field {field}=COLUMN.",
        ),
        ErrorCode(
            "F506", "Cannot parse {source} as {kind}: {reason}", "Check that the file is valid {kind}."
        ),
        ErrorCode(
            "F507",
            "Invalid field mapping '{value}'.",
            "Use --field NAME=COLUMN with NAME one of: {known}.",
        ),
        ErrorCode(
            "F508",
            "{url} is too large (more than {limit} bytes).",
            "Fetch it yourself and ingest the file, or raise --max-bytes.",
        ),
        ErrorCode("F601", "Evaluation data not found at {path}.", "Pass --data pointing at the data folder."),
        ErrorCode("F602", "Unknown evaluation set '{name}'.", "Known sets: {known}."),
        ErrorCode(
            "F603",
            "Evaluation file {path} could not be read: {reason}",
            "Check that --data points at an unmodified copy of the data set.",
        ),
        ErrorCode(
            "F604",
            "Evaluation set '{name}' has no '{split}' split.",
            "Use --split {available}.",
        ),
    )
}


class FactaError(Exception):
    """An error with a stable code, a message and a hint telling the user what to do."""

    def __init__(self, code: str, **params: Any) -> None:
        spec = CODES[code]
        self.code = code
        self.params = params
        self.message = spec.template.format(**params)
        self.hint = spec.hint.format(**params)
        super().__init__(f"[{code}] {self.message} {self.hint}")

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message, "hint": self.hint}
