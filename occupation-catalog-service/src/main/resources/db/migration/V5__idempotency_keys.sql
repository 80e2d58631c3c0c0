-- Safe retries: the answer to a POST carrying an Idempotency-Key, written in the same transaction as the POST's own
-- rows (org.careercompass.commons.web.IdempotencyKeys). Kept 24 hours.
CREATE TABLE idempotency_key (
    owner        VARCHAR(255)  NOT NULL,
    idem_key     VARCHAR(255)  NOT NULL,
    request_hash CHAR(64)      NOT NULL,
    status       INTEGER       NOT NULL,
    location     VARCHAR(2000),
    content_type VARCHAR(200),
    body         TEXT,
    created_at   TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (owner, idem_key)
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);
