"""The dates stage and event_when on hand-built parses (model-free) and on the real model."""

from __future__ import annotations

from typing import Any

import pytest

from facta.ingest.normalize import make_article
from facta.stages.dates import DateStage, dateline_date, event_when
from facta.state import DocState
from tests.conftest import make_doc


def _state(doc: Any, published: str | None = "2024-03-15") -> DocState:
    article = make_article(doc.text, published=published, language_check=False)
    state = DocState(article=article, doc=doc)
    DateStage()(state)
    return state


def _flat(words: list[str]) -> Any:
    """One sentence, no parse."""
    return make_doc(words, sent_starts=[True] + [False] * (len(words) - 1))


def _shelled_doc() -> Any:
    # Artillery shelled the town on Wednesday , killing three .
    words = ["Artillery", "shelled", "the", "town", "on", "Wednesday", ",", "killing", "three", "."]
    heads = [1, 1, 3, 1, 1, 4, 1, 1, 7, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct", "advcl", "dobj", "punct"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "NUM", "PUNCT"]
    tags = ["NN", "VBD", "DT", "NN", "IN", "NNP", ",", "VBG", "CD", "."]
    return make_doc(words, heads=heads, deps=deps, pos=pos, tags=tags)


def _said_doc() -> Any:
    # Police said on Thursday that troops killed five on Tuesday .
    words = ["Police", "said", "on", "Thursday", "that", "troops", "killed", "five", "on", "Tuesday", "."]
    heads = [1, 1, 1, 2, 6, 6, 1, 6, 6, 8, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "mark", "nsubj", "ccomp", "dobj", "prep", "pobj", "punct"]
    pos = ["NOUN", "VERB", "ADP", "PROPN", "SCONJ", "NOUN", "VERB", "NUM", "ADP", "PROPN", "PUNCT"]
    tags = ["NNS", "VBD", "IN", "NNP", "IN", "NNS", "VBD", "CD", "IN", "NNP", "."]
    return make_doc(words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_stage_records_times_with_tokens_type_and_value() -> None:
    state = _state(_shelled_doc())
    assert [(t.span.text, t.type, t.value, t.token_start, t.token_end) for t in state.times] == [
        ("Wednesday", "DATE", "2024-03-13", 5, 6)
    ]
    when = state.times[0].when
    assert (when.date, when.precision, when.text, when.inherited) == ("2024-03-13", "day", "Wednesday", False)
    assert state.article.text[when.start : when.end] == "Wednesday"  # type: ignore[index]


def test_event_inherits_the_time_of_the_clause_it_hangs_from() -> None:
    state = _state(_shelled_doc())
    when = event_when(state, 7)  # "killing", advcl of "shelled ... on Wednesday"
    assert when is not None and when.date == "2024-03-13"


def test_time_on_the_reporting_verb_is_not_the_events_own() -> None:
    state = _state(_said_doc())
    when = event_when(state, 6)  # "killed": its own "on Tuesday", not "said on Thursday"
    assert when is not None and when.text == "Tuesday" and when.date == "2024-03-12"
    said = event_when(state, 1)
    assert said is not None and said.text == "Thursday"


def test_same_sentence_then_publication_date_inherited() -> None:
    words = ["Troops", "killed", "five", ".", "It", "rained", "on", "Friday", "."]
    doc = make_doc(words, sent_starts=[True, False, False, False, True, False, False, False, False])
    state = _state(doc)
    when = event_when(state, 1)
    assert when is not None and when.inherited and when.date == "2024-03-15" and when.text is None
    assert event_when(_state(doc, None), 1) is None  # no publication date: nothing is guessed


def test_durations_are_never_an_events_date() -> None:
    doc = _flat(["Troops", "fought", "for", "three", "weeks", "."])
    state = _state(doc)
    assert [t.type for t in state.times] == ["DURATION"]
    when = event_when(state, 1)
    assert when is not None and when.inherited


def test_future_times_are_marked_on_when() -> None:
    doc = _flat(["Talks", "resume", "tomorrow", "."])
    when = _state(doc).times[0].when
    assert when.future and when.date == "2024-03-16"


def test_ranges_become_one_when_with_an_end_date() -> None:
    doc = _flat(["Fighting", "raged", "between", "Monday", "and", "Wednesday", "."])
    times = _state(doc).times
    assert len(times) == 1
    w = times[0].when
    assert (w.date, w.end_date, w.precision, w.text) == (
        "2024-03-11",
        "2024-03-13",
        "day",
        "between Monday and Wednesday",
    )


def test_quarter_has_its_extent() -> None:
    doc = _flat(["Profits", "fell", "in", "the", "third", "quarter", "of", "2023", "."])
    w = _state(doc).times[0].when
    assert (w.date, w.precision, w.end_date) == ("2023-07-01", "month", "2023-09-30")


def test_dateline_gives_the_anchor_when_publication_date_is_missing() -> None:
    text = "KADUGLI, Sudan, March 14, 2024 (Reuters) - Troops attacked on Tuesday."
    assert dateline_date(text) is not None and str(dateline_date(text)) == "2024-03-14"
    assert dateline_date("KADUGLI, Sudan, March 14 (Reuters) - Troops attacked.") is None
    assert dateline_date("Troops attacked on March 14, 2024 - nobody knows why.") is None


@pytest.mark.model
def test_real_pipeline_dates(nlp: Any) -> None:
    text = (
        "LONDON, March 14, 2024 (Reuters) - Rebels attacked a convoy on Tuesday, killing three. "
        "Talks will resume on Monday, officials said. The army said five months ago that it had "
        "withdrawn, but on Friday it shelled the town again."
    )
    for published in ("2024-03-14", None):  # without it, the dateline anchors the article
        state = DocState(article=make_article(text, published=published), doc=nlp(text))
        DateStage()(state)
        found = {t.span.text: t.when for t in state.times}
        assert found["Tuesday"].date == "2024-03-12"
        assert found["Monday"].date == "2024-03-18" and found["Monday"].future  # future tense
        assert found["five months ago"].date == "2023-10-01"
        assert found["five months ago"].precision == "month"
        assert found["Friday"].date == "2024-03-08"
        killing = next(t for t in state.doc if t.text == "killing")
        when = event_when(state, killing.i)
        assert when is not None and when.text == "Tuesday"
