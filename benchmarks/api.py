"""API latency on N synthesised events: p50/p95 of /events (filtered) and /stats/timeline.

The rows are synthesised in SQL (latency depends on the store's size and
indexes, not on how the events were coded). The app is served by uvicorn on
127.0.0.1 in a thread and called over loopback with httpx, one request at a
time. Prints one JSON object.

    python benchmarks/api.py [--events 10000] [--requests 200]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from newsevents.api import ApiConfig, create_app
from newsevents.store import Store
from newsevents.store.rows import EVENT_COLUMNS

COUNTRIES = ["PRK", "KOR", "USA", "CHN", "RUS", "UKR", "ISR", "PSE", "IND", "PAK"]
# (code, root, quad, goldstein, plover)
CODES = [("010", "01", 1, 0.0, "OTHER"), ("042", "04", 1, 1.9, "CONSULT"),
         ("057", "05", 1, 8.0, "AGREE"), ("073", "07", 2, 7.4, "AID"),
         ("112", "11", 3, -2.0, "ACCUSE"), ("138", "13", 3, -7.0, "THREATEN"),
         ("173", "17", 4, -5.0, "SANCTION"), ("190", "19", 4, -10.0, "ASSAULT")]  # fmt: skip
PLACES = [("Kaesong", 1876373, 37.97, 126.55, "PRK"), ("Seoul", 1835848, 37.566, 126.978, "KOR"),
          ("Kyiv", 703448, 50.45, 30.52, "UKR"), ("Gaza", 281133, 31.5, 34.47, "PSE"),
          (None, None, None, None, None)]  # fmt: skip


def synthesise(path: Path, n_events: int) -> None:
    """A store of `n_events` events over 2 years, 10 countries, 8 codes, 5 events per article."""
    with Store.open(path) as store:
        con = store.cursor()
        con.execute("CREATE TEMP TABLE codes AS SELECT * FROM (VALUES " + ", ".join(
            f"({i}, '{c}', '{r}', {q}, {g}, '{p}')" for i, (c, r, q, g, p) in enumerate(CODES)
        ) + ") t(k, code, root, quad, goldstein, plover)")  # fmt: skip
        con.execute("CREATE TEMP TABLE spots AS SELECT * FROM (VALUES " + ", ".join(
            f"({i}, {_sql(n)}, {_sql(g)}, {_sql(la)}, {_sql(lo)}, {_sql(c)})"
            for i, (n, g, la, lo, c) in enumerate(PLACES)
        ) + ") t(k, name, gid, lat, lon, country)")  # fmt: skip
        con.execute("CREATE TEMP TABLE countries AS SELECT unnest(?) AS c, "
                    "generate_subscripts(?, 1) - 1 AS k", [COUNTRIES, COUNTRIES])  # fmt: skip
        con.execute(
            """
            INSERT INTO articles SELECT 'a' || i, 'bench', NULL, 'Article ' || i,
              'Wire ' || (i % 7),
              DATE '2020-01-01' + CAST(i % 730 AS INTEGER), 'Synthetic article text number ' || i,
              5, now()::TIMESTAMP FROM range(?) t(i)
            """,
            [(n_events + 4) // 5],
        )
        columns = ", ".join(EVENT_COLUMNS)
        con.execute(_EVENTS_SQL.format(columns=columns), [len(CODES), len(PLACES), n_events])


def _sql(value: Any) -> str:
    if value is None:
        return "NULL"
    return f"'{value}'" if isinstance(value, str) else str(value)


_EVENTS_SQL = """
INSERT INTO events ({columns})
WITH base AS (
  SELECT i, 'e' || i AS event_id, 'a' || (i // 5) AS article_id,
    DATE '2020-01-01' + CAST((i * 37) % 730 AS INTEGER) AS date,
    (SELECT c FROM countries WHERE k = i % 10) AS src,
    (SELECT c FROM countries WHERE k = (i % 10 + 1 + (i // 10) % 9) % 10) AS tgt,
    i % ? AS ck, i % ? AS pk FROM range(?) t(i)
)
SELECT event_id, article_id, date, 'day', 'text', NULL, src, src, NULL, src || ' text',
  tgt, tgt, NULL, tgt || ' text', c.code, c.root, c.quad, c.goldstein, c.plover, 'asserted',
  0.5 + (i % 50) / 100.0, NULL, s.name, s.gid, s.lat, s.lon, s.country, i % 5, 'A sentence.',
  'bench', 'd', 'm',
  json_object('event_id', event_id, 'article_id', article_id, 'date', CAST(date AS VARCHAR),
    'date_precision', 'day', 'source', json_object('code', src, 'country', src),
    'target', json_object('code', tgt, 'country', tgt), 'cameo_code', c.code,
    'cameo_root', c.root, 'quad_class', c.quad, 'goldstein', c.goldstein, 'plover', c.plover,
    'modality', 'asserted', 'confidence', 0.5 + (i % 50) / 100.0,
    'place', CASE WHEN s.name IS NULL THEN NULL ELSE json_object('name', s.name,
      'geonameid', s.gid, 'lat', s.lat, 'lon', s.lon, 'country', s.country) END,
    'reported_by', json('[]'), 'sentence', 'A sentence.', 'rule', 'bench')::VARCHAR
FROM base JOIN codes c ON c.k = base.ck JOIN spots s ON s.k = base.pk
"""


@contextmanager
def serving(app: Any) -> Iterator[str]:
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def measure(client: httpx.Client, path: str, params: dict[str, Any], n: int) -> dict[str, Any]:
    """p50/p95/max in milliseconds over `n` sequential requests (after 10 warm-up requests)."""
    for _ in range(10):
        client.get(path, params=params).raise_for_status()
    times = []
    for _ in range(n):
        start = time.perf_counter()
        response = client.get(path, params=params)
        times.append((time.perf_counter() - start) * 1000)
        response.raise_for_status()
    cuts = statistics.quantiles(times, n=20)
    p50 = statistics.median(times)
    return {"path": path, "params": params, "requests": n, "p50_ms": round(p50, 2),
            "p95_ms": round(cuts[18], 2), "max_ms": round(max(times), 2),
            "rows": _rows(response.json())}  # fmt: skip


def _rows(body: dict[str, Any]) -> int:
    return len(body.get("events") or body.get("points") or [])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.duckdb"
        started = time.perf_counter()
        synthesise(db, args.events)
        built = time.perf_counter() - started
        app = create_app(ApiConfig(db=db, read_only=True))
        cases = [
            ("/events", {"source": "PRK", "target": "KOR", "limit": 50}),
            (
                "/events",
                {
                    "actor": "USA",
                    "code": "1",
                    "since": "2020-06-01",
                    "until": "2021-06-01",
                    "min_confidence": 0.7,
                    "limit": 100,
                },
            ),
            ("/stats/timeline", {"source": "PRK", "target": "KOR", "by": "day"}),
            ("/stats/timeline", {"by": "week"}),
        ]
        with serving(app) as base, httpx.Client(base_url=base, timeout=30) as client:
            total = client.get("/stats/timeline", params={"by": "month"}).json()["points"]
            results = [measure(client, path, params, args.requests) for path, params in cases]
        app.state.database.close()
    print(json.dumps({
        "benchmark": "api latency (loopback, sequential)",
        "events": sum(p["total"] for p in total), "store_build_s": round(built, 2),
        "python": platform.python_version(), "machine": platform.machine(), "results": results,
    }, indent=2))  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
