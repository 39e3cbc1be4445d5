from __future__ import annotations

from facta.dedup.canonical import (
    MentionActor,
    aggregate,
    mentions_from_record,
    score,
    summarise,
    tally,
)
from facta.dedup.cluster import canonical_events
from facta.dedup.keys import evidence_terms, name_key, surname_key
from tests.dedup.builders import mention
from tests.store.builders import ATTACK, ATTACK_REWRITE, PROTEST, event_record


def test_keys() -> None:
    assert name_key("The  Ábiy Ahmed") == "abiy ahmed"
    assert surname_key("Sergei Lavrov") == "lavrov" and surname_key("Hamas") is None
    assert evidence_terms("On Tuesday Rebels attacked Kivara, killing 12, Governor Amal Diallo said.") == {
        "rebels",
        "kivara",
        "12",
        "governor",
        "amal",
        "diallo",
    }


def test_hard_constraints() -> None:
    s = summarise([mention()])
    assert score(mention(type="PROTEST"), s) is None
    assert score(mention(date="2024-03-20"), s) is None  # outside the 3-day window
    assert score(mention(date="2024-03-20", precision="month"), s) is not None
    assert score(mention(place_key="g:2", country="YYY"), s) is None  # another country
    # the same sentence of a syndicated copy (same near-duplicate group) matches outright...
    assert score(mention(article_id="b", dup_group="a", place_key=None, terms=frozenset()), s) == 1.0
    # ...but never across countries
    assert score(mention(article_id="b", dup_group="a", place_key="g:2", country="YYY"), s) is None
    # an event dated only by its year is background: it joins nothing from another article...
    assert score(mention(article_id="c", dup_group="c", precision="year"), s) is None
    assert score(mention(article_id="c", dup_group="c"), summarise([mention(precision="year")])) is None
    # ...except its own syndicated copy
    assert (
        score(
            mention(article_id="b", dup_group="a", precision="year"), summarise([mention(precision="year")])
        )
        == 1.0
    )


def test_score_orders_evidence() -> None:
    s = summarise([mention(source=(MentionActor("n:rebels", "rebels", "group", None, "REB"),))])
    same = score(mention(article_id="b", dup_group="b"), s)
    vague = score(mention(article_id="c", dup_group="c", place_key=None, country=None, terms=frozenset()), s)
    assert same is not None and vague is not None and same > 0.55 > vague


def test_tally_is_not_a_sum() -> None:
    t = tally([5, 7, 5, None])
    assert (t.best, t.low, t.high) == (5, 5, 7)
    assert tally([4, 9]).best == 9  # a tie goes to the higher, later figure
    assert tally([None]).best is None


def test_aggregate_prefers_precise_and_common_values() -> None:
    ms = [
        mention(article_id="a", outlet="A", killed=5),
        mention(article_id="b", outlet="B", dup_group="a", killed=5),
        mention(article_id="c", outlet="C", dup_group="c", date="2024-03-01", precision="month", killed=8),
    ]
    c = aggregate("c1", ms)
    assert c.date == "2024-03-12" and c.precision == "day"
    assert (c.n_mentions, c.n_sources, c.n_independent) == (3, 3, 2)
    assert (c.killed.best, c.killed.low, c.killed.high) == (5, 5, 8)


def test_only_factual_events_become_mentions() -> None:
    rec = event_record(PROTEST, url="u", outlet="B", published="2024-03-15", negated=True)
    assert mentions_from_record(rec) == []


def test_in_memory_clustering_matches_the_store() -> None:
    recs = [
        event_record(ATTACK.format(n=5), url="https://a/1", outlet="A", published="2024-03-12", killed=5),
        event_record(
            ATTACK.format(n=5) + " More soon.", url="https://b/1", outlet="B", published="2024-03-12"
        ),
        event_record(
            ATTACK_REWRITE.format(n=6), url="https://c/1", outlet="C", published="2024-03-13", killed=6
        ),
        event_record(PROTEST, url="https://d/1", outlet="D", published="2024-03-15", type="PROTEST"),
    ]
    events = sorted(canonical_events(recs), key=lambda e: e.type)
    assert [(e.type, e.n_sources, e.n_independent) for e in events] == [("ASSAULT", 3, 2), ("PROTEST", 1, 1)]
