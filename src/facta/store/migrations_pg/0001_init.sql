-- facta store schema (PostgreSQL), migration 0001: articles, their full records, and one table per record kind.
-- Every row of actors/places/events/statements belongs to an article; ids are local to the article.
CREATE TABLE IF NOT EXISTS articles (
    id            TEXT PRIMARY KEY,
    title         TEXT,
    url           TEXT,
    published     TEXT,
    outlet        TEXT,
    language      TEXT,
    n_sentences   INTEGER,
    content_hash  TEXT,
    text          TEXT NOT NULL,
    processed_at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);
CREATE INDEX IF NOT EXISTS articles_hash ON articles (content_hash);

-- The complete record as JSON (the same document `facta extract` prints), for lossless reads.
CREATE TABLE IF NOT EXISTS records (
    article_id  TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    pipeline    TEXT,
    json        JSONB NOT NULL
);

CREATE TABLE IF NOT EXISTS actors (
    article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id           TEXT NOT NULL,
    name         TEXT NOT NULL,
    kind         TEXT,
    country      TEXT,
    sector       TEXT,
    role         TEXT,
    affiliation  TEXT,
    n_mentions   INTEGER,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX IF NOT EXISTS actors_name ON actors (name);
CREATE INDEX IF NOT EXISTS actors_country ON actors (country);

CREATE TABLE IF NOT EXISTS places (
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    name        TEXT NOT NULL,
    geonameid   INTEGER,
    lat         DOUBLE PRECISION,
    lon         DOUBLE PRECISION,
    country     TEXT,
    admin1      TEXT,
    feature     TEXT,
    PRIMARY KEY (article_id, id)
);

CREATE TABLE IF NOT EXISTS events (
    article_id            TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id                    TEXT NOT NULL,
    type                  TEXT NOT NULL,
    mode                  TEXT,
    contexts              TEXT,   -- JSON list
    cameo                 TEXT,
    acled_event_type      TEXT,
    acled_sub_event_type  TEXT,
    source                TEXT,   -- JSON list of actor ids
    target                TEXT,   -- JSON list of actor ids
    place_id              TEXT,
    date                  TEXT,
    date_precision        TEXT,
    date_text             TEXT,
    date_inherited        INTEGER,
    killed                INTEGER,
    injured               INTEGER,
    arrested              INTEGER,
    negated               INTEGER,
    hypothetical          INTEGER,
    conditional           INTEGER,
    future                INTEGER,
    historical            INTEGER,
    statement_id          TEXT,
    sentence              INTEGER,
    start                 INTEGER,
    "end"                 INTEGER,
    trigger               TEXT,
    evidence              TEXT,
    confidence            DOUBLE PRECISION,
    coder                 TEXT,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX IF NOT EXISTS events_type ON events (type);
CREATE INDEX IF NOT EXISTS events_date ON events (date);

CREATE TABLE IF NOT EXISTS statements (
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    speaker     TEXT,
    cue         TEXT,
    content     TEXT,
    direct      INTEGER,
    addressee   TEXT,
    stance      TEXT,
    topic       TEXT,
    sentence    INTEGER,
    start       INTEGER,
    "end"       INTEGER,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX IF NOT EXISTS statements_topic ON statements (topic);
