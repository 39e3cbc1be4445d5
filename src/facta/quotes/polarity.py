"""A general polarity model for stances: which way a statement leans on what it names.

Words and idioms of a semantic class (commit, support, keep, open = toward; oppose, abandon, delay,
close = away; ``stances/polarity.tsv``) move a statement toward or away from what they govern.
The polarity of a topic is the product of the classes and negations met on the way from the topic
up the parse to the content's main verb and then the statement's cue: "we will not accept a truce"
(accept +, not -) rejects it; "rejected a proposal to postpone the vote" (postpone -, reject -)
backs the vote; "shelved its planned walkout" (shelve -) goes against the strike. A future or
modal on the way ("will withdraw", "can enter") commits to the action when no class word does.

Also here: word classes for frame objects (``@forces`` in ``topic_frames.tsv``) and single-word
topics matched on the lemma (``topic_lemmas.tsv``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from facta.quotes.stance_scope import no_longer
from facta.resources import read_data_tsv

POLARITY_FILE = "stances/polarity.tsv"
CLASSES_FILE = "stances/word_classes.tsv"
LEMMA_TOPICS_FILE = "stances/topic_lemmas.tsv"

SIGNS = {
    "commit": 1,
    "support": 1,
    "keep": 1,
    "open": 1,
    "oppose": -1,
    "abandon": -1,
    "delay": -1,
    "close": -1,
}
TURNING = frozenset({"abandon", "delay"})  # classes that undo a topic ("call off", "put off")
MODAL_COMMITS = frozenset({"will", "would", "shall", "'ll", "wo", "can", "must", "should"})
NEGATIONS = frozenset({"not", "n't", "never"})
_PARTICLE_DEPS = frozenset({"prt", "prep", "advmod", "dative"})
_MAX_STEPS = 10


@dataclass(frozen=True, slots=True)
class Polarity:
    lemmas: dict[str, str]  # lemma, or lemma_particle ("call_off"), -> class
    by_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # phrases by their first word

    def word_class(self, tok: Any) -> str | None:
        """The class of a word, with its particle or preposition first ("back away from")."""
        lemma = tok.lemma_.lower()
        for child in tok.children:
            if child.dep_ in _PARTICLE_DEPS:
                found = self.lemmas.get(f"{lemma}_{child.text.lower()}")
                if found is not None:
                    return found
        return self.lemmas.get(lemma) or self.lemmas.get(tok.text.lower())

    def phrases_in(self, tokens: Iterable[Any]) -> dict[int, tuple[str, frozenset[int]]]:
        """Idioms in the tokens ("not on the table", "dead letter"): each token of an idiom -> the
        idiom's class and the tokens it spans (longest idiom first, no overlaps)."""
        toks = [t for t in tokens if not t.is_punct]
        words = [t.text.lower().replace("’", "'").replace("-", " ") for t in toks]
        out: dict[int, tuple[str, frozenset[int]]] = {}
        for k, word in enumerate(words):
            for phrase, cls in self.by_first.get(word, ()):
                if tuple(words[k : k + len(phrase)]) == phrase:
                    ids = frozenset(t.i for t in toks[k : k + len(phrase)])
                    if not ids & out.keys():
                        for i in ids:
                            out[i] = (cls, ids)
                    break
        return out


def load_polarity() -> Polarity:
    lemmas: dict[str, str] = {}
    phrases: list[tuple[tuple[str, ...], str]] = []
    for row in read_data_tsv(POLARITY_FILE):
        cls = row["class"].strip()
        if cls not in SIGNS:
            raise ValueError(f"{POLARITY_FILE}: unknown class {cls!r} for {row['text']!r}")
        text = row["text"].strip().lower()
        if row["kind"].strip() == "phrase":
            phrases.append((tuple(text.replace("-", " ").split()), cls))
        else:
            lemmas.setdefault(text, cls)
    phrases.sort(key=lambda p: -len(p[0]))
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, cls in phrases:
        by_first.setdefault(phrase[0], []).append((phrase, cls))
    return Polarity(lemmas, {k: tuple(v) for k, v in by_first.items()})


def load_word_classes() -> dict[str, frozenset[str]]:
    """Word classes for frame objects: "forces" -> {"troop", "soldier", ...}."""
    return {
        row["class"].strip(): frozenset(row["lemmas"].lower().split()) for row in read_data_tsv(CLASSES_FILE)
    }


def expand_classes(words: Iterable[str], classes: dict[str, frozenset[str]]) -> frozenset[str]:
    """Object lemmas with "@class" names replaced by the class's lemmas ("@place" stays)."""
    out: set[str] = set()
    for word in words:
        name = word[1:]
        if word.startswith("@") and name in classes:
            out.update(classes[name])
        else:
            out.add(word)
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class LemmaTopic:
    topic: str
    pos: str  # "", VERB, NOUN, ADJ, or VERB0 (a verb without a direct object)


