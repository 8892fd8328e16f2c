-- 上门服务 (issue 18): a resident who cannot come (年老, 残疾, 重病 …), or a helper for them, asks a center to come to
-- them for a matter; the center accepts with a time or declines with a reason, and records the visit done.
CREATE TABLE home_visit (
  id text PRIMARY KEY,
  number text NOT NULL UNIQUE,
  resident_id text NOT NULL REFERENCES resident (id),
  matter_code text NOT NULL,
  matter_name text NOT NULL,
  center_id text NOT NULL,
  reason text NOT NULL CHECK (reason IN ('elderly', 'disabled', 'ill', 'other')),
  -- what the resident wrote and where to come: personal data, encrypted
  note_enc text NOT NULL,
  address_enc text NOT NULL,
  state text NOT NULL CHECK (state IN ('requested', 'accepted', 'declined', 'done', 'cancelled')),
  scheduled_at timestamptz,
  -- the center's reason for declining, or its note on the visit done
  answer text,
  staff_id text REFERENCES resident (id),
  -- the 委托 a helper asked under; null when the resident asked themself
  mandate_id text REFERENCES mandate (id),
  idempotency_key text,
  request_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((state = 'accepted') <= (scheduled_at IS NOT NULL))
);
CREATE UNIQUE INDEX home_visit_idempotency ON home_visit (resident_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX home_visit_by_resident ON home_visit (resident_id, created_at DESC);
CREATE INDEX home_visit_open ON home_visit (center_id, created_at) WHERE state IN ('requested', 'accepted');
