-- Assessment schema. Hibernate validates against it; it never generates DDL.

CREATE TABLE assessment (
    id                 UUID         PRIMARY KEY,
    owner_id           VARCHAR(255) NOT NULL,
    owner_name         VARCHAR(255),
    instrument_id      VARCHAR(40)  NOT NULL,
    instrument_version INTEGER      NOT NULL,
    kind               VARCHAR(20)  NOT NULL CHECK (kind IN ('INTERESTS', 'SKILLS', 'VALUES')),
    answers            JSONB        NOT NULL,
    result             JSONB        NOT NULL,
    taken_at           TIMESTAMPTZ  NOT NULL
);
CREATE INDEX assessment_owner_kind_idx ON assessment (owner_id, kind, taken_at DESC);

-- A person lets a counselor (by username) read their assessments and matches.
CREATE TABLE share (
    id             BIGSERIAL    PRIMARY KEY,
    owner_id       VARCHAR(255) NOT NULL,
    owner_name     VARCHAR(255),
    counselor_name VARCHAR(255) NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    UNIQUE (owner_id, counselor_name)
);
CREATE INDEX share_counselor_idx ON share (counselor_name);
