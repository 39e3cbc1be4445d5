"""The on-disk index and name normalisation (no spaCy model)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from facta.errors import FactaError
from facta.geo import gazetteer as gz
from facta.geo.names import is_generic, is_latin_name, norm


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("St. John’s", "Saint Johns"),
        ("Côte d'Ivoire", "Cote dIvoire"),
        ("the Gambia", "Gambia"),
        ("U.S.", "US"),
        ("Khan-Younis", "khan younis"),
        ("Mount Hood", "Mt Hood"),
    ],
)
def test_norm_equates_spelling_variants(a: str, b: str) -> None:
    assert norm(a) == norm(b)


def test_norm_keeps_distinct_names_apart() -> None:
    assert norm("Niger") != norm("Nigeria")
    assert norm("the") == "the"  # a lone article is kept, not emptied


def test_latin_and_generic() -> None:
    assert is_latin_name("Kāduqlī")
    assert not is_latin_name("كادقلي")
    assert is_generic("Federal") and is_generic("South Central")
    assert not is_generic("Kadugli")


def test_index_path_follows_env_and_argument(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTA_CACHE_DIR", str(tmp_path / "env"))
    assert gz.index_path().parent == tmp_path / "env"
    assert gz.index_path(tmp_path / "arg").parent == tmp_path / "arg"
    assert gz.index_path().name.startswith("gazetteer-") and gz.index_path().suffix == ".sqlite3"


def test_unwritable_cache_dir_raises_f104(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(FactaError) as err:
        gz.ensure_index(blocker / "sub")
    assert err.value.code == "F104"


def test_haversine() -> None:
    assert gz.haversine_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.5)
    assert gz.haversine_km(10, 10, 10, 10) == 0


def test_lookup_city_by_alternate_name(gazetteer: Any) -> None:
    found = gazetteer.lookup("Khan Younis")
    assert found and found[0].cc == "PS" and found[0].kind == "city" and found[0].q == 1
    kadugli = gazetteer.lookup("KADUGLI")[0]
    assert kadugli.geonameid == 373141 and kadugli.cc == "SD"
    assert gazetteer.admin(kadugli.a1).name == "South Kordofan"


def test_lookup_returns_every_reading(gazetteer: Any) -> None:
    kinds = {(e.kind, e.cc) for e in gazetteer.lookup("Georgia")}
    assert ("country", "GE") in kinds and ("admin1", "US") in kinds


def test_subdivisions_countries_and_regions(gazetteer: Any) -> None:
    idlib = [e for e in gazetteer.lookup("Idlib province") if e.kind == "admin1"]
    assert idlib and idlib[0].geonameid == 169387 and idlib[0].lat is not None
    county = gazetteer.lookup("Laurel County")[0]
    assert county.kind == "admin2" and county.a1 == "US.KY"
    darfur = gazetteer.lookup("Darfur")[0]
    assert darfur.kind == "region" and darfur.geonameid is None and darfur.cc == "SD"
    assert gazetteer.lookup("Britain")[0].cc == "GB"
    assert gazetteer.iso3("SD") == "SDN"


def test_adjectives_postal_and_abbreviations(gazetteer: Any) -> None:
    assert gazetteer.adjective("Syrian").name == "Syria"
    assert gazetteer.adjective("Kurdish").name == "Kurdistan"
    assert gazetteer.adjective("Syrians") is None  # people, not a place
    assert gazetteer.postal("ky").name == "Kentucky"
    assert gazetteer.lookup("Ky.")[0].name == "Kentucky"


def test_nearest(gazetteer: Any) -> None:
    near = gazetteer.nearest(11.02, 29.72)
    assert near is not None and near.cc == "SD"


def test_index_is_reused_not_rebuilt(gazetteer_dir: Path) -> None:
    before = gz.index_path(gazetteer_dir).stat().st_mtime_ns
    gz.ensure_index(gazetteer_dir)
    assert gz.index_path(gazetteer_dir).stat().st_mtime_ns == before


def test_a_new_index_replaces_stale_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import facta.geo.build as build

    def fake_build(path: Path, meta: object) -> None:
        path.write_bytes(b"index")

    monkeypatch.setattr(build, "build_index", fake_build)
    stale = tmp_path / "gazetteer-0000oldsources.sqlite3"
    stale.write_bytes(b"old")
    other = tmp_path / "notes.txt"
    other.write_text("kept")
    path = gz.ensure_index(tmp_path)
    assert path.read_bytes() == b"index"
    assert not stale.exists() and other.exists()


def test_large_islands_are_places_of_their_country(gazetteer: Any, geoparser: Any) -> None:
    # islands that are no country or subdivision of their own ("Java" is not a Georgian village)
    for name, cc in (("Java", "ID"), ("Mindanao", "PH"), ("Honshu", "JP"), ("Sardinia", "IT")):
        assert any(e.kind == "region" and e.cc == cc for e in gazetteer.lookup(name)), name
    assert any(e.kind == "region" and e.cc is None for e in gazetteer.lookup("Borneo"))  # three countries
    from tests.conftest import make_doc

    words = ["Floods", "hit", "villages", "in", "Java", "and", "Sardinia", "."]
    ents = ["O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O"]
    found = {m.text: (m.entry.kind, m.entry.cc) for m in geoparser(make_doc(words, ents=ents)) if m.entry}
    assert found == {"Java": ("region", "ID"), "Sardinia": ("region", "IT")}
