"""The coder's data files: every type, mode, topic, class and code they name exists and is well formed."""

from __future__ import annotations

import re
from typing import Any

from facta.events.lexicon import PLOVER_TYPES
from facta.resources import read_data_tsv

PLOVER_MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {
        "seize",
        "restrict",
        "censor",
        "curfew",
        "martial-law",
        "arrest",
        "deport",
        "withhold",
        "misinformation",
        "cyber",
    },
    "ASSAULT": {
        "abduct",
        "beat",
        "torture",
        "sexual",
        "targeted",
        "destroy",
        "primitive",
        "firearms",
        "explosives",
        "suicide-attack",
        "aerial",
        "drone",
        "heavy-weapons",
        "crowd-control",
        "unconventional",
    },
}
ACLED_SUBTYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    },
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    },
}


def _topics() -> set[str]:
    out = set()
    for row in read_data_tsv("events/topics.tsv"):
        out |= {t.strip() for t in row["topics"].split(",")}
    return out


def _flag_topics() -> set[str]:
    return {
        f[2:]
        for row in read_data_tsv("events/triggers.tsv")
        for f in row["flags"].split(",")
        if f.startswith("t:")
    }


def test_trigger_rows_name_real_types_modes_topics_and_classes(events_lexicon: Any) -> None:
    topics = _topics()
    classes = {row["class"] for row in read_data_tsv("events/participants.tsv")} | {"person", "group", "org"}
    for row in read_data_tsv("events/triggers.tsv"):
        assert row["type"] in PLOVER_TYPES, row
        if row["mode"]:
            assert row["mode"] in PLOVER_MODES.get(row["type"], set()), row
        assert row["role"] in {"event", "frame", "reverse"}, row
        for t in filter(None, row["objtopic"].split(",")):
            assert (t.startswith("c:") and t[2:] in PLOVER_TYPES) or t in topics, (row["lemma"], t)
        for c in filter(None, (row["sclass"] + "," + row["oclass"]).split(",")):
            assert c in classes, (row["lemma"], c)
        if row["cameo"]:
            assert re.fullmatch(r"\d{3,4}", row["cameo"]), row
    assert events_lexicon.entries("attack", "V")[-1].type == "ASSAULT"  # the default reading comes last


def test_mode_cues_name_plover_modes() -> None:
    for row in read_data_tsv("events/modes.tsv"):
        assert row["mode"] in PLOVER_MODES[row["type"]], row
        assert int(row["weight"]) > 0


def test_cameo_table_is_well_formed() -> None:
    topics = _topics() | _flag_topics() | {f"c:{t}" for t in PLOVER_TYPES}
    rows = read_data_tsv("events/cameo.tsv")
    assert {r["type"] for r in rows} == set(PLOVER_TYPES), "every PLOVER type has a CAMEO default"
    for r in rows:
        assert re.fullmatch(r"\d{3,4}", r["cameo"]), r
        assert not r["mode"] or r["mode"] in PLOVER_MODES.get(r["type"], set()), r
        assert not r["topic"] or r["topic"] in topics, r
    defaults = {r["type"]: r["cameo"] for r in rows if not (r["mode"] or r["topic"] or r["variant"])}
    assert (
        defaults["ASSAULT"].startswith("19") and defaults["PROTEST"] == "140" and defaults["CONSULT"] == "040"
    )


def test_acled_table_uses_acled_names() -> None:
    topics = _topics() | _flag_topics() | {"lethal", "protest-context"}
    for r in read_data_tsv("events/acled.tsv"):
        assert r["sub_event_type"] in ACLED_SUBTYPES[r["event_type"]], r
        for part in r["topic"].split("&") if r["topic"] else []:
            assert part.removeprefix("!") in topics, r
    labels = {r["sub_event_type"] for r in read_data_tsv("events/case2021_labels.tsv")}
    assert labels == set().union(*ACLED_SUBTYPES.values())


def test_acled_incident_signals() -> None:
    rows = read_data_tsv("events/acled_incidents.tsv")
    assert [r["signal"] for r in rows] == [
        "protester-violence",
        "mob-violence",
        "lethal-force",
        "force",
        "none",
    ]
    for r in rows:
        assert r["sub_event_type"] in ACLED_SUBTYPES[r["event_type"]], r


def test_recode_rules_name_real_types() -> None:
    topics = _topics()
    for r in read_data_tsv("events/recode.tsv"):
        if r["condition"] == "reverse-topic":
            assert r["from"] in topics, r
        else:
            assert r["from"] in PLOVER_TYPES, r
        assert not r["to"] or r["to"] in PLOVER_TYPES, r


def test_support_verbs_and_word_lists_load(events_lexicon: Any) -> None:
    assert any(e.type == "SUPPORT" for e in events_lexicon.support["sign"])
    cues = events_lexicon.modality
    assert {"not", "never"} <= cues.negation and "if" in cues.conditional and "will" in cues.future_aux
    assert events_lexicon.type_tpreps["ASSAULT"] >= {"on", "against"}
