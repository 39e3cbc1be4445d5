"""Places among the capitalised words spaCy left unlabelled: adjectival toponyms, a country's name,
a subdivision with its type word, a town before its own police or council, a place after a locative
preposition or a person's name, and hyphenated compounds ("U.S.-led")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from facta.geo.gazetteer import Entry
from facta.geo.mention import Mention
from facta.geo.names import resident, word_set

if TYPE_CHECKING:
    from facta.geo.recognize import Recognizer

_INSTITUTION_TOWN_POP = 5_000  # an unlabelled name before "police"/"council" must name a town this large


def find_unlabelled(rec: Recognizer, doc: Any, taken: list[tuple[int, int]]) -> list[Mention]:
    """Capitalised words spaCy left unlabelled: adjectival toponyms; a country's name anywhere
    ("Slovenia acted…", "the Communist Party of Vietnam"); a subdivision with its type word
    ("Maiduguri Borno State"); a place after a locative preposition or after a person's name
    ("Jodi Mahler of Bellmore")."""
    out: list[Mention] = []
    covered = {i for s, e in taken for i in range(s, e)}
    for tok in doc:
        if tok.ent_type_ or not tok.text[:1].isupper() or tok.i in covered:
            continue
        if tok.dep_ in {"amod", "compound"} and rec.gaz.adjective(tok.text) is not None:
            m = rec._mention(doc, tok.i, tok.i + 1, "adjectival", "", "adjective")
            out.append(m)
            taken.append((m.start, m.end))
            covered.add(tok.i)
            continue
        head, dash, tail = tok.text.rpartition("-")
        if dash and head and tail.lower() in word_set("compound_participles"):
            compound = _compound(rec, doc, tok.i, head)
            if compound is not None:  # "U.S.-led", "Saudi-backed" written as one token
                out.append(compound)
                taken.append((tok.i, tok.i + 1))
                covered.add(tok.i)
            continue
        if tok.pos_ != "PROPN":
            continue
        end = tok.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ and end - tok.i < 4:
            end += 1
        run = _unlabelled_run(rec, doc, tok.i, end) or _possessed_division(rec, doc, tok.i, end, taken)
        if run is not None:
            out.append(run)
            taken.append((run.start, run.end))
            covered.update(range(run.start, run.end))
    return out


def _unlabelled_run(rec: Recognizer, doc: Any, start: int, end: int) -> Mention | None:
    prev = doc[start - 1] if start else None
    if prev is not None and prev.text.lower().rstrip(".") in word_set("titles"):
        return None
    # the longest run the gazetteer knows as a country; after another capitalised word it is
    # part of a name: an organisation's when the name goes on ("Air France KLM"), else
    # perhaps a person's ("Zen Trinidad")
    in_name = prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper()
    for stop in range(end, start, -1):
        cands = rec.candidates(doc[start:stop].text, strict=True)
        if any(c.kind == "country" and rec._country_name(c, doc[start:stop].text) for c in cands):
            if not in_name:
                return rec._mention(doc, start, stop, "literal", "", "country-name")
            if stop < len(doc) and doc[stop].pos_ == "PROPN" and doc[stop].text[:1].isupper():
                return rec._mention(doc, start, stop, "embedded", "", "embedded")
            return None
    if end < len(doc) and doc[end].text.lower() in word_set("local_institutions"):
        # "Frankfort police said", "Dothan council voted": a town's own institution
        m = rec._mention(doc, start, end, "literal", "", "institution")
        if any(c.kind == "city" and c.q == 0 and c.pop >= _INSTITUTION_TOWN_POP for c in m.candidates):
            return m
    last = doc[end - 1].text.lower()
    if end - start > 1 and last in word_set("place_suffixes") and doc[end - 1].text[:1].isupper():
        m = rec._mention(doc, start, end, "literal", "", "place-suffix")
        if any(c.kind in {"admin1", "admin2"} and c.q <= 1 for c in m.candidates):
            return m
    if resident(doc, start, end):  # "A Joplin couple": a town's people
        m = rec._mention(doc, start, end, "literal", "", "resident")
        return m if any(c.kind == "city" and c.q == 0 for c in m.candidates) else None
    residence = prev is not None and prev.text.lower() == "of" and prev.head.ent_type_ == "PERSON"
    if prev is None or not (prev.text.lower() in word_set("loc_preps") or residence):
        return None
    m = rec._mention(doc, start, end, "literal", "", "residence" if residence else "preposition")
    return m if any(c.q in {0, 2} and c.kind != "directional" for c in m.candidates) else None


def _compound(rec: Recognizer, doc: Any, i: int, head: str) -> Mention | None:
    adj = rec.gaz.adjective(head)
    cands: tuple[Entry, ...] = (adj,) if adj is not None else rec.candidates(head, strict=True)
    if not any(c.kind in {"country", "admin1"} or (c.kind == "city" and c.pop >= 100_000) for c in cands):
        return None
    start_char = doc[i].idx
    role = "adjectival" if adj is not None else "literal"
    return Mention(i, i + 1, start_char, start_char + len(head), head, role, "", cands, evidence="compound")


def _possessed_division(
    rec: Recognizer, doc: Any, start: int, end: int, taken: list[tuple[int, int]]
) -> Mention | None:
    """ "Yemen's Hodeidah province", "Somalia's Bay region": a division of the country that owns it,
    the gazetteer's entry of that name there, or the name kept with the country when it has none."""
    if end >= len(doc) or doc[end].text.lower() not in word_set("place_suffixes"):
        return None
    if start < 2 or doc[start - 1].text not in {"'s", "’s"}:
        return None
    owner = next((s for s, e in taken if e == start - 1), None)
    if owner is None:
        return None
    countries = [c for c in rec.candidates(doc[owner : start - 1].text, strict=True) if c.kind == "country"]
    if not countries:
        return None
    m = rec._mention(doc, start, end, "literal", "", "possessed")
    inside = tuple(c for c in m.candidates if c.cc == countries[0].cc and c.kind != "country")
    m.candidates = inside
    if not inside:
        m.qualifier = (countries[0],)
    return m
