-- A share with someone who has not signed in here as a counselor is an invitation: it grants nothing until a person
-- signed in with that username and the counselor role accepts it, before invited_until.
ALTER TABLE plan_share
    ADD COLUMN state VARCHAR(16) NOT NULL DEFAULT 'ACTIVE' CHECK (state IN ('ACTIVE', 'INVITED')),
    ADD COLUMN invited_until TIMESTAMPTZ,
    ADD CONSTRAINT plan_share_invitation_has_end CHECK (state = 'ACTIVE' OR invited_until IS NOT NULL);
