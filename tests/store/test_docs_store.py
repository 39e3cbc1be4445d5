"""docs/store.md documents every table, column and view of the SQLite store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

DOC = Path(__file__).parents[2] / "docs" / "store.md"


def test_every_table_column_and_view_is_documented(tmp_store: Any) -> None:
    text = DOC.read_text(encoding="utf-8")
    objects = tmp_store.query(
        "SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view')"
        " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts_%'"
    )
    missing = []
    for obj in objects:
        if f"`{obj['name']}`" not in text:
            missing.append(obj["name"])
            continue
        for col in tmp_store.query(f"PRAGMA table_info('{obj['name']}')"):
            if f"`{col['name']}`" not in text:
                missing.append(f"{obj['name']}.{col['name']}")
    assert not missing, f"undocumented in docs/store.md: {missing}"
