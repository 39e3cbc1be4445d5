"""The general polarity model: classes multiply along the parse, negation turns, lemma topics."""

from __future__ import annotations

from facta.quotes.stance import Position, classify, load_stance_lexicon
from facta.quotes.stance_polarity import (
    SIGNS,
    expand_classes,
    lemma_topic,
    load_lemma_topics,
    load_polarity,
    load_word_classes,
    walk,
)
from tests.quotes.conftest import T, build

LEX = load_stance_lexicon()
POL = load_polarity()


def run(tokens: list[T], cue: list[int], content: list[int]) -> Position:
    return classify(LEX, build(tokens), cue, content)


def test_every_class_has_a_sign_and_idioms_are_found() -> None:
    assert set(POL.lemmas.values()) <= SIGNS.keys()
    doc = build([T(w, "X", "dep", 0) for w in ["the", "accord", "is", "a", "dead", "letter"]])
    found = POL.phrases_in(list(doc))
    assert found[4][0] == "abandon" and found[4][1] == frozenset({4, 5})


def test_rejecting_a_delay_backs_the_topic() -> None:
    # "They rejected a proposal to postpone the elections": postpone (-) x reject (-) = +
    tokens = [
        T("They", "PRON", "nsubj", 1), T("rejected", "VERB", "ROOT", 1, "reject"),
        T("a", "DET", "det", 3), T("proposal", "NOUN", "dobj", 1, "proposal"),
        T("to", "PART", "aux", 5), T("postpone", "VERB", "acl", 3, "postpone"),
        T("the", "DET", "det", 7), T("elections", "NOUN", "dobj", 5, "election"),
    ]  # fmt: skip
    doc = build(tokens)
    reading = walk(POL, doc, set(range(8)), 7, 7, [])
    assert reading is not None and reading.sign == 1 and reading.classes == ("delay", "oppose")
    # the rules alone read "rejected" as a rejection of the elections; the undoing word wins
    assert run(tokens, [], list(range(8))).stance == "support"


def test_calling_off_rejects_and_negation_turns_it() -> None:
    tokens = [
        T("The", "DET", "det", 1), T("union", "NOUN", "nsubj", 3, "union"),
        T("has", "AUX", "aux", 3, "have"), T("called", "VERB", "ROOT", 3, "call"),
        T("off", "ADP", "prt", 3), T("the", "DET", "det", 6), T("stoppage", "NOUN", "dobj", 3, "stoppage"),
    ]  # fmt: skip
    assert run(tokens, [], list(range(7))).stance == "reject"
    tokens = [
        T("The", "DET", "det", 1), T("union", "NOUN", "nsubj", 4, "union"),
        T("will", "AUX", "aux", 4), T("not", "PART", "neg", 4), T("call", "VERB", "ROOT", 4, "call"),
        T("off", "ADP", "prt", 4), T("the", "DET", "det", 7), T("stoppage", "NOUN", "dobj", 4, "stoppage"),
    ]  # fmt: skip
    assert run(tokens, [], list(range(8))).stance != "reject"


def test_the_topic_doing_something_states_no_position() -> None:
    # "The walkout began on Monday" reports the strike's course
    tokens = [
        T("The", "DET", "det", 1), T("walkout", "NOUN", "nsubj", 2, "walkout"),
        T("began", "VERB", "ROOT", 2, "begin"), T("on", "ADP", "prep", 2), T("Monday", "PROPN", "pobj", 3),
    ]  # fmt: skip
    doc = build(tokens)
    assert walk(POL, doc, set(range(5)), 1, 1, []) is None
    assert run(tokens, [], list(range(5))).stance is None


def test_a_modal_alone_commits_and_nothing_leans_without_one() -> None:
    tokens = [
        T("We", "PRON", "nsubj", 2), T("will", "AUX", "aux", 2), T("hold", "VERB", "ROOT", 2, "hold"),
        T("talks", "NOUN", "dobj", 2, "talk"),
    ]  # fmt: skip
    doc = build(tokens)
    reading = walk(POL, doc, set(range(4)), 3, 3, [])
    assert reading is not None and reading.stance == "offer"
    tokens[1] = T("then", "ADV", "advmod", 2)
    assert walk(POL, build(tokens), set(range(4)), 3, 3, []) is None


def test_word_classes_expand_in_frames() -> None:
    classes = load_word_classes()
    assert "gunman" in expand_classes(["@forces", "@place"], classes)
    assert "@place" in expand_classes(["@forces", "@place"], classes)
    # "the gunmen will leave": a frame over the class names the withdrawal
    tokens = [
        T("The", "DET", "det", 1), T("gunmen", "NOUN", "nsubj", 3, "gunman"),
        T("will", "AUX", "aux", 3), T("leave", "VERB", "ROOT", 3, "leave"),
    ]  # fmt: skip
    assert run(tokens, [], list(range(4))).topic == "withdrawal"


def test_a_lemma_topic_needs_its_word_class_and_not_a_modifier() -> None:
    table = load_lemma_topics()
    tokens = [
        T("an", "DET", "det", 2), T("independent", "ADJ", "amod", 2, "independent"),
        T("inquiry", "NOUN", "ROOT", 2, "inquiry"),
    ]  # fmt: skip
    doc = build(tokens)
    assert lemma_topic(table, doc[1]) is None  # "an independent inquiry" is no independence
    assert lemma_topic(table, doc[2]) == "investigation"
    tokens = [
        T("he", "PRON", "nsubj", 1), T("quit", "VERB", "ROOT", 1, "quit"),
        T("the", "DET", "det", 3), T("town", "NOUN", "dobj", 1, "town"),
    ]  # fmt: skip
    assert lemma_topic(table, build(tokens)[1]) is None  # quitting a place is not resigning


