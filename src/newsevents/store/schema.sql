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

-- Cross-article merging (dedup/across_articles.py; issue 9). An `events` row is one happening:
-- the first report stored keeps its row, and every report of it (the first included) is a row
-- of `mentions`. The num_* columns are recomputed from `mentions` after each write.
ALTER TABLE events ADD COLUMN IF NOT EXISTS num_mentions INTEGER DEFAULT 1;
ALTER TABLE events ADD COLUMN IF NOT EXISTS num_sources INTEGER DEFAULT 1;
ALTER TABLE events ADD COLUMN IF NOT EXISTS num_articles INTEGER DEFAULT 1;
ALTER TABLE events ADD COLUMN IF NOT EXISTS first_seen DATE;
ALTER TABLE events ADD COLUMN IF NOT EXISTS last_seen DATE;
ALTER TABLE events ADD COLUMN IF NOT EXISTS is_root BOOLEAN DEFAULT FALSE;
-- characters of the article's title and text that are U+FFFD (bad bytes replaced on decoding)
ALTER TABLE articles ADD COLUMN IF NOT EXISTS replaced_chars INTEGER DEFAULT 0;

-- One row per report of an event in an article. `mention_id` is the id the event had in its
-- own article (the per-article content hash); `event_id` is the merged event it was put in.
-- `story_id` is the article this one is a version of (itself when it is an original).
CREATE TABLE IF NOT EXISTS mentions (
    mention_id VARCHAR PRIMARY KEY,
    event_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    story_id VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    verb_start INTEGER NOT NULL,
    verb_end INTEGER NOT NULL,
    source_start INTEGER,
    target_start INTEGER,
    sentence VARCHAR NOT NULL,
    cameo_code VARCHAR NOT NULL,
    outlet VARCHAR,
    url VARCHAR,
    published DATE,
    confidence DOUBLE NOT NULL,
    modality VARCHAR NOT NULL,
    in_lead BOOLEAN NOT NULL,
    added_at TIMESTAMP NOT NULL
);

-- The MinHash signature of each article and the story it is a version of.
CREATE TABLE IF NOT EXISTS article_versions (
    article_id VARCHAR PRIMARY KEY,
    story_id VARCHAR NOT NULL,
    published DATE,
    signature UBIGINT[] NOT NULL
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
