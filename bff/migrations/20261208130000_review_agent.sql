-- 代评 (issue 18): a rating given for a resident by a helper under a 委托: who it was (their real name goes to the
-- provincial 好差评 system, which tells ratings done by agents apart), how they are related, and their masked
-- name as the resident's list shows it.
ALTER TABLE review ADD COLUMN agent_id text REFERENCES resident (id);
ALTER TABLE review ADD COLUMN agent_relation text CHECK (agent_relation IN ('agent', 'family'));
ALTER TABLE review ADD COLUMN agent_name text;
ALTER TABLE review ADD CONSTRAINT review_agent_all CHECK (
  (agent_id IS NULL) = (agent_relation IS NULL) AND (agent_id IS NULL) = (agent_name IS NULL)
);
