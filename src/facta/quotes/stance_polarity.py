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
    "do": 1,  # the topic's own action done (not in the lexicon: found from the verb's tense)
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
MODAL_COMMITS = frozenset({"will", "would", "shall", "'ll", "wo", "can", "may", "must", "should"})
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
    return Polarity(lemmas, by_first_word(phrases))


def by_first_word(
    phrases: list[tuple[tuple[str, ...], str]],
) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Phrases (words, label) by their first word, longest first in each group (sorts ``phrases``)."""
    phrases.sort(key=lambda p: -len(p[0]))
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, label in phrases:
        by_first.setdefault(phrase[0], []).append((phrase, label))
    return {k: tuple(v) for k, v in by_first.items()}


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
        if child.dep_ in {"prt", "advmod", "prep"}:  # "break away", "look into"
            found = table.get(f"{lemma}_{child.text.lower()}")
            if found is not None:
                break
    found = found or table.get(lemma)
    if found is None:
        return None
    if tok.dep_ in {"amod", "compound", "nmod"} and not _predicated(tok.head):
        # a modifier names a kind of thing ("an independent inquiry"), not the matter, unless the
        # thing is what something becomes ("should become an independent state")
        return None
    pos = found.pos
    if pos == "VERB0":
        if tok.pos_ != "VERB" or any(c.dep_ == "dobj" for c in tok.children):
            return None
    elif pos and tok.pos_ != pos and not (pos == "NOUN" and tok.pos_ == "PROPN"):
        return None
    return found.topic


def _predicated(noun: Any) -> bool:
    """Whether a noun is the complement of "be", "become" or "remain" ("become an independent state")."""
    return noun.dep_ in {"attr", "oprd"} and noun.head.lemma_.lower() in {"be", "become", "remain", "stay"}


@dataclass(frozen=True, slots=True)
class Reading:
    sign: int
    classes: tuple[str, ...]
    committed: bool  # a future or modal on the way
    trigger: int | None = field(default=None, compare=False)
    path: frozenset[int] = field(default=frozenset(), compare=False)  # the words met on the way

    @property
    def stance(self) -> str:
        if self.sign < 0:
            return "reject"
        if "commit" in self.classes or (self.committed and not self.classes):
            return "offer"
        return "support"


def own_negation(tok: Any, idiom_tokens: frozenset[int] | set[int] = frozenset()) -> bool:
    """Whether a word is negated by its own dependents: "will not withdraw", "never agreed", "no
    negotiations", "nobody will leave", "no longer supports"."""
    for child in tok.children:
        if child.i in idiom_tokens:
            continue  # the negation belongs to an idiom ("not on the table", "not something we want")
        text = child.text.lower()
        if child.dep_ == "neg" or text in NEGATIONS or no_longer(child):
            return True
        if child.dep_ == "det" and text == "no" and tok.pos_ in {"NOUN", "PROPN"}:
            return True
        if child.dep_ in {"nsubj", "nsubjpass"} and (
            text in {"nobody", "none", "nothing", "noone"} or no_subject(child)
        ):
            return True
    return False


def no_subject(subject: Any) -> bool:
    """A subject that names none of its kind: "no insurgent", "not a single representative", "not
    one of the fishermen" (not "not only the soldiers")."""
    kids = list(subject.children)
    if any(g.dep_ == "det" and g.lower_ == "no" for g in kids):
        return True
    # "not" before a count of one ("not a single", "not one"), not before a name ("but not Dibis")
    single = subject.lower_ == "one" or any(g.lower_ in {"single", "one"} for g in kids)
    return single and any(g.dep_ == "neg" and g.i < subject.i for g in kids)


def negated_object(tok: Any, path: frozenset[int] | set[int]) -> bool:
    """A verb negated through its object when the way to the topic does not pass it: "will take no
    part in the vote", "played no role in the talks", "has no plans for a withdrawal"."""
    return any(
        c.dep_ == "dobj"
        and c.i not in path
        and any(g.dep_ == "det" and g.text.lower() == "no" for g in c.children)
        for c in tok.children
    )


