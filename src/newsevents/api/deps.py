"""What routes take from the app: its database, its config, its coder, and the token check."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from newsevents.api.config import ApiConfig
from newsevents.api.database import Database
from newsevents.batch.local import Coder

_bearer = HTTPBearer(auto_error=False, description="the token given to `newsevents serve`")


class AuthError(Exception):
    """The request lacks the bearer token it needs (401), or writes are off (403)."""

    def __init__(self, message: str, *, status: int = 401) -> None:
        super().__init__(message)
        self.status = status


def get_db(request: Request) -> Database:
    database: Database = request.app.state.database
    return database


def get_config(request: Request) -> ApiConfig:
    config: ApiConfig = request.app.state.config
    return config


def get_coder(request: Request) -> Coder:
    """The pipeline, loaded on the first write (a few seconds) and kept by the app."""
    state = request.app.state
    with state.coder_lock:
        if state.coder is None:
            state.coder = state.load_coder()
        coder: Coder = state.coder
    return coder


def _check(config: ApiConfig, credentials: HTTPAuthorizationCredentials | None) -> None:
    if config.token is None:
        raise AuthError("writes are disabled: start the server with --token-file", status=403)
    given = credentials.credentials if credentials else ""
    if not hmac.compare_digest(given.encode(), config.token.encode()):
        raise AuthError("missing or wrong bearer token: send 'Authorization: Bearer <token>'")


def require_writer(
    config: Annotated[ApiConfig, Depends(get_config)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """Writes always need the token."""
    _check(config, credentials)


def require_reader(request: Request, config: Annotated[ApiConfig, Depends(get_config)]) -> None:
    """Reads need the token only when the server protects them.

    The header is read directly (not through the security scheme), so the
    OpenAPI schema shows reads as open, which they are unless configured.
    """
    if config.protect_reads:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        given = token.strip() if scheme.lower() == "bearer" else ""
        _check(config, HTTPAuthorizationCredentials(scheme="Bearer", credentials=given))


DB = Annotated[Database, Depends(get_db)]
Config = Annotated[ApiConfig, Depends(get_config)]
