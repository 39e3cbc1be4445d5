"""Names the tagger takes for people or organisations that the sentence uses as places ("the Kel Tamar
camp", "between Dar Ulm and Sefra"), names that only open an idiom ("a Trojan horse"), and offices only
one country has ("the home secretary": GBR, whatever the story's setting)."""

from __future__ import annotations

from typing import Any

from facta.model import Article
from facta.state import DocState
from tests.actors.conftest import Run, T, build


def _run(lexicon: Any, doc: Any, places: frozenset[str] = frozenset()) -> Run:
    from facta.actors.stage import ActorStage

    state = DocState(article=Article(id="t", text=doc.text), doc=doc)
    ActorStage(lexicon, None, None, lambda: lambda name: name in places)(state)
    return Run(state)


def _camp() -> Any:
    return build([
        # Families live in the Kel Tamar camp .
        T("Families", "NOUN", "nsubj", 1), T("live", "VERB", "ROOT", 1), T("in", "ADP", "prep", 1),
        T("the", "DET", "det", 6), T("Kel", "PROPN", "compound", 5, "B-PERSON"),
        T("Tamar", "PROPN", "compound", 6, "I-PERSON"), T("camp", "NOUN", "pobj", 2),
        T(".", "PUNCT", "punct", 1),
        # Soldiers at Kel Tamar beat them .
        T("Soldiers", "NOUN", "nsubj", 12), T("at", "ADP", "prep", 8),
        T("Kel", "PROPN", "compound", 11, "B-ORG"),
        T("Tamar", "PROPN", "pobj", 9, "I-ORG"), T("beat", "VERB", "ROOT", 12), T("them", "PRON", "dobj", 12),
        T(".", "PUNCT", "punct", 12),
    ])  # fmt: skip


def test_a_name_before_a_place_noun_is_a_place_in_every_mention(lexicon: Any) -> None:
    run = _run(lexicon, _camp())
    assert not any("Tamar" in a.name for a in run.actors)
    assert run.at("Soldiers") is not None  # the soldiers stay actors


def _between(first: str, second: str) -> Any:
    return build([
        # The site lay between <first> and <second> .
        T("The", "DET", "det", 1), T("site", "NOUN", "nsubj", 2), T("lay", "VERB", "ROOT", 2),
        T("between", "ADP", "prep", 2), T(first, "PROPN", "pobj", 3, "B-PERSON"), T("and", "CCONJ", "cc", 4),
        T(second, "PROPN", "conj", 4, "B-ORG"), T(".", "PUNCT", "punct", 2),
    ])  # fmt: skip


def test_a_known_town_in_a_place_position_is_no_actor(lexicon: Any) -> None:
    run = _run(lexicon, _between("Ulmdar", "Sefra"), frozenset({"Ulmdar", "Sefra"}))
    assert run.at("Ulmdar") is None and run.at("Sefra") is None


def test_a_name_the_gazetteer_lacks_stays_an_actor(lexicon: Any) -> None:
    run = _run(lexicon, _between("Ulmdar", "Sefra"))
    assert run.at("Ulmdar") is not None and run.at("Sefra") is not None


def test_a_name_that_opens_an_idiom_is_no_actor(lexicon: Any) -> None:
    doc = build([
        # The rebels used a Trojan horse tactic .
        T("The", "DET", "det", 1), T("rebels", "NOUN", "nsubj", 2), T("used", "VERB", "ROOT", 2),
        T("a", "DET", "det", 6), T("Trojan", "PROPN", "compound", 5, "B-PERSON"),
        T("horse", "NOUN", "compound", 6), T("tactic", "NOUN", "dobj", 2), T(".", "PUNCT", "punct", 2),
    ])  # fmt: skip
    run = _run(lexicon, doc)
    assert run.at("Trojan") is None and run.at("rebels") is not None


def test_an_adjective_made_from_a_name_is_no_actor(lexicon: Any) -> None:
    doc = build([
        # Critics called it an Orwellian law .
        T("Critics", "NOUN", "nsubj", 1), T("called", "VERB", "ROOT", 1), T("it", "PRON", "dobj", 1),
        T("an", "DET", "det", 5), T("Orwellian", "PROPN", "amod", 5, "B-PERSON"), T("law", "NOUN", "oprd", 1),
        T(".", "PUNCT", "punct", 1),
    ])  # fmt: skip
    assert _run(lexicon, doc).at("Orwellian") is None


def _official(office: list[T]) -> Any:
    n = len(office)
    return build([
        # DAMASCUS - The <office> , Ann Marlow , spoke .
        T("DAMASCUS", "PROPN", "ROOT", 0, "B-GPE"), T("-", "PUNCT", "punct", 0),
        T("The", "DET", "det", 1 + n),
        *office,
        T(",", "PUNCT", "punct", 2 + n), T("Ann", "PROPN", "compound", 5 + n, "B-PERSON"),
        T("Marlow", "PROPN", "appos", 2 + n, "I-PERSON"), T(",", "PUNCT", "punct", 2 + n),
        T("spoke", "VERB", "ROOT", 7 + n), T(".", "PUNCT", "punct", 7 + n),
    ])  # fmt: skip


