-- The facets of the real O*NET / BLS catalog: tasks, knowledge, technology skills, education distribution, reported
-- titles, career pathways, job zone meanings, employment projections, and the data release the catalog serves.

ALTER TABLE occupation
    ADD COLUMN interest_high_points   VARCHAR(3),
    ADD COLUMN typical_education      VARCHAR(60),
    ADD COLUMN typical_experience     VARCHAR(60),
    ADD COLUMN typical_training       VARCHAR(80),
    ADD COLUMN employment_base        INTEGER CHECK (employment_base >= 0),
    ADD COLUMN employment_projected   INTEGER CHECK (employment_projected >= 0),
    ADD COLUMN employment_change      INTEGER,
    ADD COLUMN employment_change_pct  NUMERIC(6, 1),
    ADD COLUMN annual_openings        INTEGER CHECK (annual_openings >= 0),
    ADD COLUMN projection_period      VARCHAR(10),
    ADD COLUMN employment_oews        INTEGER CHECK (employment_oews >= 0),
    ADD COLUMN pay_annual_mean        INTEGER CHECK (pay_annual_mean >= 0),
    ADD COLUMN pay_top_coded          BOOLEAN NOT NULL DEFAULT FALSE;

-- How many O*NET sources report an alternate title: how established the title is. Titles written by people (curated
-- layer, admin edits) count 3, the default.
ALTER TABLE alternate_title ADD COLUMN sources SMALLINT NOT NULL DEFAULT 3 CHECK (sources BETWEEN 1 AND 9);

ALTER TABLE skill ADD COLUMN kind VARCHAR(10) NOT NULL DEFAULT 'SKILL' CHECK (kind IN ('SKILL', 'KNOWLEDGE'));

CREATE TABLE occupation_knowledge (
    occupation_code VARCHAR(10) NOT NULL REFERENCES occupation (code) ON DELETE CASCADE,
    element_id      VARCHAR(20) NOT NULL REFERENCES skill (element_id),
    importance      REAL        NOT NULL CHECK (importance BETWEEN 1 AND 5),
    level           REAL        NOT NULL CHECK (level BETWEEN 0 AND 7),
    PRIMARY KEY (occupation_code, element_id)
);

CREATE TABLE task (
    occupation_code VARCHAR(10) NOT NULL REFERENCES occupation (code) ON DELETE CASCADE,
    task_id         INTEGER     NOT NULL,
    statement       TEXT        NOT NULL,
    core            BOOLEAN,
    PRIMARY KEY (occupation_code, task_id)
);

CREATE TABLE technology_skill (
    occupation_code VARCHAR(10)  NOT NULL REFERENCES occupation (code) ON DELETE CASCADE,
    example         VARCHAR(300) NOT NULL,
    commodity_code  INTEGER,
    commodity_title VARCHAR(200),
    hot             BOOLEAN      NOT NULL DEFAULT FALSE,
    in_demand       BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (occupation_code, example)
);

-- Share of workers (percent) by O*NET "Required Level of Education" category (RL scale, 1-12).
CREATE TABLE education_share (
    occupation_code VARCHAR(10) NOT NULL REFERENCES occupation (code) ON DELETE CASCADE,
    category        SMALLINT    NOT NULL CHECK (category BETWEEN 1 AND 12),
    percent         REAL        NOT NULL CHECK (percent BETWEEN 0 AND 100),
    PRIMARY KEY (occupation_code, category)
);

-- Job titles reported by workers (O*NET "Sample of Reported Titles"): what people call the job.
CREATE TABLE reported_title (
    occupation_code VARCHAR(10)  NOT NULL REFERENCES occupation (code) ON DELETE CASCADE,
    title           VARCHAR(250) NOT NULL,
    featured        BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (occupation_code, title)
);

CREATE TABLE occupation_pathway (
    occupation_code VARCHAR(10)  NOT NULL REFERENCES occupation (code) ON DELETE CASCADE,
    cluster_id      BIGINT       NOT NULL REFERENCES cluster (id) ON DELETE CASCADE,
    pathway         VARCHAR(120) NOT NULL,
    PRIMARY KEY (occupation_code, cluster_id, pathway)
);

CREATE TABLE job_zone (
    zone        SMALLINT PRIMARY KEY CHECK (zone BETWEEN 1 AND 5),
    name        VARCHAR(120) NOT NULL,
    experience  TEXT,
    education   TEXT,
    training    TEXT,
    examples    TEXT,
    svp_range   VARCHAR(40)
);

-- The releases the catalog serves; one row. generation rises with every write to the catalog, so caches and
-- replicas can tell that what they hold is stale.
CREATE TABLE catalog_release (
    id             SMALLINT PRIMARY KEY CHECK (id = 1),
    onet_release   VARCHAR(20),
    oews_year      SMALLINT,
    ep_period      VARCHAR(10),
    ep_average_change_pct NUMERIC(6, 1),
    oews_all_median INTEGER,
    bundle_version VARCHAR(40),
    loaded_from    VARCHAR(300),
    attribution    TEXT,
    imported_at    TIMESTAMPTZ,
    generation     BIGINT NOT NULL DEFAULT 0
);
INSERT INTO catalog_release (id) VALUES (1);

-- Steps are curated (editorial, written by people) or derived from the data on every import.
-- Derived steps keep O*NET's relatedness order (1 = most related), which ranks paths built from them.
ALTER TABLE career_path_step ADD COLUMN curated BOOLEAN NOT NULL DEFAULT TRUE,
                             ADD COLUMN relatedness SMALLINT;
CREATE INDEX career_path_step_curated_idx ON career_path_step (curated);

-- Keyword search runs on an in-memory index of the release (see occupation.search); the tsvector is no longer kept.
DROP FUNCTION refresh_occupation_search(TEXT[]);
DROP INDEX occupation_search_idx;
ALTER TABLE occupation DROP COLUMN search_vector;
-- The exact-alternate-title lookup of the SQL search (V3) is gone with it; the index only cost writes.
DROP INDEX alternate_title_lower_idx;
