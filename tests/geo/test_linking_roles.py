"""event_place on hand-built Docs (round 8): places of the agent, of another event, of an actor."""

from __future__ import annotations

from facta.geo.linking import PlaceMention
from facta.stages.places import event_place
from tests.geo.test_linking import pid, state_for


def test_agents_origin_is_not_the_event_place() -> None:
    # "Fighters from Idlib attacked positions in Hama ."
    words = ["Fighters", "from", "Idlib", "attacked", "positions", "in", "Hama", "."]
    st = state_for(
        words,
        {"Idlib": (2, 3, "city"), "Hama": (6, 7, "admin1")},
        heads=[3, 0, 1, 3, 3, 4, 5, 3],
        deps=["nsubj", "prep", "pobj", "ROOT", "dobj", "prep", "pobj", "punct"],
        pos=["NOUN", "ADP", "PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
    )
    assert event_place(st, 3) == pid(st, "Hama")


def test_where_the_agent_sits_ranks_below_where_the_act_applies() -> None:
    # "Authorities in Addis Ababa imposed a curfew on Gondar ."
    words = ["Authorities", "in", "Addis Ababa", "imposed", "a", "curfew", "on", "Gondar", "."]
    st = state_for(
        words,
        {"Addis Ababa": (2, 3, "city"), "Gondar": (7, 8, "city")},
        heads=[3, 0, 1, 3, 5, 3, 5, 6, 3],
        deps=["nsubj", "prep", "pobj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
        pos=["NOUN", "ADP", "PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
    )
    assert event_place(st, 3) == pid(st, "Gondar")
    # alone, the agent's place is still the event's ("Police in Lagos arrested 23 people")
    words = ["Police", "in", "Lagos", "arrested", "23", "people", "."]
    st = state_for(
        words,
        {"Lagos": (2, 3, "city")},
        heads=[3, 0, 1, 3, 5, 3, 3],
        deps=["nsubj", "prep", "pobj", "ROOT", "nummod", "dobj", "punct"],
        pos=["NOUN", "ADP", "PROPN", "VERB", "NUM", "NOUN", "PUNCT"],
    )
    assert event_place(st, 3) == pid(st, "Lagos")


def test_place_of_an_earlier_event_ranks_below() -> None:
    # "After talks in Doha , Hamas released hostages in Gaza ."
    words = ["After", "talks", "in", "Doha", ",", "Hamas", "released", "hostages", "in", "Gaza", "."]
    st = state_for(
        words,
        {"Doha": (3, 4, "city"), "Gaza": (9, 10, "city")},
        heads=[6, 0, 1, 2, 6, 6, 6, 6, 7, 8, 6],
        deps=["prep", "pobj", "prep", "pobj", "punct", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
        pos=["ADP", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
    )
    assert event_place(st, 6) == pid(st, "Gaza")
    assert event_place(st, 1) == pid(st, "Doha")  # the talks themselves


def test_actor_countries_leave_the_scene_to_the_dateline() -> None:
    # "COLOMBO - Jaishankar praised Sri Lanka 's efforts ." : the possessor is an actor
    words = ["COLOMBO", "-", "Jaishankar", "praised", "Sri Lanka", "'s", "efforts", "."]
    st = state_for(
        words,
        {"Colombo": (0, 1, "city"), "Sri Lanka": (4, 5, "country")},
        heads=[3, 3, 3, 3, 6, 4, 3, 3],
        deps=["npadvmod", "punct", "nsubj", "ROOT", "poss", "case", "dobj", "punct"],
        pos=["PROPN", "PUNCT", "PROPN", "VERB", "PROPN", "PART", "NOUN", "PUNCT"],
    )
    st.doc.user_data["facta.places"] = [
        PlaceMention(0, 1, pid(st, "Colombo"), "dateline"),
        PlaceMention(4, 5, pid(st, "Sri Lanka"), "literal"),
    ]
    assert event_place(st, 3) == pid(st, "Colombo")
    # a town owning the object is where it happened ("shelled Kadugli 's market")
    words = ["Troops", "shelled", "Kadugli", "'s", "market", "."]
    st = state_for(
        words,
        {"Kadugli": (2, 3, "city")},
        heads=[1, 1, 4, 2, 1, 1],
        deps=["nsubj", "ROOT", "poss", "case", "dobj", "punct"],
        pos=["NOUN", "VERB", "PROPN", "PART", "NOUN", "PUNCT"],
    )
    assert event_place(st, 1) == pid(st, "Kadugli")


def test_verbal_act_is_placed_where_said_not_where_its_topic_is() -> None:
    # "Speaking in Washington , a spokesman condemned the bombing of a market in Idlib ."
    words = [
        "Speaking",
        "in",
        "Washington",
        ",",
        "a",
        "spokesman",
        "condemned",
        "the",
        "bombing",
        "of",
        "a",
        "market",
        "in",
        "Idlib",
        ".",
    ]
    st = state_for(
        words,
        {"Washington": (2, 3, "city"), "Idlib": (13, 14, "city")},
        heads=[6, 0, 1, 6, 5, 6, 6, 8, 6, 8, 11, 9, 11, 12, 6],
        deps=[
            "advcl",
            "prep",
            "pobj",
            "punct",
            "det",
            "nsubj",
            "ROOT",
            "det",
            "dobj",
            "prep",
            "det",
            "pobj",
            "prep",
            "pobj",
            "punct",
        ],
        pos=[
            "VERB",
            "ADP",
            "PROPN",
            "PUNCT",
            "DET",
            "NOUN",
            "VERB",
            "DET",
            "NOUN",
            "ADP",
            "DET",
            "NOUN",
            "ADP",
            "PROPN",
            "PUNCT",
        ],
        lemmas=[
            "speak",
            "in",
            "washington",
            ",",
            "a",
            "spokesman",
            "condemn",
            "the",
            "bombing",
            "of",
            "a",
            "market",
            "in",
            "idlib",
            ".",
        ],
    )
    assert event_place(st, 6) == pid(st, "Washington")
    assert event_place(st, 8) == pid(st, "Idlib")  # the bombing itself
