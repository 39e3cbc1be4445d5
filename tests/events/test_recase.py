"""Re-casing Title Case and ALL CAPS headline lines before parsing (facta.nlp.recase)."""

from __future__ import annotations

from typing import Any

import pytest

from facta.nlp.recase import headline_kind, minor_words, recase


def test_title_case_line_is_sentence_cased_keeping_names_and_length() -> None:
    text = "Militia Fighters Attack Police Post Near Kano, Nigeria Says"
    out = recase(text)
    assert len(out) == len(text)
    assert out == "Militia fighters attack police post near Kano, Nigeria says"


def test_acronyms_and_abbreviations_keep_their_capitals() -> None:
    assert recase("U.S. Troops Leave Base After NATO Talks") == "U.S. troops leave base after NATO talks"


def test_all_caps_line_gets_title_cased_names() -> None:
    out = recase("SOLDIERS CLASH WITH PROTESTERS IN CAIRO")
    assert out == "Soldiers clash with protesters in Cairo"


def test_a_word_the_article_capitalises_mid_sentence_stays_a_name() -> None:
    text = "Ostrava Workers Walk Out Over Pay\n\nThe strike began when staff in Ostrava left the plant."
    assert recase(text).split("\n")[0] == "Ostrava workers walk out over pay"
    text = "Zorlan Guards Fire On Crowd\n\nPolice said the crowd had gathered when Zorlan troops arrived."
    assert recase(text).split("\n")[0] == "Zorlan guards fire on crowd"


def test_prose_and_short_lines_are_left_alone() -> None:
    for text in (
        "Rebels attacked the town of Kadugli on Tuesday, the army said.",
        "John Smith, the UN envoy, met Ali Hassan in Khartoum on Monday.",
        "Breaking News",
        "",
    ):
        assert recase(text) == text
    assert headline_kind(["the", "army", "said"], minor_words()) is None


@pytest.mark.model
def test_parse_reads_the_recased_copy_but_keeps_the_text(nlp: Any) -> None:
    from facta.nlp.parse import parse

    text = "Rebels Reject Government Offer Of Talks\n\nThe rebels said on Monday they would fight on."
    doc = parse(nlp, text)
    assert doc.text == text
    reject = doc[1]
    assert reject.text == "Reject" and reject.pos_ == "VERB"
    assert reject.lemma_ == "reject"


def test_accented_names_and_curly_apostrophes() -> None:
    out = recase("Côte d’Ivoire And Curaçao Expand Judicial Cooperation")
    assert out == "Côte d’Ivoire and Curaçao expand judicial cooperation"


def test_possessive_and_qualified_country_names_stay_names() -> None:
    assert (
        recase("Papua New Guinea's Minister Embarks on Tour") == "Papua New Guinea's minister embarks on tour"
    )
    assert recase("Saint Martin Expels Dozens of Diplomats") == "Saint Martin expels dozens of diplomats"
