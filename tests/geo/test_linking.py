"""event_place on hand-built Docs (no model, no gazetteer): where an event happened."""

from __future__ import annotations

from typing import Any

from facta.geo.linking import MENTIONS_KEY, PlaceMention
from facta.model import Article
from facta.stages.places import event_place
from facta.state import DocState
from tests.conftest import make_doc


def state_for(words: list[str], places: dict[str, tuple[int, int, str]], **kw: Any) -> DocState:
    doc = make_doc(words, **kw)
    st = DocState(article=Article(id="t", text=doc.text), doc=doc)
    for name, (start, end, feature) in places.items():
        pid = st.places.add(name=name, feature=feature)
        st.places.add_mention(pid, st.span(start, end), start, end)
    return st


def pid(st: DocState, name: str) -> str:
    return next(p.id for p in st.places if p.name == name)


REPORTED = dict(
    words=[
        "Troops",
        "shelled",
        "a",
        "market",
        "in",
        "Kadugli",
        ",",
        "officials",
        "said",
        "in",
        "Khartoum",
        ".",
    ],
    heads=[1, 8, 3, 1, 1, 4, 8, 8, 8, 8, 9, 8],
    deps=["nsubj", "ccomp", "det", "dobj", "prep", "pobj", "punct", "nsubj", "ROOT", "prep", "pobj", "punct"],
    pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
    lemmas=["troop", "shell", "a", "market", "in", "kadugli", ",", "official", "say", "in", "khartoum", "."],
)


def test_event_placed_where_it_happened_not_where_announced() -> None:
    words = REPORTED.pop("words")
    st = state_for(words, {"Kadugli": (5, 6, "city"), "Khartoum": (10, 11, "city")}, **REPORTED)
    REPORTED["words"] = words
    assert event_place(st, 1) == pid(st, "Kadugli")
    assert event_place(st, 8) == pid(st, "Khartoum")  # the statement itself was made in Khartoum


def test_reporting_frame_place_is_not_the_event_place() -> None:
    words = ["Officials", "said", "in", "Geneva", "that", "fighting", "continued", "."]
    st = state_for(
        words,
        {"Geneva": (3, 4, "city")},
        heads=[1, 1, 1, 2, 6, 6, 1, 1],
        deps=["nsubj", "ROOT", "prep", "pobj", "mark", "nsubj", "ccomp", "punct"],
        pos=["NOUN", "VERB", "ADP", "PROPN", "SCONJ", "NOUN", "VERB", "PUNCT"],
        lemmas=["official", "say", "in", "geneva", "that", "fighting", "continue", "."],
    )
    assert event_place(st, 6) is None


def test_agent_country_is_not_the_location_object_is() -> None:
    words = ["Turkey", "shelled", "Afrin", "."]
    st = state_for(
        words,
        {"Turkey": (0, 1, "country"), "Afrin": (2, 3, "city")},
        heads=[1, 1, 1, 1],
        deps=["nsubj", "ROOT", "dobj", "punct"],
        pos=["PROPN", "VERB", "PROPN", "PUNCT"],
    )
    assert event_place(st, 1) == pid(st, "Afrin")


def test_only_agent_place_gives_none() -> None:
    words = ["Turkey", "shelled", "positions", "."]
    st = state_for(
        words,
        {"Turkey": (0, 1, "country")},
        heads=[1, 1, 1, 1],
        deps=["nsubj", "ROOT", "dobj", "punct"],
        pos=["PROPN", "VERB", "NOUN", "PUNCT"],
    )
    assert event_place(st, 1) is None


