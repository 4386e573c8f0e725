"""The seed article, coded once for every integration test that reads it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import shared_dir

from newsevents.ingest.text import read_text_file
from newsevents.model import Article, CodedArticle
from newsevents.pipeline import Pipeline


@pytest.fixture(scope="session")
def seed(pipeline: Pipeline) -> tuple[dict[str, Any], CodedArticle]:
    """The expected reading (read at run time from ../shared) and our coding of the seed."""
    root = shared_dir()
    expected = json.loads(
        (root / "data/gold/seed_article.expected.json").read_text(encoding="utf-8")
    )
    article = read_text_file(root / "seeds" / Path(expected["article"]).name)
    assert isinstance(article, Article), article
    return expected, pipeline.code(article)
