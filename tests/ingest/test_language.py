"""The English check holds for short texts: a few lines of another language are refused (F205), short
English items (headlines, one-line briefs, names with foreign particles) go through."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from facta.cli.main import cli
from facta.errors import FactaError
from facta.ingest.normalize import english_check, function_words, make_article

FOREIGN = {
    "French": "Le ministre a annoncé que les soldats resteront dans la ville jusqu'à la fin du mois.",
    "Spanish": "El gobierno dijo que los combates continúan en el norte del país.",
    "Portuguese": "O governo disse que os combates continuam no norte do país e que não há acordo.",
    "Italian": "Il governo ha detto che gli scontri sono ripresi nella notte.",
    "German": "Die Regierung sagte, dass die Kämpfe im Norden des Landes weitergehen und nicht enden.",
    "Dutch": "De regering zei dat de gevechten in het noorden van het land niet zijn gestopt.",
}

ENGLISH_SHORT = [
    "Rebels seize border town",
    "Army shells rebel positions near the airport",
    "Ursula von der Leyen arrives in Kyiv for talks",
    "Police in Los Angeles detain two after shooting in La Jolla",
    "Lula da Silva calls for de-escalation",
    "Flights resume at Charles de Gaulle after bomb scare",
    "Le Pen rallies supporters in Marseille",
    "A de facto truce holds in Tripoli as militias pull back",
    "Biden met Erdoğan on a par with other allies, says aide",
    "Coup d'état leaders in Niamey close the borders",
    "KANO (Reuters) - Gunmen killed four people in a village on Sunday, police said.",
]


@pytest.mark.parametrize("language", sorted(FOREIGN))
def test_one_sentence_of_another_language_is_refused(language: str) -> None:
    reason = english_check(FOREIGN[language])
    assert reason is not None and language in reason


def test_repeated_short_french_is_refused_even_with_the_shared_word_a() -> None:
    text = " ".join(["La police a confirmé que le convoi est arrivé à Lyon."] * 5)
    with pytest.raises(FactaError) as err:
        make_article(text)
    assert err.value.code == "F205" and "French" in err.value.message


@pytest.mark.parametrize("text", ENGLISH_SHORT)
def test_short_english_items_pass(text: str) -> None:
    assert english_check(text) is None
    assert make_article(text).text == text


def test_long_english_article_quoting_french_passes() -> None:
    text = (
        "The foreign minister told reporters in Paris that the talks had been difficult. "
        '"Nous ne céderons pas", the minister said, adding that the government would not change its '
        "position before the summit. Officials said the next round of talks was planned for March."
    )
    assert english_check(text) is None


def test_other_scripts_and_wordless_text() -> None:
    assert english_check("Полиция задержала двух человек после взрыва в центре города.") is not None
    assert english_check("2024-03-15 12:00 -- 14:30") is None


def test_the_lexicon_never_counts_an_english_word_for_another_language() -> None:
    words = function_words()
    for code, listed in words.items():
        if code != "en":
            assert not listed & words["en"], code
            assert not listed & {"die", "van", "met", "per", "do", "con", "door"}, code


@pytest.mark.model
def test_ingest_refuses_the_french_item_and_stores_the_english_brief(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "fr.txt").write_text(" ".join([FOREIGN["French"]] * 3), encoding="utf-8")
    (folder / "brief.txt").write_text(ENGLISH_SHORT[-1], encoding="utf-8")
    db = tmp_path / "s.db"
    out = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "--published", "2024-03-15"])
    assert out.exit_code == 1, out.output
    line = next(x for x in out.stderr.splitlines() if "fr.txt" in x)
    assert "[F205]" in line and "French" in line and "--no-language-check" in line
    assert "ingested 1," in out.stdout
    events = CliRunner().invoke(cli, ["events", "--db", str(db), "--format", "json"])
    assert [json.loads(x) for x in events.stdout.splitlines()]
