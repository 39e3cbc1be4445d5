"""User verb dictionaries: event codes from PETRARCH/TABARI verb-pattern dictionaries.

Users with a CAMEO-style codebook (or their own codes) can load verb dictionaries through the
``verb_dictionary`` setting; the coder then takes each event's ``cameo`` code from the dictionary
instead of facta's PLOVER->CAMEO table (see docs/events.md). The accepted format:

* verb blocks: ``--- VERB [code] ---`` then the verb's forms (``VERB {IRREGULAR FORMS}``, extra verbs
  ``+PHRASAL_VERB {+FORMS}``, a form may carry its own ``[code]``) and patterns;
* patterns: ``- LEFT WORDS * RIGHT WORDS [code]`` where ``*`` is the verb, ``_`` joins words that must be
  consecutive (``FAILED_TO_*`` must end right before the verb), ``&NAME`` is a synset, ``^`` skips one
  word, ``$``/``+`` mark where the source/target actor is, ``%`` (compound actor) is accepted and
  ignored; codes ``[a:b]`` code a paired event in the other direction, ``[---]`` codes nothing;
* synsets: ``&NAME`` then ``+word phrase`` lines (members may name other synsets);
* comments: ``<!-- ... -->`` and ``#`` to the end of the line.

Matching: a verb in the text matches a block by lemma or surface form (multi-word verbs need their
particles right after the verb). Patterns are tried most specific first (more words first, then file
order); left elements must occur in order before the verb in the sentence, right elements after it
within the verb's own phrase. The first match gives the code, else the block's default code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from facta.errors import FactaError
from facta.events.syntax import Token

_BLOCK = re.compile(r"^---\s*(.*?)\s*(\[[^\]]*\])?\s*(\[[^\]]*\])?\s*---\s*$")
_CODE = re.compile(r"\[([^\]]*)\]")
_XML_COMMENT = re.compile(r"<!--.*?-->", re.S)


@dataclass(frozen=True, slots=True)
class Element:
    """One element of a pattern side: words that must be consecutive, a synset, or a marker."""

    kind: str  # words | synset | skip | source | target
    words: tuple[str, ...] = ()
    name: str = ""
    adjacent: bool = False  # joined to the verb with "_"


@dataclass(frozen=True, slots=True)
class Pattern:
    left: tuple[Element, ...]
    right: tuple[Element, ...]
    code: str | None  # None: the pattern codes no event
    line: int

    @property
    def weight(self) -> int:
        return sum(max(1, len(e.words)) for e in (*self.left, *self.right) if e.kind in {"words", "synset"})


@dataclass
class VerbForm:
    words: tuple[str, ...]  # lower-case; several for phrasal verbs ("break", "down")
    block: VerbBlock
    default: str | None  # a form's own code, else the block's


@dataclass
class VerbBlock:
    name: str
    default: str | None
    patterns: list[Pattern] = field(default_factory=list)


@dataclass
class VerbDictionary:
    names: list[str] = field(default_factory=list)
    forms: dict[str, list[VerbForm]] = field(default_factory=dict)  # first word -> forms
    synsets: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)

    @property
    def active(self) -> bool:
        return bool(self.forms)


@dataclass(frozen=True, slots=True)
class VerbMatch:
    """A dictionary verb found in a sentence and the code its patterns give."""

    verb: Token
    end: int  # index after the verb's last word (particles of phrasal verbs)
    code: str
    source_at: int | None = None  # token index where the pattern's "$" points
    target_at: int | None = None  # token index where the pattern's "+" points


# -- reading --------------------------------------------------------------------------------------------
def load_verb_dictionaries(spec: str) -> VerbDictionary:
    """Load the ':'-separated paths of the ``verb_dictionary`` setting."""
    out = VerbDictionary()
    for raw in spec.split(":"):
        path = Path(raw.strip())
        if not raw.strip():
            continue
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise FactaError("F307", path=path, reason=exc.strerror or str(exc)) from exc
        read_verbs(text, path.name, out)
        out.names.append(path.name)
    for forms in out.forms.values():
        for form in forms:
            form.block.patterns.sort(key=lambda p: (-p.weight, p.line))
    return out


def _clean(text: str) -> list[tuple[int, str]]:
    text = _XML_COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            out.append((n, line))
    return out


def _code(text: str) -> str | None:
    code = text.strip().strip("[]").strip()
    return None if not code or set(code) <= {"-"} else code


def read_verbs(text: str, name: str, into: VerbDictionary) -> None:
    """Parse one verb dictionary into ``into`` (synsets, verb blocks, forms and patterns)."""
    block: VerbBlock | None = None
    synset: str | None = None
    for n, line in _clean(text):
        stripped = line.strip()
        header = _BLOCK.match(stripped)
        if header:
            block = VerbBlock(header.group(1).strip(), _code(header.group(2) or ""))
            synset = None
            continue
        if stripped.startswith("&") and " " not in stripped.split("#")[0].strip():
            synset = stripped[1:].strip().strip("_").upper()
            into.synsets.setdefault(synset, [])
            continue
        if stripped.startswith("+") and synset is not None:  # a synset member
            into.synsets[synset].append(tuple(w for w in re.split(r"[\s_]+", stripped[1:].lower()) if w))
            continue
        if block is None:
            continue
        synset = None
        if stripped.startswith("-"):
            pattern = _pattern(stripped[1:], n)
            if pattern is not None:
                block.patterns.append(pattern)
            continue
        _forms(stripped, block, into)


def _forms(line: str, block: VerbBlock, into: VerbDictionary) -> None:
    """ "VERB {FORM FORM} [code]" -> the verb and its listed forms."""
    code_match = _CODE.search(line)
    own = _code(code_match.group(1)) if code_match else None
    default = own if code_match else block.default
    text = _CODE.sub(" ", line)
    braces = re.search(r"\{([^}]*)\}", text)
    extra = braces.group(1).split() if braces else []
    main = re.sub(r"\{[^}]*\}", " ", text).split()
    for word in [*main[:1], *extra]:
        words = tuple(w for w in word.replace("+", "").lower().split("_") if w)
        if not words:
            continue
        form = VerbForm(words, block, default)
        into.forms.setdefault(words[0], []).append(form)


def _pattern(text: str, line: int) -> Pattern | None:
    code_match = _CODE.search(text)
    if not code_match:
        return None
    code = _code(code_match.group(1))
    body = text[: code_match.start()].split()
    left: list[Element] = []
    right: list[Element] = []
    side = left
    for token in body:
        if "*" in token:
            before, _, after = token.partition("*")
            if before.strip("_"):
                left.extend(_elements(before.strip("_"), adjacent=before.endswith("_")))
            side = right
            if after.strip("_"):
                right.extend(_elements(after.strip("_"), adjacent=after.startswith("_")))
            continue
        side.extend(_elements(token, adjacent=False))
    return Pattern(tuple(left), tuple(right), code, line)


def _elements(token: str, *, adjacent: bool) -> list[Element]:
    if token == "$":
        return [Element("source")]
    if token == "+":
        return [Element("target")]
    if token == "^":
        return [Element("skip")]
    if token == "%":
        return []
    out: list[Element] = []
    words: list[str] = []
    for part in token.split("_"):
        if not part:
            continue
        if part.startswith("&"):
            if words:
                out.append(Element("words", tuple(words)))
                words = []
            out.append(Element("synset", name=part[1:].strip("_").upper()))
        elif part in {"$", "+", "^", "%"}:
            if words:
                out.append(Element("words", tuple(words)))
                words = []
            out.extend(_elements(part, adjacent=False))
        else:
            words.append(part.lower().lstrip("+"))
    if words:
        out.append(Element("words", tuple(words)))
    if out and adjacent:
        out[-1] = Element(out[-1].kind, out[-1].words, out[-1].name, adjacent=True)
    return out


# -- matching --------------------------------------------------------------------------------------------
def _word(tok: Token) -> tuple[str, str]:
    return tok.lower_, tok.lemma_.lower()


def _at(tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
    if i < 0 or i + len(words) > len(tokens):
        return False
    return all(w in _word(tokens[i + k]) for k, w in enumerate(words))


def _synset_at(vd: VerbDictionary, tokens: list[Token], i: int, name: str, depth: int = 0) -> int | None:
    """Length of the synset member found at ``i`` (members may name synsets), or None."""
    for member in sorted(vd.synsets.get(name, []), key=len, reverse=True):
        if member and member[0].startswith("&") and depth < 3:
            n = _synset_at(vd, tokens, i, member[0][1:].upper(), depth + 1)
            if n is not None:
                return n
        elif _at(tokens, i, member):
            return len(member)
    return None


def _element_len(vd: VerbDictionary, e: Element, tokens: list[Token], i: int) -> int | None:
    if e.kind == "words":
        return len(e.words) if _at(tokens, i, e.words) else None
    if e.kind == "synset":
        return _synset_at(vd, tokens, i, e.name)
    if e.kind == "skip":
        return 1 if i < len(tokens) else None
    return 0  # markers take no token


def _match_side(
    vd: VerbDictionary, elements: tuple[Element, ...], tokens: list[Token], start: int, *, anchored: bool
) -> dict[str, int] | None:
    """Match ``elements`` in order in ``tokens[start:]``; returns marker positions, or None."""
    marks: dict[str, int] = {}
    i = start
    for n, e in enumerate(elements):
        if e.kind in {"source", "target"}:
            marks[e.kind] = i
            continue
        must_be_here = n == 0 and (anchored or e.adjacent)
        positions = [i] if must_be_here or e.kind == "skip" else range(i, len(tokens))
        for p in positions:
            size = _element_len(vd, e, tokens, p)
            if size is not None:
                i = p + size
                break
        else:
            return None
    return marks


def match_verb(vd: VerbDictionary, verb: Token, sentence: list[Token]) -> VerbMatch | None:
    """The dictionary code for ``verb`` in ``sentence`` (patterns first, then the default)."""
    first = verb.i - sentence[0].i
    forms = vd.forms.get(verb.lemma_.lower(), []) + vd.forms.get(verb.lower_, [])
    best: tuple[VerbForm, int] | None = None
    rank = (-1, -1)
    for form in forms:
        if form.words[0] not in _word(verb):
            continue
        if len(form.words) > 1 and not _at(sentence, first + 1, form.words[1:]):
            continue
        # longer (phrasal) forms first, then a form spelled as in the text ("LEFT") over the lemma's ("LEAVE")
        form_rank = (len(form.words), int(form.words[0] == verb.lower_))
        if form_rank > rank:
            best, rank = (form, first + len(form.words)), form_rank
    if best is None:
        return None
    form, end = best
    block = form.block
    subtree = {t.i for t in verb.subtree}
    right_tokens = [t for t in sentence[first + 1 :] if t.i in subtree]  # particles included: "* OFF_ TALKS"
    for p in block.patterns:
        right = _match_side(vd, p.right, right_tokens, 0, anchored=bool(p.right and p.right[0].adjacent))
        if right is None:
            continue
        left_marks = _match_left(vd, p.left, sentence, first)
        if left_marks is None:
            continue
        if p.code is None:
            return None
        marks = {**left_marks, **{k: right_tokens[v].i for k, v in right.items() if v < len(right_tokens)}}
        return VerbMatch(verb, end, p.code, marks.get("source"), marks.get("target"))
    code = form.default
    return VerbMatch(verb, end, code) if code else None


def _match_left(
    vd: VerbDictionary, elements: tuple[Element, ...], sentence: list[Token], first: int
) -> dict[str, int] | None:
    """Left elements, in order, before the verb; the last one adjacent if joined to the verb with "_"."""
    marks: dict[str, int] = {}
    end = first  # elements must end at or before this token index (exclusive)
    for n, e in enumerate(reversed(elements)):
        if e.kind in {"source", "target"}:
            marks[e.kind] = sentence[max(0, end - 1)].i if end > 0 else sentence[0].i
            continue
        adjacent = n == 0 and e.adjacent
        found = False
        for start in range(end - 1, -1, -1):
            size = _element_len(vd, e, sentence, start)
            if size is not None and start + size <= end and (not adjacent or start + size == end):
                end = start
                found = True
                break
            if adjacent:
                break
        if not found:
            return None
    return marks
