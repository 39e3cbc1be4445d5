"""The cue lexicon: reporting verbs and attribution nouns, loaded from package data."""

from __future__ import annotations

from dataclasses import dataclass, field

from facta.resources import Resources, read_data_tsv

CUES_FILE = "quotes/cues.tsv"
NOUNS_FILE = "quotes/nouns.tsv"
ADJECTIVES_FILE = "quotes/adjectives.tsv"


@dataclass(frozen=True, slots=True)
class CueVerb:
    lemma: str
    cls: str  # speech, cognition, evidence, intent, evaluation
    frames: frozenset[str]
    particle: str | None = None


@dataclass(frozen=True, slots=True)
class CueLexicon:
    verbs: dict[str, CueVerb] = field(default_factory=dict)
    adjectives: dict[str, CueVerb] = field(default_factory=dict)
    media: frozenset[str] = frozenset()  # "in a statement" nouns
    claims: frozenset[str] = frozenset()  # "her claim that ..." nouns
    stances: dict[str, frozenset[str]] = field(default_factory=dict)  # noun -> prepositions

    def verb(self, lemma: str) -> CueVerb | None:
        return self.verbs.get(lemma.lower())

    def adjective(self, word: str) -> CueVerb | None:
        return self.adjectives.get(word.lower())


def load_lexicon() -> CueLexicon:
    verbs: dict[str, CueVerb] = {}
    for row in read_data_tsv(CUES_FILE):
        lemma = row["lemma"].strip().lower()
        verbs[lemma] = CueVerb(
            lemma=lemma,
            cls=row["class"].strip(),
            frames=frozenset(row["frames"].split()),
            particle=row.get("particle", "").strip() or None,
        )
    media: set[str] = set()
    claims: set[str] = set()
    stances: dict[str, frozenset[str]] = {}
    for row in read_data_tsv(NOUNS_FILE):
        uses = set(row["use"].split())
        noun = row["noun"].strip().lower()
        if "medium" in uses:
            media.add(noun)
        if "claim" in uses:
            claims.add(noun)
        if "stance" in uses:
            stances[noun] = frozenset(row.get("preps", "").split())
    adjectives = {
        row["word"].strip().lower(): CueVerb(
            row["word"].strip().lower(), row["class"].strip(), frozenset(row["frames"].split())
        )
        for row in read_data_tsv(ADJECTIVES_FILE)
    }
    return CueLexicon(verbs, adjectives, frozenset(media), frozenset(claims), stances)


def lexicon(resources: Resources) -> CueLexicon:
    """The pipeline's shared lexicon (loaded on first use)."""
    return resources.get("quotes.lexicon", load_lexicon)


LABELS_FILE = "quotes/labels.tsv"


def load_labels() -> frozenset[str]:
    """Paragraph prefixes ending in a colon that are not speakers ("UPDATE:", "Editor's note:")."""
    return frozenset(row["label"].strip().lower() for row in read_data_tsv(LABELS_FILE))


def labels(resources: Resources) -> frozenset[str]:
    return resources.get("quotes.labels", load_labels)
