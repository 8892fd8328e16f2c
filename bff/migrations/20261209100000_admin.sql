-- The operators' console (issue 14). 县级管理员: a verified resident who administers one county (by its name, as the
-- catalog's centers carry it). The first is created with bff/scripts/staff.mjs; the rest are granted in the console.
CREATE TABLE county_admin (
  resident_id text NOT NULL REFERENCES resident (id),
  county      text NOT NULL,
  granted_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (resident_id, county)
);

-- Every change made through the console (and the command line's grants): who, what, before and after, when. The
-- trigger makes the table append-only for everyone, the BFF included: an UPDATE or DELETE fails.
CREATE TABLE admin_audit (
  id         bigserial PRIMARY KEY,
  at         timestamptz NOT NULL DEFAULT now(),
  -- the resident who made the change; null for the command line
  actor_id   text REFERENCES resident (id),
  action     text NOT NULL,
  county     text NOT NULL,
  center_id  text,
  -- masked description of what was changed (never a full name, phone or ID number)
  target     text NOT NULL,
  before     jsonb,
  after      jsonb
);
CREATE INDEX admin_audit_by_county ON admin_audit (county, id DESC);

CREATE FUNCTION admin_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'admin_audit is append-only';
END
$$;
CREATE TRIGGER admin_audit_no_change BEFORE UPDATE OR DELETE ON admin_audit
  FOR EACH ROW EXECUTE FUNCTION admin_audit_append_only();
CREATE TRIGGER admin_audit_no_truncate BEFORE TRUNCATE ON admin_audit
  FOR EACH STATEMENT EXECUTE FUNCTION admin_audit_append_only();
