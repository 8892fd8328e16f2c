-- 掌上办 applications: drafts, submissions, their delivery to the approval platform (outbox), the timeline
-- the platform reports, and 补正 requests.

CREATE TABLE application_draft (
  id text NOT NULL,
  resident_id text NOT NULL REFERENCES resident (id),
  matter_code text NOT NULL,
  form_version text NOT NULL,
  -- what the resident typed (may hold a phone or address): encrypted like the rest of their personal data
  body_enc text NOT NULL,
  step text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (resident_id, id)
);
CREATE INDEX application_draft_expiry ON application_draft (expires_at);

CREATE TABLE application (
  id text PRIMARY KEY,
  resident_id text NOT NULL REFERENCES resident (id),
  matter_code text NOT NULL,
  matter_name text NOT NULL,
  theme_id text,
  -- our 'submitted' until the platform reports a step; then the status of its latest step (highest seq)
  status text NOT NULL,
  number text UNIQUE,
  query_code text,
  -- form values and delivery address, encrypted (PiiCipher); materials hold only licence and upload ids
  payload_enc text NOT NULL,
  materials jsonb NOT NULL,
  notify boolean NOT NULL DEFAULT false,
  promised_days integer NOT NULL,
  idempotency_key text,
  request_hash text NOT NULL,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  accepted_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  last_polled_at timestamptz
);
CREATE UNIQUE INDEX application_idempotency ON application (resident_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX application_by_resident ON application (resident_id, submitted_at DESC);
CREATE INDEX application_open ON application (last_polled_at) WHERE number IS NOT NULL AND status NOT IN ('rejected', 'completed', 'delivered');

-- One row per delivery to the platform (the submission, each 补正 answer). A worker takes due rows with
-- FOR UPDATE SKIP LOCKED, so several instances share the work and none sends a row twice at once; the
-- upstream idempotency key makes a resend after an unknown outcome harmless.
CREATE TABLE application_outbox (
  id text PRIMARY KEY,
  application_id text NOT NULL REFERENCES application (id),
  kind text NOT NULL CHECK (kind IN ('submit', 'supplement')),
  upstream_key text NOT NULL UNIQUE,
  body_enc text,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error text,
  done_at timestamptz,
  failed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX application_outbox_due ON application_outbox (next_attempt_at) WHERE done_at IS NULL AND failed_at IS NULL;

-- The platform's steps, keyed by its sequence number: a duplicate callback changes nothing, a late one slots in.
CREATE TABLE application_event (
  application_id text NOT NULL REFERENCES application (id),
  seq integer NOT NULL,
  event_id text NOT NULL UNIQUE,
  status text NOT NULL,
  at timestamptz NOT NULL,
  office text,
  note text,
  supplement jsonb,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (application_id, seq)
);

CREATE TABLE application_supplement (
  id text PRIMARY KEY,
  application_id text NOT NULL REFERENCES application (id),
  items jsonb NOT NULL,
  requested_at timestamptz NOT NULL,
  answered_at timestamptz
);

ALTER TABLE notification ADD COLUMN push_channel text;
ALTER TABLE notification ADD COLUMN push_status text;
