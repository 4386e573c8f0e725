"""Apps on real stores: one built from hand-made events, one coded from examples/articles.

Every app here is the real FastAPI app on a real DuckDB file; only the coder
used by POST /articles is swapped for the tiny real `KeywordCoder` where the
test is about the API rather than about coding.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from tests.conftest import REPO_ROOT
from tests.store.builders import KeywordCoder, border_article, empty_article

from newsevents.api import ApiConfig, create_app
from newsevents.store import Store

if TYPE_CHECKING:
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from newsevents.pipeline import Pipeline

TOKEN = "test-token-123456"


def make_client(app: FastAPI) -> TestClient:
    """A TestClient (Starlette warns it will move to httpx2; the calls are the same)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from fastapi.testclient import TestClient
    return TestClient(app, raise_server_exceptions=False)


def built_db(path: Path) -> Path:
    with Store.open(path) as store:
        store.add_coded([border_article(), empty_article()])
    return path


@pytest.fixture
def built_app(tmp_path: Path) -> Iterator[FastAPI]:
    """The app on a store of three hand-built events, with a token for writes."""
    config = ApiConfig(db=built_db(tmp_path / "built.duckdb"), token=TOKEN, max_batch=3,
                       max_body_bytes=20_000, max_page=2, default_page=2)  # fmt: skip
    app = create_app(config, coder=KeywordCoder())
    yield app
    app.state.database.close()


@pytest.fixture
def client(built_app: FastAPI) -> TestClient:
    return make_client(built_app)


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Path:
    """examples/articles coded by the real pipeline into a DuckDB file (once per session)."""
    from newsevents.batch.local import run_ingest
    from newsevents.ingest import read_paths

    path = tmp_path_factory.mktemp("examples") / "examples.duckdb"
    with Store.open(path) as store:
        run_ingest(read_paths([REPO_ROOT / "examples" / "articles"]), pipeline, store)
    return path
