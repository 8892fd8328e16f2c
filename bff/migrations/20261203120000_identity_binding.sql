-- Real-name binding that proves the person (security issue 13, item 1).
-- What the provincial identity service said of an H5 sign-in's person (name, ID number, phone), when it has
-- verified them itself: AES-256-GCM encrypted JSON, so 实名认证 can use it instead of asking again.
ALTER TABLE sign_in ADD COLUMN identity_enc text;

-- Every change to who a resident is or which phone proves it: first verification, a sign-in joining the resident,
-- a stored phone changed (by proof of the old number or at a window), and who did it. Never updated or deleted.
CREATE TABLE identity_event (
  id                 text PRIMARY KEY,
  resident_id        text NOT NULL REFERENCES resident (id),
  kind               text NOT NULL CHECK (kind IN ('verified', 'joined', 'phone-changed')),
  -- 'self': the resident in the app (the SMS codes say which phones were proven); 'window': staff checked the ID card.
  proof              text NOT NULL CHECK (proof IN ('self', 'window')),
  sign_in_method     text,
  staff_resident_id  text REFERENCES resident (id),
  center_id          text,
  at                 timestamptz NOT NULL DEFAULT now(),
  CHECK ((proof = 'window') = (staff_resident_id IS NOT NULL))
);
CREATE INDEX identity_event_resident ON identity_event (resident_id, at);