def test_a_part_kept_back_qualifies() -> None:
    # "One battalion will remain": the opposite of a withdrawal, said of a part only
    tokens = [
        T("One", "NUM", "nummod", 1), T("battalion", "NOUN", "nsubj", 3, "battalion"),
        T("will", "AUX", "aux", 3), T("remain", "VERB", "ROOT", 3, "remain"),
    ]  # fmt: skip
    assert run(tokens, [], list(range(4))) == Position("qualify", "withdrawal", False, 3)
    tokens[0] = T("All", "DET", "det", 1)
    assert run(tokens, [], list(range(4))).stance == "reject"


def test_an_open_topic_is_the_thing_the_predicate_acts_on() -> None:
    # "(pledged) to reopen the central market" backs the market; "the market will stay shut" does not
    tokens = [
        T("She", "PRON", "nsubj", 1), T("pledged", "VERB", "ROOT", 1, "pledge"), T("to", "PART", "aux", 3),
        T("reopen", "VERB", "xcomp", 1, "reopen"), T("the", "DET", "det", 5),
        T("market", "NOUN", "dobj", 3, "market"),
    ]  # fmt: skip
    assert run(tokens, [1], [2, 3, 4, 5]) == Position("offer", "market", False, 3)
    tokens = [
        T("The", "DET", "det", 1), T("market", "NOUN", "nsubj", 3, "market"), T("will", "AUX", "aux", 3),
        T("stay", "VERB", "ROOT", 3, "stay"), T("shut", "ADJ", "acomp", 3, "shut"),
    ]  # fmt: skip
    assert run(tokens, [], list(range(5))) == Position("reject", "market", False, 3)
    # a bare commitment and a generic noun name no open topic
    tokens = [
        T("We", "PRON", "nsubj", 2), T("will", "AUX", "aux", 2), T("build", "VERB", "ROOT", 2, "build"),
        T("the", "DET", "det", 4), T("dam", "NOUN", "dobj", 2, "dam"),
    ]  # fmt: skip
    assert run(tokens, [], list(range(5))).topic is None
    tokens[2] = T("support", "VERB", "ROOT", 2, "support")
    tokens[4] = T("people", "NOUN", "dobj", 2, "people")
    assert run(tokens, [], list(range(5))).topic is None


def test_calling_off_on_a_day_is_no_demand() -> None:
    tokens = [
        T("They", "PRON", "nsubj", 1), T("called", "VERB", "ROOT", 1, "call"), T("off", "ADP", "prt", 1),
        T("the", "DET", "det", 4), T("walkout", "NOUN", "dobj", 1, "walkout"), T("on", "ADP", "prep", 1),
        T("Tuesday", "PROPN", "pobj", 5),
    ]  # fmt: skip
    assert run(tokens, [1, 2], [3, 4]).stance == "reject"


def test_an_idiom_on_the_path_decides_over_a_stance_word_off_it() -> None:
    # "seceding was not something we are pursuing and we wanted calm": the idiom governs secession
    tokens = [
        T("seceding", "VERB", "csubj", 1, "secede", "VBG"), T("was", "AUX", "ROOT", 1, "be"),
        T("not", "PART", "neg", 3), T("something", "PRON", "attr", 1, "something"),
        T("we", "PRON", "nsubj", 6), T("are", "AUX", "aux", 6, "be"),
        T("pursuing", "VERB", "relcl", 3, "pursue"),
        T("and", "CCONJ", "cc", 1), T("we", "PRON", "nsubj", 9), T("wanted", "VERB", "conj", 1, "want"),
        T("calm", "NOUN", "dobj", 9, "calm"),
    ]  # fmt: skip
    doc = build(tokens)
    reading = walk(POL, doc, set(range(11)), 0, 0, [])
    assert reading is not None and reading.classes == ("oppose",) and reading.sign == -1
    assert run(tokens, [], list(range(11))).stance == "reject"


def test_a_predicated_adjective_names_its_topic() -> None:
    table = load_lemma_topics()
    tokens = [
        T("it", "PRON", "nsubj", 2), T("should", "AUX", "aux", 2), T("become", "VERB", "ROOT", 2, "become"),
        T("an", "DET", "det", 5), T("independent", "ADJ", "amod", 5, "independent"),
        T("state", "NOUN", "attr", 2, "state"),
    ]  # fmt: skip
    assert lemma_topic(table, build(tokens)[4]) == "independence"


def test_an_accord_is_a_peace_deal_in_any_form() -> None:
    table = load_lemma_topics()
    tokens = [T("the", "DET", "det", 1), T("accords", "NOUN", "dobj", 1, "accord")]  # fmt: skip
    assert lemma_topic(table, build(tokens)[1]) == "peace deal"


def test_a_verb_whose_object_is_no_thing_is_negated() -> None:
    # "The party will take no part in the elections": the way to the topic passes "take", not "part"
    tokens = [
        T("The", "DET", "det", 1), T("party", "NOUN", "nsubj", 3), T("will", "AUX", "aux", 3, tag="MD"),
        T("take", "VERB", "ROOT", 3, "take", "VB"), T("no", "DET", "det", 5),
        T("part", "NOUN", "dobj", 3, "part"),
        T("in", "ADP", "prep", 3), T("the", "DET", "det", 8), T("elections", "NOUN", "pobj", 6, "election"),
    ]  # fmt: skip
    assert run(tokens, [], list(range(9))) == Position("reject", "election", False, 3)
    tokens[4] = T("a", "DET", "det", 5)
    assert run(tokens, [], list(range(9))).stance != "reject"
