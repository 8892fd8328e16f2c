-- The 达标 dashboard counts a county's months in the database (issue 14: ≤ 300 ms at province scale), so each
-- source gets an index on (place, time) and an application keeps the moment it ended (办结 or 不予受理).
ALTER TABLE application ADD COLUMN settled_at timestamptz;
UPDATE application a SET settled_at = d.done_at
FROM (SELECT application_id, min(at) AS done_at FROM application_event
      WHERE status IN ('completed', 'rejected') GROUP BY application_id) d
WHERE d.application_id = a.id;
CREATE INDEX application_settled ON application (owner_center_id, settled_at) WHERE settled_at IS NOT NULL;
-- a window visit is matched to the same resident's application of the same matter ending within 30 days after it
CREATE INDEX application_resident_matter ON application (resident_id, matter_code, settled_at) WHERE settled_at IS NOT NULL;
CREATE INDEX booking_checked_in ON booking (center_id, checked_in_at) WHERE status = 'checked_in';
CREATE INDEX review_by_center ON review (center_id, created_at);
CREATE INDEX feedback_by_owner ON feedback (owner_center_id, created_at);
CREATE INDEX mandate_by_agent_center ON mandate (center_id, granted_at) WHERE kind = 'agent';
CREATE INDEX mandate_action_by_time ON mandate_action (at, mandate_id);
