-- Window bookings (预约), their capacity, the waitlist (候补), window staff and notifications.

-- One row per slot that has ever been booked: the place count lives here so that one conditional
-- INSERT … ON CONFLICT DO UPDATE … WHERE taken < capacity takes a place atomically, whichever BFF instance asks.
-- A slot nobody booked has no row; its capacity then comes from the center's windows and configuration.
CREATE TABLE booking_slot (
  center_id text NOT NULL,
  starts_at timestamptz NOT NULL,
  -- matters are grouped by domain: each group has its own places in a slot (社保 does not eat 户籍's)
  group_code text NOT NULL,
  capacity integer NOT NULL CHECK (capacity >= 0),
  taken integer NOT NULL DEFAULT 0 CHECK (taken >= 0 AND taken <= capacity),
  PRIMARY KEY (center_id, starts_at, group_code)
);

CREATE TABLE booking (
  id text PRIMARY KEY,
  resident_id text NOT NULL REFERENCES resident (id),
  center_id text NOT NULL,
  matter_code text NOT NULL,
  group_code text NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('confirmed', 'checked_in', 'cancelled', 'no_show')),
  check_in_code text NOT NULL UNIQUE,
  idempotency_key text,
  request_hash text,
  from_waitlist boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  cancelled_at timestamptz,
  checked_in_at timestamptz,
  checked_in_by text
);
-- A retried POST with the same Idempotency-Key finds the first booking instead of making a second.
CREATE UNIQUE INDEX booking_idempotency ON booking (resident_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
-- One active booking per matter per person, held by the database even if a rule check were skipped.
CREATE UNIQUE INDEX booking_one_per_matter ON booking (resident_id, matter_code) WHERE status = 'confirmed';
CREATE INDEX booking_by_resident ON booking (resident_id, starts_at DESC);
CREATE INDEX booking_by_center ON booking (center_id, starts_at);

CREATE TABLE booking_waitlist (
  id text PRIMARY KEY,
  resident_id text NOT NULL REFERENCES resident (id),
  center_id text NOT NULL,
  matter_code text NOT NULL,
  group_code text NOT NULL,
  starts_at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('waiting', 'booked', 'expired', 'left')),
  booking_id text REFERENCES booking (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX waitlist_once ON booking_waitlist (resident_id, center_id, starts_at, matter_code) WHERE status = 'waiting';
CREATE INDEX waitlist_queue ON booking_waitlist (center_id, starts_at, group_code, created_at) WHERE status = 'waiting';

-- Window staff: a signed-in resident account with a center scope. Granted by an operator (bff/scripts/staff.mjs).
CREATE TABLE staff_member (
  resident_id text NOT NULL REFERENCES resident (id),
  center_id text NOT NULL,
  role text NOT NULL DEFAULT 'clerk' CHECK (role IN ('clerk')),
  granted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (resident_id, center_id)
);

CREATE TABLE notification (
  id text PRIMARY KEY,
  resident_id text NOT NULL REFERENCES resident (id),
  kind text NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  target text,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz
);
CREATE INDEX notification_by_resident ON notification (resident_id, created_at DESC);
