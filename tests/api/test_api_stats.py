"""GET /stats/*: aggregates agree with the events they count."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from tests.api.conftest import make_client

from newsevents.api import ApiConfig, create_app

QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")


@pytest.fixture(scope="module")
def examples(examples_db: Path) -> TestClient:
    return make_client(create_app(ApiConfig(db=examples_db, read_only=True)))


def test_timeline_counts_match_the_events_of_the_dyad(client: TestClient) -> None:
    points = client.get("/stats/timeline", params={"source": "NLD", "target": "SLD"}).json()
    # the planned 046 event has no date: the timeline counts dated events only
    assert [(p["period"], p["total"], p["material_conflict"]) for p in points["points"]] == [
        ("2021-05-03", 1, 1)
    ]
    assert points["points"][0]["goldstein_mean"] == -5.0


def test_timeline_buckets(examples: TestClient) -> None:
    events = examples.get("/events", params={"limit": 500}).json()["events"]
    dated = [e for e in events if e["date"]]
    months = Counter(e["date"][:7] for e in dated)
    points = examples.get("/stats/timeline", params={"by": "month"}).json()["points"]
    assert {p["period"][:7]: p["total"] for p in points} == dict(months)
    for point in points:
        assert sum(point[q] for q in QUADS) <= point["total"]
    weeks = examples.get("/stats/timeline", params={"by": "week"}).json()["points"]
    assert sum(p["total"] for p in weeks) == len(dated)
    assert examples.get("/stats/timeline", params={"by": "year"}).status_code == 422


def test_dyads_are_ranked_counts_of_country_pairs(examples: TestClient) -> None:
    events = examples.get("/events", params={"limit": 500}).json()["events"]
    pairs = Counter(
        (e["source"]["country"], e["target"]["country"])
        for e in events
        if e["source"] and e["target"] and e["source"]["country"] and e["target"]["country"]
    )
    dyads = examples.get("/stats/dyads", params={"top": 500}).json()["dyads"]
    assert {(d["source"], d["target"]): d["total"] for d in dyads} == dict(pairs)
    totals = [d["total"] for d in dyads]
    assert totals == sorted(totals, reverse=True)
    assert len(examples.get("/stats/dyads", params={"top": 2}).json()["dyads"]) == 2


def test_places_count_the_placed_events(examples: TestClient) -> None:
    events = examples.get("/events", params={"limit": 500}).json()["events"]
    placed = Counter(e["place"]["name"] for e in events if e["place"] and e["place"]["lat"])
    places = examples.get("/stats/places").json()["places"]
    assert placed, "the example corpus should place some events"
    assert (
        Counter({p["name"]: 0 for p in places}) + Counter({p["name"]: p["total"] for p in places})
        == placed
    )
    assert all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in places)


def test_stats_take_the_event_filters(client: TestClient) -> None:
    places = client.get("/stats/places", params={"code": "04"}).json()["places"]
    assert places == []
    only = client.get("/stats/places", params={"code": "19"}).json()["places"]
    assert [(p["name"], p["total"], p["material_conflict"]) for p in only] == [("Lakeside", 1, 1)]
