"""Token-level helpers over a spaCy parse: subjects, mention extents, cue extents.

Everything here reads a parsed ``Doc`` (or hand-built one in tests) and returns token indices or
character intervals; nothing looks at actors or the pipeline state.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from facta.quotes.spans import Interval, trim

Token = Any  # spacy.tokens.Token

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Dependents between a subject and its verb that belong to the cue ("has also said", "did not say").
CUE_LEFT_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})
# Clauses that take their subject from the verb they hang on ("..., saying", "and added", "declined to say").
INHERIT_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp"})
DASHES = frozenset({"-", "—", "–", "--"})
# Focus adverbs left out of a speaker's phrase ("even Republicans say"). Not "only", which PolNeAR's
# annotators keep with the quantity it limits ("Only 52 percent of voters say": 15 against 5 on train).
FOCUS = frozenset({"even", "also", "just", "especially", "particularly"})
WH_WORDS = frozenset({"who", "which", "that", "whom"})


def token_starts(doc: Any) -> list[int]:
    """Character offset of every token (read in one call; much faster than iterating tokens)."""
    starts: list[int] = doc.to_array("IDX").tolist() if len(doc) else []
    return starts


def is_punct(tok: Token) -> bool:
    """Punctuation, judged from the tag or the characters (works without lexical attributes)."""
    return bool(tok.pos_ == "PUNCT" or (tok.text and not any(ch.isalnum() for ch in tok.text)))


def is_space(tok: Token) -> bool:
    return bool(tok.text.isspace())


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def first_child(tok: Token, *deps: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def is_passive(tok: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children)


def subject(tok: Token, depth: int = 0, ok: Callable[[Token], bool] = lambda _t: True) -> Token | None:
    """The token naming who performs ``tok``: its subject, a passive agent, or an inherited subject.

    ``ok`` rejects candidates (e.g. a word inside a quotation the parser took for the subject).
    """
    subjects = [
        c
        for c in tok.children
        if c.dep_ in SUBJECT_DEPS
        and c.text.lower() != "there"
        and any(ch.isalnum() for ch in c.text)  # not a dash the tagger took for a noun
        and ok(c)
    ]
    if len(subjects) > 1:  # "which they say ...": the relative pronoun belongs to the reported clause
        subjects = [c for c in subjects if c.text.lower() not in WH_WORDS] or subjects
    doc = tok.doc
    if (
        len(subjects) > 1
        and subjects[0].i < tok.i < subjects[-1].i
        and subjects[-1].left_edge.i == tok.i + 1
        and tok.i > 0
        and doc[tok.i - 1].text == ","
    ):
        subjects = [subjects[-1]]  # "Couple X and Y get nervous, said Z": the reported clause's subject
    if len(subjects) > 1 and _report_subject_first(subjects, tok):
        subjects = [subjects[-1]]  # "Forty prisoners will walk free, spokesman X said": the report's subject
    for child in tok.children:
        if subjects and child.i == subjects[0].i:
            return child
        if child.dep_ == "agent":
            pobj = first_child(child, "pobj")
            if pobj is not None and ok(pobj):
                return pobj
    if is_passive(tok) or any(c.dep_ == "expl" for c in tok.children):
        return None
    if any(c.dep_ in SUBJECT_DEPS and ok(c) for c in tok.children):
        return None
    head = tok.head
    if tok.dep_ == "pcomp" and head.pos_ == "ADP":  # "by saying ...", "after writing ..."
        head = head.head
        # "took the last step of announcing"; "stopped short of calling", "aside from saying"
        noun = head.pos_ == "NOUN" and head.dep_ in {"dobj", "attr"}
        if noun or (head.pos_ == "ADV" and head.dep_ == "advmod"):
            head = head.head
    if head.pos_ == "ADJ" and head.dep_ == "acomp":  # "X was defensive, saying ..."
        head = head.head
    if depth < 3 and head.i != tok.i and tok.dep_ in INHERIT_DEPS and head.pos_ in {"VERB", "AUX"}:
        return subject(head, depth + 1, ok)
    if tok.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return head  # "officials saying ..."
    return None


# subordinators that open an adverbial clause, never a reported one ("said on Monday, a week after the
# junta postponed the vote": the parser may still make the clause the verb's complement)
ADVERBIAL_MARKS = frozenset(
    {"after", "before", "since", "until", "till", "while", "once", "because", "although"}
)


def adverbial_clause(clause: Token) -> bool:
    """A clause the parser took for a complement but opened by a subordinator of time or cause."""
    marks = {c.text.lower() for c in clause.children if c.dep_ == "mark"}
    return bool(marks & ADVERBIAL_MARKS) and not marks & {"that", "whether", "if"}


def _report_subject_first(subjects: list[Token], tok: Token) -> bool:
    """Two subjects before a cue, the last set off by a comma after a clause with a verb of its own
    ("Forty prisoners will walk free before Easter, spokesman X said"): the parser hung the fronted
    report's subject on the cue; the subject next to the cue speaks."""
    first, last = subjects[0], subjects[-1]
    if last.i > tok.i or last.left_edge.i <= first.i:
        return False
    doc = tok.doc
    if last.left_edge.i == 0 or doc[last.left_edge.i - 1].text != ",":
        return False
    return any(t.pos_ in {"VERB", "AUX"} for t in doc[first.i + 1 : last.left_edge.i])


