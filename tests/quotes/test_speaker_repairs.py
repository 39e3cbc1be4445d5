"""Speakers: a placeholder "it" ("it is worth noting that") is no speaker, a referential "it" is;
relative clauses that speak; parser slips around an inverted cue (sentences
written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.test_model_shapes import statements

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "It's worth noting that the convoy reached the camp on time.",
        "It goes without saying that the ceasefire is fragile.",
        "It is hard to say whether the ceasefire will hold.",
        "It is important to remember that the army withdrew from the town.",
    ],
)
def test_placeholder_it_is_no_speaker(pipeline: Any, text: str) -> None:
    assert statements(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The ministry issued a statement. It was quick to deny that troops had crossed the border.", "deny"),
        ("The agency said it planned to announce new sanctions.", "said"),
        ("The council met on Monday. It was eager to stress that the vote was fair.", "to stress"),
    ],
)
def test_referential_it_keeps_its_statement(pipeline: Any, text: str, cue: str) -> None:
    assert any(c is not None and c.endswith(cue) for _s, c, _content in statements(pipeline, text))


def test_placeholder_it_inside_a_report_leaves_the_report() -> None:
    """Hand-built: "it was too early to say" inside "The ministry said ..." is no statement of "it"."""
    from facta.quotes.speakers import dummy_it
    from tests.quotes.conftest import T, build

    doc = build(
        [
            T("It", "PRON", "nsubj", 1),
            T("was", "AUX", "ROOT", 1, lemma="be"),
            T("too", "ADV", "advmod", 3),
            T("early", "ADJ", "acomp", 1),
            T("to", "PART", "aux", 5),
            T("say", "VERB", "xcomp", 3),
            T(".", "PUNCT", "punct", 1),
        ]
    )
    assert dummy_it(doc[0], doc[5])
    assert not dummy_it(doc[0], doc[5], frozenset({"early"}))


def test_comma_set_relative_clause_is_a_statement_of_its_own(pipeline: Any) -> None:
    found = statements(pipeline, "The party endorsed the envoy, who says the talks will resume.")
    assert ("who", "says", ["the talks will resume"]) in found
    assert all("who says" not in " ".join(content) for _s, _c, content in found)


def test_restrictive_relative_clause_stays_in_the_content(pipeline: Any) -> None:
    found = statements(pipeline, "The general urged residents who say they were robbed to come forward.")
    assert not any(speaker == "who" for speaker, _c, _content in found)


def test_quotation_before_a_title_and_name_the_parser_misread(find: Any) -> None:
    """Hand-built parser slip: "said" hung as a conjunct on the verb inside the quotation, and the
    first word of the title ("Kaduna") tagged as a verb. The quotation still belongs to the cue, and
    the name before the cue speaks."""
    from tests.quotes.conftest import T, build

    doc = build([
        T("“", "PUNCT", "punct", 3), T("We", "PRON", "nsubj", 3), T("will", "AUX", "aux", 3),
        T("win", "VERB", "ROOT", 3), T(",", "PUNCT", "punct", 3), T("”", "PUNCT", "punct", 3),
        T("Kaduna", "VERB", "advcl", 3, tag="VB"), T("police", "NOUN", "compound", 9),
        T("Commissioner", "PROPN", "compound", 9), T("Bello", "PROPN", "appos", 8, ent="B-PERSON"),
        T("said", "VERB", "conj", 3, "say"), T(".", "PUNCT", "punct", 3),
    ])  # fmt: skip
    found = find(doc)
    assert len(found) == 1
    speaker, cue, content = found[0]
    assert cue == "said" and speaker is not None and speaker.endswith("Bello")
    assert content == ["“We will win,”"]


def test_programme_title_the_parser_took_for_the_subject(find: Any) -> None:
    """Hand-built parser slip: the quoted title of a programme after the cue ("on Radio's “Nile
    Talk.”") parsed as the cue's subject, and the name after the quotation hung on the quotation's
    verb. A subject inside a quotation is no subject: the name before the cue speaks."""
    from tests.quotes.conftest import T, build

    doc = build([
        T("“", "PUNCT", "punct", 3), T("We", "PRON", "nsubj", 3), T("are", "AUX", "aux", 3),
        T("leaving", "VERB", "ccomp", 11, "leave"), T(",", "PUNCT", "punct", 3), T("”", "PUNCT", "punct", 3),
        T("Osman", "PROPN", "appos", 1, ent="B-PERSON"), T(",", "PUNCT", "punct", 6),
        T("an", "DET", "det", 9), T("adviser", "NOUN", "appos", 6), T(",", "PUNCT", "punct", 11),
        T("said", "VERB", "ROOT", 11, "say"), T("on", "ADP", "prep", 11), T("Radio", "PROPN", "pobj", 12),
        T("“", "PUNCT", "punct", 11), T("Nile", "PROPN", "compound", 16), T("Talk", "PROPN", "nsubj", 11),
        T(".", "PUNCT", "punct", 11), T("”", "PUNCT", "punct", 11),
    ])  # fmt: skip
    found = find(doc)
    assert [(speaker, cue) for speaker, cue, _content in found] == [("Osman, an adviser,", "said")]


def test_no_stray_quotation_mark_left_of_a_cut_clause(find: Any) -> None:
    """Cutting a cue's own clause out of an outer statement leaves no piece that is only a mark."""
    from tests.quotes.conftest import T, build

    doc = build([
        T("Osman", "PROPN", "nsubj", 1, ent="B-PERSON"), T("said", "VERB", "ROOT", 1, "say"),
        T("Bello", "PROPN", "nsubj", 3, ent="B-PERSON"), T("was", "AUX", "ccomp", 1, "be"),
        T("“", "PUNCT", "punct", 5), T("right", "ADJ", "acomp", 3), T("”", "PUNCT", "punct", 5),
        T("when", "SCONJ", "advmod", 9), T("he", "PRON", "nsubj", 9), T("said", "VERB", "advcl", 3, "say"),
        T("that", "SCONJ", "mark", 13), T("“", "PUNCT", "punct", 13), T("troops", "NOUN", "nsubj", 13),
        T("left", "VERB", "ccomp", 9, "leave"), T(".", "PUNCT", "punct", 1), T("”", "PUNCT", "punct", 1),
    ])  # fmt: skip
    found = find(doc)
    for _speaker, _cue, content in found:
        assert all(any(ch.isalnum() for ch in piece) for piece in content), content


def test_first_word_of_a_name_hung_on_the_quotation(find: Any) -> None:
    """Hand-built parser slip: the town opening the speaker's title ("Kaduna police Chief ...")
    tagged as a verb and hung on the quoted clause. The name runs from the closing quotation on,
    and the content stops at the quotation."""
    from tests.quotes.conftest import T, build

    doc = build([
        T("“", "PUNCT", "punct", 11), T("We", "PRON", "nsubj", 3), T("will", "AUX", "aux", 3),
        T("win", "VERB", "ccomp", 11), T(",", "PUNCT", "punct", 3), T("”", "PUNCT", "punct", 3),
        T("Kaduna", "VERB", "appos", 3, tag="VB"), T("police", "NOUN", "compound", 8),
        T("Chief", "PROPN", "compound", 10), T("Amos", "PROPN", "compound", 10, ent="B-PERSON"),
        T("Dere", "PROPN", "nsubj", 11, ent="I-PERSON"), T("said", "VERB", "ROOT", 11, "say"),
        T(".", "PUNCT", "punct", 11),
    ])  # fmt: skip
    assert find(doc) == [("Kaduna police Chief Amos Dere", "said", ["“We will win,”"])]


def test_speaker_phrase_ends_before_a_statement_of_its_own(pipeline: Any) -> None:
    text = "Mr. Osman, who emphasized that the plan would simplify returns, said the goal was fairness."
    found = statements(pipeline, text)
    assert ("Mr. Osman", "said", ["the goal was fairness"]) in found
    assert ("who", "emphasized", ["that the plan would simplify returns"]) in found


def test_relative_clause_without_a_statement_stays_in_the_speaker(pipeline: Any) -> None:
    text = "The Europeans, who had been cut out of the talks, derided the deal as toothless."
    assert statements(pipeline, text)[0][0] == "The Europeans, who had been cut out of the talks,"


def test_that_clause_whose_that_was_taken_for_an_adverb(find: Any) -> None:
    """Hand-built parser slip: "that" tagged as an adverb and its clause hung on the cue as an
    adverbial clause, after a time phrase ("tweeted in the morning that ...")."""
    from tests.quotes.conftest import T, build

    doc = build([
        T("Dere", "PROPN", "nsubj", 1, ent="B-PERSON"), T("tweeted", "VERB", "ROOT", 1, "tweet"),
        T("in", "ADP", "prep", 1), T("the", "DET", "det", 4), T("morning", "NOUN", "pobj", 2),
        T("that", "PRON", "advmod", 7, tag="WDT"), T("Osman", "PROPN", "nsubj", 7, ent="B-PERSON"),
        T("was", "AUX", "advcl", 1, "be", tag="VBD"), T("wrong", "ADJ", "acomp", 7, tag="JJ"),
        T(".", "PUNCT", "punct", 1),
    ])  # fmt: skip
    assert find(doc) == [("Dere", "tweeted", ["that Osman was wrong"])]


def test_a_dash_taken_for_a_subject_is_no_speaker(find: Any) -> None:
    """Hand-built parser slip: the dash closing an aside tagged as a noun and made a second subject."""
    from tests.quotes.conftest import T, build

    doc = build([
        T("Taxes", "NOUN", "nsubj", 1), T("rose", "VERB", "ROOT", 1, "rise"),
        T("―", "NOUN", "nsubj", 4, tag="NN"),
        T("Dere", "PROPN", "nsubj", 4, ent="B-PERSON"), T("boasted", "VERB", "ccomp", 1, "boast"),
        T(",", "PUNCT", "punct", 1), T("“", "PUNCT", "punct", 1), T("That", "PRON", "nsubj", 8),
        T("works", "VERB", "ccomp", 1, "work"), T(".", "PUNCT", "punct", 1), T("”", "PUNCT", "punct", 1),
    ])  # fmt: skip
    found = find(doc)
    assert [speaker for speaker, cue, _ in found if cue == "boasted"] == ["Dere"]
