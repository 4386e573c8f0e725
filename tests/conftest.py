"""Shared test fixtures: where ../shared lives, and one spaCy model per session.

The gold data and seed article live outside the repository (in the folder
`shared/` beside the clone). Tests that need them call `shared_dir()` and skip
with a clear message where it is absent, as on a user's fresh clone.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from newsevents.coding.actors.coder import ActorCoder
    from newsevents.coding.attribution.cues import Cues
    from newsevents.pipeline import Pipeline

REPO_ROOT = Path(__file__).resolve().parents[1]

# Fixtures that load the spaCy model: a test that asks for one is in the `model` tier.
MODEL_FIXTURES = frozenset({"pipeline", "sentence_coder", "nlp", "seed"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that loads spaCy through a fixture with `model`.

    Tests that load the model some other way carry the marker explicitly, so
    `pytest -m "not model"` runs the model-free tier in well under a minute.
    """
    for item in items:
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.model)


def shared_dir() -> Path:
    """Return ../shared beside the repository, or skip the calling test."""
    path = (REPO_ROOT / ".." / "shared").resolve()
    if not (path / "data").is_dir():
        pytest.skip(f"shared data folder not found at {path}: gold and seed tests need it")
    return path


def repo_script(relative: str) -> ModuleType:
    """A script of the repository that is no package module (`scripts/x.py`,
    `benchmarks/x.py`), loaded from its file so its functions can be tested."""
    path = REPO_ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem.replace("-", "_"), path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_file(name: str) -> Path:
    """Return a gold file under ../shared/data/gold, or skip the calling test."""
    path = shared_dir() / "data" / "gold" / name
    if not path.is_file():
        pytest.skip(f"gold file {path} not found")
    return path


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The default pipeline, loaded once per test session (loading takes a few seconds)."""
    from newsevents.pipeline import Pipeline

    return Pipeline.load()


@pytest.fixture(scope="session")
def cues() -> Cues:
    """The packaged speech and modality cues (what `Pipeline.load` reads by default)."""
    from newsevents.coding.attribution.cues import Cues

    return Cues.load()


@pytest.fixture(scope="session")
def actor_coder() -> ActorCoder:
    """The packaged actor dictionaries, loaded once per session (about two seconds)."""
    from newsevents.coding.actors.coder import ActorCoder
    from newsevents.coding.actors.dictionary import ActorDictionary

    return ActorCoder(ActorDictionary.load())
