"""Turn raw input (bytes or str) into a clean :class:`Article`, or a clear per-item error.

Checks, in order: encoding (F204), binary content (F202), markup with no text (F206), empty (F201),
length (F203) and language (F205). Offsets in every record refer to the normalised text kept in
:attr:`Article.text`.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import itertools
import re
import unicodedata
from html import unescape
from html.parser import HTMLParser

from facta.errors import FactaError
from facta.model import Article
from facta.resources import read_data_tsv

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HTML_HINT = re.compile(r"<\s*(!doctype|html|head|body|p|div|script|br|span|article|a\s)[\s>/]", re.I)
# a word: letters, with inner hyphens and apostrophes (de-escalation, d'état, it's are one word each)
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_LANGUAGES = {
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "it": "Italian",
    "de": "German",
    "nl": "Dutch",
}


_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xef\xbb\xbf", "utf-8"),
)
_WIDE = frozenset({"utf16", "utf16le", "utf16be", "utf32", "utf32le", "utf32be"})


def decode(raw: bytes, encoding: str = "utf-8") -> str:
    """Decode bytes; refuse binary data and text that is not valid in ``encoding``.

    A byte-order mark (UTF-8, UTF-16 or UTF-32) wins over ``encoding``: such files are text in that
    encoding, whatever the user assumed."""
    wide = encoding.lower().replace("-", "").replace("_", "") in _WIDE
    for bom, name in _BOMS:
        if raw.startswith(bom):
            raw, encoding, wide = raw[len(bom) :], name, name != "utf-8"
            break
    if not wide and raw.count(b"\x00") > 0:
        guess = _utf16_guess(raw)
        if guess:
            raise FactaError(
                "F204",
                encoding=encoding,
                reason=f"it looks like UTF-16 without a byte-order mark; try --encoding {guess}",
            )
        raise FactaError("F202", reason="it contains NUL bytes")
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise FactaError(
            "F204", encoding=encoding, reason=f"byte 0x{raw[exc.start]:02x} at position {exc.start}"
        ) from exc
    except LookupError as exc:
        raise FactaError("F204", encoding=encoding, reason="unknown encoding") from exc


def _utf16_guess(raw: bytes) -> str | None:
    """The UTF-16 byte order of mostly-ASCII text whose every other byte is NUL, else None."""
    sample = raw[:4096]
    if len(sample) < 16:
        return None
    odd, even = sample[1::2], sample[0::2]
    for zeros, other, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and other.count(0) <= 0.1 * len(other):
            return name
    return None


class _TextOnly(HTMLParser):
    """Collects visible text; drops script/style/template content and all attributes."""

    _SKIP = frozenset({"script", "style", "noscript", "template", "iframe", "object", "svg", "head"})
    _BLOCK = frozenset(
        {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip_depth += 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip_depth:
            self._skip_depth -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_HINT.search(text[:5000]))


def html_to_text(html: str) -> str:
    parser = _TextOnly()
    parser.feed(html)
    parser.close()
    text = unescape("".join(parser.parts))
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def normalize_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\u200b", "").replace("\ufeff", "")
    return text.strip()


@functools.cache
def function_words() -> dict[str, frozenset[str]]:
    """Common function words by language code (``en`` and the languages of ``_LANGUAGES``), from
    the package data file ``ingest/function_words.tsv``; loaded on first use."""
    words: dict[str, set[str]] = {}
    for row in read_data_tsv("ingest/function_words.tsv"):
        words.setdefault(row["language"], set()).add(row["word"])
    return {language: frozenset(ws) for language, ws in words.items()}


@functools.cache
def _foreign_index() -> dict[str, tuple[str, ...]]:
    """Lowercase function word -> the codes of the languages other than English that use it."""
    index: dict[str, tuple[str, ...]] = {}
    for code, words in function_words().items():
        if code in _LANGUAGES:
            for word in words:
                index[word] = (*index.get(word, ()), code)
    return index


def _in_name(tokens: list[re.Match[str]], i: int, text: str) -> bool:
    """Whether lowercase word ``i`` is a particle inside a name (Ursula von der Leyen, Lula da Silva,
    Charles de Gaulle): the nearest words on both sides, across other lowercase words and spaces only,
    are capitalised."""

    def capitalised_neighbour(step: int) -> bool:
        j = i
        while 0 <= j + step < len(tokens):
            a, b = (tokens[j], tokens[j + step]) if step > 0 else (tokens[j + step], tokens[j])
            if text[a.end() : b.start()].strip():
                return False
            j += step
            word = tokens[j].group()
            if word[0].isupper():
                return True
            if len(word) > 4:  # only short particles chain (von der, de la, da)
                return False
        return False

    return capitalised_neighbour(-1) and capitalised_neighbour(1)


def english_check(text: str) -> str | None:
    """Return why ``text`` does not look like English, or None when it does (or cannot tell).

    Three tests: the letters must be mostly Latin script; the common function words of another
    language (French, Spanish, Portuguese, Italian, German, Dutch) must not outnumber the English ones
    (at least two of them: this holds for a one-line brief as well as for a long article; lowercase
    words only, and not particles inside names, so "Los Angeles" or "von der Leyen" in an English
    headline do not count); and from 25 words on, at least 8% of the words must be English function
    words (other Latin-script languages). A short text with no function word at all passes."""
    sample = text[:20000]
    ascii_letters = len(_ASCII_LETTER.findall(sample))
    others = [c for c in _NON_ASCII.findall(sample) if c.isalpha()]
    n_letters = ascii_letters + len(others)
    if not n_letters:
        return None
    latin = ascii_letters + sum(1 for c in others if "LATIN" in unicodedata.name(c, ""))
    if latin / n_letters < 0.6:
        return f"only {latin / n_letters:.0%} of its letters are Latin script"
    tokens = list(itertools.islice(_TOKEN.finditer(sample), 3000))
    english = function_words()["en"]
    foreign = _foreign_index()
    n_english = 0
    found: dict[str, list[str]] = {}
    for i, token in enumerate(tokens):
        word = token.group()
        lower = word.lower()
        if lower in english:
            n_english += 1
        languages = foreign.get(word)  # lowercase words only: the index keys are lowercase
        if languages and not _in_name(tokens, i, sample):
            for code in languages:
                found.setdefault(code, []).append(word)
    if found:
        code, hits = max(found.items(), key=lambda item: len(item[1]))
        if len(hits) >= 2 and len(hits) > n_english:
            examples = ", ".join(sorted(set(hits), key=hits.index)[:4])
            return (
                f"it reads as {_LANGUAGES[code]}: {len(hits)} {_LANGUAGES[code]} function words,"
                f" e.g. {examples}, and only {n_english} English ones"
            )
    if len(tokens) < 25:
        return None
    share = n_english / len(tokens)
    if share < 0.08:
        return f"only {share:.0%} of its words are common English function words"
    return None


def parse_date(value: str | dt.date | None) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError as exc:
        raise FactaError("F207", value=value) from exc


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def article_id(text: str, url: str | None) -> str:
    return hashlib.sha256(f"{url or ''}\x00{text}".encode()).hexdigest()[:16]


def make_article(
    raw: str | bytes,
    *,
    published: str | dt.date | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    author: str | None = None,
    encoding: str = "utf-8",
    max_chars: int = 1_000_000,
    language_check: bool = True,
) -> Article:
    """Validate and normalise one input into an :class:`Article` (raises :class:`FactaError`)."""
    text = decode(raw, encoding) if isinstance(raw, bytes) else raw
    controls = len(_CONTROL.findall(text[:100000]))
    if "\x00" in text or controls > max(8, len(text[:100000]) // 100):
        raise FactaError("F202", reason=f"{controls} control characters")
    if looks_like_html(text):
        text = html_to_text(text)
        if not text.strip():
            raise FactaError("F206")
    text = normalize_text(text)
    if not text:
        raise FactaError("F201")
    if len(text) > max_chars:
        raise FactaError("F203", n_chars=len(text), limit=max_chars)
    if language_check:
        reason = english_check(text)
        if reason:
            raise FactaError("F205", reason=reason)
    return Article(
        id=article_id(text, url),
        text=text,
        title=title.strip() if title else None,
        url=url or None,
        published=parse_date(published),
        outlet=outlet or None,
        content_hash=text_hash(text),
        author=author.strip() if author and author.strip() else None,
    )
