-- 临时停止服务 (issue 14): a center closed for a period (停电, 装修 …), decided in the console. The bookings in it are
-- moved to the center's first free slot after it or cancelled, and the waitlist for it ends, in the transaction
-- that records the closure; slots inside a closure are not offered.
CREATE TABLE center_closure (
  id              text PRIMARY KEY,
  center_id       text NOT NULL,
  starts_at       timestamptz NOT NULL,
  ends_at         timestamptz NOT NULL,
  reason          text NOT NULL CHECK (reason IN ('power', 'renovation', 'weather', 'other')),
  note            text NOT NULL,
  created_by      text NOT NULL REFERENCES resident (id),
  idempotency_key text,
  request_hash    text NOT NULL,
  moved           integer NOT NULL DEFAULT 0,
  cancelled       integer NOT NULL DEFAULT 0,
  waitlist_ended  integer NOT NULL DEFAULT 0,
  created_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at)
);
CREATE INDEX center_closure_by_center ON center_closure (center_id, ends_at);
CREATE UNIQUE INDEX center_closure_idempotency ON center_closure (created_by, idempotency_key)
  WHERE idempotency_key IS NOT NULL;

-- Why the center changed a booking, as the resident reads it on the booking (改约 or 取消 by a closure).
ALTER TABLE booking ADD COLUMN closure_id text REFERENCES center_closure (id);
ALTER TABLE booking ADD COLUMN notice text;