def test_an_office_only_one_country_has_gives_its_holder_that_country(lexicon: Any) -> None:
    office = [T("home", "NOUN", "compound", 4), T("secretary", "NOUN", "nsubj", 9)]
    assert _run(lexicon, _official(office)).named("Ann Marlow").country == "GBR"


def test_an_office_many_countries_have_leaves_the_setting_to_decide(lexicon: Any) -> None:
    office = [T("interior", "NOUN", "compound", 4), T("minister", "NOUN", "nsubj", 9)]
    assert _run(lexicon, _official(office)).named("Ann Marlow").country == "SYR"


def _sentence(first: str, noun: str, at: int, ent: str = "O") -> list[T]:
    # <first> <noun> stayed in Syria .
    pos = "ADJ" if ent == "B-NORP" or first.islower() else "PROPN"
    return [
        T(first, pos, "amod" if pos == "ADJ" else "compound", at + 1, ent), T(noun, "NOUN", "nsubj", at + 2),
        T("stayed", "VERB", "ROOT", at + 2), T("in", "ADP", "prep", at + 2),
        T("Syria", "PROPN", "pobj", at + 3, "B-GPE"), T(".", "PUNCT", "punct", at + 2),
    ]  # fmt: skip


def _story(people: list[tuple[str, str]]) -> Any:
    tokens: list[T] = []
    for first, ent in people:
        tokens += _sentence(first, "citizens", len(tokens), ent)
    n = len(tokens)
    tokens += [  # The security minister , Ann Marlow , spoke .
        T("The", "DET", "det", n + 2), T("security", "NOUN", "compound", n + 2),
        T("minister", "NOUN", "nsubj", n + 8), T(",", "PUNCT", "punct", n + 2),
        T("Ann", "PROPN", "compound", n + 5, "B-PERSON"), T("Marlow", "PROPN", "appos", n + 2, "I-PERSON"),
        T(",", "PUNCT", "punct", n + 2), T("spoke", "VERB", "ROOT", n + 8), T(".", "PUNCT", "punct", n + 8),
    ]  # fmt: skip
    return build(tokens)


def test_an_office_holder_takes_the_country_whose_people_the_story_is_about(lexicon: Any) -> None:
    story = _story([("British", "B-NORP"), ("British", "B-NORP"), ("British", "B-NORP")])
    assert _run(lexicon, story).named("Ann Marlow").country == "GBR"


def test_without_such_a_people_the_setting_stands_in(lexicon: Any) -> None:
    story = _story([("young", "O"), ("young", "O"), ("young", "O")])
    assert _run(lexicon, story).named("Ann Marlow").country == "SYR"


def test_an_untagged_name_on_a_place_noun_makes_its_tagged_mentions_places(lexicon: Any) -> None:
    doc = build([
        # Families live in the Kel Tamar camp .
        T("Families", "NOUN", "nsubj", 1), T("live", "VERB", "ROOT", 1), T("in", "ADP", "prep", 1),
        T("the", "DET", "det", 6), T("Kel", "PROPN", "compound", 5), T("Tamar", "PROPN", "compound", 6),
        T("camp", "NOUN", "pobj", 2), T(".", "PUNCT", "punct", 1),
        # Kel Tamar is full .
        T("Kel", "PROPN", "compound", 9, "B-PERSON"), T("Tamar", "PROPN", "nsubj", 10, "I-PERSON"),
        T("is", "AUX", "ROOT", 10), T("full", "ADJ", "acomp", 10), T(".", "PUNCT", "punct", 10),
    ])  # fmt: skip
    assert not any("Tamar" in a.name for a in _run(lexicon, doc).actors)


def test_where_one_moves_to_from_a_place_is_a_place(lexicon: Any) -> None:
    doc = build([
        # She was moved from the Kel camp to Tamar .
        T("She", "PRON", "nsubjpass", 2), T("was", "AUX", "auxpass", 2), T("moved", "VERB", "ROOT", 2),
        T("from", "ADP", "prep", 2), T("the", "DET", "det", 6), T("Kel", "PROPN", "compound", 6, "B-ORG"),
        T("camp", "NOUN", "pobj", 3), T("to", "ADP", "prep", 2), T("Tamar", "PROPN", "pobj", 7, "B-PERSON"),
        T(".", "PUNCT", "punct", 2),
    ])  # fmt: skip
    run = _run(lexicon, doc)
    assert run.at("Tamar") is None and run.at("Kel") is None
