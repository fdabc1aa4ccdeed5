"""Fixtures of the API tests: a small store built from the bundled examples, and the app over it.

Kept here rather than in the top conftest: only the API tests need a populated store and an app.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sambandh.api import create_app
from sambandh.pipeline import Pipeline
from sambandh.store import Store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TOKEN = "test-token-0123456789"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def api_db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Path:
    """A store holding the analysed examples; tests read it, never write it."""
    path = tmp_path_factory.mktemp("api") / "examples.duckdb"
    with Store.open(path) as store:
        store.add_batch(list(pipeline.run([EXAMPLES])))
    return path


@pytest.fixture(scope="session")
def api_app(api_db: Path, pipeline: Pipeline):
    """The app over the examples store, with no token: writes are refused."""
    return create_app(api_db, pipeline=pipeline)


@pytest.fixture(scope="session")
def api_token() -> str:
    return TOKEN


@pytest.fixture
def client(api_app) -> TestClient:
    return TestClient(api_app)


@pytest.fixture
def write_client(tmp_path: Path, pipeline: Pipeline) -> TestClient:
    """A client of an app over a fresh, empty store, with a token: for the write endpoints."""
    return TestClient(create_app(tmp_path / "fresh.duckdb", token=TOKEN, pipeline=pipeline))
