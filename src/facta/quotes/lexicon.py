"""The cue lexicon: reporting verbs and attribution nouns, loaded from package data."""

from __future__ import annotations

from dataclasses import dataclass, field

from facta.resources import Resources, read_data_tsv

CUES_FILE = "quotes/cues.tsv"
NOUNS_FILE = "quotes/nouns.tsv"
ADJECTIVES_FILE = "quotes/adjectives.tsv"
PHRASES_FILE = "quotes/phrases.tsv"
ABBREVIATIONS_FILE = "quotes/abbreviations.tsv"
SUBJECT_ADJECTIVES_FILE = "quotes/subject_adjectives.tsv"


@dataclass(frozen=True, slots=True)
class CueVerb:
    lemma: str
    cls: str  # speech, cognition, evidence, intent, evaluation
    frames: frozenset[str]
    particle: str | None = None


@dataclass(frozen=True, slots=True)
class CuePhrase:
    """A multi-word cue: a verb followed by fixed words ("made it clear", "took issue with")."""

    words: tuple[str, ...]  # "~" = an optional determiner or possessive
    entry: CueVerb


INFLECTIONS = {1: ("s", "d"), 2: ("es", "ed"), 3: ("ing",)}


@dataclass(frozen=True, slots=True)
class CueLexicon:
    verbs: dict[str, CueVerb] = field(default_factory=dict)
    adjectives: dict[str, CueVerb] = field(default_factory=dict)
    media: frozenset[str] = frozenset()  # "in a statement" nouns
    claims: frozenset[str] = frozenset()  # "her claim that ..." nouns
    stances: dict[str, frozenset[str]] = field(default_factory=dict)  # noun -> prepositions
    phrases: dict[str, tuple[CuePhrase, ...]] = field(default_factory=dict)  # verb lemma -> phrases
    titles: frozenset[str] = frozenset()  # abbreviated titles before names ("capt.")
    subject_adjectives: frozenset[str] = frozenset()  # "quick to deny": "it" before them is a subject
    sources: frozenset[str] = frozenset()  # "In the report, ...": a document or survey that speaks
    polls: frozenset[str] = frozenset()  # "... gained ground in polls": also in a trailing "in" phrase
    joining: frozenset[str] = frozenset()  # media whose phrase joins the cue ("said in a statement")

    def verb(self, lemma: str) -> CueVerb | None:
        return self.verbs.get(lemma.lower())

    def verb_of(self, lemma: str, form: str) -> CueVerb | None:
        """The entry for a verb token: by its lemma, else by stripping its inflection (lemmatiser slips
        such as "hopes" → "hop")."""
        entry = self.verbs.get(lemma.lower())
        if entry is not None:
            return entry
        low = form.lower()
        for cut, add in ((1, ""), (2, ""), (1, "e"), (3, ""), (3, "e")):
            if not low.endswith(INFLECTIONS[cut]):
                continue  # only a real ending comes off ("seemed" is not "see" + "med")
            if len(low) > cut + 2:
                entry = self.verbs.get(low[:-cut] + add)
                if entry is not None:
                    return entry
        return None

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
    sources: set[str] = set()
    polls: set[str] = set()
    joining: set[str] = set()
    for row in read_data_tsv(NOUNS_FILE):
        uses = set(row["use"].split())
        noun = row["noun"].strip().lower()
        if "medium" in uses:
            media.add(noun)
        if "claim" in uses:
            claims.add(noun)
        if "stance" in uses:
            stances[noun] = frozenset(row.get("preps", "").split())
        if "source" in uses:
            sources.add(noun)
        if "poll" in uses:
            polls.add(noun)
        if "joins" in uses:
            joining.add(noun)
    adjectives = {
        row["word"].strip().lower(): CueVerb(
            row["word"].strip().lower(), row["class"].strip(), frozenset(row["frames"].split())
        )
        for row in read_data_tsv(ADJECTIVES_FILE)
    }
    phrases: dict[str, list[CuePhrase]] = {}
    for row in read_data_tsv(PHRASES_FILE):
        lemma = row["lemma"].strip().lower()
        entry = CueVerb(lemma, row["class"].strip(), frozenset(row["frames"].split()))
        phrases.setdefault(lemma, []).append(CuePhrase(tuple(row["words"].lower().split()), entry))
    by_length = {k: tuple(sorted(v, key=lambda p: -len(p.words))) for k, v in phrases.items()}
    titles = frozenset(row["abbreviation"].strip().lower() for row in read_data_tsv(ABBREVIATIONS_FILE))
    subject_adjectives = frozenset(
        row["word"].strip().lower() for row in read_data_tsv(SUBJECT_ADJECTIVES_FILE)
    )
    return CueLexicon(
        verbs,
        adjectives,
        frozenset(media),
        frozenset(claims),
        stances,
        by_length,
        titles,
        subject_adjectives,
        frozenset(sources),
        frozenset(polls),
        frozenset(joining),
    )


def lexicon(resources: Resources) -> CueLexicon:
    """The pipeline's shared lexicon (loaded on first use)."""
    return resources.get("quotes.lexicon", load_lexicon)


LABELS_FILE = "quotes/labels.tsv"


def load_labels() -> frozenset[str]:
    """Paragraph prefixes ending in a colon that are not speakers ("UPDATE:", "Editor's note:")."""
    return frozenset(row["label"].strip().lower() for row in read_data_tsv(LABELS_FILE))


def labels(resources: Resources) -> frozenset[str]:
    return resources.get("quotes.labels", load_labels)
