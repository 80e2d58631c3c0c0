-- What workers do beyond the task list (O*NET Detailed and Intermediate Work Activities linked to tasks), the tools
-- they use (O*NET Tools Used, by UNSPSC commodity), O*NET's apprenticeship rating, and the international codes of each
-- occupation (ESCO occupations and their ISCO-08 codes, through a published crosswalk). All replaced by each import
-- that carries them; an occupation without rows has none published, never none.

-- O*NET Intermediate Work Activities (IWA Reference) and Detailed Work Activities (DWA Reference).
CREATE TABLE work_activity_group (
    iwa_id     VARCHAR(30)  PRIMARY KEY,
    element_id VARCHAR(20)  NOT NULL,
    title      VARCHAR(300) NOT NULL
);

CREATE TABLE work_activity (
    dwa_id VARCHAR(30)  PRIMARY KEY,
    iwa_id VARCHAR(30)  NOT NULL REFERENCES work_activity_group (iwa_id) ON DELETE CASCADE,
    title  VARCHAR(300) NOT NULL
);

-- Tasks to DWAs: which of an occupation's tasks (task.task_id) carry out which DWA.
CREATE TABLE task_activity (
    occupation_code VARCHAR(10) NOT NULL REFERENCES occupation (code) ON DELETE CASCADE,
    task_id         INTEGER     NOT NULL,
    dwa_id          VARCHAR(30) NOT NULL REFERENCES work_activity (dwa_id) ON DELETE CASCADE,
    PRIMARY KEY (occupation_code, task_id, dwa_id)
);
CREATE INDEX task_activity_dwa_idx ON task_activity (dwa_id);

-- O*NET Tools Used: the example as O*NET words it and its UNSPSC commodity.
CREATE TABLE tool_used (
    occupation_code VARCHAR(10)  NOT NULL REFERENCES occupation (code) ON DELETE CASCADE,
    example         VARCHAR(300) NOT NULL,
    commodity_code  INTEGER      NOT NULL,
    commodity_title VARCHAR(200) NOT NULL,
    PRIMARY KEY (occupation_code, example)
);
CREATE INDEX tool_used_commodity_idx ON tool_used (commodity_code);

-- O*NET Education, Training, and Experience 3.A.4.a "Apprenticeship", importance scale (IM, 1-5).
ALTER TABLE occupation ADD COLUMN apprenticeship_importance REAL CHECK (apprenticeship_importance BETWEEN 1 AND 5);

-- ESCO occupations mapped to an O*NET occupation: the crosswalk maps each ESCO occupation to one O*NET-SOC 2010 code,
-- joined to O*NET-SOC 2019 (what O*NET 29.0 uses) through the official 2010 -> 2019 crosswalk.
CREATE TABLE occupation_esco (
    occupation_code VARCHAR(10)  NOT NULL REFERENCES occupation (code) ON DELETE CASCADE,
    esco_uri        VARCHAR(200) NOT NULL,
    esco_title      VARCHAR(300) NOT NULL,
    isco_code       VARCHAR(4)   NOT NULL CHECK (isco_code ~ '^[0-9]{4}$'),
    onet_2010_code  VARCHAR(10)  NOT NULL,
    confidence      REAL,
    PRIMARY KEY (occupation_code, esco_uri)
);
CREATE INDEX occupation_esco_isco_idx ON occupation_esco (isco_code);

ALTER TABLE catalog_release
    ADD COLUMN esco_source VARCHAR(500);
