"""GET /articles/{id}, POST /articles (token, limits, rejections), read protection, timeouts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from tests.api.conftest import TOKEN, built_db, make_client
from tests.store.builders import BORDER_TEXT, border_article

from newsevents.api import ApiConfig, create_app
from newsevents.api.database import QueryTimeoutError

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_article_has_its_text_and_event_marks(client: TestClient) -> None:
    article_id = border_article().article.article_id
    body = client.get(f"/articles/{article_id}").json()
    assert body["text"] == BORDER_TEXT
    assert body["published"] == "2021-05-04"
    assert len(body["events"]) == 3
    marked = {(m["role"], body["text"][m["start"] : m["end"]]) for m in body["marks"]}
    assert {("verb", "shelled"), ("source", "Northland troops"), ("verb", "condemned")} <= marked
    assert client.get("/articles/unknown").status_code == 404


def test_post_needs_the_bearer_token(client: TestClient) -> None:
    article = {"text": "Rebels shelled villages near the river.", "published": "2022-01-02"}
    missing = client.post("/articles", json=article)
    assert missing.status_code == 401
    assert missing.headers["www-authenticate"] == "Bearer"
    wrong = client.post("/articles", json=article, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    assert client.get("/events", params={"code": "195"}).json()["count"] == 1


def test_post_codes_stores_and_returns_events(client: TestClient) -> None:
    batch = [
        {"id": "a", "text": "Rebels shelled villages near the river.", "published": "2022-01-02",
         "outlet": "Daily Test"},
        {"id": "b", "text": "Envoys met counterparts in the capital.", "published": "not a date"},
    ]  # fmt: skip
    response = client.post("/articles", json=batch, headers=AUTH)
    assert response.status_code == 200
    body = response.json()
    coded = [(e["cameo_code"], e["source"]["text"], e["target"]["text"]) for e in body["events"]]
    assert coded == [("195", "Rebels", "villages")]
    assert body["new_articles"] == 1
    assert body["new_events"] == 1
    assert [r["origin"] for r in body["rejected"]] == ["request[1]#b"]
    assert "date" in body["rejected"][0]["reason"]
    stored = client.get("/events", params={"outlet": "Daily Test"}).json()["events"]
    assert [e["event_id"] for e in stored] == [body["events"][0]["event_id"]]
    again = client.post("/articles", json=batch[0], headers=AUTH).json()
    assert (again["new_articles"], again["new_events"]) == (0, 0)


@pytest.mark.parametrize(
    ("body", "status", "kind"),
    [
        ([{"text": f"Troops met envoys {n}."} for n in range(4)], 413, "too_large"),
        ({"text": "x" * 30_000}, 413, "too_large"),
        ({"title": "no text"}, 422, "invalid_request"),
        ({"text": ""}, 422, "invalid_request"),
    ],
)
def test_post_limits_and_bad_bodies(
    client: TestClient, body: object, status: int, kind: str
) -> None:
    response = client.post("/articles", json=body, headers=AUTH)
    assert response.status_code == status
    assert response.json()["error"] == kind


def test_writes_are_refused_without_a_token_or_when_read_only(tmp_path: Path) -> None:
    db = built_db(tmp_path / "x.duckdb")
    article = {"text": "Rebels shelled villages near the river."}
    no_token = make_client(create_app(ApiConfig(db=db)))
    assert no_token.post("/articles", json=article, headers=AUTH).status_code == 403
    no_token.app.state.database.close()  # type: ignore[attr-defined]
    read_only = make_client(create_app(ApiConfig(db=db, token=TOKEN, read_only=True)))
    refused = read_only.post("/articles", json=article, headers=AUTH)
    assert (refused.status_code, refused.json()["error"]) == (403, "read_only")


def test_reads_can_be_protected(tmp_path: Path) -> None:
    config = ApiConfig(db=built_db(tmp_path / "p.duckdb"), token=TOKEN, protect_reads=True)
    client = make_client(create_app(config))
    assert client.get("/events").status_code == 401
    assert client.get("/stats/dyads").status_code == 401
    assert client.get("/events", headers=AUTH).json()["count"] == 3
    assert client.get("/").status_code == 200  # the page itself; its data calls need the token


def test_a_slow_query_is_interrupted(tmp_path: Path) -> None:
    app = create_app(ApiConfig(db=built_db(tmp_path / "t.duckdb"), query_timeout_s=0.2))
    with pytest.raises(QueryTimeoutError, match=r"stopped after 0\.2 s"):
        app.state.database.rows("SELECT count(*) FROM range(100000000000) t(i)", [])
    assert app.state.database.rows("SELECT count(*) FROM events", []) == [(3,)]


def test_openapi_documents_every_endpoint(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert set(paths) == {
        "/events", "/events/{event_id}", "/articles/{article_id}", "/articles",
        "/stats/timeline", "/stats/dyads", "/stats/places",
    }  # fmt: skip
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/static/vendor/swagger-ui-bundle.js" in docs.text
    assert client.get("/static/vendor/swagger-ui-bundle.js").status_code == 200


def test_post_through_the_real_pipeline(tmp_path: Path, pipeline: Any) -> None:
    config = ApiConfig(db=built_db(tmp_path / "real.duckdb"), token=TOKEN)
    client = make_client(create_app(config, coder=pipeline))
    article = {
        "id": "r1",
        "text": "Moscow, 3 March 2022. Russian forces shelled the Ukrainian city of Kharkiv "
        "on Tuesday, Ukrainian officials said.",
        "published": "2022-03-03",
        "outlet": "Test Wire",
    }
    body = client.post("/articles", json=article, headers=AUTH).json()
    codes = {
        (e["source"]["country"], e["cameo_root"], e["target"]["country"]) for e in body["events"]
    }
    assert ("RUS", "19", "UKR") in codes
    listed = client.get("/events", params={"source": "RUS", "outlet": "Test Wire"}).json()
    assert {e["event_id"] for e in listed["events"]} == {e["event_id"] for e in body["events"]}


def test_serve_command_refuses_a_missing_database(tmp_path: Path) -> None:
    from newsevents.cli.main import main

    assert main(["serve", "--db", str(tmp_path / "none.duckdb")]) == 2
    token = tmp_path / "token"
    token.write_text("short\n", encoding="utf-8")
    db = built_db(tmp_path / "s.duckdb")
    assert main(["serve", "--db", str(db), "--token-file", str(token)]) == 2
