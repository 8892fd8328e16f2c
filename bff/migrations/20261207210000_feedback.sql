-- 办不成事 cases and 咨询 questions (issue 17): owned by the BFF (no provincial system holds them), each with a
-- number, an owner center, a deadline in working days and a timeline that is only ever appended to.

CREATE TABLE feedback (
  id text PRIMARY KEY,
  number text NOT NULL UNIQUE,
  resident_id text NOT NULL REFERENCES resident (id),
  type text NOT NULL CHECK (type IN ('case', 'consultation')),
  kind text CHECK (kind IN ('online_failed', 'window_failed', 'repeat_visits', 'result_dispute', 'staff_conduct', 'other')),
  matter_code text,
  application_id text,
  booking_id text,
  owner_center_id text NOT NULL,
  -- what the resident wrote (may name people, give a phone number) and the written answer: encrypted
  text_enc text NOT NULL,
  photos jsonb NOT NULL,
  state text NOT NULL CHECK (state IN ('received', 'handling', 'answered')),
  -- the last day to answer, YYYY-MM-DD (Beijing), as text: the two database drivers read a date column differently
  due_on text NOT NULL CHECK (due_on ~ '^\d{4}-\d{2}-\d{2}$'),
  answer_enc text,
  idempotency_key text,
  request_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  answered_at timestamptz,
  CHECK ((type = 'case') = (kind IS NOT NULL))
);
CREATE UNIQUE INDEX feedback_idempotency ON feedback (resident_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX feedback_by_resident ON feedback (resident_id, created_at DESC);
CREATE INDEX feedback_open ON feedback (owner_center_id, due_on) WHERE state <> 'answered';

-- Who did what and when: staff's progress notes and answers, never updated or deleted.
CREATE TABLE feedback_event (
  feedback_id text NOT NULL REFERENCES feedback (id),
  seq integer NOT NULL,
  state text NOT NULL,
  at timestamptz NOT NULL,
  -- the staff member (a resident id) and their center; null for the filing itself
  staff_id text,
  center_id text,
  note_enc text NOT NULL,
  idempotency_key text,
  PRIMARY KEY (feedback_id, seq)
);
CREATE UNIQUE INDEX feedback_event_idempotency ON feedback_event (feedback_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
