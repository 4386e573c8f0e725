"""The OpenAPI contract, checked by schemathesis over every endpoint: no 5xx, responses match.

Generated requests run against the real app on a real store (the hand-built
events, so ids exist to be found). Bounded: a few examples per operation.
POST /articles carries the token and uses the small real `KeywordCoder`.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import checks
from tests.api.conftest import TOKEN, built_db
from tests.store.builders import KeywordCoder

from newsevents.api import ApiConfig, create_app


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    db = built_db(tmp_path_factory.mktemp("contract") / "contract.duckdb")
    app = create_app(ApiConfig(db=db, token=TOKEN, max_page=50), coder=KeywordCoder())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        yield schemathesis.openapi.from_asgi("/openapi.json", app)
    app.state.database.close()


# What the contract promises: no 5xx; documented status codes, content types, headers and
# bodies. (Whether a schema-valid request is accepted is not among them: an opaque cursor or a
# since-after-until pair is well-typed yet rightly refused with a JSON 400.)
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_headers_conformance,
    checks.response_schema_conformance,
]


def test_every_endpoint_keeps_its_contract(api_schema: Any) -> None:
    """Every operation: generated requests get no 5xx and responses that match the schema.

    The operations are walked here rather than through schemathesis's pytest
    plugin, which does not support this pytest version.
    """
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert {op.label for op in operations} >= {
        "GET /events", "GET /events/{event_id}", "GET /articles/{article_id}",
        "POST /articles", "GET /stats/timeline", "GET /stats/dyads", "GET /stats/places",
    }  # fmt: skip
    for operation in operations:
        check_operation(operation)


def check_operation(operation: Any) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}

    @given(case=operation.as_strategy())
    @settings(
        max_examples=12,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    def run(case: Any) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            case.call_and_validate(headers=headers, checks=CHECKS)

    run()
