"""The REST API and dashboard: a FastAPI app factory over the store and query layer."""

from newsevents.api.app import create_app
from newsevents.api.config import ApiConfig

__all__ = ["ApiConfig", "create_app"]
