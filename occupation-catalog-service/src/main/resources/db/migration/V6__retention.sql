-- What a stored idempotent answer was for ("POST /api/v1/plans"), so the person's export can list it. Expired answers
-- and erased people's tombstones are deleted by the retention job (org.careercompass.commons.retention.Retention).
ALTER TABLE idempotency_key ADD COLUMN request VARCHAR(300);
