from __future__ import annotations

from typing import Any

import pytest

from facta.errors import FactaError
from facta.pipeline import ArticleInput, ItemError, Pipeline, check_order, load_pipeline
from facta.state import DocState

TEXT = "The army said on Tuesday that rebels attacked the town and killed two soldiers near the border."


class Stub:
    def __init__(
        self, name: str, requires: tuple[str, ...], assigns: tuple[str, ...], boom: str = ""
    ) -> None:
        self.name, self.requires, self.assigns, self.boom = name, requires, assigns, boom

    def __call__(self, state: DocState) -> None:
        if self.boom and self.boom in state.article.text:
            raise RuntimeError("stage bug")
        state.warnings.append(self.name)


@pytest.fixture
def blank() -> Any:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def test_contract_order_is_checked() -> None:
    with pytest.raises(FactaError) as info:
        check_order([Stub("events", ("actors",), ("events",))])
    assert info.value.code == "F302"
    check_order([Stub("actors", ("doc",), ("actors",)), Stub("events", ("actors",), ("events",))])


def test_pipe_isolates_bad_items(blank: Any) -> None:
    pipe = Pipeline(blank, [Stub("one", ("doc",), ("x",), boom="BOOM")])
    items = [
        ArticleInput(TEXT, label="good"),
        ArticleInput("", label="empty"),
        ArticleInput(TEXT + " BOOM", label="buggy"),
        ArticleInput(b"\x00\x01", label="binary"),
        TEXT + " Again.",
    ]
    out = list(pipe.pipe(items, batch_size=2))
    assert [type(o).__name__ for o in out] == ["Record", "ItemError", "ItemError", "ItemError", "Record"]
    errors = [o for o in out if isinstance(o, ItemError)]
    assert [(e.code, e.label) for e in errors] == [("F201", "empty"), ("F304", "buggy"), ("F202", "binary")]
    assert errors[1].article_id is not None
    assert out[0].warnings == ("one",)  # type: ignore[union-attr]


def test_unknown_stage_name() -> None:
    with pytest.raises(FactaError) as info:
        load_pipeline(stages="actors,nonsense", nlp=object())
    assert info.value.code == "F301"


def test_missing_model_names_the_package() -> None:
    from facta.nlp.loader import load_nlp

    with pytest.raises(FactaError) as info:
        load_nlp("en_core_web_nonexistent")
    assert info.value.code == "F101"
    assert "pip install" in info.value.hint


def test_doc_state_spans_and_sentences(blank: Any) -> None:
    from facta.ingest.normalize import make_article

    article = make_article("Rebels attacked Kadugli. The army responded on Tuesday.")
    state = DocState(article, blank(article.text))
    assert state.n_sentences == 2
    span = state.span(4, 6)
    assert span.text == "The army" and span.sentence == 1
    ev = state.evidence(1, span)
    assert ev.text == "The army responded on Tuesday." and ev.trigger == span
    a1 = state.actors.add(name="The army", kind="organization")
    state.actors.add_mention(a1, span, 4, 6)
    assert state.actors.at_token(5) is not None and state.actors.at_token(0) is None
    a2 = state.actors.add(name="army", kind="organization", affiliation=a1)
    a3 = state.actors.add(name="x", kind="group", affiliation=a2)
    state.actors.merge(a1, a2)
    assert state.actors.get(a3).affiliation == a1
    record = state.freeze(("t",))
    assert record.article.n_sentences == 2 and len(record.actors) == 2
