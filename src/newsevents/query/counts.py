"""Event counts by dimensions: the table an analyst builds first (dyad x day x quad class).

Why a fixed vocabulary of dimensions: each name maps to code-chosen SQL, so
`--by dyad,day,quad` can never inject SQL, and the CLI, the Python API and the
REST API group the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsevents.errors import FilterError
from newsevents.query.filters import EventFilter, where_clause

DIMENSIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "dyad": (("source_country", "source_country"), ("target_country", "target_country")),
    "source": (("source_country", "source_country"),),
    "target": (("target_country", "target_country"),),
    "day": (("date", "day"),),
    "week": (("strftime(date, '%G-W%V')", "week"),),
    "month": (("strftime(date, '%Y-%m')", "month"),),
    "year": (("year(date)", "year"),),
    "quad": (("quad_class", "quad_class"),),
    "root": (("cameo_root", "cameo_root"),),
    "code": (("cameo_code", "cameo_code"),),
    "plover": (("plover", "plover"),),
    "place_country": (("place_country", "place_country"),),
    "modality": (("modality", "modality"),),
}
MEASURES = (
    "count(*) AS events, CAST(sum(num_mentions) AS BIGINT) AS mentions, "
    "CAST(sum(num_articles) AS BIGINT) AS articles, "
    "round(avg(goldstein), 3) AS mean_goldstein"
)


def parse_by(text: str | Sequence[str]) -> list[str]:
    """`"dyad,day"` or `["dyad", "day"]` -> checked dimension names."""
    names = [n.strip() for n in (text.split(",") if isinstance(text, str) else text)]
    names = [n for n in names if n]
    unknown = [n for n in names if n not in DIMENSIONS]
    if unknown or not names:
        known = ", ".join(DIMENSIONS)
        raise FilterError(f"cannot count by {', '.join(unknown) or 'nothing'}; use {known}")
    return names


def counts_sql(by: Sequence[str], flt: EventFilter | None = None) -> tuple[str, list[Any]]:
    """SELECT of event, mention and article counts grouped by `by`, ordered by the groups."""
    columns = [f"{sql} AS {alias}" for name in parse_by(by) for sql, alias in DIMENSIONS[name]]
    aliases = [alias for name in parse_by(by) for _, alias in DIMENSIONS[name]]
    where, params = where_clause(flt or EventFilter())
    order = ", ".join(f"{a} NULLS LAST" for a in aliases)
    sql = (
        f"SELECT {', '.join(columns)}, {MEASURES} FROM events {where} GROUP BY ALL ORDER BY {order}"
    )
    return sql, params
