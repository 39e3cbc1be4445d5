"""Each statement shape on a hand-built parse (no model): cue, speaker mention and content."""

from __future__ import annotations

from typing import Any

from tests.quotes.conftest import T, build


def test_indirect_speech_with_that(find: Any) -> None:
    doc = build([
        T("The", "DET", "det", 1), T("ministry", "NOUN", "nsubj", 2), T("said", "VERB", "ROOT", 2, "say"),
        T("that", "SCONJ", "mark", 6), T("talks", "NOUN", "nsubj", 6), T("would", "AUX", "aux", 6),
        T("resume", "VERB", "ccomp", 2), T(".", "PUNCT", "punct", 2),
    ])  # fmt: skip
    assert find(doc) == [("The ministry", "said", ["that talks would resume"])]


def test_direct_quote_then_inverted_cue(find: Any) -> None:
    doc = build([
        T("“", "PUNCT", "punct", 6), T("We", "PRON", "nsubj", 3), T("will", "AUX", "aux", 3),
        T("fight", "VERB", "ccomp", 6), T(",", "PUNCT", "punct", 3), T("”", "PUNCT", "punct", 6),
        T("said", "VERB", "ROOT", 6, "say"), T("Amos", "PROPN", "compound", 8, ent="B-PERSON"),
        T("Dere", "PROPN", "nsubj", 6, ent="I-PERSON"), T(".", "PUNCT", "punct", 6),
    ])  # fmt: skip
    assert find(doc) == [("Amos Dere", "said", ["“We will fight,”"])]


def test_cue_with_colon_takes_the_next_quotation(find: Any) -> None:
    doc = build([
        T("He", "PRON", "nsubj", 1), T("said", "VERB", "ROOT", 1, "say"), T(":", "PUNCT", "punct", 1),
        T("“", "PUNCT", "punct", 5), T("We", "PRON", "nsubj", 5), T("fight", "VERB", "ROOT", 5),
        T(".", "PUNCT", "punct", 5), T("”", "PUNCT", "punct", 5),
    ])  # fmt: skip
    assert find(doc) == [("He", "said:", ["“We fight.”"])]


def test_according_to(find: Any) -> None:
    doc = build([
        T("According", "VERB", "prep", 8, "accord", "VBG"), T("to", "ADP", "prep", 0),
        T("the", "DET", "det", 3), T("army", "NOUN", "pobj", 1), T(",", "PUNCT", "punct", 8),
        T("12", "NUM", "nummod", 6), T("soldiers", "NOUN", "nsubjpass", 8),
        T("were", "AUX", "auxpass", 8, "be"), T("killed", "VERB", "ROOT", 8, "kill", "VBN"),
        T(".", "PUNCT", "punct", 8),
    ])  # fmt: skip
    assert find(doc) == [("the army", "According to", ["12 soldiers were killed"])]


def test_institution_rejects_then_says(find: Any) -> None:
    doc = build([
        T("The", "DET", "det", 1), T("ministry", "NOUN", "nsubj", 2),
        T("rejected", "VERB", "ROOT", 2, "reject"),
        T("the", "DET", "det", 4), T("proposal", "NOUN", "dobj", 2), T(",", "PUNCT", "punct", 2),
        T("saying", "VERB", "advcl", 2, "say", "VBG"), T("it", "PRON", "nsubj", 8),
        T("was", "AUX", "ccomp", 6, "be"), T("a", "DET", "det", 10), T("trick", "NOUN", "attr", 8),
        T(".", "PUNCT", "punct", 2),
    ])  # fmt: skip
    assert find(doc) == [
        ("The ministry", "rejected", ["the proposal"]),
        ("The ministry", "saying", ["it was a trick"]),
    ]


def test_partial_quote_in_a_called_frame(find: Any) -> None:
    doc = build([
        T("He", "PRON", "nsubj", 1), T("called", "VERB", "ROOT", 1, "call"), T("the", "DET", "det", 3),
        T("offer", "NOUN", "dobj", 1), T("“", "PUNCT", "punct", 5), T("ludicrous", "ADJ", "oprd", 1),
        T("”", "PUNCT", "punct", 5), T(".", "PUNCT", "punct", 1),
    ])  # fmt: skip
    assert find(doc) == [("He", "called", ["the offer “ludicrous”"])]


def test_only_the_outer_attribution_is_kept(find: Any) -> None:
    doc = build([
        T("Officials", "NOUN", "nsubj", 1), T("said", "VERB", "ROOT", 1, "say"), T("the", "DET", "det", 3),
        T("rebels", "NOUN", "nsubj", 4), T("claimed", "VERB", "ccomp", 1, "claim"),
        T("victory", "NOUN", "dobj", 4), T(".", "PUNCT", "punct", 1),
    ])  # fmt: skip
    assert find(doc) == [("Officials", "said", ["the rebels claimed victory"])]


def test_declining_to_comment_is_not_a_statement(find: Any) -> None:
    doc = build([
        T("The", "DET", "det", 1), T("army", "NOUN", "nsubj", 4), T("did", "AUX", "aux", 4, "do"),
        T("not", "PART", "neg", 4), T("respond", "VERB", "ROOT", 4, "respond", "VB"),
        T("to", "ADP", "prep", 4),
        T("requests", "NOUN", "pobj", 5, "request"), T(".", "PUNCT", "punct", 4),
    ])  # fmt: skip
    assert find(doc) == []


def test_auxiliaries_and_adverbs_belong_to_the_cue(find: Any) -> None:
    doc = build([
        T("Rebels", "NOUN", "nsubj", 3), T("have", "AUX", "aux", 3), T("also", "ADV", "advmod", 3),
        T("said", "VERB", "ROOT", 3, "say", "VBN"), T("they", "PRON", "nsubj", 5),
        T("won", "VERB", "ccomp", 3, "win"),
        T(".", "PUNCT", "punct", 3),
    ])  # fmt: skip
    assert find(doc) == [("Rebels", "have also said", ["they won"])]


def test_told_reporters_is_the_addressee(lexicon: Any) -> None:
    from facta.quotes import find_attributions

    doc = build([
        T("Kal", "PROPN", "nsubj", 1, ent="B-PERSON"), T("told", "VERB", "ROOT", 1, "tell"),
        T("reporters", "NOUN", "dobj", 1, "reporter", "NNS"), T("talks", "NOUN", "nsubj", 4),
        T("failed", "VERB", "ccomp", 1, "fail"), T(".", "PUNCT", "punct", 1),
    ])  # fmt: skip
    (att,) = find_attributions(doc, doc.text, lexicon)
    assert att.addressee_token == 2
    assert [doc.text[s:e] for s, e in att.content] == ["talks failed"]


def test_attitude_adjective(find: Any) -> None:
    doc = build([
        T("The", "DET", "det", 1), T("union", "NOUN", "nsubj", 2), T("is", "AUX", "ROOT", 2, "be", "VBZ"),
        T("critical", "ADJ", "acomp", 2, tag="JJ"), T("of", "ADP", "prep", 3), T("the", "DET", "det", 6),
        T("plan", "NOUN", "pobj", 4), T(".", "PUNCT", "punct", 2),
    ])  # fmt: skip
    assert find(doc) == [("The union", "is critical of", ["the plan"])]
