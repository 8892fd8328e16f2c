-- The center answerable for an application (issue 17): the center of the applicant's home county that handles the
-- matter, fixed when it is submitted. A 差评 of it goes to that center's staff, and the 好差评 counts of a center
-- count it among the services the center gave (rated or not). Applications from before have none.
ALTER TABLE application ADD COLUMN owner_center_id text;
CREATE INDEX application_owner ON application (owner_center_id, updated_at) WHERE owner_center_id IS NOT NULL;