def referent(subj: Token) -> Token:
    """The token to resolve to an actor: the antecedent of a relative pronoun, else the head itself."""
    if subj.text.lower() in WH_WORDS and subj.head.dep_ == "relcl":
        return subj.head.head
    return subj


def token_range(tokens: Iterable[Token]) -> tuple[int, int] | None:
    idx = [t.i for t in tokens]
    return (min(idx), max(idx) + 1) if idx else None


def chars(doc: Any, start: int, end: int) -> Interval:
    """Character interval of tokens [start, end)."""
    last = doc[end - 1]
    return doc[start].idx, last.idx + len(last.text)


def mention(
    doc: Any,
    text: str,
    head: Token,
    blocked: Callable[[int], bool] = lambda _i: False,
    *,
    before_verb: bool = True,
    titles: frozenset[str] = frozenset(),
) -> Interval | None:
    """The character extent of the noun phrase headed by ``head``.

    The phrase is the head's subtree, cut where it runs into a token for which ``blocked`` holds
    (for example a quotation the head is not part of), a line break or another sentence; participle
    modifiers set off by a comma ("Trump, speaking in Ohio, said") are left out, and so are relative
    clauses with "which"/"that" trailing a speaker named after the verb. A phrase naming the speaker
    before the verb keeps the comma that closes its apposition ("Ned Price, a spokesman, said").
    """
    sent = head.sent
    start, end = max(head.left_edge.i, sent.start), min(head.right_edge.i + 1, sent.end)
    if start == sent.start:
        start = _over_title(doc, start, titles)
    for child in head.children:  # "Speaking in Lagos, the minister": a clause the parser hung on the noun
        if child.i < head.i and child.dep_ == "advcl" and child.right_edge.i + 1 < head.i:
            start = max(start, child.right_edge.i + 1)
            while start < head.i and doc[start].text in {",", "--", "—"}:
                start += 1
    for i in range(head.i + 1, end):
        child = doc[i]
        which = child.dep_ == "relcl" and doc[child.left_edge.i].text.lower() in {"which", "that"}
        drop = child.dep_ == "acl" or (which and not before_verb)
        if drop and child.left_edge.i > head.i and doc[child.left_edge.i - 1].text in {",", "--", "—"}:
            end = min(end, child.left_edge.i - 1)
            break
        if child.head.i == head.i and _circumstance(child):
            end = min(end, child.left_edge.i)  # "The campaign on Monday said": the time is the verb's
            break
    if end == sent.end and end < len(doc) and _title_before(doc, end, titles):
        end = _name_after_title(doc, end)  # "Navy Capt. | Jeff Davis said": the splitter cut the name
    lo = head.i
    while lo > start and not blocked(lo - 1) and "\n" not in doc[lo - 1].text:
        if doc[lo - 1].text in DASHES and doc[lo - 1].whitespace_ and lo - 1 > start:
            break  # "KHARTOUM - The army": a dateline is not part of the name
        lo -= 1
    hi = head.i + 1
    while hi < end and not blocked(hi) and "\n" not in doc[hi].text:
        hi += 1
    if before_verb:
        lo = _name_start_after_quote(doc, lo, blocked)
    while lo < head.i and (is_space(doc[lo]) or (doc[lo].dep_ == "advmod" and doc[lo].text.lower() in FOCUS)):
        lo += 1  # "Even the field's biggest hawks said": the focusing adverb is not the speaker's name
    interval = trim(text, chars(doc, lo, hi), keep_final=True)
    interval = _drop_trailing_comma(text, interval)
    markup = text.rfind(">", interval[0], interval[1])
    if markup >= 0 and not text[interval[0] : markup].strip(" \"'<>=/"):
        interval = (markup + 1, interval[1])  # '">Sanders': the end of a markup tag is no part of a name
    if interval[1] <= interval[0]:
        return None
    if before_verb and "," in text[interval[0] : interval[1]] and text[interval[1] : interval[1] + 1] == ",":
        interval = (interval[0], interval[1] + 1)
    return interval


CLOSING_MARKS = frozenset({"”", '"', "''"})


