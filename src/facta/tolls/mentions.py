"""Casualty mentions read from a dependency parse: who was killed, injured or arrested, and how many.

A cue word ("killed", "died", "wounded", "detained", "deaths", "dead") is followed to its victims
through the parse (object of an active verb, subject of a passive or intransitive one, "of" after a
noun, the noun a participle modifies), each conjunct giving its own :class:`Mention` ("three
soldiers and two civilians"). The figure comes from the victims' number ("at least 12", "dozens of",
"a dozen", "two", "a soldier") and the words around it; flags record what the aggregation needs to
know: part of another figure ("including five children"), a running total over a period ("bringing
the toll this month to 41"), an ordinal ("a fourth soldier"), a separate incident ("Elsewhere, ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from facta.tolls.lexicon import Cue, TollLexicon
from facta.tolls.numbers import Quantity, number_words, parse_number

MODALS = {"could", "might", "may", "would", "will", "shall", "'ll", "should", "must", "can"}
INTENT_HEADS = {"threaten", "vow", "plan", "try", "attempt", "want", "fear", "seek", "aim", "promise"}
ALLEGATION_HEADS = {"accuse", "charge", "convict", "suspect", "blame", "guilty", "acquit", "deny"}
UNCERTAIN_HEADS = {"fear", "presume", "believe", "feared", "presumed"}
CLAUSE_DEPS = {"advcl", "ccomp", "conj", "relcl", "parataxis", "acl", "xcomp"}
ZERO_WORDS = {"nobody", "none", "noone"}
TOLL_VERBS = {"rise", "climb", "reach", "jump", "increase", "stand", "hit", "bring", "raise", "push", "take"}
TOLL_VERBS |= {"put", "mount", "soar", "grow"}
LIFE_VERBS = {"lose", "lost", "claim", "take", "cost", "end"}
SINGULAR_DETS = {"a", "an", "the", "this", "that", "his", "her", "their", "its", "our", "one"}


@dataclass(frozen=True, slots=True)
class Mention:
    """One casualty figure: ``kind`` of ``low``..``high`` victims (``high`` None = exactly ``low``,
    or at least ``low`` when ``at_least``; ``vague`` for words like "dozens")."""

    kind: str  # killed, injured, arrested
    low: int
    high: int | None
    victim: str  # civilian, child, militant, soldier, police, unknown
    cue: int  # token index of the cue word
    start: int  # token span of the figure / victims
    end: int
    sentence: int
    at_least: bool = False
    vague: bool = False
    ordinal: int | None = None
    flags: frozenset[str] = field(default_factory=frozenset)

    @property
    def zero(self) -> bool:
        return self.low == 0 and self.high is None

    def has(self, flag: str) -> bool:
        return flag in self.flags


def _numberish(tok: Any) -> bool:
    low = tok.text.lower()
    return bool(tok.like_num) or low in number_words() or tok.pos_ == "NUM"


def _phrase(tokens: Iterable[Any]) -> str:
    return " ".join(t.text.lower() for t in tokens)


def _window(doc: Any, start: int, n: int) -> str:
    return _phrase(doc[max(0, start - n) : start])


def _right_edge(v: Any) -> int:
    """The last token of the noun phrase headed by ``v``, without what follows it (conjuncts,
    relative clauses, prepositional phrases, appositions)."""
    edge: int = v.i
    for c in v.rights:
        if c.dep_ in ("conj", "cc", "punct", "prep", "relcl", "acl", "appos", "advcl"):
            break
        edge = max(edge, _right_edge(c))
    return edge


def _clause(tok: Any) -> list[Any]:
    """The cue's own clause: its subtree without nested clauses (but with a "since" that marks one)."""
    skip: set[int] = set()
    for child in tok.children:
        if child.dep_ in CLAUSE_DEPS and child.pos_ in ("VERB", "AUX"):
            marks = [c for c in child.children if c.dep_ == "mark" and c.text.lower() == "since"]
            skip.update(t.i for t in child.subtree if not marks or t.i != marks[0].i)
    return [t for t in tok.subtree if t.i not in skip]


