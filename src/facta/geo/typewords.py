"""Type words around a toponym: what they ask for ("the town of X", "X province", "central X"), the
natural features the gazetteer lacks ("the Jordan River", "Lake Mead"), and names listed before a
plural type word ("Fulton and DeKalb counties"). Word lists: ``places/context_words.tsv``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from facta.geo.names import word_set

if TYPE_CHECKING:
    from facta.geo.gazetteer import Gazetteer
    from facta.geo.recognize import Mention


def natural_feature(doc: Any, start: int, end: int) -> bool:
    """Whether a name of several words is a natural feature's: it ends in a type word ("Jordan River",
    "Shenandoah Valley") or starts with one of those that come first ("Lake Mead", "Mount Sinjar");
    a minor division's ("Lower Merion Township", see :func:`division`) counts as one."""
    if end - start < 2:
        return False
    first, last = doc[start].text, doc[end - 1].text
    return (
        last[:1].isupper() and last.lower() in word_set("feature_words") | word_set("division_words")
    ) or first.lower() in word_set("feature_prefixes")


def division(doc: Any, start: int, end: int) -> bool:
    """Whether a name of several words is a minor division's the gazetteer lacks ("Lower Merion
    Township", "Poland Township", "Chambersburg Borough"): like a natural feature, it is kept
    whole and lies by the town of its name, if any."""
    last = doc[end - 1].text
    return end - start > 1 and last[:1].isupper() and last.lower() in word_set("division_words")


def kind_hint(doc: Any, start: int, end: int) -> str | None:
    """What the words around a mention ask for: "city" ("the town of X", "X police"), "admin"
    ("X province"), "area" ("central X"), or None."""
    if start > 1 and doc[start - 1].text.lower() == "of":
        noun = doc[start - 2].text.lower()
        if noun in word_set("city_nouns"):
            return "city"
        if noun in word_set("admin_nouns"):
            return "admin"
    if end < len(doc) and doc[end].text.lower() in word_set("admin_nouns"):
        return "admin"
    if end < len(doc) and doc[end].text.lower() in word_set("city_nouns"):
        return "city"
    if end < len(doc) and doc[end].text.lower() in word_set("local_institutions"):
        return "city"  # "Peru Police Department", "Vienna Town Council": a town's own institution
    if start > 0 and doc[start - 1].text.islower() and doc[start - 1].text in word_set("directions"):
        return "area"  # "central Washington", "eastern Georgia": a region of a larger place
    return None


def plural_type(gaz: Gazetteer, doc: Any, m: Mention) -> None:
    """Names listed before a plural type word are subdivisions ("Fulton and DeKalb counties" are
    Fulton County and DeKalb County, not the towns): their candidates become those of "X County".
    A list only, and not of regions: "the Gulf states" are countries."""

    def listed(t: Any) -> bool:
        return (
            t.text in {",", "&"}
            or t.text.lower() in {"and", "or"}
            or (t.text[:1].isupper() and t.pos_ == "PROPN")
        )

    left = m.start
    while left > 0 and left > m.start - 10 and listed(doc[left - 1]):
        left -= 1
    i = m.end
    while i < len(doc) and i < m.end + 10 and listed(doc[i]):
        i += 1
    if i >= len(doc) or not (doc[i].text.islower() and doc[i].text in word_set("plural_admin_nouns")):
        return
    if not any(t.text in {",", "&"} or t.text.lower() in {"and", "or"} for t in doc[left:i]):
        return
    if any(c.kind in {"country", "continent", "region", "sea"} for c in m.candidates):
        return  # "European and Gulf states", "the Baltic and Nordic states": groups of countries
    word = doc[i].text
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-2] if word.endswith("shes") else word[:-1]
    subs = tuple(c for c in gaz.lookup(f"{m.text} {singular}") if c.kind in {"admin1", "admin2"})
    if subs:
        m.candidates, m.kind_hint = subs, "admin"
