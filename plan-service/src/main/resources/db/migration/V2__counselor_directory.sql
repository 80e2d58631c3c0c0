-- Counselors this service has seen sign in with the counselor role (from their verified tokens). Only they can be
-- named in a share. Written by org.careercompass.commons.security.Counselors.
CREATE TABLE counselor (
    name       VARCHAR(255) PRIMARY KEY,
    subject    VARCHAR(255) NOT NULL,
    first_seen TIMESTAMPTZ  NOT NULL,
    last_seen  TIMESTAMPTZ  NOT NULL
);
