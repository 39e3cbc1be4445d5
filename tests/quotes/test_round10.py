"""Statement shapes of wire copy seen in our own position gold (round 10): a cue whose subject the
parser lost after a dateline, and others. Sentences written for these tests; hand-built parses
reproduce the parser's slips."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.conftest import T, build, texts


def test_a_subjectless_cue_after_a_dateline_takes_the_phrase_before_it(find: Any) -> None:
    """ "GOMA — Convoys of aid will pass the bridge, its chief, Amani Kito, told reporters." with the
    dateline taken for the report's subject and the cue left with none: the speaker is the phrase
    before the cue, not the first noun after the dateline."""
    tokens = [
        T("GOMA", "PROPN", "nsubj", 6), T("—", "PUNCT", "punct", 0, tag=":"),
        T("Convoys", "NOUN", "appos", 0, tag="NNS"), T("of", "ADP", "prep", 2, tag="IN"),
        T("aid", "NOUN", "pobj", 3), T("will", "AUX", "aux", 6, tag="MD"),
        T("pass", "VERB", "ccomp", 16, "pass", "VB"), T("the", "DET", "det", 8, tag="DT"),
        T("bridge", "NOUN", "dobj", 6), T(",", "PUNCT", "punct", 8),
        T("its", "PRON", "poss", 11, tag="PRP$"), T("chief", "NOUN", "appos", 8),
        T(",", "PUNCT", "punct", 11), T("Amani", "PROPN", "compound", 14),
        T("Kito", "PROPN", "appos", 11), T(",", "PUNCT", "punct", 6),
        T("told", "VERB", "ROOT", 16, "tell", "VBD"), T("reporters", "NOUN", "dobj", 16, tag="NNS"),
        T(".", "PUNCT", "punct", 16),
    ]  # fmt: skip
    found = find(build(tokens))
    assert [(s, c) for s, c, _ in found] == [("its chief, Amani Kito,", "told")]
    assert found[0][2] == ["Convoys of aid will pass the bridge"]


def test_two_subjects_before_a_cue_the_one_next_to_it_speaks(find: Any) -> None:
    """ "Ten prisoners will walk free, spokesman Ali Duale said." with both "prisoners" and "Duale" made
    subjects of "said": the report's subject is the fronted report, the name next to the cue speaks."""
    tokens = [
        T("Ten", "NUM", "nummod", 1, tag="CD"), T("prisoners", "NOUN", "nsubj", 9, tag="NNS"),
        T("will", "AUX", "aux", 3, tag="MD"), T("walk", "VERB", "relcl", 1, "walk", "VB"),
        T("free", "ADJ", "acomp", 3, tag="JJ"), T(",", "PUNCT", "punct", 4),
        T("spokesman", "NOUN", "compound", 8), T("Ali", "PROPN", "compound", 8),
        T("Duale", "PROPN", "nsubj", 9), T("said", "VERB", "ROOT", 9, "say", "VBD"),
        T(".", "PUNCT", "punct", 9),
    ]  # fmt: skip
    assert find(build(tokens)) == [("spokesman Ali Duale", "said", ["Ten prisoners will walk free"])]


def test_two_subjects_with_no_clause_between_keep_the_first(find: Any) -> None:
    """ "The minister and, later, the envoy said ..." is no fronted report: nothing changes when no verb
    stands between the two subjects."""
    tokens = [
        T("Villagers", "NOUN", "nsubj", 4, tag="NNS"), T(",", "PUNCT", "punct", 0),
        T("the", "DET", "det", 3, tag="DT"), T("elders", "NOUN", "nsubj", 4, tag="NNS"),
        T("said", "VERB", "ROOT", 4, "say", "VBD"), T("the", "DET", "det", 6, tag="DT"),
        T("road", "NOUN", "nsubj", 8), T("was", "AUX", "aux", 8, "be", "VBD"),
        T("closed", "VERB", "ccomp", 4, "close", "VBN"), T(".", "PUNCT", "punct", 4),
    ]  # fmt: skip
    assert [s for s, _, _ in find(build(tokens))] == ["Villagers"]


