-- 好差评 (issue 17). The provincial 好差评 system is the store of record; this keeps the link from a resident and
-- what they rated to the provincial evaluation, the case as last reported (a read model for 我的评价 and the staff
-- queue), and an outbox so a rating given while the provincial system is down is delivered later, exactly once.

CREATE TABLE review (
  id text PRIMARY KEY,
  resident_id text NOT NULL REFERENCES resident (id),
  subject_kind text NOT NULL CHECK (subject_kind IN ('application', 'visit', 'window')),
  -- the application or booking rated; null for a window rated through its printed QR
  subject_id text,
  -- the center whose staff answer a 差评 about it
  center_id text NOT NULL,
  title text NOT NULL,
  place text,
  level smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
  indicator_set text NOT NULL,
  indicators jsonb NOT NULL,
  reasons jsonb NOT NULL,
  -- what the resident wrote may name people or give a phone number: encrypted like their other personal data
  content_enc text NOT NULL,
  photos jsonb NOT NULL,
  revised boolean NOT NULL DEFAULT false,
  answers integer NOT NULL DEFAULT 0,
  open_until timestamptz NOT NULL,
  idempotency_key text,
  request_hash text NOT NULL,
  evaluation_id text UNIQUE,
  case_no text,
  case_state text,
  case_opened_at timestamptz,
  case_reopened boolean NOT NULL DEFAULT false,
  -- the resident's last answer to a rectification (追评 or 回访); null until there is one
  case_satisfied boolean,
  case_events jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- 一事一评 / 一次一评: one rating per application and per visit, whoever sends it and however often
CREATE UNIQUE INDEX review_one_per_subject ON review (subject_kind, subject_id) WHERE subject_id IS NOT NULL;
CREATE UNIQUE INDEX review_idempotency ON review (resident_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX review_by_resident ON review (resident_id, created_at DESC);
CREATE INDEX review_open_cases ON review (center_id, case_opened_at)
  WHERE case_state IN ('VERIFYING', 'RECTIFYING', 'RECTIFIED', 'APPEALING', 'UNRECTIFIABLE_REVIEW');

-- One row per delivery (the rating, its one revision, each 追评), taken FOR UPDATE SKIP LOCKED like the
-- applications' outbox; a review's rows go in order (a revision never overtakes its rating).
CREATE TABLE review_outbox (
  id text PRIMARY KEY,
  review_id text NOT NULL REFERENCES review (id),
  seq integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('submit', 'revise', 'answer')),
  upstream_key text NOT NULL UNIQUE,
  body_enc text,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error text,
  done_at timestamptz,
  failed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (review_id, seq)
);
CREATE INDEX review_outbox_due ON review_outbox (next_attempt_at) WHERE done_at IS NULL AND failed_at IS NULL;
