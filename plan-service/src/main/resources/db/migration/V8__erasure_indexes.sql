-- Erasure finds what a person caused on other people's plans by their username: timeline events they caused and
-- comments they wrote. Without these indexes each erasure read the whole timeline (bench/scale.sh).
CREATE INDEX plan_event_actor_idx ON plan_event (actor);
CREATE INDEX plan_comment_author_idx ON plan_comment (author);
