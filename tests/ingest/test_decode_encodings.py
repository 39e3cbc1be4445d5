"""Wide encodings: a byte-order mark decodes; BOM-less UTF-16 gets an actionable error."""

from __future__ import annotations

import pytest

from facta.errors import FactaError
from facta.ingest.normalize import decode

TEXT = "Rebels shelled Kadugli on Tuesday, the café owner said."


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-8-sig"])
def test_a_byte_order_mark_decodes_whatever_encoding_was_assumed(encoding: str) -> None:
    assert decode(TEXT.encode(encoding)) == TEXT
    assert decode(TEXT.encode(encoding), "latin-1") == TEXT


@pytest.mark.parametrize("encoding", ["utf-16-le", "UTF_16BE", "utf-32-le"])
def test_a_named_wide_encoding_is_not_mistaken_for_binary(encoding: str) -> None:
    assert decode(TEXT.encode(encoding), encoding) == TEXT


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_says_which_encoding_to_name(encoding: str) -> None:
    with pytest.raises(FactaError) as err:
        decode(TEXT.encode(encoding))
    assert err.value.code == "F204"
    assert f"--encoding {encoding}" in err.value.message


def test_binary_with_nul_bytes_is_still_binary() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(FactaError) as err:
        decode(png)
    assert err.value.code == "F202"
