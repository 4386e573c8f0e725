"""GET /events and /events/{id}: the CLI's filters, cursor pages, CSV, evidence, JSON errors."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient


def all_pages(client: TestClient, **params: object) -> list[dict[str, object]]:
    """Follow next_cursor to the end; every page must respect the server's page size (2)."""
    events: list[dict[str, object]] = []
    cursor = None
    for _ in range(20):
        query = {**params, **({"cursor": cursor} if cursor else {})}
        page = client.get("/events", params=query).json()
        assert page["count"] == len(page["events"]) <= 2
        events += page["events"]
        cursor = page["next_cursor"]
        if cursor is None:
            return events
    raise AssertionError("pagination did not end")


def test_pages_walk_every_event_once_in_date_order(client: TestClient) -> None:
    events = all_pages(client, limit=100)  # asks for 100, the server caps pages at 2
    assert [e["cameo_code"] for e in events] == ["195", "122", "046"]
    assert len({e["event_id"] for e in events}) == 3


@pytest.mark.parametrize(
    ("params", "codes"),
    [
        ({"source": "NLD"}, ["195", "046"]),
        ({"source": "NLDMIL"}, ["195"]),
        ({"target": "SLD"}, ["195", "046"]),
        ({"actor": "SLDGOV"}, ["122"]),
        ({"actor": "SLD"}, ["195", "122", "046"]),
        ({"code": "1"}, ["195", "122"]),
        ({"quad": 4}, ["195"]),
        ({"quad": 1}, ["122", "046"]),
        ({"plover": "x"}, ["195", "122", "046"]),
        ({"since": "2021-05-04"}, ["122"]),
        ({"until": "2021-05-03"}, ["195"]),
        ({"modality": "planned"}, ["046"]),
        ({"min_confidence": 0.5}, ["195", "122"]),
        ({"place_country": "sld"}, ["195"]),
        ({"place_id": 123}, ["195"]),
        ({"place_id": 124}, []),
        ({"source": "XYZ"}, []),
    ],
)
def test_filters(client: TestClient, params: dict[str, object], codes: list[str]) -> None:
    assert [e["cameo_code"] for e in all_pages(client, **params)] == codes


def test_csv_has_the_flat_columns_and_a_next_cursor_header(client: TestClient) -> None:
    response = client.get("/events", params={"format": "csv"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["cameo_code"] for r in rows] == ["195", "122"]
    assert rows[0]["source_code"] == "NLDMIL"
    assert rows[0]["place_name"] == "Lakeside"
    cursor = response.headers["x-next-cursor"]
    rest = client.get("/events", params={"format": "csv", "cursor": cursor}).text
    assert [r["cameo_code"] for r in csv.DictReader(io.StringIO(rest))] == ["046"]


def test_event_detail_has_evidence_mentions_chain_and_explanation(client: TestClient) -> None:
    first = client.get("/events", params={"code": "122"}).json()["events"][0]
    detail = client.get(f"/events/{first['event_id']}").json()
    event = detail["event"]
    assert event["evidence"]["verb"]["text"] == "condemned"
    assert [link["name"] for link in event["reported_by"]] == ["Example Wire", "foreign ministry"]
    assert event["rule"] == "test.122"
    assert event["confidence"] == 0.6
    assert (event["num_articles"], event["num_mentions"]) == (1, 1)  # the store's merge counts
    assert first["num_articles"] == 1
    assert detail["mentions"][0]["article_id"] == event["article_id"]
    assert any("[verb: condemned]" in line for line in detail["explanation"])
    prefix = client.get(f"/events/{first['event_id'][:8]}").json()
    assert prefix["event"]["event_id"] == first["event_id"]


@pytest.mark.parametrize(
    ("path", "params", "status", "kind"),
    [
        ("/events/nosuchevent", {}, 404, "not_found"),
        ("/events", {"cursor": "not-a-cursor"}, 400, "bad_request"),
        ("/events", {"modality": "rumoured"}, 422, "invalid_request"),
        ("/events", {"since": "2021-06-01", "until": "2021-05-01"}, 400, "bad_request"),
        ("/events", {"code": "abc"}, 422, "invalid_request"),
        ("/events", {"quad": 7}, 422, "invalid_request"),
        ("/events", {"limit": 0}, 422, "invalid_request"),
        ("/events", {"since": "yesterday"}, 422, "invalid_request"),
        ("/nowhere", {}, 404, "not_found"),
    ],
)
def test_errors_are_json_with_a_message(
    client: TestClient, path: str, params: dict[str, object], status: int, kind: str
) -> None:
    response = client.get(path, params=params)
    assert response.status_code == status
    body = response.json()
    assert body["error"] == kind
    assert body["message"]
    assert "Traceback" not in response.text


def test_mentions_list_every_article_reporting_the_event(client: TestClient) -> None:
    database = client.app.state.database  # type: ignore[attr-defined]
    event = client.get("/events", params={"code": "195"}).json()["events"][0]
    sql = "SELECT article_id FROM mentions WHERE event_id = ?"
    stored = database.rows(sql, [event["event_id"]])
    database.write(
        lambda store: store.cursor().execute(
            "INSERT INTO mentions SELECT 'm-other', event_id, 'other-article', 'other-article', "
            "sentence_index, sentence_start, sentence_end, verb_start, verb_end, source_start, "
            "target_start, sentence, cameo_code, 'Another Paper', url, published, confidence, "
            "modality, in_lead, added_at FROM mentions WHERE event_id = ? LIMIT 1",
            [event["event_id"]],
        )
    )
    mentions = client.get(f"/events/{event['event_id']}").json()["mentions"]
    articles = sorted(m["article_id"] for m in mentions)
    assert articles == sorted([row[0] for row in stored] + ["other-article"])
    assert "Another Paper" in {m["outlet"] for m in mentions}