def test_more_specific_attached_place_wins() -> None:
    words = ["Clashes", "erupted", "in", "Kadugli", "in", "Sudan", "."]
    st = state_for(
        words,
        {"Kadugli": (3, 4, "city"), "Sudan": (5, 6, "country")},
        heads=[1, 1, 1, 2, 3, 4, 1],
        deps=["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "punct"],
        pos=["NOUN", "VERB", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"],
    )
    assert event_place(st, 1) == pid(st, "Kadugli")


def test_dateline_fallback_only_when_sentence_has_no_place() -> None:
    words = ["KADUGLI", "-", "Talks", "stalled", ".", "Rebels", "attacked", "."]
    st = state_for(
        words,
        {"Kadugli": (0, 1, "city")},
        heads=[3, 3, 3, 3, 3, 6, 6, 6],
        deps=["npadvmod", "punct", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "PUNCT", "NOUN", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT"],
        sent_starts=[True, False, False, False, False, True, False, False],
    )
    kadugli = pid(st, "Kadugli")
    st.doc.user_data[MENTIONS_KEY] = [PlaceMention(0, 1, kadugli, "dateline")]
    assert event_place(st, 6) == kadugli


def test_adjectival_toponym_does_not_place_an_event() -> None:
    words = ["Syrian", "troops", "advanced", "."]
    st = state_for(
        words,
        {"Syria": (0, 1, "country")},
        heads=[1, 2, 2, 2],
        deps=["amod", "nsubj", "ROOT", "punct"],
        pos=["ADJ", "NOUN", "VERB", "PUNCT"],
    )
    st.doc.user_data[MENTIONS_KEY] = [PlaceMention(0, 1, pid(st, "Syria"), "adjectival")]
    assert event_place(st, 2) is None


def test_no_places_no_event_place() -> None:
    st = state_for(["Rebels", "attacked", "."], {}, heads=[1, 1, 1], deps=["nsubj", "ROOT", "punct"])
    assert event_place(st, 1) is None


LEAD = dict(
    words=[
        "Crowds",
        "marched",
        "in",
        "Lagos",
        ".",
        "Police",
        "fired",
        ".",
        "Talks",
        "began",
        "in",
        "Abuja",
        ".",
    ],
    heads=[1, 1, 1, 2, 1, 6, 6, 6, 9, 9, 9, 10, 9],
    deps=[
        "nsubj",
        "ROOT",
        "prep",
        "pobj",
        "punct",
        "nsubj",
        "ROOT",
        "punct",
        "nsubj",
        "ROOT",
        "prep",
        "pobj",
        "punct",
    ],
    pos=[
        "NOUN",
        "VERB",
        "ADP",
        "PROPN",
        "PUNCT",
        "NOUN",
        "VERB",
        "PUNCT",
        "NOUN",
        "VERB",
        "ADP",
        "PROPN",
        "PUNCT",
    ],
    sent_starts=[True, False, False, False, False, True, False, False, True, False, False, False, False],
)


def test_lead_place_sets_the_scene_for_sentences_without_a_place() -> None:
    st = state_for(LEAD["words"], {"Lagos": (3, 4, "city"), "Abuja": (11, 12, "city")}, **_rest(LEAD))
    assert event_place(st, 6) == pid(st, "Lagos")  # "Police fired." names no place
    assert event_place(st, 9) == pid(st, "Abuja")  # its own place wins


def test_no_lead_place_when_the_first_sentence_names_only_a_country_or_several_places() -> None:
    st = state_for(LEAD["words"], {"Nigeria": (3, 4, "country")}, **_rest(LEAD))
    assert event_place(st, 6) is None
    words = ["Clashes", "in", "Jos", "and", "Kano", ".", "Police", "fired", "."]
    st = state_for(
        words,
        {"Jos": (2, 3, "city"), "Kano": (4, 5, "city")},
        heads=[0, 0, 1, 2, 2, 0, 7, 7, 7],
        deps=["ROOT", "prep", "pobj", "cc", "conj", "punct", "nsubj", "ROOT", "punct"],
        sent_starts=[True, False, False, False, False, False, True, False, False],
    )
    assert event_place(st, 7) is None


def _rest(spec: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in spec.items() if k != "words"}
