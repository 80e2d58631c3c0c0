-- Plan schema. Hibernate validates against it; it never generates DDL.

CREATE TABLE plan (
    id             UUID         PRIMARY KEY,
    owner_id       VARCHAR(255) NOT NULL,
    owner_name     VARCHAR(255),
    title          VARCHAR(200) NOT NULL,
    phase          VARCHAR(30)  NOT NULL CHECK (phase IN ('SELF_ASSESSMENT', 'EXPLORATION', 'GOAL_SETTING',
                                                        'PREPARATION', 'JOB_SEARCH', 'ON_THE_JOB')),
    calendar_token VARCHAR(64)  UNIQUE,
    created_at     TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX plan_owner_idx ON plan (owner_id, created_at DESC);

CREATE TABLE goal (
    id                 UUID         PRIMARY KEY,
    plan_id            UUID         NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    title              VARCHAR(200) NOT NULL,
    target_occupation  VARCHAR(10),
    target_title       VARCHAR(200),
    aim                VARCHAR(500),
    measurable_outcome VARCHAR(500) NOT NULL,
    target_date        DATE         NOT NULL,
    status             VARCHAR(20)  NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'ACHIEVED', 'ABANDONED')),
    created_at         TIMESTAMPTZ  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CHECK (target_occupation IS NOT NULL OR aim IS NOT NULL)
);
CREATE INDEX goal_plan_idx ON goal (plan_id);

CREATE TABLE action (
    id               UUID         PRIMARY KEY,
    goal_id          UUID         NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    type             VARCHAR(30)  NOT NULL,
    title            VARCHAR(200) NOT NULL,
    notes            TEXT,
    due_date         DATE,
    status           VARCHAR(20)  NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    completed_on     DATE,
    effort_hours     NUMERIC(7, 1) CHECK (effort_hours > 0),
    cost             NUMERIC(12, 2) CHECK (cost >= 0),
    provider         VARCHAR(200),
    accredited       BOOLEAN,
    contact          VARCHAR(200),
    organization     VARCHAR(200),
    outcome          VARCHAR(30),
    lessons_learned  TEXT,
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CHECK ((status = 'DONE') = (completed_on IS NOT NULL))
);
CREATE INDEX action_goal_idx ON action (goal_id);
CREATE INDEX action_due_idx ON action (due_date);

-- The timeline: append-only. Rows go with their plan; nothing ever updates one.
CREATE TABLE plan_event (
    id          BIGSERIAL    PRIMARY KEY,
    plan_id     UUID         NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    at          TIMESTAMPTZ  NOT NULL,
    actor       VARCHAR(255) NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    subject_id  UUID,
    detail      VARCHAR(1000)
);
CREATE INDEX plan_event_plan_idx ON plan_event (plan_id, id);
CREATE FUNCTION plan_event_is_append_only() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'plan_event is append-only';
END
$$;
CREATE TRIGGER plan_event_no_update BEFORE UPDATE ON plan_event
    FOR EACH ROW EXECUTE FUNCTION plan_event_is_append_only();

CREATE TABLE plan_share (
    id             BIGSERIAL    PRIMARY KEY,
    plan_id        UUID         NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    counselor_name VARCHAR(255) NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    UNIQUE (plan_id, counselor_name)
);
CREATE INDEX plan_share_counselor_idx ON plan_share (counselor_name);

CREATE TABLE plan_comment (
    id         UUID          PRIMARY KEY,
    plan_id    UUID          NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    author     VARCHAR(255)  NOT NULL,
    body       VARCHAR(4000) NOT NULL,
    created_at TIMESTAMPTZ   NOT NULL
);
CREATE INDEX plan_comment_plan_idx ON plan_comment (plan_id, created_at);
