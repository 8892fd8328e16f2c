-- 帮办代办 (issue 18): agents of a station or center, and the 委托 by which a principal lets an agent or a family
-- member act for them. A 委托 row is never deleted: revocation and expiry only end it, so what was allowed when
-- stays readable next to what was done under it.

-- 帮办代办员: a verified resident who works for the residents of a station or center (granted like staff).
CREATE TABLE agent_member (
  resident_id text NOT NULL REFERENCES resident (id),
  center_id text NOT NULL,
  granted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (resident_id, center_id)
);

CREATE TABLE mandate (
  id text PRIMARY KEY,
  principal_id text NOT NULL REFERENCES resident (id),
  helper_id text NOT NULL REFERENCES resident (id),
  kind text NOT NULL CHECK (kind IN ('agent', 'family')),
  -- the agent's center (an agent outside it no longer acts under it); null for family
  center_id text,
  level text NOT NULL CHECK (level IN ('query', 'handle')),
  -- [{code, name}]: matters covered; licence types the helper may attach
  matters jsonb NOT NULL,
  licence_types jsonb NOT NULL,
  granted_via text NOT NULL CHECK (granted_via IN ('principal-sms', 'readback-sms', 'window', 'face')),
  -- how it was proven: e.g. the masked phone the code went to, the staff member and the 委托书 uploads
  proof jsonb NOT NULL,
  granted_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  -- principal | helper
  revoked_by text CHECK (revoked_by IN ('principal', 'helper')),
  -- one 委托 per grant: the principal's Idempotency-Key, or the read-back request it confirmed
  grant_key text NOT NULL,
  request_hash text NOT NULL,
  CHECK (principal_id <> helper_id),
  CHECK ((kind = 'agent') = (center_id IS NOT NULL)),
  CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
CREATE UNIQUE INDEX mandate_grant_key ON mandate (principal_id, grant_key);
CREATE INDEX mandate_by_principal ON mandate (principal_id, granted_at DESC);
CREATE INDEX mandate_by_helper ON mandate (helper_id, granted_at DESC);

-- 代办记录: what a helper did under a 委托, shown to the principal. Only ever appended to.
CREATE TABLE mandate_action (
  id text PRIMARY KEY,
  mandate_id text NOT NULL REFERENCES mandate (id),
  principal_id text NOT NULL REFERENCES resident (id),
  action text NOT NULL,
  matter_name text,
  subject_id text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mandate_action_by_mandate ON mandate_action (mandate_id, at DESC);
CREATE INDEX mandate_action_by_principal ON mandate_action (principal_id, at DESC);
