"""What a speaker's mention says about who they are, read from its text alone (records keep no parse):
the full name ("Kambale Mbusa Tsongo, who heads …" when the actor stage kept "Kambale Mbusa"), the
organisation the mention names them a member of ("who heads the X Union", "commander of the X Front",
"a spokesman for the X"), and a name for a speaker no stage listed as an actor ("Echeverría denied")."""

from __future__ import annotations

import re

_CAPITALISED = r"[A-Z\u00C0-\u024F][\w'’\-]*"
# an organisation's name: capitalised words with lower-case joiners ("Union of Teachers of the North")
_ORG_NAME = rf"((?:{_CAPITALISED})(?:\s+(?:of|for|and|de|du|des|the|{_CAPITALISED}))*)"
# a capitalised word of a name: "N'Guessan", "Quintero", "Ben", "al-Hashimi", "Čair"
_NAME_WORD = rf"(?:{_CAPITALISED}|(?:al|el|de|da|del|van|von|bin|ben|ibn|la|le)(?=\s+[A-Z\u00C0-\u024F]))"
_NAME_RUN = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*")
# the organisation a mention names its person a member of; the verbs and nouns are the ways English
# names someone's place in an organisation
_MEMBER = re.compile(
    r"\b(?:who\s+(?:heads|headed|leads|led|commands|commanded|chairs|chaired|runs|ran|founded|represents)"
    r"|(?:leader|head|chief|commander|founder|chairman|chairwoman|chairperson|president|secretary|"
    r"secretary[\s-]general|spokesman|spokeswoman|spokesperson|member|official|emir|coordinator|"
    r"representative|envoy|negotiator|director|deputy|general|officer)\s+(?:of|for|at|in))"
    rf"\s+(?:the\s+)?{_ORG_NAME}"
)
_LOWER_JOINERS = frozenset({"of", "for", "and", "de", "du", "des", "the"})
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "his", "her", "their", "its"})


def full_name(name: str, mention: str) -> str:
    """The longest capitalised run of the mention that starts with the actor's name and extends it
    ("Kambale Mbusa" in "Kambale Mbusa Tsongo, who heads …" → "Kambale Mbusa Tsongo"), else the name."""
    words = name.split()
    if not words:
        return name
    best = name
    for run in _NAME_RUN.finditer(mention):
        run_words = run.group(0).split()
        for i in range(len(run_words) - len(words) + 1):
            if run_words[i : i + len(words)] == words and len(run_words) - i > len(best.split()):
                best = " ".join(run_words[i:])
    return best


# "Commander Hassan Nur Ali of the Ogaden People's Front"
_NAME_OF = re.compile(rf"{_CAPITALISED}\s+of\s+the\s+{_ORG_NAME}")


# "ADC spokeswoman Afi Dzidzienyo", "the FTTP general secretary, Lamia Trabelsi": an acronym names
# the organisation the role is held in
_ACRONYM_ROLE = re.compile(r"^(?:[Tt]he\s+)?([A-Z]{2,6})\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,?\s+[A-Z]")


# any capitalised name after "of" ("the chairwoman of the X Alliance", "President Y of Z"): how the
# stances stage finds the organisation a relaying speaker's mention names, with its place
_ANY_OF = re.compile(r"\bof\s+((?:the\s+)?[A-Z][^,()]*)")


def member_span(mention: str, *, any_of: bool = False) -> tuple[int, int] | None:
    """Where in the mention stands the organisation it names its person a member of ("who heads the
    Rwenzori Self-Defence Union"; "Commander Hassan Nur Ali of the Ogaden People's Front"; "ADC" of
    "ADC spokeswoman Afi Dzidzienyo"), without trailing joiner words; None when it names none or
    only one word after a role. With ``any_of``, any capitalised name after "of" up to a comma or
    parenthesis, as it stands."""
    if any_of:
        loose = _ANY_OF.search(mention)
        if loose is None:
            return None
        return loose.start(1), loose.start(1) + len(loose.group(1).rstrip())
    found = _MEMBER.search(mention) or _NAME_OF.search(mention)
    if found is None:
        acr = _ACRONYM_ROLE.match(mention)
        return (acr.start(1), acr.end(1)) if acr else None
    words = found.group(1).split()
    while words and words[-1] in _LOWER_JOINERS:
        words.pop()
    if len(words) < 2:
        return None
    start = found.start(1)
    end = start + len(found.group(1))
    if mention[start:end].split() != words:  # trailing joiners and spaces off
        end = mention.rindex(words[-1], start, end) + len(words[-1])
    return start, end


def member_of(mention: str) -> str | None:
    """The organisation the mention names its person a member of (see :func:`member_span`)."""
    span = member_span(mention)
    return " ".join(mention[span[0] : span[1]].split()) if span else None


def bare_name(mention: str) -> str | None:
    """A person's name in a mention no stage took for an actor ("Echeverría", "Commander Quintero"):
    its one capitalised run, not a pronoun."""
    runs = [r.group(0) for r in _NAME_RUN.finditer(mention)]
    if len(runs) != 1 or runs[0].lower() in PRONOUNS:
        return None
    return runs[0]


def leading_name(mention: str) -> str | None:
    """The name a mention opens with, set off by a comma ("Marta Ruiz, commander of the …")."""
    found = _NAME_RUN.match(mention.strip())
    if found is None or len(found.group(0).split()) < 2:
        return None
    rest = mention.strip()[found.end() :].lstrip()
    return found.group(0) if rest.startswith(",") else None


def appositive_name(mention: str, titles: frozenset[str] = frozenset(), any_head: bool = False) -> str | None:
    """The name a role-only mention gives after a comma ("the armed forces chief, General Rodolfo
    Santos Villanueva,") without its titles; None unless at least two name words are left. With
    ``any_head``, also after a role with a name in it ("the European Union envoy for Moldova, …")."""
    head, comma, rest = mention.partition(",")
    if not comma or (not any_head and any(w[:1].isupper() for w in head.split()[1:])):
        return None
    found = _NAME_RUN.match(rest.strip())
    if found is None:
        return None
    words = found.group(0).split()
    while words and words[0].lower().rstrip(".") in titles:
        words.pop(0)
    return " ".join(words) if len(words) >= 2 else None
