-- Occupation catalog schema. Hibernate validates against it; it never generates DDL.

CREATE TABLE cluster (
    id          BIGSERIAL PRIMARY KEY,
    scheme      VARCHAR(20)  NOT NULL CHECK (scheme IN ('SOC_GROUP', 'CAREER_CLUSTER')),
    code        VARCHAR(64)  NOT NULL UNIQUE,
    title       VARCHAR(200) NOT NULL,
    description TEXT,
    version     BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE skill (
    element_id  VARCHAR(20)  PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    category    VARCHAR(40)  NOT NULL,
    description TEXT
);

CREATE TABLE occupation (
    code                  VARCHAR(10)  PRIMARY KEY CHECK (code ~ '^[0-9]{2}-[0-9]{4}\.[0-9]{2}$'),
    title                 VARCHAR(200) NOT NULL,
    description           TEXT         NOT NULL,
    soc_group_id          BIGINT       NOT NULL REFERENCES cluster (id),
    job_zone              SMALLINT CHECK (job_zone BETWEEN 1 AND 5),
    entry_education       SMALLINT CHECK (entry_education BETWEEN 1 AND 12),
    work_experience       VARCHAR(200),
    on_the_job_training   VARCHAR(200),
    certification_notes   TEXT,
    interest_realistic    REAL, interest_investigative REAL, interest_artistic REAL,
    interest_social       REAL, interest_enterprising  REAL, interest_conventional REAL,
    value_achievement     REAL, value_working_conditions REAL, value_recognition REAL,
    value_relationships   REAL, value_support REAL, value_independence REAL,
    pay_annual_median     INTEGER CHECK (pay_annual_median >= 0),
    pay_annual_p10        INTEGER CHECK (pay_annual_p10 >= 0),
    pay_annual_p25        INTEGER CHECK (pay_annual_p25 >= 0),
    pay_annual_p75        INTEGER CHECK (pay_annual_p75 >= 0),
    pay_annual_p90        INTEGER CHECK (pay_annual_p90 >= 0),
    pay_hourly_median     NUMERIC(8, 2) CHECK (pay_hourly_median >= 0),
    pay_year              SMALLINT,
    pay_source            VARCHAR(200),
    search_vector         TSVECTOR,
    version               BIGINT NOT NULL DEFAULT 0,
    updated_at            TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX occupation_search_idx ON occupation USING GIN (search_vector);
CREATE INDEX occupation_soc_group_idx ON occupation (soc_group_id);
CREATE INDEX occupation_job_zone_idx ON occupation (job_zone);
CREATE INDEX occupation_pay_idx ON occupation (pay_annual_median);

CREATE TABLE occupation_cluster (
    occupation_code VARCHAR(10) NOT NULL REFERENCES occupation (code) ON DELETE CASCADE,
    cluster_id      BIGINT      NOT NULL REFERENCES cluster (id) ON DELETE CASCADE,
    PRIMARY KEY (occupation_code, cluster_id)
);
CREATE INDEX occupation_cluster_cluster_idx ON occupation_cluster (cluster_id);

CREATE TABLE alternate_title (
    occupation_code VARCHAR(10)  NOT NULL REFERENCES occupation (code) ON DELETE CASCADE,
    title           VARCHAR(250) NOT NULL,
    PRIMARY KEY (occupation_code, title)
);

CREATE TABLE occupation_skill (
    occupation_code VARCHAR(10) NOT NULL REFERENCES occupation (code) ON DELETE CASCADE,
    element_id      VARCHAR(20) NOT NULL REFERENCES skill (element_id),
    importance      REAL        NOT NULL CHECK (importance BETWEEN 1 AND 5),
    level           REAL        NOT NULL CHECK (level BETWEEN 0 AND 7),
    PRIMARY KEY (occupation_code, element_id)
);

CREATE TABLE related_occupation (
    occupation_code VARCHAR(10) NOT NULL REFERENCES occupation (code) ON DELETE CASCADE,
    related_code    VARCHAR(10) NOT NULL REFERENCES occupation (code) ON DELETE CASCADE,
    tier            VARCHAR(40) NOT NULL,
    rank            SMALLINT    NOT NULL,
    PRIMARY KEY (occupation_code, related_code)
);

CREATE TABLE career_path_step (
    id                   BIGSERIAL PRIMARY KEY,
    from_code            VARCHAR(10) NOT NULL REFERENCES occupation (code) ON DELETE CASCADE,
    to_code              VARCHAR(10) NOT NULL REFERENCES occupation (code) ON DELETE CASCADE,
    kind                 VARCHAR(20) NOT NULL CHECK (kind IN ('PROMOTION', 'LATERAL', 'REQUIRES_EDUCATION')),
    typical_years        NUMERIC(4, 1) CHECK (typical_years >= 0),
    added_education      SMALLINT CHECK (added_education BETWEEN 1 AND 12),
    added_certification  VARCHAR(300),
    notes                TEXT,
    version              BIGINT NOT NULL DEFAULT 0,
    CHECK (from_code <> to_code),
    UNIQUE (from_code, to_code)
);
CREATE INDEX career_path_step_to_idx ON career_path_step (to_code);

-- Full-text document of one occupation: title (A), alternate titles (B), description (C).
-- Called after every write that touches those columns; NULL refreshes every occupation. Returns rows refreshed.
CREATE FUNCTION refresh_occupation_search(codes TEXT[]) RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
    refreshed INTEGER;
BEGIN
    UPDATE occupation o
       SET search_vector =
             setweight(to_tsvector('english', o.title), 'A')
          || setweight(to_tsvector('english', coalesce(
                 (SELECT string_agg(a.title, ' ') FROM alternate_title a WHERE a.occupation_code = o.code), '')), 'B')
          || setweight(to_tsvector('english', o.description), 'C')
     WHERE codes IS NULL OR o.code = ANY (codes);
    GET DIAGNOSTICS refreshed = ROW_COUNT;
    RETURN refreshed;
END
$$;
