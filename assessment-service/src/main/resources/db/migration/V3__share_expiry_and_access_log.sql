-- Consent: a share may end at a given time; an expired share grants nothing.
ALTER TABLE share ADD COLUMN expires_at TIMESTAMPTZ;

-- Every read of a person's results by someone else (a counselor it is shared with): who, what, when. The owner lists it;
-- erasure removes it. Written by org.careercompass.commons.security.AccessLog.
CREATE TABLE access_log (
    id       BIGSERIAL    PRIMARY KEY,
    owner_id VARCHAR(255) NOT NULL,
    reader   VARCHAR(255) NOT NULL,
    what     VARCHAR(300) NOT NULL,
    at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX access_log_owner_idx ON access_log (owner_id, at DESC);
CREATE INDEX access_log_reader_idx ON access_log (reader);
