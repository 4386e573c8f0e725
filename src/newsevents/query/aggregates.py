"""Aggregates over events: the dyad time series, the top dyads and events per place.

Each function returns parameterised SQL for a WHERE clause built elsewhere
(`filters.where_clause` plus any extra conditions), so the REST API, notebooks
and a future CLI command aggregate the same way. Bucket sizes are chosen from a
fixed set, never spliced from user text.
"""

from __future__ import annotations

from typing import Any, Literal

Bucket = Literal["day", "week", "month"]
BUCKETS: tuple[Bucket, ...] = ("day", "week", "month")
QUAD_COLUMNS = (
    "verbal_cooperation",
    "material_cooperation",
    "verbal_conflict",
    "material_conflict",
)

_QUAD_COUNTS = ", ".join(
    f"count(*) FILTER (WHERE quad_class = {n}) AS {name}"
    for n, name in enumerate(QUAD_COLUMNS, start=1)
)


def and_where(where: str, condition: str) -> str:
    """`where` (``WHERE ...`` or empty) with one more condition ANDed on."""
    return f"{where} AND {condition}" if where else f"WHERE {condition}"


def timeline_sql(where: str, params: list[Any], by: Bucket) -> tuple[str, list[Any]]:
    """Events per `by` period: counts per quad class, total and mean Goldstein (dated only)."""
    if by not in BUCKETS:
        raise ValueError(f"unknown bucket {by!r}")
    sql = (
        f"SELECT CAST(date_trunc('{by}', date) AS DATE) AS period, count(*) AS total, "
        f"{_QUAD_COUNTS}, avg(goldstein) AS goldstein_mean FROM events "
        f"{and_where(where, 'date IS NOT NULL')} GROUP BY period ORDER BY period"
    )
    return sql, list(params)


def dyads_sql(where: str, params: list[Any], top: int) -> tuple[str, list[Any]]:
    """The `top` source→target country pairs by number of events."""
    condition = "source_country IS NOT NULL AND target_country IS NOT NULL"
    sql = (
        "SELECT source_country AS source, target_country AS target, count(*) AS total, "
        f"{_QUAD_COUNTS}, avg(goldstein) AS goldstein_mean FROM events "
        f"{and_where(where, condition)} GROUP BY source_country, target_country "
        "ORDER BY total DESC, source, target LIMIT ?"
    )
    return sql, [*params, top]


def places_sql(where: str, params: list[Any], limit: int) -> tuple[str, list[Any]]:
    """Events per resolved place (for a map): name, coordinates, counts per quad class."""
    condition = "place_lat IS NOT NULL AND place_lon IS NOT NULL"
    sql = (
        "SELECT place_geonameid AS geonameid, place_name AS name, place_lat AS lat, "
        "place_lon AS lon, any_value(place_country) AS country, count(*) AS total, "
        f"{_QUAD_COUNTS}, avg(goldstein) AS goldstein_mean FROM events "
        f"{and_where(where, condition)} GROUP BY place_geonameid, place_name, place_lat, "
        "place_lon ORDER BY total DESC, name LIMIT ?"
    )
    return sql, [*params, limit]
