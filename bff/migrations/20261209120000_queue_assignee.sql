-- 工作队列 (issue 14): a county or center admin gives a 差评整改, 办不成事, 咨询 or 上门 item to a staff member of its
-- center. Who it was given to; the audit log keeps who gave it and when.
ALTER TABLE review ADD COLUMN assignee_id text REFERENCES resident (id);
ALTER TABLE feedback ADD COLUMN assignee_id text REFERENCES resident (id);
ALTER TABLE home_visit ADD COLUMN assignee_id text REFERENCES resident (id);
