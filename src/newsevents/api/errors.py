"""Every error leaves the API as JSON ``{"error": kind, "message": text}``, never a traceback.

Library errors carry messages written for users (what was wrong, what to do),
so they are passed on as they are; anything unexpected is logged with its
traceback on the server and answered with a short 500 message.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from newsevents.api.database import QueryTimeoutError, ReadOnlyError
from newsevents.api.deps import AuthError
from newsevents.errors import NewsEventsError

log = logging.getLogger("newsevents.api")


class NotFoundError(NewsEventsError):
    """The requested event or article is not in the store."""


class TooLargeError(NewsEventsError):
    """The request body or batch exceeds the server's limit."""


def error_response(status: int, kind: str, message: str, **headers: str) -> JSONResponse:
    return JSONResponse({"error": kind, "message": message}, status_code=status, headers=headers)


def install(app: FastAPI) -> None:
    """Register the JSON error handlers on `app`."""

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors()
        )
        return error_response(422, "invalid_request", problems or "invalid request")

    @app.exception_handler(HTTPException)
    async def http(_: Request, exc: HTTPException) -> JSONResponse:
        kind = "not_found" if exc.status_code == 404 else "http_error"
        return error_response(exc.status_code, kind, str(exc.detail))

    @app.exception_handler(AuthError)
    async def auth(_: Request, exc: AuthError) -> JSONResponse:
        extra = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else {}
        return error_response(exc.status, "unauthorized", str(exc), **extra)

    @app.exception_handler(NewsEventsError)
    async def library(_: Request, exc: NewsEventsError) -> JSONResponse:
        status, kind = _status_of(exc)
        return error_response(status, kind, str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(500, "internal", f"internal error ({type(exc).__name__})")


def _status_of(exc: NewsEventsError) -> tuple[int, str]:
    if isinstance(exc, NotFoundError):
        return 404, "not_found"
    if isinstance(exc, TooLargeError):
        return 413, "too_large"
    if isinstance(exc, QueryTimeoutError):
        return 503, "timeout"
    if isinstance(exc, ReadOnlyError):
        return 403, "read_only"
    return 400, "bad_request"