class MentionFinder:
    def __init__(self, lexicon: TollLexicon) -> None:
        self.lex = lexicon

    # -- entry point -----------------------------------------------------------------------------
    def find(self, doc: Any) -> list[Mention]:
        sent_of = {}
        for k, sent in enumerate(doc.sents):
            for t in sent:
                sent_of[t.i] = k
        found: list[Mention] = []
        taken: set[tuple[str, int, int]] = set()
        for tok in doc:
            cue = self._cue(tok)
            if cue is None or self._not_factual(tok, cue):
                continue
            for m in self._from_cue(doc, tok, cue, sent_of[tok.i]):
                key = (m.kind, m.start, m.end)
                if key not in taken:
                    taken.add(key)
                    found.append(m)
        found.extend(self._subsets(doc, sent_of, taken))
        tolls = self._tolls(doc, sent_of)
        targets = {m.start for m in tolls}  # a toll's number is not also another cue's figure
        found = [m for m in found if not any(m.start <= t < m.end for t in targets)]
        found.extend(tolls)
        return sorted(found, key=lambda m: (m.start, m.cue))

    # -- cues ------------------------------------------------------------------------------------
    def _cue(self, tok: Any) -> Cue | None:
        pos = "ADJ" if tok.pos_ == "NOUN" and tok.text.lower() in ("dead", "injured", "wounded") else tok.pos_
        cue = self.lex.cue(tok.lemma_.lower(), pos) or self.lex.cue(tok.text.lower(), pos)
        if cue is None and pos == "VERB" and tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod", "conj"):
            cue = self.lex.cue(tok.text.lower(), "ADJ")  # "17 injured"
        if cue is None:
            return None
        if cue.needs:
            near = {c.lemma_.lower() for c in tok.children} | {
                g.lemma_.lower() for c in tok.children for g in c.children
            }
            if cue.needs not in near:
                return None
        if cue.pos == "NOUN" and tok.dep_ == "compound":
            return None  # "death toll", "death squad"
        return cue

    def _not_factual(self, tok: Any, cue: Cue) -> bool:
        kids = list(tok.children)
        if any(c.dep_ == "neg" for c in kids):
            return True
        if cue.pos == "VERB" and any(c.dep_ == "aux" and c.text.lower() in MODALS for c in kids):
            return True
        if cue.pos != "VERB" and self._governor_not_factual(tok):
            return True  # "I am not going to put one life at risk", "would cost thousands of lives"
        if tok.lemma_.lower() == "life" and not self._life_lost(tok):
            return True  # "one life at risk", "saved lives": only lives lost, taken or claimed are deaths
        if self._disjoined(tok, cue):
            return True  # "killed or wounded 250": neither count is known
        head = tok.head
        if tok.dep_ == "xcomp" and head.lemma_ in INTENT_HEADS:
            return True
        if (
            tok.dep_ in ("pcomp", "pobj")
            and head.text.lower() == "of"
            and head.head.lemma_ in ALLEGATION_HEADS
        ):
            return True
        return cue.pos == "ADJ" and head.lemma_.lower() in UNCERTAIN_HEADS  # "feared dead"

    @staticmethod
    def _governor_not_factual(tok: Any) -> bool:
        """A noun or adjective cue whose governing verbs (up to the clause) are negated or modal."""
        head = tok.head
        while head.i != tok.i and head.pos_ not in ("VERB", "AUX"):
            if head.head.i == head.i:
                return False
            head = head.head
        for _ in range(3):  # the verb, and "going to put" / "want to lose" chains above it
            if head.pos_ not in ("VERB", "AUX"):
                return False
            if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.text.lower() in MODALS) for c in head.children):
                return True
            if head.dep_ != "xcomp" or head.head.i == head.i:
                return False
            head = head.head
        return False

    @staticmethod
    def _life_lost(tok: Any) -> bool:
        """ "lives lost", "lost their lives", "claimed the lives of", "took 20 lives", "cost 12 lives"."""
        if tok.head.lemma_.lower() in LIFE_VERBS and tok.dep_ in ("dobj", "nsubjpass"):
            return True
        return any(c.lemma_.lower() in LIFE_VERBS and c.dep_ in ("acl", "amod") for c in tok.children)

    def _disjoined(self, tok: Any, cue: Cue) -> bool:
        """The cue is one side of "killed or wounded", "dead or injured": a figure shared by cues of
        different kinds joined by "or" counts both together, so neither kind's count is known."""
        pairs = [(tok, c) for c in tok.children if c.dep_ == "conj"]
        if tok.dep_ == "conj":
            pairs.append((tok.head, tok))
        for first, second in pairs:
            other = self._cue(second if first.i == tok.i else first)
            if other is None or other.kind == cue.kind:
                continue
            between = [c for c in first.children if c.dep_ == "cc" and first.i < c.i < second.i]
            if any(c.text.lower() in ("or", "and/or") for c in between):
                return True
        return False

    def _victim_heads(self, tok: Any, cue: Cue) -> list[Any]:
        kids = list(tok.children)
        passive = [c for c in kids if c.dep_ == "nsubjpass"]
        head = tok.head
        if cue.pos == "VERB":
            if passive:
                return [self._antecedent(passive[0])]
            if cue.role == "object":
                objs = [c for c in kids if c.dep_ == "dobj"]
                if objs:
                    return objs
                if tok.tag_ == "VBN":
                    subj = [c for c in kids if c.dep_ == "nsubj"]
                    if subj:
                        return subj
            else:
                subj = [c for c in kids if c.dep_ == "nsubj"]
                if subj:
                    return [self._antecedent(subj[0])]
            if tok.dep_ in ("acl", "amod") and head.i != tok.i:
                return [head]
            return []
        if cue.pos == "ADJ":
            nums = [c for c in kids if c.dep_ == "nummod"]
            if nums:
                return nums
            if tok.dep_ in ("acl", "amod", "appos") and head.i != tok.i:
                return [head]
            if tok.dep_ in ("oprd", "acomp", "xcomp", "attr"):
                verb_kids = [c for c in head.children if c.i != tok.i]
                for dep in ("dobj", "nsubjpass", "nsubj"):
                    found = [c for c in verb_kids if c.dep_ == dep]
                    if found:
                        return [self._antecedent(found[0])]
            return []
        # NOUN cues: "the deaths of three soldiers", "12 deaths", "claimed the lives of 23 people"
        nums = [c for c in kids if c.dep_ == "nummod"]
        if nums:
            return nums
        words = number_words()
        if any(
            c.dep_ == "amod" and getattr(words.get(c.text.lower()), "kind", "") == "ordinal" for c in kids
        ):
            return [tok]  # "a twelfth body was recovered": the ordinal is on the cue itself
        for c in kids:
            if c.dep_ == "prep" and c.text.lower() == "of":
                return [p for p in c.children if p.dep_ == "pobj"]
        if tok.lemma_ == "life" and head.lemma_ == "lose":
            return [c for c in head.children if c.dep_ == "nsubj"]
        return []

    @staticmethod
    def _antecedent(tok: Any) -> Any:
        if tok.text.lower() in ("who", "that", "which") and tok.head.dep_ == "relcl":
            return tok.head.head
        return tok

    # -- figures ---------------------------------------------------------------------------------
    def _from_cue(self, doc: Any, tok: Any, cue: Cue, sentence: int) -> Iterator[Mention]:
        heads = self._victim_heads(tok, cue)
        kinds = ["killed", "injured"] if cue.kind == "casualties" else [cue.kind]
        context = self._context_flags(doc, tok)
        if sentence >= 2 and self._background_perfect(tok):
            context = context | {"period", "cumulative"}
        for h in heads:
            group = [h, *h.conjuncts] if h.dep_ != "conj" else [h]
            for v in group:
                figure = self._figure(doc, v)
                if figure is None:
                    continue
                qty, victim, start, end, flags = figure
                if len(group) > 1:
                    flags = flags | {"conj"}  # "a woman and her two daughters": distinct victims, added
                if (cue.kind == "casualties" and not qty.exact) or (cue.kind == "casualties" and qty.low):
                    continue  # "casualties" is read only as "no casualties"
                for kind in kinds:
                    yield self._mention(kind, qty, victim, tok.i, start, end, sentence, flags | context)
                    yield from self._included(doc, v, kind, tok.i, sentence)
        for kind in kinds if heads else []:
            yield from self._included(doc, tok, kind, tok.i, sentence)  # "..., including 12 children"
        if cue.pos == "NOUN" and any(c.dep_ == "det" and c.text.lower() == "no" for c in tok.children):
            for kind in kinds:  # "no casualties", "no deaths were reported"
                yield Mention(kind, 0, None, "unknown", tok.i, tok.i, tok.i + 1, sentence)
        if cue.pos == "NOUN" and tok.dep_ == "pobj" and tok.head.text.lower() == "of":
            report = tok.head.head  # "no reports of deaths"
            if any(c.dep_ == "det" and c.text.lower() == "no" for c in report.children):
                for kind in kinds:
                    yield Mention(kind, 0, None, "unknown", tok.i, tok.i, tok.i + 1, sentence)

    def _included(self, doc: Any, v: Any, kind: str, cue: int, sentence: int) -> Iterator[Mention]:
        """ "14 Palestinians, including five children": the breakdown, marked as a subset."""
        for prep in v.children:
            if prep.dep_ != "prep" or prep.text.lower() != "including":
                continue
            for p in prep.children:
                if p.dep_ != "pobj":
                    continue
                for w in [p, *p.conjuncts]:
                    figure = self._figure(doc, w)
                    if figure is not None:
                        qty, victim, start, end, flags = figure
                        yield self._mention(kind, qty, victim, cue, start, end, sentence, flags | {"subset"})

    def _mention(
        self,
        kind: str,
        qty: Quantity,
        victim: str,
        cue: int,
        start: int,
        end: int,
        sentence: int,
        flags: frozenset[str],
    ) -> Mention:
        at_least = "at_least" in flags
        if qty.ordinal:
            return Mention(kind, 1, None, victim, cue, start, end, sentence, ordinal=qty.low, flags=flags)
        return Mention(
            kind, qty.low, qty.high, victim, cue, start, end, sentence, at_least, not qty.exact, None, flags
        )

    @staticmethod
    def _background_perfect(tok: Any) -> bool:
        """A figure told in the present perfect with no date of its own, past the article's lead:
        "at least 100 children have died in the camp", "there have been 123 deaths", "we have seen
        80 deaths" — a running total, not the story's event (a lead's "12 people have been killed in
        a bombing" is in the first two sentences and stays)."""
        verb = tok
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.tag_ != "VBN":
            return False
        auxes = [c for c in verb.children if c.dep_ == "aux" and c.lemma_.lower() == "have"]
        if not any(c.tag_ in ("VBP", "VBZ") for c in auxes):
            return False  # "have died", "has been killed", not "had died"
        return not any(t.ent_type_ in ("DATE", "TIME") for t in _clause(verb))

    def _context_flags(self, doc: Any, tok: Any) -> frozenset[str]:
        clause = _clause(tok)
        text = _phrase(clause)
        flags = set()
        for m in self.lex.markers_of("clause"):
            if m.kind in ("period", "superseded") and m.regex.search(text):
                flags.add(m.kind)
            elif m.kind == "cumulative" and m.regex.search(text):
                flags.update(("period", "cumulative"))
        sent = tok.sent
        before = doc[sent.start : tok.i + 1].text
        if any(m.kind == "separate" and m.regex.search(before) for m in self.lex.markers_of("clause")):
            flags.add("separate")
        return frozenset(flags)

    def _figure(self, doc: Any, v: Any) -> tuple[Quantity, str, int, int, frozenset[str]] | None:
        """The number and victim kind of the phrase headed by ``v``."""
        flags: set[str] = set()
        if v.text.lower() in ZERO_WORDS or (
            v.text.lower() in ("one", "person") and any(c.text.lower() == "no" for c in v.children)
        ):
            return Quantity(0, None, True), "unknown", v.i, v.i + 1, frozenset()
        if any(c.dep_ == "det" and c.text.lower() == "no" for c in v.children):
            return Quantity(0, None, True), self._victim(v), v.i, v.i + 1, frozenset()
        number_tok, noun = self._number_and_noun(v)
        if number_tok is not None:
            after = _phrase(doc[number_tok.i + 1 : number_tok.i + 3])
            if re.match(r"(?:%|per\s*cent|percent)\b|%", after):
                return None  # "77% were killed": a share, not a count
            toks = self._number_tokens(doc, number_tok)
            qty = parse_number(_phrase(toks))
            if qty is None:
                return None
            start = toks[0].i
        else:
            qty, start = self._implicit_count(v)
            if qty is None:
                return None
        if noun is not None and self.lex.victims.get(noun.lemma_.lower()) == "none":
            return None  # "over five years": a duration, not victims
        victim = self._victim(noun) if noun is not None else "unknown"
        qty, extra = self._qualify(doc, start, number_tok, qty)
        flags |= extra
        if v.dep_ == "pobj" and v.head.text.lower() == "including":
            flags.add("subset")
        if any(c.text.lower() == "more" and c.i > start for c in v.subtree if c.i <= v.i + 1):
            flags.add("more")
        return qty, victim, start, _right_edge(v) + 1, frozenset(flags)

    def _number_and_noun(self, v: Any) -> tuple[Any | None, Any | None]:
        if _numberish(v) and not (v.pos_ == "NOUN" and v.text.lower() in ("one",)):
            noun = None
            for c in v.children:
                if c.dep_ == "prep" and c.text.lower() == "of":
                    noun = next((p for p in c.children if p.dep_ == "pobj"), None)
            return v, noun
        nums = [c for c in v.children if c.dep_ in ("nummod",) and _numberish(c)]
        if nums:
            return nums[-1], v
        return None, v

    def _number_tokens(self, doc: Any, tok: Any) -> list[Any]:
        """The contiguous tokens of a number: "two thousand", "twenty-three", "a dozen", "two hundred
        and fifty" ("and" only after hundred/thousand/million, so "10 and 15" stays two numbers)."""
        words = number_words()
        lo = hi = tok.i
        while lo > 0:
            prev = doc[lo - 1]
            if prev.text.lower() in ("a", "an"):
                lo -= 1
                break
            if (
                _numberish(prev)
                or (
                    prev.text in ("-", "–")
                    and lo > 1
                    and _numberish(doc[lo - 2])
                    and doc[lo - 2].text.isalpha()
                )
                or (
                    prev.text.lower() == "and"
                    and lo > 1
                    and words.get(doc[lo - 2].text.lower(), None) is not None
                    and (words[doc[lo - 2].text.lower()].kind == "multiplier")
                )
            ):
                lo -= 1
            else:
                break
        while hi + 1 < len(doc):
            nxt = doc[hi + 1]
            if getattr(words.get(nxt.text.lower()), "kind", "") == "multiplier":
                hi += 1
            elif (
                nxt.text.lower() == "and"
                and getattr(words.get(doc[hi].text.lower()), "kind", "") == "multiplier"
                and hi + 2 < len(doc)
                and doc[hi + 2].text.isalpha()
                and _numberish(doc[hi + 2])
            ):
                hi += 2  # "two hundred and fifty"
            elif (
                nxt.text in ("-", "–")
                and hi + 2 < len(doc)
                and doc[hi].text.isalpha()
                and (doc[hi + 2].text.isalpha() and _numberish(doc[hi + 2]))
            ):
                hi += 2  # "twenty-five" split by the tokenizer
            else:
                break
        if getattr(words.get(doc[hi].text.lower()), "kind", "") == "multiplier":
            for k in range(hi - 1, max(-1, hi - 5), -1):  # "half a million", "half-a-million"
                if doc[k].text.lower() == "half":
                    if re.fullmatch(r"half-?an?-?", "".join(t.text.lower() for t in doc[k:hi])):
                        lo = min(lo, k)
                    break
        run = list(doc[lo : hi + 1])
        if run and run[0].text.lower() in ("a", "an") and len(run) == 1:
            return [tok]
        return run

    def _implicit_count(self, v: Any) -> tuple[Quantity | None, int]:
        """ "a soldier" (1), "another civilian" (1, more), "a fourth soldier" (ordinal), "several
        civilians" (vague); a plural noun with no number has no figure."""
        words = number_words()
        for c in v.children:
            if (
                c.dep_ in ("amod", "nummod")
                and c.text.lower() in words
                and words[c.text.lower()].kind == "ordinal"
            ):
                return Quantity(words[c.text.lower()].value or 1, None, True, ordinal=True), c.i
            if c.dep_ in ("amod", "nummod") and re.fullmatch(r"\d+(?:st|nd|rd|th)", c.text.lower()):
                return parse_number(c.text.lower()), c.i
            if (
                c.dep_ in ("amod", "det")
                and c.text.lower() in words
                and words[c.text.lower()].kind == "vague"
            ):
                if any(g.text.lower() == "how" for g in c.children):
                    return None, v.i  # "how many people were detained": a question, no figure
                return parse_number(c.text.lower()), c.i
        if v.tag_ in ("NNS", "NNPS") or v.text.lower() in ("others",):
            return None, v.i
        if v.text.lower() in ("he", "she", "him", "her", "another"):
            return Quantity(1, None, True), v.i
        dets = [c for c in v.children if c.dep_ in ("det", "poss") and c.text.lower() in SINGULAR_DETS]
        if dets or (v.tag_ == "NN" and v.text.lower() not in ("police",)):
            start = dets[0].i if dets else v.i
            return Quantity(1, None, True), start
        return None, v.i

    def _qualify(
        self, doc: Any, start: int, number_tok: Any | None, qty: Quantity
    ) -> tuple[Quantity, set[str]]:
        flags: set[str] = set()
        before = _window(doc, start, 4)
        for m in self.lex.markers_of("before"):
            if m.regex.search(before) and re.search(rf"{re.escape(m.phrase)}\s*$", before, re.I):
                flags.add(m.kind)
        if number_tok is not None:
            after = _phrase(doc[number_tok.i + 1 : number_tok.i + 3])
            for m in self.lex.markers_of("after"):
                if after.startswith(m.phrase):
                    flags.add(m.kind)
            following = re.match(
                r"^(?:and|to|-|–|or)\s+(\S+)", _phrase(doc[number_tok.i + 1 : number_tok.i + 3])
            )
            if following and qty.exact:
                second = parse_number(following.group(1))
                if second is not None and second.exact and not second.ordinal and second.low > qty.low:
                    return Quantity(qty.low, second.low, False), flags
            rng = re.search(r"(?:between\s+)?(\S+)\s+(?:and|to|-|–|or)\s*$", before)
            if rng and qty.exact:
                first = parse_number(rng.group(1)) if rng.group(1) not in ("a", "an") else None
                if first is not None and first.exact and not first.ordinal and first.low < qty.low:
                    return Quantity(first.low, qty.low, False), flags
        if "at_most" in flags and qty.exact:
            return Quantity(1, qty.low, False), flags
        if "another" in before.split()[-1:]:
            flags.add("more")
        return qty, flags

    def _victim(self, noun: Any) -> str:
        for c in noun.children:
            if c.dep_ in ("compound", "amod") and self.lex.victims.get(c.lemma_.lower(), "none") != "none":
                return self.lex.victims[c.lemma_.lower()]  # not "day labourers" (a unit of time)
        if noun.lemma_.lower() in self.lex.victims:
            return self.lex.victims[noun.lemma_.lower()]
        before = "".join(t.text_with_ws for t in noun.doc[noun.left_edge.i : noun.i + 1]).lower()
        age = re.search(r"(\d+)\s*-?\s*years?\s*-?\s*old", before)
        if age is not None and int(age.group(1)) < 18:
            return "child"  # "a 15-year-old" as a noun, or "a 15-year-old student"
        return "unknown"

    # -- subsets and tolls -------------------------------------------------------------------------
    def _subsets(self, doc: Any, sent_of: dict[int, int], taken: set[tuple[str, int, int]]) -> list[Mention]:
        """ "Among the dead were four children", "Three children were among 11 people killed"."""
        out = []
        for tok in doc:
            if tok.text.lower() != "among" or tok.dep_ != "prep" or tok.head.lemma_ != "be":
                continue
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            kind = self._kind_in(pobj)
            if kind is None:
                continue
            for subj in tok.head.children:
                if subj.dep_ not in ("nsubj", "attr") or subj.i == pobj.i:
                    continue
                figure = self._figure(doc, subj)
                if figure is None or (kind, figure[2], figure[3]) in taken:
                    continue
                qty, victim, start, end, flags = figure
                out.append(
                    replace(
                        self._mention(kind, qty, victim, tok.i, start, end, sent_of[tok.i], flags),
                        flags=flags | {"subset"},
                    )
                )
        return out

    def _kind_in(self, tok: Any) -> str | None:
        for t in [tok, *tok.children]:
            cue = self._cue(t)
            if cue is not None and cue.kind != "casualties":
                return cue.kind
        return None

    def _tolls(self, doc: Any, sent_of: dict[int, int]) -> list[Mention]:
        """ "the death toll rose to 41" (an update), "bringing the toll this month to 41" (a period total)."""
        out = []
        for tok in doc:
            is_toll = tok.lemma_ == "toll" or (
                tok.lemma_ == "number" and any(self._kind_in(p) for c in tok.children for p in c.children)
            )
            if not is_toll or tok.pos_ != "NOUN":
                continue
            verb = tok.head
            if verb.lemma_ not in TOLL_VERBS:
                continue
            target = None
            for c in verb.children:
                if c.dep_ in ("prep", "dative") and c.text.lower() in ("to", "at"):
                    target = next((p for p in c.children if p.dep_ == "pobj" and _numberish(p)), None)
                    nxt = doc[c.i + 1] if c.i + 1 < len(doc) else None
                    if target is None and nxt is not None and _numberish(nxt) and not list(c.children):
                        target = nxt  # "rose to nine as more bodies were found": "nine" misattached
            if target is None:
                continue
            qty = parse_number(_phrase(self._number_tokens(doc, target)))
            if qty is None:
                continue
            qty, flags = self._qualify(doc, target.i, target, qty)
            span_text = doc[min(tok.left_edge.i, target.i) : max(target.i, tok.right_edge.i + 1)].text
            for m in self.lex.markers_of("clause"):
                if m.kind == "period" and m.regex.search(span_text):
                    flags.add("period")
                elif m.kind == "cumulative" and m.regex.search(span_text):
                    flags.update(("period", "cumulative"))
            kind = "killed"
            for c in tok.children:
                for p in c.children:
                    kind = self._kind_in(p) or kind
            mention = self._mention(
                kind, qty, "unknown", tok.i, target.i, target.i + 1, sent_of[tok.i], frozenset()
            )
            out.append(replace(mention, flags=frozenset(flags | {"update"})))
        return out
