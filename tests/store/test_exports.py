"""GDELT 2.0, PLOVER and Parquet exports of a merged store: loadable, typed, repeatable."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import jsonschema
import pandas as pd
import pytest
from tests.store import stories

from newsevents.cli.main import main
from newsevents.errors import StoreError
from newsevents.store import Store
from newsevents.store.export_gdelt import export_gdelt, global_id
from newsevents.store.export_parquet import export_parquet
from newsevents.store.export_plover import export_plover, plover_schema

# GDELT 2.0's event header, in file order (gdelt_event_schema.md), written out independently.
GDELT_HEADER = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
]
MENTIONS_HEADER = [
    "GLOBALEVENTID",
    "EventTimeDate",
    "MentionTimeDate",
    "MentionType",
    "MentionSourceName",
    "MentionIdentifier",
    "SentenceID",
    "Actor1CharOffset",
    "Actor2CharOffset",
    "ActionCharOffset",
    "InRawText",
    "Confidence",
    "MentionDocLen",
    "MentionDocTone",
    "MentionDocTranslationInfo",
    "Extras",
]
CODES: dict[str, str | type] = {c: str for c in GDELT_HEADER if c.endswith("Code")}
CODES.update(dict.fromkeys(("SQLDATE", "MonthYear", "Year", "ActionGeo_Type"), "Int64"))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "s.duckdb"
    with Store.open(path) as store:
        store.add_coded(stories.corpus())
    return path


@pytest.fixture
def gdelt(db: Path, tmp_path: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    with Store.open(db, read_only=True) as store:
        assert export_gdelt(store, tmp_path / "gd") == {"events": 4, "mentions": 6}
    read = {"sep": "\t", "header": None, "quoting": 3, "keep_default_na": False, "na_values": [""]}
    events = pd.read_csv(tmp_path / "gd/events.tsv", names=GDELT_HEADER, dtype=CODES, **read)
    mentions = pd.read_csv(tmp_path / "gd/mentions.tsv", names=MENTIONS_HEADER, **read)
    return events, mentions


def test_gdelt_events_load_with_pandas_in_gdelt_types(gdelt: tuple[pd.DataFrame, ...]) -> None:
    events = gdelt[0].set_index("SQLDATE", drop=False)
    assert events.shape[1] == 61
    shelling = events.loc[20240311]
    assert (shelling.MonthYear, shelling.Year, shelling.FractionDate) == (
        202403,
        2024,
        2024.2767,
    )  # (3*30+11)/365
    assert (shelling.Actor1Code, shelling.Actor1CountryCode, shelling.Actor1Type1Code) == (
        "NLDMIL", "NLD", "MIL",
    )  # fmt: skip
    assert (shelling.Actor2Code, shelling.Actor2Type1Code) == ("SLDGOV", "GOV")
    assert (shelling.EventCode, shelling.EventBaseCode, shelling.EventRootCode) == (
        "195", "195", "19",
    )  # fmt: skip
    assert (shelling.NumMentions, shelling.NumArticles, shelling.NumSources) == (3, 2, 2)
    assert (shelling.IsRootEvent, shelling.QuadClass) == (1, 4)
    assert (shelling.ActionGeo_FullName, shelling.ActionGeo_CountryCode) == ("Brook", "UP")
    assert (shelling.ActionGeo_Type, shelling.ActionGeo_FeatureID) == (4, 703448)
    assert shelling.SOURCEURL.startswith("https://northern.example/")
    assert pd.isna(shelling.AvgTone)
    assert pd.isna(shelling.Actor1Geo_Type)
    visit = events.loc[20240405]
    assert (visit.EventCode, visit.EventRootCode) == ("042", "04")  # leading zeros kept
    assert pd.api.types.is_integer_dtype(events["NumMentions"])
    assert pd.api.types.is_float_dtype(events["GoldsteinScale"])
    assert str(events["GLOBALEVENTID"].dtype) == "int64"


def test_an_event_without_date_is_written_with_empty_dates(
    gdelt: tuple[pd.DataFrame, ...],
) -> None:
    undated = gdelt[0][gdelt[0].EventCode == "018"]
    assert len(undated) == 1
    assert undated[["SQLDATE", "MonthYear", "Year", "FractionDate"]].isna().all(axis=None)


def test_gdelt_mentions_round_trip_to_their_events(
    gdelt: tuple[pd.DataFrame, ...], db: Path
) -> None:
    events, mentions = gdelt
    assert mentions.shape[1] == 16
    per_event = mentions.groupby("GLOBALEVENTID").size()
    assert per_event.to_dict() == events.set_index("GLOBALEVENTID")["NumMentions"].to_dict()
    with Store.open(db, read_only=True) as store:
        stored = store.frame("SELECT * FROM mentions")
    by_id = {global_id(r.event_id): r for r in stored.itertuples()}
    assert set(mentions.GLOBALEVENTID) == set(by_id)
    for row in mentions.itertuples():
        assert row.MentionIdentifier in set(stored.url)
        assert row.MentionType == 1
        assert row.InRawText == 1
        assert 0 <= row.ActionCharOffset < row.MentionDocLen
    assert set(mentions.MentionSourceName) == {"northern", "ledger", "coast"}
    assert set(mentions.SentenceID) == {1}
    assert set(mentions.Confidence) == {80}


def test_a_gdelt_format_reader_parses_the_files(db: Path, tmp_path: Path) -> None:
    """py_gdelt's own parsers (GDELT 2.0 layout) read every dated event and every mention."""
    from py_gdelt.models.events import Event as GdeltEvent
    from py_gdelt.parsers.events import EventsParser
    from py_gdelt.parsers.mentions import MentionsParser

    with Store.open(db, read_only=True) as store:
        export_gdelt(store, tmp_path / "gd", tone_placeholder=0.0)
    raw = list(EventsParser().parse((tmp_path / "gd/events.tsv").read_bytes()))
    assert len(raw) == 3  # the undated event has no SQLDATE, which this reader requires
    events = {e.event_code: GdeltEvent.from_raw(e) for e in raw}
    shelling = next(e for e in raw if e.sql_date == "20240311")
    assert (shelling.actor1_code, shelling.actor2_type1_code) == ("NLDMIL", "GOV")
    assert (shelling.num_mentions, shelling.num_articles, shelling.num_sources) == ("3", "2", "2")
    assert shelling.action_geo_country_code == "UP"
    assert set(events) == {"195", "042"}
    mentions = list(MentionsParser().parse((tmp_path / "gd/mentions.tsv").read_bytes()))
    assert len(mentions) == 6
    assert {m.global_event_id for m in mentions} >= {e.global_event_id for e in raw}


