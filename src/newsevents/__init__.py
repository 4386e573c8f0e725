"""newsevents: political event data from news articles (CAMEO with PLOVER alongside).

The public API, loaded lazily so that ``import newsevents`` does no work:

    import newsevents
    events = newsevents.code_article(text, published=datetime.date(2020, 6, 17))
    pipeline = newsevents.Pipeline.load()          # reuse one for many articles
    store = newsevents.Store.open("events.duckdb")  # events as a DataFrame: store.events_frame()
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Pipeline": "newsevents.pipeline",
    "code_article": "newsevents.pipeline",
    "Settings": "newsevents.config",
    "Store": "newsevents.store",
    "EventFilter": "newsevents.query",
    "Article": "newsevents.model",
    "Event": "newsevents.model",
    "Actor": "newsevents.model",
    "CodedArticle": "newsevents.model",
}

__all__ = [
    "Actor",
    "Article",
    "CodedArticle",
    "Event",
    "EventFilter",
    "Pipeline",
    "Settings",
    "Store",
    "__version__",
    "code_article",
]

if TYPE_CHECKING:
    from newsevents.config import Settings
    from newsevents.model import Actor, Article, CodedArticle, Event
    from newsevents.pipeline import Pipeline, code_article
    from newsevents.query import EventFilter
    from newsevents.store import Store


def __getattr__(name: str) -> Any:
    """Import a public name on first use (PEP 562), keeping `import newsevents` instant."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'newsevents' has no attribute {name!r}")
    return getattr(import_module(module), name)
