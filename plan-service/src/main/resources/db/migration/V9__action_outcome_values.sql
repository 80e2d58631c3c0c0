-- An action's outcome is one of ActionOutcome's values. A free-text outcome written before is kept in the lessons
-- learned ("Outcome: ..."), so nothing the person wrote is lost.
UPDATE action
SET lessons_learned = LEFT(CONCAT_WS(E'\n', 'Outcome: ' || outcome, lessons_learned), 4000),
    outcome = NULL
WHERE outcome IS NOT NULL
  AND outcome NOT IN ('PENDING', 'INVITED', 'PASSED', 'OFFER', 'ACCEPTED', 'DECLINED', 'REJECTED', 'WITHDRAWN',
                      'NO_RESPONSE', 'COMPLETED');
ALTER TABLE action ADD CONSTRAINT action_outcome_known CHECK (outcome IS NULL OR outcome IN ('PENDING', 'INVITED',
    'PASSED', 'OFFER', 'ACCEPTED', 'DECLINED', 'REJECTED', 'WITHDRAWN', 'NO_RESPONSE', 'COMPLETED'));
