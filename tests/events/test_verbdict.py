"""User verb dictionaries: the PETRARCH/TABARI verb-pattern format, read and matched (our own dictionary)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from facta.errors import FactaError
from facta.events.verbdict import VerbDictionary, load_verb_dictionaries, match_verb, read_verbs
from tests.events.conftest import A, T, build_state, only

DICTIONARY = """<!-- a test dictionary written for facta's tests -->
&TIES
+DIPLOMATIC TIES
+RELATIONS

--- RESTORE  [050]  ---
RESTORE   # comment
- * &TIES  [064]
- SAID WOULD_*  [036]

--- MEET  [040:040]  ---
MEET {MET}
- WALK OUT OF *  [---]

--- BREAK  [160]  ---
BREAK {BROKE BROKEN}
+BREAK_OFF {+BROKE_OFF}
- * OFF_ TALKS  [164]
"""

P = ("PUNCT", "punct")


def _dictionary() -> VerbDictionary:
    vd = VerbDictionary()
    read_verbs(DICTIONARY, "test", vd)
    return vd


def test_reads_blocks_forms_synsets_and_patterns() -> None:
    vd = _dictionary()
    assert vd.synsets["TIES"] == [("diplomatic", "ties"), ("relations",)]
    restore = vd.forms["restore"][0].block
    assert restore.default == "050" and [p.code for p in restore.patterns] == ["064", "036"]
    assert {f.words for f in vd.forms["break"]} == {("break",), ("break", "off")}
    assert vd.forms["met"][0].block.name == "MEET"


def test_pattern_with_synset_gives_its_code() -> None:
    state = build_state(
        [
            T("Arnor", "PROPN", "nsubj", 1),
            T("restored", "VERB", "ROOT", 1, lemma="restore"),
            T("diplomatic", "ADJ", "amod", 3),
            T("ties", "NOUN", "dobj", 1, tag="NNS", lemma="tie"),
            T(".", *P, 1),
        ]
    )
    found = match_verb(_dictionary(), state.doc[1], list(state.doc))
    assert found is not None and found.code == "064"


def test_default_code_and_no_event_pattern() -> None:
    vd = _dictionary()
    state = build_state(
        [T("Arnor", "PROPN", "nsubj", 1), T("restored", "VERB", "ROOT", 1, lemma="restore"), T(".", *P, 1)]
    )
    found = match_verb(vd, state.doc[1], list(state.doc))
    assert found is not None and found.code == "050"
    walked = build_state(
        [
            T("They", "PRON", "nsubj", 1),
            T("walked", "VERB", "ROOT", 1, lemma="walk"),
            T("out", "ADP", "prt", 1),
            T("of", "ADP", "prep", 1),
            T("meeting", "VERB", "pcomp", 3, tag="VBG", lemma="meet"),
            T(".", *P, 1),
        ]
    )
    assert match_verb(vd, walked.doc[4], list(walked.doc)) is None, "[---] codes nothing"


def test_phrasal_verb_needs_its_particle() -> None:
    vd = _dictionary()
    state = build_state(
        [
            T("Arnor", "PROPN", "nsubj", 1),
            T("broke", "VERB", "ROOT", 1, lemma="break"),
            T("off", "ADP", "prt", 1),
            T("talks", "NOUN", "dobj", 1, tag="NNS", lemma="talk"),
            T(".", *P, 1),
        ]
    )
    found = match_verb(vd, state.doc[1], list(state.doc))
    assert found is not None and found.code == "164" and found.end == 3


def test_dictionary_codes_events_and_paired_codes(events_lexicon: Any) -> None:
    from facta.events.coder import EventCoder

    state = build_state(
        [
            T("Gondor", "PROPN", "nsubj", 1),
            T("met", "VERB", "ROOT", 1, lemma="meet"),
            T("Arnor", "PROPN", "dobj", 1),
            T(".", *P, 1),
        ],
        [A(0, 1, country="GON"), A(2, 3, country="ARN")],
    )
    EventCoder(events_lexicon, verbs=_dictionary())(state)
    codes = sorted((e.cameo, [state.actors.get(a).name for a in e.source]) for e in state.events)
    assert codes == [("040", ["Arnor"]), ("040", ["Gondor"])], "[040:040]: one event each way"
    assert only(state.events, "CONSULT").coder == "events.rules.v1"


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FactaError) as err:
        load_verb_dictionaries(str(tmp_path / "nope.txt"))
    assert err.value.code == "F307"


def test_loads_files_from_the_setting(tmp_path: Path) -> None:
    path = tmp_path / "verbs.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    vd = load_verb_dictionaries(f"{path}:")
    assert vd.active and vd.names == ["verbs.txt"]
