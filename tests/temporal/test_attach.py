"""Which time expression dates an event: coordination, complements and "N days after" anchoring."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from facta.ingest.normalize import make_article
from facta.stages.dates import DateStage, event_when
from facta.state import DocState
from facta.temporal.offsets import offset_date, unit_value
from tests.conftest import make_doc

# (text, POS, dependency label, head index, Penn tag)
Row = tuple[str, str, str, int, str]


def _doc(rows: list[Row]) -> Any:
    return make_doc(
        [r[0] for r in rows],
        pos=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        heads=[r[3] for r in rows],
        tags=[r[4] for r in rows],
    )


def _state(doc: Any, published: str = "2024-03-15") -> DocState:  # a Friday
    state = DocState(article=make_article(doc.text, published=published, language_check=False), doc=doc)
    DateStage()(state)
    return state


def _when(state: DocState, word: str) -> Any:
    i = next(t.i for t in state.doc if t.text == word)
    return event_when(state, i)


# The sides signed a deal and agreed to hold talks next month .
SIGNED_AND_AGREED: list[Row] = [
    ("The", "DET", "det", 1, "DT"),
    ("sides", "NOUN", "nsubj", 2, "NNS"),
    ("signed", "VERB", "ROOT", 2, "VBD"),
    ("a", "DET", "det", 4, "DT"),
    ("deal", "NOUN", "dobj", 2, "NN"),
    ("and", "CCONJ", "cc", 2, "CC"),
    ("agreed", "VERB", "conj", 2, "VBD"),
    ("to", "PART", "aux", 8, "TO"),
    ("hold", "VERB", "xcomp", 6, "VB"),
    ("talks", "NOUN", "dobj", 8, "NNS"),
    ("next", "ADJ", "amod", 11, "JJ"),
    ("month", "NOUN", "npadvmod", 8, "NN"),
    (".", "PUNCT", "punct", 2, "."),
]


def test_a_time_in_a_sibling_conjuncts_complement_does_not_date_the_other_conjunct() -> None:
    state = _state(_doc(SIGNED_AND_AGREED))
    signed = _when(state, "signed")
    assert signed is not None and signed.inherited and signed.date == "2024-03-15"
    hold = _when(state, "hold")
    assert hold is not None and hold.date == "2024-04-01" and hold.precision == "month"
    agreed = _when(state, "agreed")  # its own infinitive complement: an agreement to meet next month
    assert agreed is not None and agreed.date == "2024-04-01" and agreed.future


# Troops shelled the town and killed five on Monday .
SHELLED_AND_KILLED: list[Row] = [
    ("Troops", "NOUN", "nsubj", 1, "NNS"),
    ("shelled", "VERB", "ROOT", 1, "VBD"),
    ("the", "DET", "det", 3, "DT"),
    ("town", "NOUN", "dobj", 1, "NN"),
    ("and", "CCONJ", "cc", 1, "CC"),
    ("killed", "VERB", "conj", 1, "VBD"),
    ("five", "NUM", "dobj", 5, "CD"),
    ("on", "ADP", "prep", 5, "IN"),
    ("Monday", "PROPN", "pobj", 7, "NNP"),
    (".", "PUNCT", "punct", 1, "."),
]


def test_a_past_time_at_the_end_of_a_coordination_dates_both_verbs() -> None:
    state = _state(_doc(SHELLED_AND_KILLED))
    for verb in ("shelled", "killed"):
        when = _when(state, verb)
        assert when is not None and when.date == "2024-03-11" and not when.inherited, verb


# Rebels signed a deal and will hold talks next week .
SIGNED_AND_WILL_HOLD: list[Row] = [
    ("Rebels", "NOUN", "nsubj", 1, "NNS"),
    ("signed", "VERB", "ROOT", 1, "VBD"),
    ("a", "DET", "det", 3, "DT"),
    ("deal", "NOUN", "dobj", 1, "NN"),
    ("and", "CCONJ", "cc", 1, "CC"),
    ("will", "AUX", "aux", 6, "MD"),
    ("hold", "VERB", "conj", 1, "VB"),
    ("talks", "NOUN", "dobj", 6, "NNS"),
    ("next", "ADJ", "amod", 9, "JJ"),
    ("week", "NOUN", "npadvmod", 6, "NN"),
    (".", "PUNCT", "punct", 1, "."),
]


def test_a_future_time_in_a_later_conjunct_does_not_date_a_past_one() -> None:
    state = _state(_doc(SIGNED_AND_WILL_HOLD))
    signed = _when(state, "signed")
    assert signed is not None and signed.inherited
    hold = _when(state, "hold")
    assert hold is not None and hold.precision == "week" and hold.future


# Police detained ten men on Sunday , two days after an attack that killed four .
DETAINED_AFTER_ATTACK: list[Row] = [
    ("Police", "NOUN", "nsubj", 1, "NNS"),
    ("detained", "VERB", "ROOT", 1, "VBD"),
    ("ten", "NUM", "nummod", 3, "CD"),
    ("men", "NOUN", "dobj", 1, "NNS"),
    ("on", "ADP", "prep", 1, "IN"),
    ("Sunday", "PROPN", "pobj", 4, "NNP"),
    (",", "PUNCT", "punct", 1, ","),
    ("two", "NUM", "nummod", 8, "CD"),
    ("days", "NOUN", "npadvmod", 9, "NNS"),
    ("after", "ADP", "prep", 1, "IN"),
    ("an", "DET", "det", 11, "DT"),
    ("attack", "NOUN", "pobj", 9, "NN"),
    ("that", "PRON", "nsubj", 13, "WDT"),
    ("killed", "VERB", "relcl", 11, "VBD"),
    ("four", "NUM", "dobj", 13, "CD"),
    (".", "PUNCT", "punct", 1, "."),
]


def test_n_days_after_an_event_dates_it_before_the_clause_it_modifies() -> None:
    state = _state(_doc(DETAINED_AFTER_ATTACK))
    detained = _when(state, "detained")
    assert detained is not None and detained.date == "2024-03-10"
    for word in ("attack", "killed"):
        when = _when(state, word)
        assert when is not None and (when.date, when.precision) == ("2024-03-08", "day"), word
        assert when.text == "two days after" and not when.inherited


def _advcl(measure: list[Row], word: str) -> list[Row]:
    """Rebels seized the town on Monday , <measure> <word> the army withdrew ."""
    n = len(measure)
    verb = 7 + n + 3
    rows: list[Row] = [
        ("Rebels", "NOUN", "nsubj", 1, "NNS"),
        ("seized", "VERB", "ROOT", 1, "VBD"),
        ("the", "DET", "det", 3, "DT"),
        ("town", "NOUN", "dobj", 1, "NN"),
        ("on", "ADP", "prep", 1, "IN"),
        ("Monday", "PROPN", "pobj", 4, "NNP"),
        (",", "PUNCT", "punct", 1, ","),
    ]
    rows += [(t, p, d, verb if h < 0 else 7 + h, tag) for t, p, d, h, tag in measure]
    rows += [
        (word, "SCONJ", "mark", verb, "IN"),
        ("the", "DET", "det", verb - 1, "DT"),
        ("army", "NOUN", "nsubj", verb, "NN"),
        ("withdrew", "VERB", "advcl", 1, "VBD"),
        (".", "PUNCT", "punct", 1, "."),
    ]
    return rows


HOURS: list[Row] = [("hours", "NOUN", "npadvmod", -1, "NNS")]
A_DAY: list[Row] = [("a", "DET", "det", 1, "DT"), ("day", "NOUN", "npadvmod", -1, "NN")]
A_WEEK: list[Row] = [("a", "DET", "det", 1, "DT"), ("week", "NOUN", "npadvmod", -1, "NN")]


@pytest.mark.parametrize(
    ("measure", "word", "date", "precision"),
    [
        (HOURS, "after", "2024-03-11", "day"),
        (A_DAY, "after", "2024-03-10", "day"),
        (A_DAY, "before", "2024-03-12", "day"),
        (A_WEEK, "before", "2024-03-18", "week"),
    ],
)
def test_after_and_before_clauses_are_dated_from_the_main_clause(
    measure: list[Row], word: str, date: str, precision: str
) -> None:
    state = _state(_doc(_advcl(measure, word)))
    seized = _when(state, "seized")
    assert seized is not None and seized.date == "2024-03-11"
    withdrew = _when(state, "withdrew")
    assert withdrew is not None and (withdrew.date, withdrew.precision) == (date, precision)


def test_an_after_clause_without_a_measure_keeps_the_ordinary_rules() -> None:
    rows = _advcl([], "after")
    state = _state(_doc(rows))
    withdrew = _when(state, "withdrew")
    assert withdrew is not None and withdrew.date == "2024-03-11" and withdrew.text == "Monday"


# Clashes erupted on Wednesday , the day after the vote .
DAY_AFTER_THE_VOTE: list[Row] = [
    ("Clashes", "NOUN", "nsubj", 1, "NNS"),
    ("erupted", "VERB", "ROOT", 1, "VBD"),
    ("on", "ADP", "prep", 1, "IN"),
    ("Wednesday", "PROPN", "pobj", 2, "NNP"),
    (",", "PUNCT", "punct", 1, ","),
    ("the", "DET", "det", 6, "DT"),
    ("day", "NOUN", "npadvmod", 1, "NN"),
    ("after", "ADP", "prep", 6, "IN"),
    ("the", "DET", "det", 9, "DT"),
    ("vote", "NOUN", "pobj", 7, "NN"),
    (".", "PUNCT", "punct", 1, "."),
]


def test_the_day_after_an_event_is_one_day() -> None:
    state = _state(_doc(DAY_AFTER_THE_VOTE))
    vote = _when(state, "vote")
    assert vote is not None and (vote.date, vote.text) == ("2024-03-12", "the day after")
    plural = [r if r[0] != "day" else ("days", "NOUN", "npadvmod", 1, "NNS") for r in DAY_AFTER_THE_VOTE]
    plural = [r for r in plural if r[0] != "the" or r[3] != 6]  # "days after the vote": no count
    state = _state(_doc([(t, p, d, h - 1 if h > 5 else h, tag) for t, p, d, h, tag in plural]))
    vote = _when(state, "vote")
    assert vote is not None and vote.text != "days after"


def test_offset_date_units_and_refusals() -> None:
    sunday = dt.date(2024, 3, 10)
    assert offset_date(sunday, "day", "P2D", -1) == (dt.date(2024, 3, 8), "day")
    assert offset_date(sunday, "day", "PT48H", -1) == (dt.date(2024, 3, 8), "day")
    assert offset_date(sunday, "day", "PT5H", -1) == (sunday, "day")
    assert offset_date(sunday, "day", "P1W", 1) == (dt.date(2024, 3, 11), "week")
    assert offset_date(sunday, "day", "P2M", -1) == (dt.date(2024, 1, 1), "month")
    assert offset_date(sunday, "day", "P1Y", 1) == (dt.date(2025, 1, 1), "year")
    assert offset_date(sunday, "day", "PXD", -1) is None  # "a few days after": no count
    assert offset_date(dt.date(2024, 3, 1), "month", "P2D", -1) is None  # days from a month: unknown
    assert offset_date(sunday, "day", None, -1) is None
    assert (unit_value("day"), unit_value("fortnight"), unit_value("hour"), unit_value("talks")) == (
        "P1D",
        "P2W",
        "PT1H",
        None,
    )


@pytest.mark.model
def test_real_parses_keep_times_in_their_own_clause(nlp: Any) -> None:
    text = (
        "The two governments signed a trade deal and agreed to resume negotiations next month, "
        "officials said. Soldiers arrested twenty people in the capital on Sunday, three days after "
        "an attack on a police station that killed two officers. Artillery shelled a village on "
        "Wednesday, killing four civilians."
    )
    doc = nlp(text)
    state = DocState(article=make_article(text, published="2024-03-15", language_check=False), doc=doc)
    DateStage()(state)
    signed = _when(state, "signed")
    assert signed is not None and signed.inherited
    resume = _when(state, "resume")
    assert resume is not None and resume.date == "2024-04-01"
    attack = _when(state, "attack")
    assert attack is not None and attack.date == "2024-03-07"
    arrested = _when(state, "arrested")
    assert arrested is not None and arrested.date == "2024-03-10"
    killing = _when(state, "killing")
    assert killing is not None and killing.date == "2024-03-13"
