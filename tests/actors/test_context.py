"""Generic actors take their country from the article only when it is unambiguous."""

from __future__ import annotations

from typing import Any

from tests.actors.conftest import T, build

DATELINE = [
    T("KHARTOUM", "PROPN", "ROOT", 0, "B-GPE"), T(",", "PUNCT", "punct", 0),
    T("Sudan", "PROPN", "appos", 0, "B-GPE"),
    T("(", "PUNCT", "punct", 4), T("Reuters", "PROPN", "appos", 0, "B-ORG"), T(")", "PUNCT", "punct", 4),
    T("-", "PUNCT", "punct", 0),
]  # fmt: skip


def test_dateline_gives_the_government_its_country(run_actors: Any) -> None:
    doc = build([
        *DATELINE,
        T("The", "DET", "det", 8), T("government", "NOUN", "nsubj", 9), T("said", "VERB", "ROOT", 9),
        T("Chad", "PROPN", "nsubj", 12, "B-GPE"), T("had", "AUX", "aux", 12),
        T("attacked", "VERB", "ccomp", 9),
        T(".", "PUNCT", "punct", 9),
    ])  # fmt: skip
    r = run_actors(doc)
    government = r.at("government")
    assert government is not None and (government.country, government.sector) == ("SDN", "GOV")
    assert "context" in (government.source or "")
    assert r.at("Reuters") is None and r.at("KHARTOUM") is None  # the dateline is not an event


def test_locative_country_beats_the_dateline(run_actors: Any) -> None:
    doc = build([
        *DATELINE,
        T("In", "ADP", "prep", 11), T("Chad", "PROPN", "pobj", 7, "B-GPE"), T(",", "PUNCT", "punct", 11),
        T("police", "NOUN", "nsubj", 11), T("fired", "VERB", "ROOT", 11), T(".", "PUNCT", "punct", 11),
    ])  # fmt: skip
    police = run_actors(doc).at("police")
    assert police is not None and police.country == "TCD"


def test_ambiguous_context_leaves_country_unknown(run_actors: Any) -> None:
    doc = build([
        T("Ethiopia", "PROPN", "nsubj", 3, "B-GPE"), T("and", "CCONJ", "cc", 0),
        T("Eritrea", "PROPN", "conj", 0, "B-GPE"),
        T("clashed", "VERB", "ROOT", 3), T(",", "PUNCT", "punct", 3), T("the", "DET", "det", 6),
        T("army", "NOUN", "nsubj", 7), T("said", "VERB", "ccomp", 3), T(".", "PUNCT", "punct", 3),
    ])  # fmt: skip
    army = run_actors(doc).at("army")
    assert army is not None and army.sector == "MIL" and army.country is None and army.code == "---MIL"


def test_named_people_never_take_a_context_country(run_actors: Any) -> None:
    doc = build([
        T("Amos", "PROPN", "compound", 1, "B-PERSON"), T("Dere", "PROPN", "nsubj", 2, "I-PERSON"),
        T("visited", "VERB", "ROOT", 2), T("Kenya", "PROPN", "dobj", 2, "B-GPE"), T(".", "PUNCT", "punct", 2),
    ])  # fmt: skip
    dere = run_actors(doc).at("Dere")
    assert dere is not None and dere.country is None and dere.sector is None and dere.code is None


def test_western_officials_take_no_context_country(run_actors: Any) -> None:
    doc = build([
        T("Iraq", "PROPN", "nsubj", 1, "B-GPE"), T("agreed", "VERB", "ROOT", 1), T(",", "PUNCT", "punct", 1),
        T("western", "ADJ", "amod", 4), T("officials", "NOUN", "nsubj", 5, tag="NNS", lemma="official"),
        T("said", "VERB", "ccomp", 1), T(".", "PUNCT", "punct", 1),
    ])  # fmt: skip
    officials = run_actors(doc).at("officials")
    assert officials is not None and officials.sector == "GOV" and officials.country is None


def test_an_organisation_named_like_a_city_is_a_place(lexicon: Any) -> None:
    from facta.actors.stage import ActorStage
    from facta.model import Article
    from facta.state import DocState

    doc = build([
        T("Shelling", "NOUN", "nsubj", 3), T("in", "ADP", "prep", 0), T("Idlib", "PROPN", "pobj", 1, "B-ORG"),
        T("continued", "VERB", "ROOT", 3), T(".", "PUNCT", "punct", 3),
    ])  # fmt: skip
    cities = {"idlib": ("SYR", 160_000)}
    stage = ActorStage(lexicon, None, lambda: lambda name: cities.get(name.lower()))
    state = DocState(article=Article(id="t", text=doc.text), doc=doc)
    stage(state)
    assert state.actors.at_token(2) is None and len(state.actors) == 0


def test_no_context_country_from_the_state_an_actor_acts_on(run_actors: Any) -> None:
    # "The administration called for sanctions against Nigeria ." -- who acts on a state is not its own
    doc = build([
        T("The", "DET", "det", 1), T("administration", "NOUN", "nsubj", 2), T("called", "VERB", "ROOT", 2),
        T("for", "ADP", "prep", 2), T("sanctions", "NOUN", "pobj", 3), T("against", "ADP", "prep", 4),
        T("Nigeria", "PROPN", "pobj", 5, "B-GPE"), T(".", "PUNCT", "punct", 2),
    ])  # fmt: skip
    administration = run_actors(doc).at("administration")
    assert administration is not None and administration.country is None


def test_a_place_still_gives_its_country(run_actors: Any) -> None:
    # "The police arrested protesters in Nigeria ." -- a place, not a state acted on
    doc = build([
        T("The", "DET", "det", 1), T("police", "NOUN", "nsubj", 2), T("arrested", "VERB", "ROOT", 2),
        T("protesters", "NOUN", "dobj", 2), T("in", "ADP", "prep", 2),
        T("Nigeria", "PROPN", "pobj", 4, "B-GPE"), T(".", "PUNCT", "punct", 2),
    ])  # fmt: skip
    police = run_actors(doc).at("police")
    assert police is not None and police.country == "NGA"
