"""Store fixtures: every store test runs on SQLite and on PostgreSQL.

PostgreSQL tests need FACTA_TEST_PG_URL. Locally they are skipped without it; under CI_REQUIRE_PG=1
(set by .ci/run, which starts a server) a missing or unreachable server is a failure, never a skip.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


def pg_url_or_skip() -> str:
    url = os.environ.get("FACTA_TEST_PG_URL")
    required = os.environ.get("CI_REQUIRE_PG") == "1"
    if not url:
        if required:
            pytest.fail("CI_REQUIRE_PG=1 but FACTA_TEST_PG_URL is not set: PostgreSQL tests cannot run")
        pytest.skip("FACTA_TEST_PG_URL not set (PostgreSQL tests run in CI)")
    try:
        import psycopg

        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
            conn.execute("CREATE SCHEMA public")
    except Exception as exc:
        if required:
            pytest.fail(f"PostgreSQL at FACTA_TEST_PG_URL is not usable: {exc}")
        pytest.skip(f"PostgreSQL not usable: {exc}")
    return url


@pytest.fixture
def pg_url() -> str:
    """A URL to an empty PostgreSQL database (schema dropped and recreated)."""
    return pg_url_or_skip()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return pg_url_or_skip()


@pytest.fixture
def any_store(store_url: str) -> Iterator[Any]:
    from facta.store import open_store

    store = open_store(store_url)
    yield store
    store.close()