def _name_start_after_quote(doc: Any, lo: int, blocked: Callable[[int], bool]) -> int:
    """Capitalised words between a closing quotation and the speaker's phrase that the parser hung
    inside the quotation's clause ("“...,” Tulsa police Chief X said"): the first word of the name."""
    k = lo - 1
    while (
        k >= 0
        and lo - k <= 4
        and not blocked(k)
        and doc[k].text.isalpha()
        and (doc[k].text[:1].isupper() or doc[k].tag_ in {"NN", "NNS"})
        and doc[k].head.i < lo
    ):
        k -= 1
    if k == lo - 1 or k < 0 or not doc[k + 1].text[:1].isupper():
        return lo
    mark = doc[k] if doc[k].text in CLOSING_MARKS else None
    if mark is None and doc[k].text == "," and k > 0 and doc[k - 1].text in CLOSING_MARKS:
        mark = doc[k - 1]
    return k + 1 if mark is not None else lo


def _circumstance(tok: Token) -> bool:
    """A modifier the parser hung on the speaker that belongs to the verb: a date ("on Monday"), a
    "when"-clause ("when asked about it")."""
    if tok.dep_ == "npadvmod" and tok.ent_type_ in {"DATE", "TIME"}:
        return True
    if tok.dep_ == "prep" and tok.text.lower() in {"on", "in", "at", "during"}:
        pobj = first_child(tok, "pobj")
        return pobj is not None and pobj.ent_type_ in {"DATE", "TIME"}
    return tok.dep_ in {"advcl", "relcl"} and tok.left_edge.text.lower() == "when"


def _name_after_title(doc: Any, end: int) -> int:
    """The end of the capitalised name continuing right after a title the sentence splitter cut."""
    j = end
    while (
        j < len(doc)
        and doc[j].text[:1].isupper()
        and doc[j].text.rstrip(".").isalpha()
        and "\n" not in doc[j].text
    ):
        j += 1
    return j


def _over_title(doc: Any, start: int, titles: frozenset[str]) -> int:
    """Reach back over a title and name the sentence splitter cut off ("Navy Capt. | Jeff Davis",
    "Ian H. | Solomon"): an abbreviated title or initial right before ``start``, and the capitalised
    words before it."""
    width = _title_before(doc, start, titles)
    if not width:
        return start
    j = start - width
    while j > 0:
        prev = doc[j - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            break
        more = _title_before(doc, j, titles)
        if more:
            j -= more
        elif (prev.text[:1].isupper() and prev.text.isalpha()) or (
            j <= prev.head.i < start and prev.dep_ in {"compound", "amod", "det", "poss", "nmod"}
        ):
            j -= 1  # "Pentagon spokesman Navy" in "Pentagon spokesman Navy Capt."
        else:
            break
    return j


def _title_before(doc: Any, j: int, titles: frozenset[str]) -> int:
    """How many tokens before ``j`` spell an abbreviated title or an initial ("Capt.", "Capt" ".", "H.")."""
    if j >= 1:
        one = doc[j - 1].text
        if one.lower() in titles or (len(one) == 2 and one[0].isupper() and one[1] == "."):
            return 1
    if j >= 2 and doc[j - 1].text == "." and not doc[j - 2].whitespace_:
        two = doc[j - 2].text
        if two.lower() + "." in titles or (len(two) == 1 and two.isupper()):
            return 2
    return 0


def _drop_trailing_comma(text: str, interval: Interval) -> Interval:
    start, end = interval
    while (end > start and text[end - 1] in ",;:—–-") or (end > start and text[end - 1].isspace()):
        end -= 1
    return start, end


def cue_tokens(doc: Any, verb: Token, stop: int) -> tuple[int, int]:
    """Tokens [start, end) of a verb cue: the verb with the auxiliaries, negation and adverbs
    directly before it ("has also said", "did not say"), never reaching back to token ``stop``."""
    start = verb.i
    j = verb.i - 1
    while j > stop and j >= 0:
        tok = doc[j]
        if is_space(tok) and j > 0 and doc[j - 1].head.i == verb.i:
            j -= 1  # "has\u00a0acknowledged": a non-breaking space is its own token
            continue
        if tok.head.i == verb.i and tok.dep_ in CUE_LEFT_DEPS and (tok.dep_ == "neg" or not is_punct(tok)):
            start = j
            j -= 1
            continue
        if tok.dep_ == "advmod" and start <= tok.head.i < verb.i and tok.head.head.i == verb.i:
            start = j  # "almost immediately disclosed": an adverb on the cue's adverb
            j -= 1
            continue
        break
    end = verb.i + 1
    prt = first_child(verb, "prt")
    if prt is not None and prt.i == end:
        end = prt.i + 1
    elif (
        end < len(doc)
        and doc[end].head.i == verb.i
        and doc[end].dep_ == "dobj"
        and doc[end].text.lower() == "it"
        and verb.lemma_.lower() == "put"
    ):
        end += 1  # "as she put it"
    return start, end