def test_a_clause_opened_by_after_is_not_what_was_said(find: Any) -> None:
    """ "The union will strike, its leader, Ana Sola, said on Monday, a day after the talks failed." with
    the time clause made the complement of "said": the report is the clause before the speaker."""
    tokens = [
        T("The", "DET", "det", 1, tag="DT"), T("union", "NOUN", "nsubj", 3),
        T("will", "AUX", "aux", 3, tag="MD"), T("strike", "VERB", "ROOT", 3, "strike", "VB"),
        T(",", "PUNCT", "punct", 3), T("its", "PRON", "poss", 6, tag="PRP$"),
        T("leader", "NOUN", "npadvmod", 3), T(",", "PUNCT", "punct", 6),
        T("Ana", "PROPN", "compound", 9), T("Sola", "PROPN", "appos", 6),
        T(",", "PUNCT", "punct", 3), T("said", "VERB", "conj", 3, "say", "VBD"),
        T("on", "ADP", "prep", 11, tag="IN"), T("Monday", "PROPN", "pobj", 12),
        T(",", "PUNCT", "punct", 13), T("a", "DET", "det", 16, tag="DT"),
        T("day", "NOUN", "npadvmod", 20), T("after", "SCONJ", "mark", 20, tag="IN"),
        T("the", "DET", "det", 19, tag="DT"), T("talks", "NOUN", "nsubj", 20, tag="NNS"),
        T("failed", "VERB", "ccomp", 11, "fail", "VBD"), T(".", "PUNCT", "punct", 3),
    ]  # fmt: skip
    found = find(build(tokens))
    assert [(s, c) for s, c, _ in found] == [("its leader, Ana Sola,", "said")]
    assert found[0][2] == ["The union will strike"]


def test_a_that_clause_with_after_inside_is_still_reported(find: Any) -> None:
    tokens = [
        T("She", "PRON", "nsubj", 1, tag="PRP"), T("said", "VERB", "ROOT", 1, "say", "VBD"),
        T("that", "SCONJ", "mark", 6, tag="IN"), T("after", "SCONJ", "mark", 6, tag="IN"),
        T("the", "DET", "det", 5, tag="DT"), T("vote", "NOUN", "nsubj", 6),
        T("ended", "VERB", "ccomp", 1, "end", "VBD"), T(".", "PUNCT", "punct", 1),
    ]  # fmt: skip
    assert find(build(tokens)) == [("She", "said", ["that after the vote ended"])]


def _parsed(nlp: Any, lexicon: Any, labels: frozenset[str], text: str) -> list[tuple[Any, Any, list[str]]]:
    from facta.quotes import find_attributions

    doc = nlp(text)
    return texts(doc, find_attributions(doc, text, lexicon, labels))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "DAKAR — The Casamance Peace Front, a separatist group in southern Senegal, offered on Friday to "
            "meet government envoys in Banjul with Gambian mediators, its chairman, Ousmane Diatta Sagna, "
            "said at a news conference, citing floods that have destroyed rice fields across the region.",
            "its chairman, Ousmane Diatta Sagna,",
            "citing",
        ),
        (
            "HARARE — The farmers' union will keep its members off the land until the ministry pays for last "
            "year's harvest, the union's secretary-general, Tendai Moyo Chikore, said on Monday, calling the "
            'delay "an insult".',
            "the union's secretary-general, Tendai Moyo Chikore,",
            "calling",
        ),
    ],
)
def test_a_participle_after_a_closing_cue_reports_for_its_speaker(
    nlp: Any, lexicon: Any, labels: frozenset[str], text: str, speaker: str, cue: str
) -> None:
    """Not the dateline nor the fronted report's subject, which the parser lets the participle inherit."""
    found = _parsed(nlp, lexicon, labels, text)
    assert [(s, c) for s, c, _ in found] == [(speaker, "said"), (speaker, cue)]


@pytest.mark.model
def test_a_coordinated_cue_after_a_dateline_inherits_the_first_verbs_speaker(
    nlp: Any, lexicon: Any, labels: frozenset[str]
) -> None:
    text = (
        'NAIROBI — The opposition spokeswoman, Wanjiru Kamau Otieno, dismissed the offer as "a stunt" on '
        "Friday and said the party would boycott the talks."
    )
    speaker = "The opposition spokeswoman, Wanjiru Kamau Otieno,"
    found = _parsed(nlp, lexicon, labels, text)
    assert [(s, c) for s, c, _ in found] == [(speaker, "dismissed"), (speaker, "said")]


