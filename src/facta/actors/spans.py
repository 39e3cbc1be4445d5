"""Named spans of a Doc: user-dictionary matches, built-in names and spaCy entities, layered.

User dictionaries win over built-in names, which win over spaCy's entities when they cover the same
tokens. An ORG entity that contains a built-in name ("Nigerian Union of Teachers") keeps it as an
inner span: the name is evidence about the organisation, not an actor of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from facta.actors.dictionaries import DictEntry, DictionarySet
from facta.actors.lexicon import ActorLexicon, NameEntry, name_key
from facta.actors.phrases import Match, greedy_matches
from facta.actors.tokens import Tokens

NER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})
_CLOSED_POS = frozenset({"PRON", "DET", "ADP", "AUX", "CCONJ", "SCONJ", "PART", "INTJ"})
_GAP_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM"})
_NAME_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})


@dataclass(eq=False)
class NameSpan:
    start: int
    end: int  # exclusive token index
    label: str  # dict | country | adj | people | capital | org | block | PERSON | ORG | GPE | NORP
    entry: NameEntry | None = None
    dict_entry: DictEntry | None = None
    codes: tuple[str, ...] = ()  # dictionary codes in force on the publication date
    ner: str | None = None  # the spaCy label covering the span, if any
    inner: list[NameSpan] = field(default_factory=list)

    @property
    def country(self) -> str | None:
        if self.entry is not None:
            return self.entry.country
        if self.dict_entry is not None:
            return self.dict_entry.country or dict_country(self.codes)
        return None

    def root(self, doc: Any) -> Any:
        span = doc[self.start : self.end]
        return span.root


@dataclass(eq=False)
class AgentSpan:
    start: int
    end: int
    entry: DictEntry
    codes: tuple[str, ...]


def dict_country(codes: Sequence[str]) -> str | None:
    """The country part of a CAMEO-style code: its first three letters ("GONGOV" -> "GON")."""
    if not codes:
        return None
    head = codes[0][:3]
    return head if len(head) == 3 and head.isalpha() else None


def _doc_words(tv: Tokens) -> tuple[list[str], list[int]]:
    """Lower-case words for dictionary matching (underscored tokens split), and their token index."""
    words: list[str] = []
    owner: list[int] = []
    for i, low in enumerate(tv.lower):
        parts = [p for p in low.split("_") if p] if "_" in low else [low]
        for part in parts or [low]:
            words.append(part)
            owner.append(i)
    return words, owner


def _to_tokens(m: Match[Any], owner: list[int]) -> tuple[int, int] | None:
    start, end = owner[m.start], owner[m.end - 1] + 1
    if m.start > 0 and owner[m.start - 1] == start:  # starts inside a token
        return None
    if m.end < len(owner) and owner[m.end] == end - 1:  # ends inside a token
        return None
    return start, end


def find_spans(
    doc: Any, tv: Tokens, lex: ActorLexicon, dicts: DictionarySet | None, day: int | None
) -> tuple[list[NameSpan], list[AgentSpan]]:
    """Top-level named spans (sorted, non-overlapping) and dictionary agent spans."""
    taken: set[int] = set()
    spans: list[NameSpan] = []
    agents: list[AgentSpan] = []
    if dicts is not None and dicts.active:
        spans, agents = _dictionary_spans(doc, tv, dicts, day, taken)
    builtin = _builtin_spans(tv, lex, taken)
    spans.extend(builtin)
    spans.extend(_leader_spans(tv, lex, taken, builtin))
    spans.sort(key=lambda s: s.start)
    spans = _layer_entities(doc, tv, spans, lex)
    spans = _acronyms(doc, tv, spans, lex)
    return spans, agents


def _dictionary_spans(
    doc: Any, tv: Tokens, dicts: DictionarySet, day: int | None, taken: set[int]
) -> tuple[list[NameSpan], list[AgentSpan]]:
    words, owner = _doc_words(tv)

    def skippable(j: int) -> bool:
        tok = doc[owner[j]]
        return (
            tok.text == "-"
            or tok.pos_ in _GAP_POS
            or (tok.pos_ == "VERB" and tok.dep_ in {"amod", "compound"})
        )

    def accept(m: Match[DictEntry]) -> bool:
        rng = _to_tokens(m, owner)
        if rng is None:
            return False
        if rng[1] - rng[0] == 1:
            tok = doc[rng[0]]
            if tok.text.islower() and tok.pos_ in _CLOSED_POS:
                return False
        return True

    spans: list[NameSpan] = []
    for m in greedy_matches(dicts.actors, words, skippable=skippable, accept=accept):
        rng = _to_tokens(m, owner)
        assert rng is not None
        codes = m.value.codes_on(day)
        label = "dict" if (codes and codes != ("---",)) or m.value.country else "block"
        spans.append(NameSpan(rng[0], rng[1], label, dict_entry=m.value, codes=codes))
        taken.update(range(rng[0], rng[1]))
    agents: list[AgentSpan] = []
    if dicts.has_agents:
        blocked = {j for j, t in enumerate(owner) if t in taken}
        for m in greedy_matches(
            dicts.agents, words, blocked=lambda j: j in blocked, skippable=skippable, accept=accept
        ):
            rng = _to_tokens(m, owner)
            assert rng is not None
            agents.append(AgentSpan(rng[0], rng[1], m.value, m.value.codes_on(day)))
            taken.update(range(rng[0], rng[1]))
    return spans, agents


def _builtin_spans(tv: Tokens, lex: ActorLexicon, taken: set[int]) -> list[NameSpan]:
    words = [name_key(t) for t in tv.text]
    out = []
    for m in greedy_matches(lex.names, words, blocked=lambda j: j in taken):
        out.append(NameSpan(m.start, m.end, m.value.type, entry=m.value))
    return out


def _known_person(tv: Tokens, start: int, end: int, lex: ActorLexicon) -> bool:
    """Whether an entity's text is the name of a known leader (``leaders.tsv``)."""
    return bool(lex.leaders.get(" ".join(tv.text[start:end])))


