"""`create_app(config)`: the FastAPI app serving the REST API and the dashboard.

An app factory, so tests, `newsevents serve` and any other ASGI server each
build an app on the store and limits they choose. The app holds no coding or
query logic: routes call the store, the query layer and the pipeline.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from importlib import resources

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

from newsevents.api import errors, routes_articles, routes_events, routes_stats
from newsevents.api.config import ApiConfig
from newsevents.api.database import Database
from newsevents.api.limits import BodyLimit, SecurityHeaders
from newsevents.batch.local import Coder
from newsevents.store import Store
from newsevents.store.reading import open_for_reading


def default_coder() -> Coder:
    """The default pipeline (loaded on the first POST, not at start-up)."""
    from newsevents.pipeline import Pipeline

    return Pipeline.load()


def create_app(
    config: ApiConfig,
    *,
    coder: Coder | None = None,
    load_coder: Callable[[], Coder] = default_coder,
) -> FastAPI:
    """The app on the store at `config.db` (opened now; closed when the app shuts down).

    `coder` codes POSTed articles; by default the pipeline is loaded on first use.
    """
    from newsevents import __version__

    store = _open_store(config)
    database = Database(store, read_only=config.read_only, timeout_s=config.query_timeout_s)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        database.close()

    app = FastAPI(
        title="newsevents",
        version=__version__,
        description="Political event data (CAMEO + PLOVER) coded from news articles.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.config = config
    app.state.database = database
    app.state.coder = coder
    app.state.load_coder = load_coder
    app.state.coder_lock = threading.Lock()
    errors.install(app)
    for module in (routes_events, routes_stats, routes_articles):
        app.include_router(module.router)
    _mount_web(app, dashboard=config.dashboard)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, max_bytes=config.max_body_bytes)
    return app


def _mount_web(app: FastAPI, *, dashboard: bool) -> None:
    """The dashboard at `/`, its files under `/static`, and Swagger UI at `/docs` (all local)."""
    static = resources.files("newsevents.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="newsevents API",
            swagger_js_url="/static/vendor/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
        )

    if dashboard:

        @app.get("/", include_in_schema=False)
        def index() -> FileResponse:
            return FileResponse(str(static.joinpath("index.html")), media_type="text/html")


def _open_store(config: ApiConfig) -> Store:
    """The app's store. A read-only server started while a writer holds the file serves
    the snapshot published beside it, as of then (a warning says which)."""
    if not config.read_only:
        return Store.open(config.db)
    store = open_for_reading(config.db)
    if store.note is not None:
        logging.getLogger(__name__).warning("%s", store.note)
    return store
