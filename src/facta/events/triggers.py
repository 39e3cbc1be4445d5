"""Finding event triggers in a sentence and linking them to each other.

A trigger is a verb, noun or adjective whose lemma is in ``triggers.tsv``. Each word can have
several readings; the most specific reading whose conditions hold (a companion word, the topic of
its object, the class of its subject or object) is used. Triggers are then linked along the
dependency tree (:mod:`facta.events.linking`):

* a *frame* ("threatened", "demanded", "offered", "accused") absorbs the triggers in its complement
  as its content: "threatened to attack the town" is one THREATEN event, not an ASSAULT;
* a *reverse* trigger ("lifted", "halted", "called off") absorbs what it ends;
* two triggers of the same type in one clause ("shelled ..., killing three") are merged;
* a noun trigger that is the object of a light verb ("launched an attack", "held talks") takes the
  light verb's subject as its actor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from facta.events.lexicon import Lexicon, SupportEntry, TriggerEntry
from facta.events.syntax import Token, children, is_passive, subject_of

POS_CODES = {"VERB": "V", "NOUN": "N", "PROPN": "N", "ADJ": "A"}
# Words inside these named entities are part of a name ("Asia-Pacific Economic Cooperation").
NAME_ENTS = frozenset(
    {"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT"}
)
# Dependents that make a noun trigger an explicit event mention.
NOUN_ARG_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


@dataclass(eq=False)
class Candidate:
    tok: Token
    entry: TriggerEntry
    support: Token | None = None
    support_entry: SupportEntry | None = None
    content: list[Candidate] = field(default_factory=list)
    merged: list[Candidate] = field(default_factory=list)
    parent: Candidate | None = None
    qualified: bool = False
    # a relative clause on the object of a nominal event that tells what the event did ("an attack on a
    # convoy that killed four soldiers"): merged into it, its grammatical subject is no actor
    event_relative: bool = False

    @property
    def anchor(self) -> Token:
        return self.support if self.support is not None else self.tok

    @property
    def role(self) -> str:
        return self.entry.role

    @property
    def type(self) -> str:
        if self.support_entry is not None and self.support_entry.type:
            return self.support_entry.type
        return self.entry.type

    def all_tokens(self) -> list[Token]:
        toks = [self.tok] + ([self.support] if self.support is not None else [])
        for c in (*self.content, *self.merged):
            toks.extend(c.all_tokens())
        return toks


# -- object / complement words -----------------------------------------------------------------------
DIRECT = frozenset({"dobj", "xcomp", "ccomp", "attr", "oprd", "dative", "nsubjpass", "csubjpass"})


def object_heads(tok: Token, direct_only: bool = False) -> list[Token]:
    """What a trigger acts on: its object, complement or the object of its preposition."""
    out = _object_heads(tok, direct_only)
    if tok.dep_ == "relcl":  # "the town, which rebels had seized": the object is the town
        out = [tok.head if o.lower_ in {"which", "that", "whom"} and o.dep_ == "dobj" else o for o in out]
    return out


def _object_heads(tok: Token, direct_only: bool) -> list[Token]:
    out: list[Token] = []
    if direct_only and tok.pos_ in {"VERB", "AUX"}:
        out = [c for c in tok.children if c.dep_ in DIRECT]
        if tok.dep_ in {"acl", "amod"} and tok.tag_ == "VBN" and not children(tok, "dobj"):
            out.append(tok.head)
        return out
    if tok.pos_ in {"VERB", "AUX"}:
        for c in tok.children:
            if c.dep_ in {"dobj", "xcomp", "ccomp", "attr", "oprd", "dative", "nsubjpass", "csubjpass"}:
                out.append(c)
            elif c.dep_ in {"prep", "prt"}:
                out.extend(o for o in c.children if o.dep_ in {"pobj", "pcomp"})
        if tok.dep_ in {"acl", "amod"} and tok.tag_ == "VBN" and not children(tok, "dobj"):
            out.append(tok.head)  # "the curfew imposed on ...", "shells fired by ..."
    else:
        for c in tok.children:
            if c.dep_ in {"prep"}:
                out.extend(o for o in c.children if o.dep_ in {"pobj", "pcomp"})
            elif c.dep_ in {"compound", "amod", "nmod", "xcomp", "acl", "dobj"}:
                out.append(c)  # (a dobj: a verb tagged as a noun, "EU and UN hand over supplies")
    return out


def topic_tokens(tok: Token, limit: int = 14, direct_only: bool = False) -> list[Token]:
    """Tokens describing what the trigger is about (its object phrases), in text order."""
    seen: dict[int, Token] = {}
    for head in object_heads(tok, direct_only):
        queue = [head]
        while queue and len(seen) < limit:
            t = queue.pop(0)
            if t.i in seen or t.i == tok.i:
                continue
            seen[t.i] = t
            queue.extend(c for c in t.children if c.dep_ not in {"relcl", "advcl", "punct", "cc", "appos"})
    return sorted(seen.values(), key=lambda t: t.i)


_FIRST_WORDS: dict[int, tuple[Any, frozenset[str]]] = {}


def _first_words(table: dict[tuple[str, ...], Any]) -> frozenset[str]:
    """The words phrases of ``table`` start with (cached per table object; the cache keeps it alive)."""
    cached = _FIRST_WORDS.get(id(table))
    if cached is None or cached[0] is not table:
        cached = (table, frozenset(phrase[0] for phrase in table if phrase))
        _FIRST_WORDS[id(table)] = cached
    return cached[1]


def match_phrases(
    tokens: list[Token], table: dict[tuple[str, ...], frozenset[str]], longest: int
) -> set[str]:
    """Values of every phrase in ``table`` whose lemmas occur contiguously in ``tokens``."""
    found: set[str] = set()
    starts = _first_words(table)
    lemmas = [(t.i, t.lemma_.lower(), t.lower_) for t in tokens]
    for k, (_i, lemma, lower) in enumerate(lemmas):
        if lemma not in starts and lower not in starts:
            continue
        for key in {(lemma,), (lower,)}:
            found |= table.get(key, frozenset())
        seq_l = [lemma]
        seq_w = [lower]
        for j in range(k + 1, min(k + longest, len(lemmas))):
            if lemmas[j][0] != lemmas[j - 1][0] + 1:
                break
            seq_l.append(lemmas[j][1])
            seq_w.append(lemmas[j][2])
            found |= table.get(tuple(seq_l), frozenset())
            found |= table.get(tuple(seq_w), frozenset())
    return found


def lemma_forms(tok: Token) -> list[str]:
    """The lemma, then guesses for when the lemmatizer slips ("staged" -> "stag")."""
    lemma = tok.lemma_.lower()
    low = tok.lower_
    out = [lemma]
    if low != lemma:
        out.append(low)
    if tok.pos_ in {"VERB", "AUX"}:
        for suffix, repl in (
            ("ied", "y"),
            ("ed", "e"),
            ("ed", ""),
            ("ing", "e"),
            ("ing", ""),
            ("es", ""),
            ("s", ""),
        ):
            if low.endswith(suffix) and len(low) > len(suffix) + 2:
                out.append(low[: -len(suffix)] + repl)
    return out


# -- finding triggers ---------------------------------------------------------------------------------
def _dated(tok: Token) -> bool:
    # (a term is no date: "sentenced to ten years", "jailed for 20 months")
    if tok.lower_ in {"to", "for"}:
        return False
    objs = [o for o in tok.children if o.dep_ == "pobj"]
    return tok.dep_ == "prep" and bool(objs) and all(o.ent_type_ in {"DATE", "TIME"} for o in objs)


def near_words(tok: Token, by_i: dict[int, Token] | None = None) -> set[str]:
    """Lemmas and spellings of the words near ``tok``: its dependents (and theirs through prepositions,
    particles, objects and modifiers) and its neighbours in the sentence (``by_i``: the sentence's tokens
    by index, when known)."""
    # (a preposition heading a date is no companion: "On Nov. 18, X called Y")
    # (nor is a subordinator: "for families pushed out of the border towns" has no "push for")
    near = [c for c in tok.children if not _dated(c) and c.dep_ != "mark"]
    if tok.pos_ == "ADJ" and tok.dep_ in {"oprd", "ccomp", "acomp"}:
        near.append(tok.head)  # the verb an adjective is predicated with: "found the minister guilty"
    for c in list(near):
        if c.dep_ in {"prep", "prt", "dobj", "compound", "pobj", "amod", "nmod"}:
            near.extend(c.children)
            if c.dep_ == "dobj":  # "set a vehicle on fire": the phrase hangs on the object
                near.extend(g for p in c.children if p.dep_ == "prep" for g in p.children)
    if by_i is not None:
        near.extend(t for d in (-2, -1, 1, 2) if (t := by_i.get(tok.i + d)) is not None and not _dated(t))
    else:
        doc = tok.doc
        for k in (tok.i - 2, tok.i - 1, tok.i + 1, tok.i + 2):  # neighbours in the same sentence
            if (
                0 <= k < len(doc)
                and not any(doc[j].is_sent_start for j in range(min(k, tok.i) + 1, max(k, tok.i) + 1))
                and not _dated(doc[k])
            ):
                near.append(doc[k])
    return {t.lemma_.lower() for t in near} | {t.lower_ for t in near}


def _has_word(tok: Token, words: str) -> bool:
    return bool(set(words.split("|")) & near_words(tok))


# Nouns that only count or frame the event they introduce: "a campaign of torching", "a wave of attacks".
LIGHT_NOUNS = frozenset(
    {
        "campaign",
        "wave",
        "series",
        "spate",
        "string",
        "round",
        "spree",
        "number",
        "act",
        "night",
        "day",
        "week",
        "weekend",
        "transfer",
        "delivery",
        "consignment",
        "state",  # "declared a state of emergency"
    }
)


# Heads that an event noun names the purpose of: "a mediation mission", "rescue efforts".
EFFORT_NOUNS = frozenset(
    {"mission", "effort", "operation", "process", "initiative", "bid", "drive", "programme", "program"}
)


def lift(noun: Token) -> Token:
    """ "a wave of attacks" -> wave (the word that takes the event's place in the clause)."""
    node = noun
    for _ in range(2):
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in LIGHT_NOUNS:
            node = node.head.head
        else:
            break
    return node


def find_support(noun: Token, lex: Lexicon) -> tuple[Token, SupportEntry] | None:
    """The light verb governing a nominal trigger: "launched an attack", "took part in protests"."""
    node = lift(noun)
    while node.dep_ == "conj" and node.head.pos_ in {"NOUN", "PROPN"}:
        node = node.head
    if node.dep_ == "compound" and node.head.lemma_.lower() in EFFORT_NOUNS:
        node = node.head  # "undertook a mediation mission"
    verb = None
    if node.dep_ in {"dobj", "attr", "oprd", "nsubjpass"}:
        verb = node.head
    elif node.dep_ == "pobj" and node.head.dep_ in {"prep", "agent"}:
        verb = node.head.head
        if verb.dep_ == "dobj" and verb.lemma_.lower() in {
            "part",
            "role",
            "responsibility",
            "credit",
        }:  # "took part in", "played a role in", "claimed responsibility for"
            verb = verb.head
    lemma = _hyphened(noun) or noun.lemma_.lower()
    if verb is None and node.dep_ == "ROOT":
        return _headline_support(node, lemma, lex)
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return None
    forms = lemma_forms(verb)
    entries = next((lex.support[f] for f in forms if f in lex.support), [])
    for entry in entries:
        if entry.nouns and lemma not in entry.nouns:
            continue
        if entry.with_ and not _has_word(verb, entry.with_):
            continue
        return verb, entry
    return None


def _headline_support(noun: Token, lemma: str, lex: Lexicon) -> tuple[Token, SupportEntry] | None:
    """A verbless headline parse: the verb read as a modifier of its object at the root ("Samoa and
    Senegal sign trade agreement" as one noun phrase). A word before the noun that the tagger took for a
    verb, or whose light-verb reading names this very noun ("sign" + agreement), is the light verb."""
    for mod in noun.children:
        if mod.i > noun.i or mod.dep_ not in {"compound", "nmod", "amod"}:
            continue
        is_verb = mod.tag_ in {"VB", "VBZ", "VBP", "VBD"}
        for form in lemma_forms(mod) if is_verb else [mod.lemma_.lower()]:
            for entry in lex.support.get(form, []):
                if entry.with_ or (entry.nouns and lemma not in entry.nouns):
                    continue
                if not is_verb and not entry.nouns:
                    continue
                return mod, entry
    return None


ClassOf = Callable[[Token | None], str | None]


def _entry_applies(
    entry: TriggerEntry,
    tok: Token,
    near: Callable[[], set[str]],
    topics: Callable[[], set[str]],
    subj_class: str | None,
    obj_class: str | None,
) -> bool:
    if entry.with_ and not (set(entry.with_.split("|")) & near()):
        return False
    if "intrans" in entry.flags and any(c.dep_ in {"dobj", "ccomp"} for c in tok.children):
        return False  # "the affair demonstrates that ..." is no demonstration
    if "trans" in entry.flags and not any(
        c.dep_ in {"dobj", "nsubjpass"} for c in tok.children
    ):  # "returned the paintings to Italy" gives back; "returned to Italy" only comes back
        return False
    if "stative" in entry.flags and _describes(tok):
        return False  # "a gunman armed with a pistol": the participle describes him, no arming is told
    if "noclause" in entry.flags and any(c.dep_ == "ccomp" for c in tok.children):
        return False  # "X protested that ...": said, not marched
    if entry.objtopic and not (entry.objtopic & topics()):
        return False
    if entry.sclass and subj_class not in entry.sclass:
        return False
    return not (entry.oclass and obj_class not in entry.oclass)


def _describes(tok: Token) -> bool:
    """A past participle that modifies a noun and names no agent ("men armed with knives")."""
    if tok.tag_ != "VBN" or tok.dep_ not in {"acl", "amod"}:
        return False
    return not any(c.dep_ == "agent" for c in tok.children)


def _hyphened(tok: Token, before: Token | None = None, hyphen: Token | None = None) -> str | None:
    """ "cease-fire": the word a hyphenated compound ending at ``tok`` spells, lower-cased."""
    if before is None or hyphen is None:
        if tok.i < 2:
            return None
        doc = tok.doc
        hyphen, before = doc[tok.i - 1], doc[tok.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or before.whitespace_:
        return None
    return f"{before.lower_}-{tok.lemma_.lower()}"


def find_candidates(sent: list[Token], lex: Lexicon, class_of: ClassOf) -> list[Candidate]:
    out: list[Candidate] = []
    by_i = {t.i: t for t in sent}
    for k, tok in enumerate(sent):
        pos = POS_CODES.get(tok.pos_)
        if pos is None or (tok.ent_type_ in NAME_ENTS and tok.pos_ == "PROPN"):
            continue
        if (
            tok.ent_type_ in NAME_ENTS
            and tok.ent_iob_ == "I"
            and tok.pos_ != "VERB"
            and tok.text[:1].isupper()
        ):
            continue
        if tok.ent_type_ == "DATE" and tok.text[:1].isupper() and tok.pos_ == "PROPN":
            continue  # "since March", "in May": a month, no march
        if tok.dep_ == "amod" and tok.tag_ in {"VBN", "VBD"}:  # "the detained journalists": a state
            continue
        lemma = tok.lemma_.lower()
        # "cease-fire" is tokenized cease, -, fire
        hyphened = _hyphened(tok, sent[k - 2], sent[k - 1]) if k >= 2 and sent[k - 1].text == "-" else None
        if hyphened is not None and lex.entries(hyphened, pos):
            entries = lex.entries(hyphened, pos)
        elif lemma in lex.trigger_words or tok.lower_ in lex.trigger_words:
            entries = next((e for f in (lemma, tok.lower_) if (e := lex.entries(f, pos))), [])
        elif pos == "V":  # the lemmatizer may have slipped ("staged" -> "stag")
            entries = next((e for f in lemma_forms(tok)[1:] if (e := lex.entries(f, pos))), [])
        else:
            entries = []
        if (
            not entries
            and pos == "N"
            and lex.entries(lemma, "V")
            and any(c.dep_ in {"nsubj", "dobj"} for c in tok.children)
        ):
            entries = lex.entries(lemma, "V")  # a verb mistagged as a noun ("Activists decry ...")
        if not entries:
            continue
        support = find_support(tok, lex) if pos == "N" else None
        cache: dict[str, set[str]] = {}

        def near(tok: Token = tok, cache: dict[str, set[str]] = cache) -> set[str]:
            if "n" not in cache:
                cache["n"] = near_words(tok, by_i)
            return cache["n"]

        def topics(tok: Token = tok, cache: dict[str, set[str]] = cache) -> set[str]:
            if "t" not in cache:  # what the direct object is about, else what the prepositions' objects are
                toks = topic_tokens(tok, direct_only=True)
                found = match_phrases(toks, lex.topics, lex.max_phrase)
                if not found:
                    toks = topic_tokens(tok)
                    found = match_phrases(toks, lex.topics, lex.max_phrase)
                for t in toks:  # "c:TYPE" for object words that are triggers themselves
                    tpos = POS_CODES.get(t.pos_)
                    if tpos is not None:
                        found |= {f"c:{e.type}" for e in lex.entries(t.lemma_.lower(), tpos)[-1:]}
                cache["t"] = found
            return cache["t"]

        # the participant classes are read only when a reading asks for them
        classes_needed = any(e.sclass or e.oclass for e in entries)
        subj_class, obj_class = (
            _arg_classes(tok, support[0] if support else None, class_of) if classes_needed else (None, None)
        )
        for entry in entries:
            if _entry_applies(entry, tok, near, topics, subj_class, obj_class):
                if "none" in entry.flags:  # a reading that names no event ("met with anger")
                    break
                cand = Candidate(tok, entry)
                if support is not None:
                    cand.support, cand.support_entry = support
                out.append(cand)
                break
    out += deontic_candidates(sent, lex, {c.tok.i for c in out})
    return out


def deontic_candidates(sent: list[Token], lex: Lexicon, taken: set[int]) -> list[Candidate]:
    """ "X said (that) Y must ...": a reported obligation is X's demand on Y (REQUEST)."""
    from facta.events.modality import deontic_clause

    cues = lex.modality
    out: list[Candidate] = []
    if cues is None:
        return out
    for tok in sent:
        if tok.i in taken or tok.pos_ != "VERB" or tok.lemma_.lower() not in cues.speech:
            continue
        if any(c.dep_ == "ccomp" and deontic_clause(c, cues) for c in tok.children):
            entry = TriggerEntry(
                lemma=tok.lemma_.lower(),
                pos="V",
                with_=None,
                type="REQUEST",
                mode=None,
                role="frame",
                objtopic=frozenset(),
                sclass=frozenset(),
                oclass=frozenset(),
                tpreps=frozenset({"to"}),
                flags=frozenset({"v:demand", "deontic"}),
                cameo=None,
                conf=0.55,
            )
            out.append(Candidate(tok, entry))
    return out


def _arg_classes(tok: Token, support: Token | None, class_of: ClassOf) -> tuple[str | None, str | None]:
    verb = support if support is not None else tok
    if verb.pos_ in {"VERB", "AUX"}:
        if is_passive(verb):
            agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children]
            subj = agents[0] if agents else None
            objs = children(verb, "nsubjpass")
            if not objs and verb.dep_ in {"acl", "amod"}:  # "an opposition leader beaten with a bat"
                objs = [verb.head]
        else:
            subj = subject_of(verb)
            objs = children(verb, "dobj")
        if support is not None:
            subj = subj if subj is not None else next(iter(children(tok, "poss")), None)
            objs = [o for p in children(tok, "prep") for o in p.children if o.dep_ == "pobj"] or objs
    else:  # noun or adjective
        subj = next(iter(children(tok, "poss", "compound")), None)
        objs = [o for p in children(tok, "prep") for o in p.children if o.dep_ == "pobj"]
        objs += [c for o in objs for c in o.children if c.dep_ == "conj"]  # "between police and protesters"
        if subj is None and any(p.lower_ == "between" for p in children(tok, "prep")) and objs:
            subj = objs[0]
        if tok.pos_ == "ADJ" and tok.dep_ in {"acomp", "amod"}:
            subj = subject_of(tok.head) if tok.dep_ == "acomp" else tok.head
    subj_class = class_of(subj)
    obj_class = next((c for c in (class_of(o) for o in objs) if c), None)
    return subj_class, obj_class


def link(cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Absorb content into frames, merge same-type triggers; return the top-level candidates."""
    from facta.events.linking import link_candidates

    return link_candidates(cands, lex)