def _leader_spans(tv: Tokens, lex: ActorLexicon, taken: set[int], builtin: list[NameSpan]) -> list[NameSpan]:
    """Full names of known leaders ("Theresa May", "Recep Tayyip Erdogan") whatever the tagger made of
    them (it reads "May" as a month): person spans that win over the entities they overlap."""
    if not len(lex.leader_names):
        return []
    used = taken | {i for s in builtin for i in range(s.start, s.end)}
    return [
        NameSpan(m.start, m.end, "PERSON", ner="PERSON")
        for m in greedy_matches(lex.leader_names, tv.text, blocked=lambda j: j in used)
        if m.end >= len(tv.text) or tv.text[m.end] not in _NAME_SUFFIXES  # not "Donald Trump Jr."
    ]


def _personal_name(doc: Any, tv: Tokens, start: int, end: int, lex: ActorLexicon) -> bool:
    """Whether an ORG entity is a person's name the small model mislabelled ("Lucas Ayaba Tanyi said")."""
    words = [tv.text[i] for i in range(start, end)]
    particles = lex.shape_words("particle")
    named = [w for w in words if w[:1].isupper() and w[1:].islower() and w.isalpha()]
    if not 2 <= len(named) <= 4 or any(w.lower() in lex.shape_words("org") for w in words):
        return False
    if any(w not in named and w.lower() not in particles and w not in {"-", "'"} for w in words):
        return False

    def title(i: int) -> bool:  # "President", "deputy", "King": a one-word title of a person
        return any(
            e.kind == "person" and e.has("title") and e.size == 1 for e in lex.role_candidates(tv.lower[i])
        )

    if (start > 0 and title(start - 1)) or any(title(i) for i in range(start, end - 2)):
        return True  # "Parliament President Esteban Lazo", "King Maha Vajiralongkorn"
    root = doc[start:end].root
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ in lex.shape_words("speech"):
        return True
    last = words[-1]
    return any(tv.text[i] == last and not start <= i < end for i in range(len(tv.text)))


_ACRONYM_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "poss", "conj", "agent"})


def _acronym(doc: Any, tv: Tokens, i: int, lex: ActorLexicon) -> bool:
    """An upper-case word of 2-6 letters in a sentence that is not itself upper case ("SHDA")."""
    text = tv.text[i]
    if not 2 <= len(text) <= 6 or not text.isalpha() or not text.isupper():
        return False
    if text.lower() in lex.shape_words("notorg"):
        return False
    letters = [c for c in doc[i].sent.text if c.isalpha()]
    return bool(sum(c.isupper() for c in letters) <= len(letters) / 2)  # not a headline or dateline


