-- BLS OEWS wages by area (metropolitan and nonmetropolitan areas): the areas, and one row per area and 6-digit SOC
-- code. A null wage is one BLS did not publish for the area (suppressed or above its top code), never 0. Replaced as
-- a whole by each import that carries an area file.
CREATE TABLE area (
    code                   VARCHAR(7)   PRIMARY KEY,
    title                  VARCHAR(200) NOT NULL,
    kind                   VARCHAR(16)  NOT NULL CHECK (kind IN ('METROPOLITAN', 'NONMETROPOLITAN')),
    states                 VARCHAR(40)  NOT NULL,
    all_occupations_median INTEGER
);

CREATE TABLE area_wage (
    area_code     VARCHAR(7) NOT NULL REFERENCES area (code) ON DELETE CASCADE,
    soc_code      CHAR(7)    NOT NULL,
    pct10         INTEGER,
    pct25         INTEGER,
    median        INTEGER,
    pct75         INTEGER,
    pct90         INTEGER,
    mean          INTEGER,
    employment    INTEGER,
    hourly_median NUMERIC(8, 2),
    top_coded     BOOLEAN    NOT NULL DEFAULT FALSE,
    PRIMARY KEY (area_code, soc_code)
);

-- Which area release is served, and whether its file had every column (the bundle's extract has percentiles only).
ALTER TABLE catalog_release
    ADD COLUMN oews_area_year SMALLINT,
    ADD COLUMN oews_area_source VARCHAR(300),
    ADD COLUMN oews_area_columns VARCHAR(300);
