-- A delivery made by a helper under a 委托 (issue 18): if the principal revokes the 委托 before the platform has
-- it (an outage kept it in the outbox), it is not sent.
ALTER TABLE application_outbox ADD COLUMN mandate_id text REFERENCES mandate (id);