def _acronyms(doc: Any, tv: Tokens, spans: list[NameSpan], lex: ActorLexicon) -> list[NameSpan]:
    """Organisations known only by an acronym the model left unlabelled ("The SHDA rejected ...")."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    for tok in doc:
        if (
            tok.i not in covered
            and tok.pos_ == "PROPN"
            and tok.dep_ in _ACRONYM_ROLES
            and _acronym(doc, tv, tok.i, lex)
        ):
            out.append(NameSpan(tok.i, tok.i + 1, "ORG", ner="ORG"))
    out.sort(key=lambda s: s.start)
    return out


def _lead_in(doc: Any, tv: Tokens, start: int, end: int, lex: ActorLexicon) -> int:
    """ "Thursday Shamima Begum", "finally Baghuz", "Inside Baghouz": a day, a month, an adverb or a
    preposition the tagger put at the front of a name is no part of it."""
    days, particles = lex.shape_words("time"), lex.shape_words("particle")
    while start < end - 1 and tv.lower[start] not in particles:
        if tv.lower[start] not in days and doc[start].pos_ not in {"ADP", "ADV", "SCONJ"}:
            break
        start += 1
    return start


def _name_start(tv: Tokens, start: int, end: int, lex: ActorLexicon, taken: dict[int, NameSpan]) -> int:
    """ "Abdikarim Farah Gedi" tagged as "Farah Gedi", "the Chittagong Hills People's Assembly" as "Hills
    People's Assembly": capitalised proper nouns the parser joins to the name (compound) and that are
    no title ("President") extend it to the left."""
    j = start - 1
    while (
        j >= 0
        and j not in taken
        and tv.pos[j] == "PROPN"
        and tv.dep[j] in {"compound", "flat"}
        and start <= tv.head[j] < end
        and tv.text[j][:1].isupper()
        and not tv.text[j].isupper()
        and not lex.role_candidates(tv.lower[j])
        and not lex.anaphora.get(tv.lower[j], "").startswith("honorific")
        and tv.lower[j] not in lex.shape_words("time")
    ):
        start = j
        j -= 1
    return start


def _collective_name(tv: Tokens, inner: list[int], lex: ActorLexicon, taken: dict[int, NameSpan]) -> bool:
    """ "The Sudan People's Liberation Army", "the Rural Medical Practitioners' Union": every inner
    possessor is a collective noun of a name, or a capitalised plural with a bare apostrophe that no
    other name covers ("the Philippines' ministry" keeps its country), and a capitalised word follows it."""
    words = lex.shape_words("collective")

    def part_of_name(i: int) -> bool:
        if i == 0 or i + 1 >= len(tv.text) or not tv.text[i + 1][:1].isupper():
            return False
        if tv.lower[i - 1] in words:
            return True
        owner = tv.text[i - 1]
        plural = owner[:1].isupper() and owner.endswith("s")
        return tv.lower[i] in {"'", "’"} and plural and i - 1 not in taken

    return all(part_of_name(i) for i in inner)


def _layer_entities(doc: Any, tv: Tokens, spans: list[NameSpan], lex: ActorLexicon) -> list[NameSpan]:
    by_token: dict[int, NameSpan] = {}
    for s in spans:
        for i in range(s.start, s.end):
            by_token[i] = s
    keep = list(spans)
    for ent in doc.ents:
        if ent.label_ not in NER_LABELS:
            continue
        start, end = ent.start, ent.end
        while start < end - 1 and (doc[start].pos_ == "DET" or tv.lower[start] == "the"):
            start += 1
        while end > start and tv.lower[end - 1] in {"'s", "'", "’s", "’"}:  # "Abiy Ahmed's"
            end -= 1
        if end <= start or not any(c.isalpha() for i in range(start, end) for c in tv.text[i]):
            continue
        inner = [i for i in range(start, end) if tv.lower[i] in {"'s", "’s", "'", "’"}]
        if inner and not _collective_name(tv, inner, lex, by_token):
            continue  # "Save the Children's Syria": a possessor and its head, not one name
        found = (by_token.get(i) for i in range(start, end))
        overlapping = list({id(x): x for x in found if x is not None}.values())
        if not overlapping:
            label = ent.label_
            if label in {"ORG", "GPE", "NORP", "LOC"} and _known_person(tv, start, end, lex):
                label = "PERSON"  # "Trump", "Erdogan" tagged as an organisation or a place
            elif label == "ORG" and _personal_name(doc, tv, start, end, lex):
                label = "PERSON"
            elif label == "PERSON" and end - start == 1 and _acronym(doc, tv, start, lex):
                label = "ORG"  # people are not written as acronyms
            if label in {"PERSON", "ORG"}:
                start = _name_start(tv, _lead_in(doc, tv, start, end, lex), end, lex, by_token)

            keep.append(NameSpan(start, end, label, ner=label))
            continue
        for s in overlapping:
            if s.start >= start and s.end <= end:
                s.ner = s.ner or ent.label_
        if any(s.label == "PERSON" for s in overlapping):
            continue  # a known leader's full name wins ("Furious Theresa May")
        if any(s.label == "dict" or s.start < start or s.end > end for s in overlapping):
            continue  # dictionary names and names crossing the entity win
        if any(s.start == start and s.end == end for s in overlapping):
            continue  # dictionary names and names crossing the entity win
        if ent.label_ == "PERSON" and all(s.label == "region" for s in overlapping):
            for s in overlapping:  # "Virginia Woolf", "Alberta Jones": a person, not a region
                keep.remove(s)
            start = _name_start(tv, start, end, lex, by_token)
            keep.append(NameSpan(start, end, "PERSON", ner="PERSON"))
            continue
        if ent.label_ == "PERSON":
            lead = [s for s in overlapping if s.label != "block" and s.start == start]
            while lead and lead[0].end < end:  # "Ethiopian Prime Minister X" tagged as one PERSON
                start = lead[0].end
                lead = [s for s in overlapping if s.start == start]
            rest = [s for s in overlapping if s.start >= start]
            for s in rest:
                keep.remove(s)
            keep.append(NameSpan(start, end, "PERSON", ner="PERSON"))
            continue
        if ent.label_ == "ORG":
            if any(s.end == end and s.label in {"org", "dict"} for s in overlapping):
                continue
            outer = NameSpan(start, end, "ORG", ner="ORG", inner=sorted(overlapping, key=lambda s: s.start))
            for s in overlapping:
                keep.remove(s)
            keep.append(outer)
        # GPE / NORP entities that contain a built-in name: the name is more specific
    keep.sort(key=lambda s: s.start)
    return keep