def load_lemma_topics() -> dict[str, LemmaTopic]:
    return {
        row["lemma"].strip().lower(): LemmaTopic(row["topic"].strip(), (row.get("pos") or "").strip())
        for row in read_data_tsv(LEMMA_TOPICS_FILE)
    }


def lemma_topic(table: dict[str, LemmaTopic], tok: Any) -> str | None:
    """The topic a single word names in any inflection ("seceded", "independent", "quitting")."""
    lemma = tok.lemma_.lower()
    found = None
    for child in tok.children:
        if child.dep_ == "prt":
            found = table.get(f"{lemma}_{child.text.lower()}")
            if found is not None:
                break
    found = found or table.get(lemma)
    if found is None:
        return None
    if tok.dep_ in {"amod", "compound", "nmod"}:
        return None  # a modifier names a kind of thing ("an independent inquiry"), not the matter
    pos = found.pos
    if pos == "VERB0":
        if tok.pos_ != "VERB" or any(c.dep_ == "dobj" for c in tok.children):
            return None
    elif pos and tok.pos_ != pos and not (pos == "NOUN" and tok.pos_ == "PROPN"):
        return None
    return found.topic


@dataclass(frozen=True, slots=True)
class Reading:
    sign: int
    classes: tuple[str, ...]
    committed: bool  # a future or modal on the way
    trigger: int | None = field(default=None, compare=False)

    @property
    def stance(self) -> str:
        if self.sign < 0:
            return "reject"
        if "commit" in self.classes or (self.committed and not self.classes):
            return "offer"
        return "support"


def own_negation(tok: Any) -> bool:
    """Whether a word is negated by its own dependents: "will not withdraw", "never agreed", "no
    negotiations", "nobody will leave", "no longer supports"."""
    for child in tok.children:
        text = child.text.lower()
        if child.dep_ == "neg" or text in NEGATIONS or no_longer(child):
            return True
        if child.dep_ == "det" and text == "no" and tok.pos_ in {"NOUN", "PROPN"}:
            return True
        if child.dep_ in {"nsubj", "nsubjpass"} and (
            text in {"nobody", "none", "nothing", "noone"}
            or any(g.dep_ == "det" and g.text.lower() == "no" for g in child.children)
        ):
            return True
    return False


def span_head(doc: Any, first: int, last: int) -> Any:
    """The token of a span whose head lies outside it (the span's own head)."""
    lo, hi = min(first, last), max(first, last)
    for i in range(lo, hi + 1):
        tok = doc[i]
        if not lo <= tok.head.i <= hi or tok.head.i == tok.i:
            return tok
    return doc[lo]


def walk(
    polarity: Polarity,
    doc: Any,
    content_ids: set[int],
    first: int,
    last: int,
    cue_heads: list[Any],
    skip: Callable[[Any], bool] = lambda _t: False,
) -> Reading | None:
    """The polarity of the topic spanning ``first``..``last``: classes and negations from the topic
    up to the content's main verb, then the cue's; None when nothing leans either way."""
    tokens = [doc[i] for i in sorted(content_ids)] + list(cue_heads)
    idioms = polarity.phrases_in(tokens)
    lo, hi = min(first, last), max(first, last)
    sign = 1
    classes: list[str] = []
    committed = False
    trigger: int | None = None
    used: set[frozenset[int]] = set()

    def meet(tok: Any, inside_term: bool) -> None:
        nonlocal sign, committed, trigger
        idiom = idioms.get(tok.i)
        cls = None
        if idiom is not None and not inside_term:
            if idiom[1] not in used:
                used.add(idiom[1])
                cls = idiom[0]
        elif not inside_term and not skip(tok):
            cls = polarity.word_class(tok)
        if cls is not None:
            sign *= SIGNS[cls]
            classes.append(cls)
            trigger = tok.i if trigger is None else trigger
        if idiom is None and own_negation(tok):
            sign = -sign
            trigger = tok.i if trigger is None else trigger
        if any(c.dep_ == "aux" and c.text.lower() in MODAL_COMMITS for c in tok.children):
            committed = True

    tok = span_head(doc, lo, hi)
    for _ in range(_MAX_STEPS):
        meet(tok, lo <= tok.i <= hi)
        if tok.dep_ == "nsubj":
            # the topic doing something ("talks began", "the walkout will end on Friday") is a
            # report of its course, not a position on it
            return None if not classes else Reading(sign, tuple(classes), committed, trigger)
        head = tok.head
        if head.i == tok.i or head.i not in content_ids:
            break
        if tok.dep_ == "relcl":
            break  # "the fighters who laid down their arms will be pardoned"
        tok = head
    for cue in cue_heads:
        if cue.i not in content_ids:
            meet(cue, False)
    if not classes and not committed:
        return None
    return Reading(sign, tuple(classes), committed, trigger)
