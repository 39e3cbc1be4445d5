"""The stance lexicon and topic finding: topic terms, verb+object frames (and their opposites),
single-word topics, position cues and phrases, loaded from ``stances/*.tsv``; the topics and
position phrases found in a statement's tokens. Helpers of :mod:`facta.quotes.stance`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from facta.quotes.stance_polarity import (
    LemmaTopic,
    Polarity,
    by_first_word,
    expand_classes,
    lemma_topic,
    load_lemma_topics,
    load_polarity,
    load_word_classes,
)
from facta.quotes.stance_scope import frame_object
from facta.resources import Resources, read_data_tsv

TOPICS_FILE = "stances/topics.tsv"
FRAMES_FILE = "stances/topic_frames.tsv"
OPPOSITES_FILE = "stances/topic_opposites.tsv"
NOMINALS_FILE = "stances/nominalisations.tsv"
# marks a topic found through its opposite ("would remain in his post" = against resigning)
OPPOSITE = "~"
CUES_FILE = "stances/cues.tsv"

_DASHES = re.compile(r"[-‐‑‒–—―]+")


def normalize(text: str) -> str:
    """Lower case, hyphens/dashes as spaces, curly apostrophes straight, single spaces."""
    text = _DASHES.sub(" ", text.lower().replace("’", "'"))
    return " ".join(text.split())


DEFAULT_ARGS = frozenset({"dobj", "nsubjpass", "oprd"})


@dataclass(frozen=True, slots=True)
class Frame:
    """A topic named by a verb and its object ("release twenty captured soldiers" = prisoner release)."""

    topic: str
    verbs: frozenset[str]  # lemmas, or lemma_particle ("come_home")
    objects: frozenset[str]  # object lemmas ("@place" = a place name)
    args: frozenset[str] = DEFAULT_ARGS  # dependents naming the object
    opposite: bool = False  # the verb and object name the topic's opposite ("remain in office")


@dataclass(frozen=True, slots=True)
class StanceLexicon:
    terms: dict[tuple[str, ...], str]  # normalised term words -> topic
    longest: int
    lemmas: dict[str, str]  # lemma -> stance
    phrases: tuple[tuple[tuple[str, ...], str], ...]  # phrase words -> stance
    by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # phrases by their first word
    referring: frozenset[str] = frozenset()  # nouns that refer back to a position ("the proposal")
    # topics named by a verb and its object ("release twenty captured soldiers" = prisoner release):
    # (topic, verb lemmas, object lemmas)
    frames: tuple[Frame, ...] = ()
    verb_only: frozenset[str] = frozenset()  # lemmas that state a position only as verbs ("sign")
    # frames by verb lemma or "lemma_particle" (indices into ``frames``), and those for any verb
    frame_index: dict[str, tuple[int, ...]] = field(default_factory=dict)
    any_verb_frames: tuple[int, ...] = ()
    polarity: Polarity | None = None  # the general polarity model (quotes/stance_polarity.py)
    lemma_topics: dict[str, LemmaTopic] = field(default_factory=dict)  # one word, any inflection
    generic: frozenset[str] = frozenset()  # nouns too general to be an open topic ("people")
    nominal: dict[str, str] = field(default_factory=dict)  # a noun -> the frame verb it names ("handover")
    # verbs of coverage: what a position reaches ("covers", "extends to") and what it leaves out
    # ("leaves out", "excludes"), lemmas or lemma_particle
    scope_in: frozenset[str] = frozenset()
    scope_out: frozenset[str] = frozenset()
    submitting: frozenset[str] = frozenset()  # verbs of handing in ("handed in his resignation")
    documents: frozenset[str] = frozenset()  # what an unsigned statement is issued as ("a communiqué")
    # what a claim is called when it is denied ("the report was baseless"), and the claims themselves
    dismissals: frozenset[str] = frozenset()
    claims: frozenset[str] = frozenset()

    def frames_for(self, tok: Any) -> list[Frame]:
        """The frames whose verb fits the token, in file order."""
        lemma = tok.lemma_.lower()
        found = set(self.frame_index.get(lemma, ()))
        if lemma in self.frame_index:
            for child in tok.children:
                if child.dep_ in {"prt", "advmod", "npadvmod", "oprd", "acomp"}:
                    found.update(self.frame_index.get(f"{lemma}_{child.text.lower()}", ()))
        if tok.pos_ == "VERB":
            found.update(self.any_verb_frames)
        return [self.frames[k] for k in sorted(found)]

    @property
    def topics(self) -> frozenset[str]:
        return frozenset(self.terms.values())

    def topic_of(self, name: str) -> str | None:
        """The normalised topic for a user-given name ("cease-fire", "truce" → "ceasefire")."""
        words = tuple(normalize(name).split())
        if not words:
            return None
        if " ".join(words) in self.topics:
            return " ".join(words)
        return self.terms.get(words)


def load_stance_lexicon() -> StanceLexicon:
    terms: dict[tuple[str, ...], str] = {}
    for row in read_data_tsv(TOPICS_FILE):
        words = tuple(normalize(row["term"]).split())
        if words:
            terms[words] = row["topic"].strip()
    lemmas: dict[str, str] = {}
    phrases: list[tuple[tuple[str, ...], str]] = []
    referring: set[str] = set()
    verb_only: set[str] = set()
    for row in read_data_tsv(CUES_FILE):
        stance = row["stance"].strip()
        if row["kind"] == "refer":
            referring.add(row["text"].strip().lower())
        elif row["kind"] in {"lemma", "verb"}:
            lemmas[row["text"].strip().lower()] = stance
            if row["kind"] == "verb":
                verb_only.add(row["text"].strip().lower())
        else:
            phrases.append((tuple(normalize(row["text"]).split()), stance))
    classes = load_word_classes()
    frames = tuple(
        Frame(
            row["topic"].strip(),
            frozenset(row["verbs"].lower().split()),
            expand_classes(row["objects"].lower().split(), classes),
            frozenset(row["args"].split()) if row.get("args", "").strip() else DEFAULT_ARGS,
            opposite,
        )
        for name, opposite in ((FRAMES_FILE, False), (OPPOSITES_FILE, True))
        for row in read_data_tsv(name)
    )
    by_first = by_first_word(phrases)
    index: dict[str, list[int]] = {}
    for k, frame in enumerate(frames):
        for verb in frame.verbs - {"*"}:
            index.setdefault(verb, []).append(k)
            index.setdefault(verb.split("_")[0], [])  # marks a lemma with particle frames
    return StanceLexicon(
        terms,
        max(len(t) for t in terms),
        lemmas,
        tuple(phrases),
        by_first,
        frozenset(referring),
        frames,
        frozenset(verb_only),
        {k: tuple(v) for k, v in index.items()},
        tuple(k for k, frame in enumerate(frames) if "*" in frame.verbs),
        load_polarity(),
        load_lemma_topics(),
        classes.get("generic", frozenset()),
        {row["noun"].strip().lower(): row["verb"].strip().lower() for row in read_data_tsv(NOMINALS_FILE)},
        classes.get("scope_in", frozenset()),
        classes.get("scope_out", frozenset()),
        classes.get("submit", frozenset()),
        classes.get("documents", frozenset()),
        classes.get("dismissals", frozenset()),
        classes.get("claims", frozenset()),
    )


def stance_lexicon(resources: Resources) -> StanceLexicon:
    return resources.get("stances.lexicon", load_stance_lexicon)


def _words(tokens: list[Any]) -> list[tuple[str, int]]:
    """Normalised words of the tokens, each with the index of its token (hyphen tokens dropped)."""
    out: list[tuple[str, int]] = []
    for tok in tokens:
        text = tok.text
        words = [text.lower()] if text.isalpha() else normalize(text).split()
        for word in words:
            out.append((word, tok.i))
    return out


def find_topics(lex: StanceLexicon, tokens: list[Any]) -> list[tuple[str, int, int]]:
    """Topic mentions (topic, first token, last token), longest term first, left to right."""
    words = _words(tokens)
    out = []
    i = 0
    while i < len(words):
        for size in range(min(lex.longest, len(words) - i), 0, -1):
            key = tuple(w for w, _ in words[i : i + size])
            topic = lex.terms.get(key)
            if topic is not None:
                out.append((topic, words[i][1], words[i + size - 1][1]))
                i += size
                break
        else:
            i += 1
    if lex.lemma_topics:
        covered = {k for _t, a, b in out for k in range(a, b + 1)}
        for tok in tokens:
            topic = None if tok.i in covered else lemma_topic(lex.lemma_topics, tok)
            if topic is not None:
                out.append((topic, tok.i, tok.i))
        out.sort(key=lambda t: t[1])
    return _with_frames(lex, tokens, out)


def _with_frames(
    lex: StanceLexicon, tokens: list[Any], found: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """Add topics named by a verb and its object, where no term already covers the verb."""
    if not lex.frames:
        return found
    covered = {i for _t, a, b in found for i in range(a, b + 1)}
    inside = {tok.i for tok in tokens}
    extra = []
    for tok in tokens:
        if tok.i in covered:
            continue
        nominal = _nominal_frame(lex, tok, inside)
        if nominal is not None:
            extra.append(nominal)
            continue
        for frame in lex.frames_for(tok):
            args = [c for c in tok.children if c.dep_ in frame.args and c.i in inside]
            if "nsubj" in frame.args and not args:  # "the Red Cross will be able to reach them"
                up = tok
                # ... and a second verb shares the first one's subject ("flights will need clearance
                # and may land only at two airstrips")
                while up.dep_ in {"xcomp", "acomp", "conj"} and up.head.i != up.i:
                    up = up.head
                args = [c for c in up.children if c.dep_ == "nsubj" and c.i in inside]
            if "nsubjpass" in frame.args:  # "allow convoys to reach the town", "let the lorries pass"
                args += [
                    g
                    for c in tok.children
                    if c.dep_ in {"ccomp", "xcomp"}
                    for g in c.children
                    if g.dep_ == "nsubj" and g.i in inside
                ]
            if "pobj" in frame.args:  # an object through a preposition ("remain in his post")
                args += [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
            fitting = [a for a in args if frame_object(a, frame.objects)]
            if fitting:
                topic = OPPOSITE + frame.topic if frame.opposite else frame.topic
                # any verb: the object alone names the topic, and the verb states the position
                start = fitting[0].i if "*" in frame.verbs else tok.i
                extra.append((topic, start, max(a.i for a in args)))
                break
    return sorted(found + extra, key=lambda t: t[1]) if extra else found


def _nominal_frame(lex: StanceLexicon, tok: Any, inside: set[int]) -> tuple[str, int, int] | None:
    """A noun naming a frame verb's action with the verb's object in its "of" phrase ("the handover
    of the soldiers", "a suspension of attacks", "the pullback of Tajik troops")."""
    verb = lex.nominal.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
    if verb is None:
        return None
    objects = [
        p
        for c in tok.children
        if c.dep_ == "prep" and c.text.lower() == "of"
        for p in c.children
        if p.dep_ == "pobj" and p.i in inside
    ]
    for k in lex.frame_index.get(verb, ()):
        frame = lex.frames[k]
        fitting = [o for o in objects if frame_object(o, frame.objects)]
        if fitting:
            return (OPPOSITE + frame.topic if frame.opposite else frame.topic, tok.i, fitting[0].i)
    return None


def find_phrases(lex: StanceLexicon, tokens: list[Any]) -> list[tuple[str, int]]:
    """Position phrases in the tokens: (stance, index of the phrase's first token); a phrase inside
    a longer one found is not counted ("not stand in the way" holds "stand in the way")."""
    pairs = _words(tokens)
    words = [w for w, _ in pairs]
    found = []
    for i, word in enumerate(words):
        for phrase, stance in lex.by_first.get(word, ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                found.append((i, i + len(phrase), stance))
    covered: set[int] = set()
    kept = []
    for start, end, stance in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        if not covered.intersection(range(start, end)):
            covered.update(range(start, end))
            kept.append((start, stance))
    return [(stance, pairs[start][1]) for start, stance in sorted(kept)]
