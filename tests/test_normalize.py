from __future__ import annotations

import pytest

from facta.errors import FactaError
from facta.ingest.normalize import decode, english_check, html_to_text, make_article

ENGLISH = (
    "The minister said on Tuesday that the talks with the rebels would resume in the capital next week. " * 3
)


def code_of(raw: str | bytes, **kw: object) -> str:
    with pytest.raises(FactaError) as info:
        make_article(raw, **kw)  # type: ignore[arg-type]
    return info.value.code


def test_valid_article_gets_stable_id_and_hash() -> None:
    a = make_article(ENGLISH, published="2024-03-15T10:00:00Z", url="https://x.org/a")
    b = make_article(ENGLISH, published="2024-03-15", url="https://x.org/a")
    assert a.id == b.id and len(a.id) == 16
    assert a.published == "2024-03-15"
    assert a.content_hash == make_article(ENGLISH, url="https://other.org").content_hash
    assert a.id != make_article(ENGLISH, url="https://other.org").id


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "F201"),
        ("   \n\t ", "F201"),
        (b"\x00\x01binary\x00data", "F202"),
        ("abc\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f" * 3, "F202"),
        (b"caf\xe9 au lait, said the minister", "F204"),
        ("<html><script>alert(1)</script><style>p{}</style></html>", "F206"),
        (
            "Der Minister sagte am Dienstag, dass die Gespräche mit den Rebellen nächste Woche in der "
            "Hauptstadt wieder aufgenommen werden sollen, und dass die Regierung dazu bereit sei. " * 2,
            "F205",
        ),
        ("Министр заявил во вторник, что переговоры с повстанцами возобновятся на следующей неделе.", "F205"),
    ],
)
def test_bad_input_gets_a_clear_code(raw: str | bytes, code: str) -> None:
    assert code_of(raw) == code


def test_too_long() -> None:
    assert code_of(ENGLISH * 10, max_chars=100) == "F203"


def test_bad_date() -> None:
    assert code_of(ENGLISH, published="15/03/2024") == "F207"


def test_language_check_can_be_disabled() -> None:
    text = (
        "Der Minister sagte am Dienstag, dass die Gespräche mit den Rebellen wieder aufgenommen werden. " * 3
    )
    assert make_article(text, language_check=False).text.startswith("Der Minister")


def test_hostile_html_keeps_only_visible_text() -> None:
    html = (
        "<html><head><title>x</title><script>document.write('evil')</script></head><body>"
        "<p onclick='steal()'>Rebels attacked the town &amp; killed two soldiers.</p>"
        "<iframe src='http://evil'>frame text</iframe>"
        "<div>The army said it repelled them.</div></body></html>"
    )
    text = html_to_text(html)
    assert "evil" not in text and "steal" not in text and "frame text" not in text
    assert "Rebels attacked the town & killed two soldiers." in text
    assert "The army said it repelled them." in text


def test_decode_handles_bom_and_other_encodings() -> None:
    assert decode("Said".encode("utf-8-sig")) == "Said"
    assert decode("café".encode("latin-1"), "latin-1") == "café"
    with pytest.raises(FactaError) as info:
        decode(b"abc", "no-such-codec")
    assert info.value.code == "F204"


def test_short_text_is_not_judged_for_language() -> None:
    assert english_check("Gunmen kill 3") is None
