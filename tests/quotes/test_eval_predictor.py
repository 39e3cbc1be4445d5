"""The predictor `facta eval quotes` uses runs the real stage list (its stages must fit together)."""

from __future__ import annotations

import pytest

from facta.evaluate.quotes import GoldArticle, facta_predictor


@pytest.mark.model
def test_the_eval_pipeline_builds_and_finds_a_statement() -> None:
    article = GoldArticle("a1", 'The minister said the talks would resume. "We are ready," she added.', ())
    (found,) = list(facta_predictor()([article]))
    assert found, "the eval pipeline found no statement"
