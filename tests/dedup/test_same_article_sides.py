"""One article, one place, the same type of act by two sides: two canonical events, not one."""

from __future__ import annotations

from facta.dedup.canonical import Mention, MentionActor, score, summarise
from tests.dedup.builders import mention as base_mention

MINISTER = MentionActor("n:khalid osman", "Khalid Osman", "person", "XKV", "GOV")
GOVERNMENT = MentionActor("n:government", "government", "organization", "XKV", "GOV")
REBEL = MentionActor("n:joseph kal", "Joseph Kal", "person", "XKV", "REB")


def mention(**kw: object) -> Mention:
    """The minister's rejection in article 'a'; keyword arguments replace fields."""
    defaults: dict[str, object] = {
        "type": "REJECT",
        "sentence": 1,
        "evidence": "The minister dismissed the offer.",
        "source": (MINISTER,),
        "terms": frozenset({"offer"}),
    }
    return base_mention(**{**defaults, **kw})


def test_the_other_side_doing_the_same_is_another_event() -> None:
    s = summarise([mention()])
    assert (
        score(
            mention(event_id="e9", sentence=8, evidence="The rebels rejected the terms.", source=(REBEL,)), s
        )
        is None
    )


def test_a_restatement_by_the_same_side_or_without_a_source_still_merges() -> None:
    s = summarise([mention()])
    assert (
        score(
            mention(event_id="e4", sentence=3, evidence="The government rejected it.", source=(GOVERNMENT,)),
            s,
        )
        is not None
    )
    assert (
        score(mention(event_id="e5", sentence=4, evidence="The offer was rejected.", source=()), s)
        is not None
    )
    # another outlet's report of the act keeps matching on its own merits
    assert (
        score(mention(article_id="b", dup_group="b", evidence="Rebels rejected it.", source=(REBEL,)), s)
        is not None
    )