def test_exports_repeat_byte_for_byte_and_refuse_to_overwrite(db: Path, tmp_path: Path) -> None:
    with Store.open(db, read_only=True) as store:
        export_gdelt(store, tmp_path / "a")
        export_plover(store, tmp_path / "a.jsonl")
        with pytest.raises(StoreError, match="--force"):
            export_gdelt(store, tmp_path / "a")
        with pytest.raises(StoreError, match="--force"):
            export_plover(store, tmp_path / "a.jsonl")
    with Store.open(db) as store:  # re-ingest: nothing changes, so neither does the export
        store.add_coded(stories.corpus())
        export_gdelt(store, tmp_path / "a2")
        export_plover(store, tmp_path / "a2.jsonl")
    for name in ("a/events.tsv", "a/mentions.tsv", "a.jsonl"):
        again = name.replace("a/", "a2/").replace("a.jsonl", "a2.jsonl")
        assert (tmp_path / name).read_bytes() == (tmp_path / again).read_bytes()


def test_plover_records_validate_against_the_schema(db: Path, tmp_path: Path) -> None:
    with Store.open(db, read_only=True) as store:
        assert export_plover(store, tmp_path / "p.jsonl") == {"events": 4}
    schema = plover_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    lines = (tmp_path / "p.jsonl").read_text("utf-8").splitlines()
    records = {(r["cameo_code"], r["date"]): r for r in map(json.loads, lines)}
    for record in records.values():
        validator.validate(record)
        assert len(record["mentions"]) == record["num_mentions"]
    assert records["195", "2024-03-11"]["event_type"] == "ASSAULT"
    assert records["195", "2024-03-11"]["actor"] == {"code": "NLDMIL", "name": "Northland troops",
                                       "country": "NLD", "sector": "MIL"}  # fmt: skip
    assert records["195", "2024-03-11"]["location"]["geonameid"] == 703448
    assert records["042", "2024-04-05"]["event_type"] == "CONSULT"
    assert records["042", "2024-04-05"]["mode"] == "visit"
    assert records["018", None]["event_type"] is None  # PLOVER drops CAMEO statements
    bad = dict(records["195", "2024-03-11"], event_type="SHELL")
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(bad)


def test_parquet_is_typed_and_partitioned_by_month(db: Path, tmp_path: Path) -> None:
    with Store.open(db, read_only=True) as store:
        counts = export_parquet(store, tmp_path / "pq")
    assert counts == {"events": 4, "mentions": 6, "articles": 6}
    months = sorted(p.name for p in (tmp_path / "pq/events").iterdir())
    assert months == ["month=2024-03", "month=2024-04"]
    con = duckdb.connect()
    glob = str(tmp_path / "pq/events/*/*.parquet")
    found = con.execute(
        "SELECT month, count(*), typeof(any_value(date)), max(num_mentions) "
        f"FROM read_parquet('{glob}', hive_partitioning = true) GROUP BY month ORDER BY month"
    ).fetchall()
    assert found == [("2024-03", 2, "DATE", 3), ("2024-04", 2, "DATE", 1)]


def test_cli_export_writes_and_asks_for_force(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cli"
    assert main(["export", "gdelt", "--db", str(db), str(out)]) == 0
    assert len((out / "events.tsv").read_text().splitlines()) == 4
    assert main(["export", "gdelt", "--db", str(db), str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["export", "gdelt", "--db", str(db), str(out), "--force"]) == 0
    assert main(["export", "plover", "--db", str(tmp_path / "none.duckdb"), "x.jsonl"]) == 2
    assert "no database" in capsys.readouterr().err
