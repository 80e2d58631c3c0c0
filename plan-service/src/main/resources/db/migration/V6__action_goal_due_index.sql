-- Every query of actions is within one goal, most of them by due date (a goal's actions, its open actions after a
-- date, the return on a goal's plan), and none reads due dates across goals. One index on (goal_id, due_date) serves
-- them all and the goal's cascade delete, in place of one on goal_id and one on due_date alone: one index entry less
-- to write with each action.
CREATE INDEX action_goal_due_idx ON action (goal_id, due_date);
DROP INDEX action_goal_idx;
DROP INDEX action_due_idx;