def done(verb: Any) -> bool:
    """A verb reporting a finished act: a past tense, or a participle with "have" ("has frozen"),
    without a modal, a negation or a condition."""
    if verb.pos_ != "VERB" or own_negation(verb):
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.text.lower() in MODAL_COMMITS or c.lemma_.lower() in {"do", "to"} for c in auxes):
        return False
    if verb.tag_ == "VBD":
        return not auxes
    return verb.tag_ == "VBN" and any(c.lemma_.lower() == "have" for c in auxes)


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

    met: set[int] = set()

    def meet(tok: Any, inside_term: bool) -> None:
        nonlocal sign, committed, trigger
        met.add(tok.i)
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
        # an idiom hanging from the word ("breaking away was not something we are pursuing")
        for child in tok.children:
            held = idioms.get(child.i)
            if held is not None and held[1] not in used and not inside_term:
                used.add(held[1])
                sign *= SIGNS[held[0]]
                classes.append(held[0])
                trigger = child.i if trigger is None else trigger
        if own_negation(tok, set(idioms)) or negated_object(tok, met):
            sign = -sign
            trigger = tok.i if trigger is None else trigger
        if any(c.dep_ == "aux" and c.text.lower() in MODAL_COMMITS for c in tok.children):
            committed = True
            trigger = tok.i if trigger is None else trigger  # "aid workers may enter only on Tuesdays"

    tok = span_head(doc, lo, hi)
    if lo <= tok.i <= hi and done(tok):
        # the topic's own verb as a finished act ("has frozen the assets", "released the hostages")
        classes.append("do")
        trigger = tok.i
    for _ in range(_MAX_STEPS):
        meet(tok, lo <= tok.i <= hi)
        if tok.dep_ == "nsubj":
            # the topic doing something ("talks began", "the walkout will end on Friday") is a
            # report of its course, not a position on it; its state said with "be" is one ("the
            # suspension of attacks is over", "the exchange is off")
            if tok.head.lemma_.lower() == "be" and tok.head.i in content_ids and tok.head.i != tok.i:
                meet(tok.head, False)
            return None if not classes else Reading(sign, tuple(classes), committed, trigger, frozenset(met))
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
    return Reading(sign, tuple(classes), committed, trigger, frozenset(met))


_CHAIN_DEPS = frozenset({"xcomp", "acomp", "oprd"})


def open_topic(
    polarity: Polarity,
    doc: Any,
    content_ids: set[int],
    cue_heads: list[Any],
    generic: frozenset[str],
) -> tuple[str, Reading] | None:
    """A topic outside the closed list: the thing the content's main predicate acts on ("pledged to
    reopen the central market" -> market, +; "the market will stay shut" -> market, -), named by
    its head noun's lemma, with the polarity of the predicate chain and the cue. Only a class word
    takes such a position (a bare "will build the dam" does not), and generic nouns name nothing."""
    roots = [doc[i] for i in sorted(content_ids) if doc[i].head.i not in content_ids or doc[i].head.i == i]
    verbs = [t for t in roots if t.pos_ in {"VERB", "AUX", "ADJ"}]
    if not verbs:
        return None
    chain = [verbs[0]]
    while True:
        following = [c for c in chain[-1].children if c.dep_ in _CHAIN_DEPS and c.i in content_ids]
        if not following or len(chain) > 4:
            break
        chain.append(following[0])
    thing = None
    for tok in reversed(chain):
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        if objects:
            thing = objects[0]
            break
    if thing is None:
        subjects = [
            c for c in chain[0].children if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and len(chain) > 1)
        ]
        thing = subjects[0] if subjects else None
    if thing is None or thing.pos_ != "NOUN" or thing.lemma_.lower() in generic:
        return None
    if not thing.text.isalpha() or len(thing.text) < 3 or thing.text.isupper():
        return None  # "20%", "IS": no matter a position is taken on
    sign, classes, committed, trigger = 1, [], False, None
    if not any(polarity.word_class(tok) for tok in chain):
        return None  # the content's own predicate must lean ("(said) it would build a dam" does not)
    for tok in chain + [c for c in cue_heads if c.i not in content_ids]:
        cls = polarity.word_class(tok)
        if cls is not None:
            sign *= SIGNS[cls]
            classes.append(cls)
            trigger = tok.i if trigger is None else trigger
        if own_negation(tok):
            sign = -sign
        if any(c.dep_ == "aux" and c.text.lower() in MODAL_COMMITS for c in tok.children):
            committed = True
    if not classes:
        return None
    # the noun with its noun modifiers: "the bridge project" is not "the dam project"
    words = [
        c.lemma_.lower()
        for c in thing.children
        if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < thing.i
    ]
    return " ".join([*words, thing.lemma_.lower()]), Reading(sign, tuple(classes), committed, trigger)
