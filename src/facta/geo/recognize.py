"""Toponym recognition: which spans of a spaCy Doc name places (docs/places.md has the full list).

Sources of mentions, in order:

1. datelines ("KADUGLI, Sudan (Reuters) -", "BEIRUT (AP) —"), near the top or, with an agency or a
   dash, after a caption or an earlier story further down (:mod:`facta.geo.datelines`);
2. GPE and LOC entities (extended over "X County"/"X province", "northern X" and names spaCy split,
   searched for places inside when unknown as a whole; a GPE that is an adjective is adjectival);
3. NORP entities that are adjectival toponyms ("Syrian troops" → Syria), and currency adjectives;
   plural people nouns ("Syrians") are not place mentions;
4. entities spaCy labelled PERSON, ORG, FAC, … whose text the gazetteer knows *and* whose context says
   place: a locative preposition, a place noun ("the town of X", "X province"), a qualifier
   ("X, Sudan"), coordination with another place, a residence ("Jo Smith of X"), an institution's
   seat ("University of …, X,"), a hyphenated participle ("X-led"), or one sense per discourse;
5. toponyms embedded in organisation and facility names ("Syrian Observatory for Human Rights",
   "Laurel County Sheriff's Office") — kept with role ``embedded`` (:mod:`facta.geo.embedded`);
6. capitalised words spaCy left unlabelled: a country's name, a subdivision with its type word,
   a residence, a place after a locative preposition, or a town before its own police or council
   (:mod:`facta.geo.unlabelled`);
7. the state or country after "Town," that spaCy left unlabelled ("PLEASANTON, Calif.--").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from facta.geo.embedded import find_embedded
from facta.geo.gazetteer import Entry, Gazetteer
from facta.geo.mention import STOP, Mention, scan_longest
from facta.geo.names import is_generic, resident, street_name, word_set
from facta.geo.typewords import division, kind_hint, natural_feature, plural_type
from facta.geo.unlabelled import find_unlabelled

__all__ = ["EMBED_LABELS", "MISLABEL_LABELS", "PLACE_LABELS", "Mention", "Recognizer"]

PLACE_LABELS = frozenset({"GPE", "LOC"})
EMBED_LABELS = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "NORP"})
MISLABEL_LABELS = EMBED_LABELS | {"PERSON"}
_JOIN_CITY_POP = 50_000  # a town joined with the proper nouns after it must be this large
_NOT_PLACE_PREPS = frozenset(
    {"according to", "thanks to", "due to", "owing to", "listening to", "belonging to"}
)


def _overlaps(a: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


class Recognizer:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer

    # -- helpers -------------------------------------------------------------------------------
    def _mention(self, doc: Any, start: int, end: int, role: str, label: str, evidence: str) -> Mention:
        span = doc[start:end]
        text = span.text
        if role == "adjectival":
            entry = self.gaz.adjective(text)
            cands: tuple[Entry, ...] = (entry,) if entry else ()
        else:
            cands = self.candidates(text, strict=evidence != "ner" or " " not in text.strip())
        return Mention(start, end, span.start_char, span.end_char, text, role, label, cands, (), evidence)

    def candidates(self, text: str, *, strict: bool = False) -> tuple[Entry, ...]:
        """Gazetteer entries for ``text``; short all-capital forms ("SA", "EU") only through our own
        aliases and abbreviations; with ``strict``, nothing for generic words ("Federal", "Lake")."""
        if strict and is_generic(text):
            return ()
        cands = self.gaz.lookup(text)
        letters = [ch for ch in text if ch.isalpha()]
        if letters and len(letters) <= 4 and text.isupper():
            cands = tuple(
                c
                for c in cands
                if c.q in {2, 3} or (c.q == 1 and c.kind in {"country", "admin1", "continent"})
            )
        return cands

    @staticmethod
    def _trim(doc: Any, start: int, end: int) -> tuple[int, int]:
        """Drop a leading "the" and a trailing possessive from an entity's tokens."""
        if end - start > 1 and doc[start].text.lower() == "the":
            start += 1
        if end - start > 1 and doc[end - 1].text.lower() in {"'s", "’s", "'"}:
            end -= 1
        return start, end

    def _extend(self, doc: Any, start: int, end: int) -> tuple[int, int]:
        """Grow a span over a following place suffix or a preceding direction the gazetteer knows;
        join a name spaCy split ("Boa" + "Vista", "Gilgit" + "-Baltistan") when the gazetteer knows
        the whole and not the part."""
        if not self.gaz.lookup(doc[start:end].text):
            for n in (1, 2):
                stop = end + n
                if stop > len(doc) or not all(t.text[:1].isupper() or t.text == "-" for t in doc[end:stop]):
                    break
                if doc[stop - 1].text == "-" or any(t.pos_ not in {"PROPN", "PUNCT"} for t in doc[end:stop]):
                    continue
                if self.gaz.lookup(doc[start:stop].text):
                    end = stop
                    break
        else:
            end = self._extend_known(doc, start, end)
        if end < len(doc) and doc[end].text.lower() in word_set("place_suffixes"):
            longer = doc[start : end + 1].text
            if self.gaz.lookup(longer) and not self._region_states(doc, start, end):
                end += 1
        if start > 0 and doc[start - 1].text.lower() in word_set("directions"):
            longer = doc[start - 1 : end].text
            if any(e.kind == "directional" for e in self.gaz.lookup(longer)):
                start -= 1
        return start, end

    def _region_states(self, doc: Any, start: int, end: int) -> bool:
        """ "Gulf states", "a Gulf state", "Caribbean states": a state of a sea's or region's shores,
        not a subdivision of that name (Papua New Guinea's Gulf province)."""
        if doc[end].text.lower() not in {"state", "states"}:
            return False
        return any(
            e.kind in {"sea", "region", "continent"} and e.q == 0
            for e in self.gaz.lookup(doc[start:end].text)
        )

    def _extend_known(self, doc: Any, start: int, end: int) -> int:
        """Join a known name with the proper nouns after it when the whole is a place's own name
        ("U.S." + "Virgin Islands", "Gilgit" + "-Baltistan"): a country, subdivision, region or
        sizeable town, never through an alternate name."""
        for n in (2, 1):
            stop = end + n
            if stop > len(doc) or doc[stop - 1].text == "-":
                continue
            if not all(
                (t.pos_ == "PROPN" and t.text[:1].isupper())
                or (t.text == "-" and not doc[t.i - 1].whitespace_)
                for t in doc[end:stop]
            ):
                continue
            if any(
                e.q == 0 and (e.kind != "city" or e.pop >= _JOIN_CITY_POP)
                for e in self.gaz.lookup(doc[start:stop].text)
            ):
                return stop
        return end

    def _place_context(self, doc: Any, start: int, end: int, label: str = "") -> str | None:
        """Why the words around tokens [start, end) say they name a place, or None. For a name
        spaCy took for a person, "to"/"at"/"with" are not enough ("according to Allen")."""
        root = doc[start:end].root
        prev = doc[start - 1] if start > 0 else None
        nxt = doc[end] if end < len(doc) else None
        prep = root.head if root.dep_ == "pobj" else prev
        motion = prep is not None and prep.head.lemma_.lower() in word_set("motion_verbs")
        weak = word_set("person_preps") if label == "PERSON" and not motion else frozenset()
        pair = f"{doc[prep.i - 1].text.lower()} {prep.text.lower()}" if prep is not None and prep.i else ""
        if pair in _NOT_PLACE_PREPS:
            return None  # "according to X", "thanks to X"
        possessive = nxt is not None and nxt.text.lower() in {"'s", "’s"}
        if root.dep_ == "pobj" and root.head.text.lower() in word_set("loc_preps") - weak:
            return "preposition"
        if (
            prev is not None
            and prev.text.lower() in word_set("loc_preps") - weak
            and prev.text.islower()
            and not (possessive and label)
        ):
            return "preposition"
        if (
            prev is not None
            and prev.text.lower() == "of"
            and start > 1
            and doc[start - 2].text.lower() in word_set("place_nouns")
        ):
            return "place-noun"
        if root.dep_ == "pobj" and root.head.text.lower() == "of" and root.head.head.ent_type_ == "PERSON":
            return "residence"  # "Jodi Mahler of Bellmore", "Ms Abdhou, of Hayes,"
        if nxt is not None and nxt.text.lower() in word_set("place_suffixes"):
            return "place-suffix"
        if resident(doc, start, end):
            return "resident"  # "a Truro man", "A Joplin couple"
        if (
            nxt is not None
            and nxt.text == "-"
            and not nxt.whitespace_
            and end + 1 < len(doc)
            and doc[end + 1].text.lower() in word_set("compound_participles")
        ):
            return "compound"  # "Vatican-owned", "Saudi-led"
        if nxt is not None and nxt.text == "," and end + 1 < len(doc) and self._qualifier(doc, end + 1):
            return "qualifier"
        if root.dep_ == "conj" and root.head.ent_type_ in PLACE_LABELS:
            return "coordination"
        if any(c.dep_ == "conj" and c.ent_type_ in PLACE_LABELS for c in root.children):
            return "coordination"
        if (
            prev is not None
            and prev.text == ","
            and start > 1
            and doc[start - 2].ent_type_ == "ORG"
            and (nxt is None or nxt.text in {",", ".", ";", ")", "("})
        ):
            return "seat"  # "Federal University of Technology, Owerri," "Ministry of …, Abuja"
        return None

    def _qualifier(self, doc: Any, i: int) -> tuple[Entry, ...]:
        """Entries named by the country/state words at token i ("Sudan", "Ky.", "GA")."""
        return self._qualifier_span(doc, i)[1]

    def _qualifier_span(self, doc: Any, i: int) -> tuple[int, tuple[Entry, ...]]:
        """How many tokens from i name a country or state, and its entries ((0, ()) for none)."""
        for n in (3, 2, 1):
            if i + n > len(doc):
                continue
            span = doc[i : i + n]
            if not span[0].text[:1].isupper() or not all(any(ch.isalpha() for ch in t.text) for t in span):
                continue
            found = tuple(
                e for e in self.gaz.lookup(span.text) if e.kind in {"country", "admin1"} and e.q <= 3
            )
            if n == 1 and not found and len(span.text) == 2 and span.text.isupper():
                postal = self.gaz.postal(span.text)
                found = (postal,) if postal else ()
            if found:
                return n, found
        return 0, ()

    # -- the recogniser --------------------------------------------------------------------------
    def dateline(self, doc: Any) -> list[Mention]:
        """Dateline places ("KADUGLI, Sudan (Reuters) -"): see :mod:`facta.geo.datelines`."""
        from facta.geo.datelines import find_datelines

        return find_datelines(self, doc)

    def __call__(self, doc: Any) -> list[Mention]:
        mentions = self.dateline(doc)
        taken = [(m.start, m.end) for m in mentions]
        place_texts: set[str] = set()
        pending: list[tuple[int, int, str]] = []
        person_tokens = {t.text.lower() for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
        dateline_ends = {m.end for m in mentions}
        org_starts = {e.start for e in doc.ents if e.label_ == "ORG"}
        for ent in doc.ents:
            start, end = self._trim(doc, ent.start, ent.end)
            # an entity run on from a dateline ("HALIFAX - Nova" + "Scotia RCMP"): its part after the dash
            cut = next((d for d in dateline_ends if start < d < end), None)
            if cut is not None:
                while cut < end and not doc[cut].text[:1].isalnum():
                    cut += 1
                start = cut
            if start >= end or _overlaps((start, end), taken):
                continue
            label = ent.label_
            adjective = (
                label in PLACE_LABELS | {"NORP"} and self.gaz.adjective(doc[start:end].text) is not None
            )
            if adjective and not (label in PLACE_LABELS and self.gaz.lookup(doc[start:end].text)):
                # "Syrian troops"; spaCy sometimes calls the adjective a GPE ("Emirati handler")
                people = self.gaz.adjective(doc[start:end].text)
                if (
                    people is not None
                    and people.kind != "country"
                    and _names_organisation(doc, end, org_starts)
                ):
                    # "the Kurdish-led Syrian Democratic Forces", "the Kurdish YPG": a people's name
                    # opening a group's, found but no place of the article ("Iranian-backed
                    # Hezbollah" still names Iran, a state that acts)
                    em = self._mention(doc, start, end, "embedded", label, "embedded-adjective")
                    mentions.append(em)
                else:
                    mentions.append(self._mention(doc, start, end, "adjectival", label, "adjective"))
                taken.append((start, end))
            elif label == "MONEY":  # "8,000 Egyptian pounds": the currency's adjective
                for i in range(start, end):
                    if doc[i].text[:1].isupper() and self.gaz.adjective(doc[i].text) is not None:
                        mentions.append(self._mention(doc, i, i + 1, "adjectival", label, "adjective"))
                        taken.append((i, i + 1))
            elif label in PLACE_LABELS and street_name(doc, end):  # "Detroit Street": a street's name
                mentions.append(self._mention(doc, start, end, "embedded", label, "street"))
                taken.append((start, end))
            elif (
                label in PLACE_LABELS
                and end - start > 1
                and doc[end - 1].lower_ in word_set("institution_heads")
            ):
                pending.append((start, end, "ORG"))  # "the Middle East Institute": an organisation
            elif label in PLACE_LABELS:
                start, end = self._extend(doc, start, end)
                whole = self._mention(doc, start, end, "literal", label, "ner")
                if end < len(doc) and self._region_states(doc, start, end):
                    whole.candidates = tuple(c for c in whole.candidates if c.kind in _SHORES)
                # a natural feature the gazetteer lacks ("the Jordan River", "Lake Mead") is not the
                # place it is named after: kept whole, with the article's country
                parts = (
                    self._subspans(doc, start, end, label) if not whole.candidates and end > start + 1 else []
                )
                if parts and natural_feature(doc, start, end):
                    # a natural feature the gazetteer lacks ("the Jordan River", "Lake Manassas") is
                    # not the country it is named after; it may lie by the town or in the state
                    near = (
                        tuple(c for c in parts[0].candidates if c.kind != "country")
                        if len(parts) == 1
                        else ()
                    )
                    whole.candidates, whole.evidence, parts = near, "feature", []
                for m in parts or [whole]:
                    mentions.append(m)
                    taken.append((m.start, m.end))
                    if m.candidates:
                        place_texts.add(m.text.lower())
            elif label in MISLABEL_LABELS:
                pending.append((start, end, label))
        # mislabelled places, then embedded toponyms
        for start, end, label in pending:
            if _overlaps((start, end), taken):
                continue
            found = self._mislabelled(doc, start, end, label, person_tokens, taken)
            if found is not None:
                mentions.append(found)
                taken.append((found.start, found.end))
                place_texts.add(found.text.lower())
        for start, end, label in pending:
            if any(s == start and e == end for s, e in taken):
                continue
            text = doc[start:end].text
            if (
                text.lower() in place_texts
                and label != "ORG"
                and not (end - start == 1 and doc[start].text.lower() in person_tokens)
                and not _overlaps((start, end), taken)
            ):
                dm = self._mention(doc, start, end, "literal", label, "discourse")
                if dm.candidates:
                    mentions.append(dm)
                    taken.append((start, end))
                    continue
            if label not in EMBED_LABELS:
                continue
            for em in find_embedded(self, doc, start, end, label):
                if not _overlaps((em.start, em.end), taken):
                    mentions.append(em)
                    taken.append((em.start, em.end))
        for m in find_unlabelled(self, doc, taken):
            mentions.append(m)
        surnames = {e[-1].text.lower() for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
        mentions = [m for m in mentions if self._keep(doc, m, person_tokens, surnames)]
        mentions += self._qualifiers(doc, mentions, taken)
        nouns, text = word_set("plural_admin_nouns"), doc.text
        for m in mentions:
            m.kind_hint = "city" if m.role == "dateline" else kind_hint(doc, m.start, m.end)
            after = text[m.end_char : m.end_char + 120]
            if m.role == "literal" and any(w in after for w in nouns):
                plural_type(self.gaz, doc, m)
            nxt = m.end
            if not m.qualifier and nxt + 1 < len(doc) and doc[nxt].text == ",":
                m.qualifier = self._qualifier(doc, nxt + 1)
                if self._in_list(m):
                    m.qualifier = ()
        mentions.sort(key=lambda m: m.start)
        _mark_lists(doc.text, mentions)
        return mentions

    def _in_list(self, m: Mention) -> bool:
        """ "China, Japan": a country's name before a country's is a list, not a town and its
        country, unless the name is also a subdivision of that country ("Georgia, USA")."""
        if not m.qualifier or any(q.kind != "country" for q in m.qualifier):
            return False
        readings = self.gaz.lookup(m.text)
        if not any(e.kind == "country" and e.q <= 2 for e in readings):
            return False
        qualifier_cc = {q.cc for q in m.qualifier}
        return not any(e.kind in {"admin1", "admin2"} and e.cc in qualifier_cc for e in readings)

    def _qualifiers(self, doc: Any, mentions: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
        """The state or country after a town and a comma that spaCy left unlabelled ("PLEASANTON,
        Calif. --", "a man from Macon, Ga. was"): a place of its own, resolved to what it names."""
        out: list[Mention] = []
        for m in mentions:
            if m.role not in {"literal", "dateline"}:
                continue
            i = m.end
            if i + 1 >= len(doc) or doc[i].text != ",":
                continue
            n, entries = self._qualifier_span(doc, i + 1)
            if not n or _overlaps((i + 1, i + 1 + n), taken):
                continue
            span = doc[i + 1 : i + 1 + n]
            text = span.text.rstrip("-—–:( ")  # "Calif.--" in "PLEASANTON, Calif.--(BUSINESS WIRE)--"
            q = Mention(
                i + 1, i + 1 + n, span.start_char, span.start_char + len(text), text, "literal", "", entries
            )
            q.evidence = "qualifier"
            out.append(q)
            taken.append((q.start, q.end))
        return out

    def _keep(
        self, doc: Any, m: Mention, person_tokens: set[str], surnames: frozenset[str] | set[str] = frozenset()
    ) -> bool:
        """A mention stays when the gazetteer knows it or its context says place; a single word
        that is part of a person's full name elsewhere ("the next Salah" after "Mohamed Salah")
        needs the context either way, and so does a country's or state's name that is a person's
        surname elsewhere ("Lebanon said" after "Mayor Chad Lebanon")."""
        if (
            m.role == "literal"
            and m.end - m.start == 1
            and m.text.lower() in surnames
            and not m.text.isupper()  # "US" in a name spaCy took for a person's
            and m.evidence not in {"qualifier", "feature"}
        ):
            return self._place_context(doc, m.start, m.end, "PERSON") is not None
        personal = (
            m.role == "literal"
            and all(t.text.lower() in person_tokens for t in doc[m.start : m.end])
            and not any(c.kind in {"country", "admin1"} and c.q in {0, 2} for c in m.candidates)
        )
        if personal and m.end - m.start == 1:
            return self._place_context(doc, m.start, m.end, "PERSON") is not None
        if (
            not m.candidates
            and m.role == "literal"
            and (m.label in PLACE_LABELS or m.evidence == "feature")
            and natural_feature(doc, m.start, m.end)
        ):
            return True  # "Lake Manassas is a reservoir": the type word says place
        return bool(m.candidates) or (
            self._place_context(doc, m.start, m.end, m.label) is not None and not personal
        )

    def _subspans(self, doc: Any, start: int, end: int, label: str) -> list[Mention]:
        """The places inside an entity the gazetteer does not know as a whole ("Greece Italy"):
        longest known runs first, left to right, without overlaps."""

        def attempt(i: int, n: int) -> Mention | Literal[False] | None:
            if not doc[i].text[:1].isupper() or is_generic(doc[i : i + n].text):
                return STOP
            m = self._mention(doc, i, i + n, "literal", label, "ner-part")
            return m if m.candidates else None

        return scan_longest(start, end, lambda i: end - i - (1 if i == start else 0), attempt)

    def _mislabelled(
        self,
        doc: Any,
        start: int,
        end: int,
        label: str,
        person_tokens: set[str],
        taken: list[tuple[int, int]] | None = None,
    ) -> Mention | None:
        if label == "NORP":
            m = self._mention(doc, start, end, "literal", label, "gazetteer")
            strong = any(
                c.q == 0 and (c.kind in {"country", "admin1"} or (c.kind == "city" and c.pop > 100_000))
                for c in m.candidates
            )
            return m if strong and not doc[start:end].text.endswith("s") else None
        if start > 0 and doc[start - 1].text.lower().rstrip(".") in word_set("titles"):
            return None
        start, end = self._extend(doc, start, end)
        m = self._mention(doc, start, end, "literal", label, "")
        good = tuple(c for c in m.candidates if c.q <= 2 or (c.q == 3 and c.kind == "admin1"))
        if not good and label == "ORG" and division(doc, start, end):
            # "Lower Merion Township commissioners": a division the gazetteer lacks, by its town
            part = self.candidates(doc[start : end - 1].text, strict=True)
            m.candidates = tuple(c for c in part if c.kind in {"city", "admin2"} and c.q == 0)
            m.evidence = "feature"
            return m
        if not good:
            return None
        why = self._place_context(doc, start, end, label)
        if why is None and taken and _coordinated(doc[start:end].root, taken):
            why = "coordination"  # "students from Mason and Springboro": joined to a place found
        if why is None:
            big = [
                c
                for c in good
                if (c.kind in {"country", "admin1", "continent"} and c.q in {0, 2})
                or (c.kind == "country" and self._country_name(c, m.text))
                or (label == "ORG" and c.kind == "city" and c.q == 0 and c.pop >= 100_000)
                or (label == "ORG" and c.kind == "admin1" and c.q == 3)
            ]
            single_name = end - start == 1 and doc[start].text.lower() in person_tokens
            if big and not single_name and label in {"PERSON", "ORG"}:
                why = "gazetteer"
        if why is None:
            return None
        m.evidence = why
        return m

    @staticmethod
    def _country_name(c: Entry, text: str) -> bool:
        """Whether ``text`` names country ``c`` well enough to be taken without other evidence:
        its own name or our alias, or an official long name or code ("DPRK") GeoNames lists."""
        return c.q in {0, 2} or (c.q == 1 and (" " in text.strip() or text.isupper()))


_SHORES = frozenset({"sea", "region", "continent"})


def _names_organisation(doc: Any, end: int, org_starts: set[int]) -> bool:
    """An adjective that opens an organisation's name: right before it ("the Kurdish YPG") or
    joined to it by a hyphenated participle ("Kurdish-led Syrian Democratic Forces")."""
    if end in org_starts:
        return True
    return (
        end + 2 < len(doc)
        and doc[end].text in {"-", "–"}
        and doc[end + 1].tag_ in {"VBN", "VBD"}
        and end + 2 in org_starts
    )


def _coordinated(root: Any, taken: list[tuple[int, int]]) -> bool:
    """Whether a word is coordinated with one inside a place already found ("Mason and Springboro")."""
    other = [root.head] if root.dep_ == "conj" else []
    other += [c for c in root.children if c.dep_ == "conj"]
    return any(s <= t.i < e for t in other for s, e in taken)


_LIST_JOINS = frozenset({",", "and", "or", ", and", ", or", "&"})


def _mark_lists(text: str, mentions: list[Mention]) -> None:
    """Number the runs of three or more places joined by commas and "and"/"or" ("Alaska, Alabama,
    Arizona and Washington")."""
    run: list[Mention] = []
    lists = 0
    for m in [*mentions, None]:
        joined = (
            m is not None
            and bool(run)
            and m.role in {"literal", "adjectival"}
            and text[run[-1].end_char : m.start_char].strip() in _LIST_JOINS
        )
        if joined and m is not None:
            run.append(m)
            continue
        if len(run) >= 3:
            for member in run:
                member.in_list = lists
            lists += 1
        run = [m] if m is not None and m.role in {"literal", "adjectival"} else []
