from __future__ import annotations

import re

import pytest

from facta.errors import CODES, FactaError
from facta.settings import SETTINGS, Settings, load_settings


def test_codes_are_well_formed() -> None:
    for code, spec in CODES.items():
        assert re.fullmatch(r"F\d{3}", code)
        assert spec.template and spec.hint


def test_error_message_and_dict() -> None:
    err = FactaError("F101", model="xx", package="pip install xx-pkg")
    assert "xx" in err.message and "pip install xx-pkg" in err.hint
    assert err.to_dict()["code"] == "F101"


def test_settings_precedence() -> None:
    env = {"FACTA_BATCH_SIZE": "8", "FACTA_MODEL": "en_core_web_md"}
    s = load_settings(env=env, model="en_core_web_sm")
    assert s.batch_size == 8 and s.model == "en_core_web_sm"


def test_bad_setting_is_reported() -> None:
    with pytest.raises(FactaError) as info:
        load_settings(env={"FACTA_BATCH_SIZE": "zero"})
    assert info.value.code == "F303"
    with pytest.raises(FactaError):
        load_settings(env={}, nonsense=1)


def test_every_setting_is_a_field() -> None:
    fields = set(Settings.__dataclass_fields__)
    assert {s.name for s in SETTINGS} <= fields
