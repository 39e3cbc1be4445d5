"""The golden corpus: each bundled example article against its expected record (written by us).

Expected files live in tests/data/golden/<example>.json: the truth for each section plus the documented
``known_errors`` (see tests/golden.py). When an intended change alters output, print the new projection
with `python -m tests.golden`, check every changed value against the article text, and update the truth
or the known errors by hand; `python -m tests.golden --score` measures the output against the truth.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from facta.examples import examples
from tests.golden import GOLDEN, SECTIONS, project, with_known_errors

EXAMPLES = {ex.name: ex for ex in examples()}


def _expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def projections(pipeline: Any) -> dict[str, dict[str, Any]]:
    out = {}
    for name, ex in EXAMPLES.items():
        record = pipeline.extract(
            ex.text, published=ex.published, title=ex.title, url=ex.url, outlet=ex.outlet
        )
        out[name] = project(record)
    return out


@pytest.mark.model
@pytest.mark.parametrize("section", SECTIONS)
@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_golden(name: str, section: str, projections: dict[str, dict[str, Any]]) -> None:
    expected = with_known_errors(_expected(name))
    assert projections[name][section] == expected[section]


def test_every_example_has_an_expected_record() -> None:
    assert len(EXAMPLES) >= 5
    for name in EXAMPLES:
        expected = _expected(name)
        assert set(SECTIONS) <= set(expected), f"{name}: missing sections"
        for err in expected.get("known_errors", []):
            assert err["section"] in SECTIONS and err.get("note"), (
                f"{name}: a known error needs a section and a note"
            )
            assert err["expected"] != err["actual"], f"{name}: a known error that is not an error"
        with_known_errors(expected)  # every documented deviation names an item of the truth


def test_known_errors_are_applied_not_ignored() -> None:
    truth = {"actors": [{"name": "A"}], "places": [], "events": [], "statements": [], "toll": {"killed": 1}}
    errs = [
        {"section": "actors", "expected": {"name": "A"}, "actual": {"name": "B"}, "note": "x"},
        {"section": "toll", "expected": {"killed": 1}, "actual": {"killed": 2}, "note": "y"},
    ]
    out = with_known_errors({**truth, "known_errors": errs})
    assert out["actors"] == [{"name": "B"}] and out["toll"] == {"killed": 2}
    with pytest.raises(ValueError):
        with_known_errors({**truth, "known_errors": [{**errs[0], "expected": {"name": "Z"}}]})
