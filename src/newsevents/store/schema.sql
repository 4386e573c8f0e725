-- newsevents store schema (DuckDB). Every id is a content hash, so every insert is
-- "insert or ignore": re-ingesting the same input adds nothing.
-- `record` holds the event's full JSON record (store/records.py), the same document the
-- CLI prints with --format jsonl; the other columns exist to filter and aggregate in SQL.

CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY,
    origin VARCHAR,
    url VARCHAR,
    title VARCHAR,
    outlet VARCHAR,
    published DATE,
    text VARCHAR NOT NULL,
    n_events INTEGER NOT NULL,
    ingested_at TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    date DATE,
    date_precision VARCHAR NOT NULL,
    date_from VARCHAR NOT NULL,
    timex VARCHAR,
    source_code VARCHAR,
    source_country VARCHAR,
    source_sector VARCHAR,
    source_text VARCHAR,
    target_code VARCHAR,
    target_country VARCHAR,
    target_sector VARCHAR,
    target_text VARCHAR,
    cameo_code VARCHAR NOT NULL,
    cameo_root VARCHAR NOT NULL,
    quad_class INTEGER,
    goldstein DOUBLE,
    plover VARCHAR,
    modality VARCHAR NOT NULL,
    confidence DOUBLE NOT NULL,
    corroboration VARCHAR,
    place_name VARCHAR,
    place_geonameid BIGINT,
    place_lat DOUBLE,
    place_lon DOUBLE,
    place_country VARCHAR,
    sentence_index INTEGER NOT NULL,
    sentence VARCHAR NOT NULL,
    rule VARCHAR NOT NULL,
    dictionary_version VARCHAR,
    model_version VARCHAR,
    record VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS reported_by (
    event_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    name VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    actor_code VARCHAR,
    quote VARCHAR,
    PRIMARY KEY (event_id, position)
);

CREATE TABLE IF NOT EXISTS places (
    article_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    name VARCHAR NOT NULL,
    geonameid BIGINT,
    lat DOUBLE,
    lon DOUBLE,
    country VARCHAR,
    feature_class VARCHAR,
    role VARCHAR,
    span_start INTEGER,
    span_end INTEGER,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE IF NOT EXISTS rejected (
    rejected_id VARCHAR PRIMARY KEY,
    origin VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    excerpt VARCHAR,
    rejected_at TIMESTAMP NOT NULL
);

-- Every URL, date and origin an article was seen under (issue 12): one normalised text is
-- one article (its events stored once), however many addresses or dates it came with.
CREATE TABLE IF NOT EXISTS article_aliases (
    alias_id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    url VARCHAR,
    published DATE,
    origin VARCHAR,
    seen_at TIMESTAMP NOT NULL
);