def _fronted(first: list[T], cue: str, lemma: str) -> list[T]:
    """ "<first>, the deputy head, Levan Beridze, <cue> on Monday." with the speaker's phrase the cue's
    subject and the words before it hung anywhere but on the cue."""
    n = len(first)
    tail = [
        T(",", "PUNCT", "punct", n + 3), T("the", "DET", "det", n + 3, tag="DT"),
        T("deputy", "NOUN", "compound", n + 3), T("head", "NOUN", "nsubj", n + 8),
        T(",", "PUNCT", "punct", n + 3), T("Levan", "PROPN", "compound", n + 6),
        T("Beridze", "PROPN", "appos", n + 3), T(",", "PUNCT", "punct", n + 3),
        T(cue, "VERB", "ROOT", n + 8, lemma, "VBD"), T("on", "ADP", "prep", n + 8, tag="IN"),
        T("Monday", "PROPN", "pobj", n + 9), T(".", "PUNCT", "punct", n + 8),
    ]  # fmt: skip
    return first + tail


def test_a_report_the_parser_hung_on_the_dateline_is_the_content(find: Any) -> None:
    first = [
        T("GORI", "NOUN", "advcl", 15), T("—", "PUNCT", "punct", 0, tag=":"),
        T("Troops", "NOUN", "nsubj", 4, tag="NNS"), T("will", "AUX", "aux", 4, tag="MD"),
        T("leave", "VERB", "acl", 0, "leave", "VB"), T("the", "DET", "det", 6, tag="DT"),
        T("ridge", "NOUN", "dobj", 4),
    ]  # fmt: skip
    found = find(build(_fronted(first, "said", "say")))
    assert found == [("the deputy head, Levan Beridze,", "said", ["Troops will leave the ridge"])]


def test_a_fronted_adverbial_clause_is_not_a_report(find: Any) -> None:
    """ "After the count ended, the deputy head, Levan Beridze, announced on Monday.": no content."""
    first = [
        T("After", "SCONJ", "mark", 3, tag="IN"), T("the", "DET", "det", 2, tag="DT"),
        T("count", "NOUN", "nsubj", 3), T("ended", "VERB", "advcl", 12, "end", "VBD"),
    ]  # fmt: skip
    assert find(build(_fronted(first, "announced", "announce"))) == []


@pytest.mark.model
def test_an_apposition_chain_after_the_cue_keeps_its_closing_comma(
    nlp: Any, lexicon: Any, labels: frozenset[str]
) -> None:
    text = (
        '"We will not leave the valley," said Amina Yusuf, a spokeswoman for the herders\' association, '
        "adding that talks had failed."
    )
    speakers = [s for s, _, _ in _parsed(nlp, lexicon, labels, text)]
    assert speakers[0] == "Amina Yusuf, a spokeswoman for the herders' association,"
    closing = _parsed(nlp, lexicon, labels, '"The road stays closed," said Tomas Varga, the mayor.')
    assert [s for s, _, _ in closing] == ["Tomas Varga, the mayor"]  # no comma to keep before the full stop


def test_a_dateline_with_a_country_of_several_words(lexicon: Any, labels: frozenset[str]) -> None:
    from facta.quotes import paragraphs, quotes
    from facta.quotes.context import Context

    words = ["KINDU", ",", "Democratic", "Republic", "of", "Congo", "—", "The", "militia", "left", "."]
    tokens = [T(w, "PUNCT" if w in {",", "—", "."} else "PROPN", "dep", 9) for w in words]
    tokens[9] = T("left", "VERB", "ROOT", 9, "leave", "VBD")
    doc = build(tokens)
    paras = paragraphs(doc.text)
    ctx = Context(doc, doc.text, lexicon, quotes(doc.text, paras), paras, labels)
    assert ctx.dateline_end(8) == 7  # "The" opens the report
