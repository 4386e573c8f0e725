"""What a running API is allowed to do: its database, token and limits.

Passed to `create_app` explicitly (never read from globals), so a test, the CLI
and another ASGI server each build the app they need.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsevents.errors import ConfigError


@dataclass(frozen=True, slots=True)
class ApiConfig:
    """Settings of one app.

    `token`: the bearer token POST requests must carry (None: writes refused).
    `protect_reads`: GET requests need the token too. `read_only`: the store is
    opened read-only and POST is refused. Limits bound what one request may cost.
    """

    db: Path | str
    token: str | None = None
    protect_reads: bool = False
    read_only: bool = False
    max_body_bytes: int = 2_000_000
    max_batch: int = 50
    max_page: int = 500
    default_page: int = 50
    query_timeout_s: float = 10.0
    dashboard: bool = True

    def __post_init__(self) -> None:
        if self.protect_reads and not self.token:
            raise ConfigError("protecting reads needs a token: give --token-file")
        for name in ("max_body_bytes", "max_batch", "max_page", "default_page"):
            if getattr(self, name) < 1:
                raise ConfigError(f"API limit {name} must be at least 1")
        if self.default_page > self.max_page:
            raise ConfigError("the default page size cannot exceed the maximum page size")
        if self.query_timeout_s <= 0:
            raise ConfigError("the query timeout must be positive")


def read_token_file(path: Path) -> str:
    """The token in `path` (first line, stripped); a clear error when missing or empty."""
    try:
        token = path.read_text(encoding="utf-8").strip().splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read token file {path}: {exc.strerror}") from exc
    if not token or len(token[0].strip()) < 8:
        raise ConfigError(f"token file {path} must hold a token of at least 8 characters")
    return token[0].strip()
