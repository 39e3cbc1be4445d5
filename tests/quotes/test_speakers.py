"""Speaker resolution on a hand-built parse: the statement's speaker mention to an actor."""

from __future__ import annotations

from typing import Any

from facta.model import Article
from facta.quotes import load_labels, load_lexicon
from facta.stages.statements import StatementStage
from facta.state import DocState
from tests.quotes.conftest import T, build


def run(doc: Any, actors: list[tuple[str, str, int, int]]) -> DocState:
    """Run the statements stage; ``actors`` are (name, kind, token start, token end) mentions."""
    state = DocState(article=Article(id="t", text=doc.text), doc=doc)
    for name, kind, start, end in actors:
        actor_id = state.actors.add(name=name, kind=kind)
        state.actors.add_mention(actor_id, state.span(start, end), start, end)
    StatementStage(load_lexicon(), load_labels())(state)
    return state


def appositive_doc() -> Any:
    return build([
        T("The", "DET", "det", 1), T("leader", "NOUN", "nsubj", 6), T(",", "PUNCT", "punct", 1),
        T("Amos", "PROPN", "compound", 4, ent="B-PERSON"), T("Dere", "PROPN", "appos", 1, ent="I-PERSON"),
        T(",", "PUNCT", "punct", 1), T("said", "VERB", "ROOT", 6, "say"), T("talks", "NOUN", "nsubj", 8),
        T("failed", "VERB", "ccomp", 6, "fail"), T(".", "PUNCT", "punct", 6),
        T("He", "PRON", "nsubj", 11), T("said", "VERB", "ROOT", 11, "say"), T("troops", "NOUN", "nsubj", 13),
        T("left", "VERB", "ccomp", 11, "leave"), T(".", "PUNCT", "punct", 11),
    ])  # fmt: skip


def test_speaker_through_apposition_and_mention_span() -> None:
    state = run(appositive_doc(), [("Amos Dere", "person", 3, 5)])
    first = state.statements[0]
    assert first.speaker == "a1"
    assert first.speaker_span is not None and first.speaker_span.text == "The leader, Amos Dere,"
    assert first.cue is not None and first.cue.text == "said"
    assert [c.text for c in first.content] == ["talks failed"]


def test_unresolved_pronoun_continues_the_last_speaker() -> None:
    state = run(appositive_doc(), [("Amos Dere", "person", 3, 5)])
    second = state.statements[1]
    assert second.speaker_span is not None and second.speaker_span.text == "He"
    assert second.speaker == "a1"


def test_pronoun_indexed_by_the_actor_stage_wins() -> None:
    state = run(appositive_doc(), [("Amos Dere", "person", 3, 5), ("Joseph Kal", "person", 10, 11)])
    assert [s.speaker for s in state.statements] == ["a1", "a2"]


def test_a_name_inside_a_modifier_is_not_the_speaker() -> None:
    doc = build([
        T("An", "DET", "det", 1), T("aide", "NOUN", "nsubj", 5), T("to", "ADP", "prep", 1),
        T("President", "PROPN", "compound", 4), T("Biden", "PROPN", "pobj", 2, ent="B-PERSON"),
        T("said", "VERB", "ROOT", 5, "say"), T("talks", "NOUN", "nsubj", 7),
        T("failed", "VERB", "ccomp", 5, "fail"),
        T(".", "PUNCT", "punct", 5),
    ])  # fmt: skip
    state = run(doc, [("Biden", "person", 4, 5)])
    (st,) = state.statements
    assert st.speaker is None and st.speaker_span is not None
    assert st.speaker_span.text == "An aide to President Biden"


def test_statement_records_are_sourced() -> None:
    state = run(appositive_doc(), [("Amos Dere", "person", 3, 5)])
    st = state.statements[0]
    text = state.article.text
    assert st.cue is not None and text[st.cue.start : st.cue.end] == st.cue.text
    assert st.evidence.sentence == 0 and st.extractor == "statements.rules.v1"
    assert not st.direct
