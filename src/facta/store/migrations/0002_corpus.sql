-- facta store schema, migration 0002: full-text search, near-duplicate signatures, canonical events.

-- Full-text index over article titles and text. It keeps its own copy of the text (keyed by article id)
-- so that VACUUM, which may renumber the rowids of `articles`, cannot put it out of step.
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5 (
    article_id UNINDEXED, title, text, tokenize = 'porter unicode61'
);
CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (article_id, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN
    DELETE FROM articles_fts WHERE article_id = old.id;
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE ON articles BEGIN
    DELETE FROM articles_fts WHERE article_id = old.id;
    INSERT INTO articles_fts (article_id, title, text) VALUES (new.id, new.title, new.text);
END;
INSERT INTO articles_fts (article_id, title, text) SELECT id, title, text FROM articles;
ALTER TABLE articles ADD COLUMN author TEXT;
CREATE INDEX IF NOT EXISTS articles_url ON articles (url);

-- MinHash signature of each article and its near-duplicate group (the id of the group's first article).
CREATE TABLE IF NOT EXISTS article_signatures (
    article_id  TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    dup_group   TEXT NOT NULL,
    similarity  REAL,             -- estimated Jaccard with the group's closest earlier article
    signature   BLOB NOT NULL     -- 128 little-endian uint32 values
);
CREATE INDEX IF NOT EXISTS article_signatures_group ON article_signatures (dup_group);

-- LSH buckets: one row per (article, band); articles sharing a bucket are near-duplicate candidates.
CREATE TABLE IF NOT EXISTS article_bands (
    bucket      INTEGER NOT NULL,
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS article_bands_bucket ON article_bands (bucket);
CREATE INDEX IF NOT EXISTS article_bands_article ON article_bands (article_id);

-- One row per real-world event, with the best-supported values of its mentions.
CREATE TABLE IF NOT EXISTS canonical_events (
    id                    TEXT PRIMARY KEY,
    type                  TEXT NOT NULL,
    date                  TEXT,
    date_precision        TEXT,
    date_low              TEXT,
    date_high             TEXT,
    place_name            TEXT,
    geonameid             INTEGER,
    lat                   REAL,
    lon                   REAL,
    country               TEXT,
    admin1                TEXT,
    source_actor          TEXT,
    source_country        TEXT,
    source_sector         TEXT,
    target_actor          TEXT,
    target_country        TEXT,
    target_sector         TEXT,
    actors                TEXT,   -- JSON list of {key, name, kind, country, sector, role, n_mentions}
    killed                INTEGER,
    killed_low            INTEGER,
    killed_high           INTEGER,
    injured               INTEGER,
    injured_low           INTEGER,
    injured_high          INTEGER,
    arrested              INTEGER,
    arrested_low          INTEGER,
    arrested_high         INTEGER,
    mode                  TEXT,
    cameo                 TEXT,
    acled_event_type      TEXT,
    acled_sub_event_type  TEXT,
    n_mentions            INTEGER NOT NULL,
    n_articles            INTEGER NOT NULL,
    n_sources             INTEGER NOT NULL,
    n_independent         INTEGER NOT NULL,
    outlets               TEXT,   -- JSON list
    first_published       TEXT,
    last_published        TEXT,
    evidence              TEXT,
    evidence_article_id   TEXT,
    evidence_sentence     INTEGER,
    confidence            REAL,
    summary               TEXT NOT NULL   -- JSON: what new mentions are matched against
);
CREATE INDEX IF NOT EXISTS canonical_events_type_date ON canonical_events (type, date_low, date_high);
CREATE INDEX IF NOT EXISTS canonical_events_date ON canonical_events (date);

-- One row per report of an event: which article, sentence and outlet, and the values it gave.
CREATE TABLE IF NOT EXISTS event_mentions (
    canonical_id          TEXT NOT NULL,
    article_id            TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    event_id              TEXT NOT NULL,
    type                  TEXT NOT NULL,
    sentence              INTEGER NOT NULL,
    evidence              TEXT NOT NULL,
    outlet                TEXT,
    url                   TEXT,
    published             TEXT,
    dup_group             TEXT,
    date                  TEXT,
    date_precision        TEXT,
    place_key             TEXT,
    place_name            TEXT,
    geonameid             INTEGER,
    lat                   REAL,
    lon                   REAL,
    country               TEXT,
    admin1                TEXT,
    source                TEXT,   -- JSON list of actors {key, name, kind, country, sector}
    target                TEXT,   -- JSON list of actors
    actor_names           TEXT,   -- folded names of all actors, ' | ' separated (for filtering)
    actor_countries       TEXT,   -- ' ETH USA ' (for filtering)
    killed                INTEGER,
    injured               INTEGER,
    arrested              INTEGER,
    mode                  TEXT,
    cameo                 TEXT,
    acled_event_type      TEXT,
    acled_sub_event_type  TEXT,
    confidence            REAL,
    terms                 TEXT,   -- JSON list of the evidence sentence's names and numbers
    start                 INTEGER,  -- character offsets of the evidence sentence in the article
    "end"                 INTEGER,
    PRIMARY KEY (article_id, event_id)
);
CREATE INDEX IF NOT EXISTS event_mentions_canonical ON event_mentions (canonical_id);

-- Browsing views (Datasette and friends).
CREATE VIEW IF NOT EXISTS event_details AS
SELECT e.article_id, e.id AS event_id, m.canonical_id, e.type, e.date, e.date_precision,
       p.name AS place, p.country AS place_country, p.lat, p.lon,
       e.killed, e.injured, e.arrested, e.trigger, e.evidence, e.confidence,
       a.title, a.url, a.outlet, a.published
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN places p ON p.article_id = e.article_id AND p.id = e.place_id
LEFT JOIN event_mentions m ON m.article_id = e.article_id AND m.event_id = e.id;

CREATE VIEW IF NOT EXISTS canonical_event_sources AS
SELECT m.canonical_id, c.type, c.date, c.place_name, m.outlet, m.published, a.title, a.url,
       m.sentence, m.evidence, m.dup_group
FROM event_mentions m
JOIN canonical_events c ON c.id = m.canonical_id
JOIN articles a ON a.id = m.article_id;

CREATE VIEW IF NOT EXISTS duplicate_articles AS
SELECT s.dup_group, s.article_id, s.similarity, a.outlet, a.title, a.url, a.published
FROM article_signatures s
JOIN articles a ON a.id = s.article_id
WHERE s.dup_group IN (SELECT dup_group FROM article_signatures GROUP BY dup_group HAVING count(*) > 1);
