-- 用证记录: every read, display, verification and use of a resident's licence, shown to that resident. Only
-- what the log needs is kept (type name, action, who, why); never the licence's contents.
CREATE TABLE licence_use (
  id                 text PRIMARY KEY,
  resident_id        text NOT NULL REFERENCES resident (id),
  licence_id         text NOT NULL,
  type_name          text NOT NULL,
  action             text NOT NULL CHECK (action IN ('read', 'display', 'verify', 'use')),
  actor              text NOT NULL CHECK (actor IN ('self', 'verifier', 'application')),
  actor_resident_id  text REFERENCES resident (id),
  purpose            text NOT NULL,
  at                 timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX licence_use_resident_at ON licence_use (resident_id, at DESC);

-- 授权用证: applications for one matter may use one licence type of this resident, until revoked.
CREATE TABLE licence_consent (
  id           text PRIMARY KEY,
  resident_id  text NOT NULL REFERENCES resident (id),
  type_code    text NOT NULL,
  type_name    text NOT NULL,
  matter_code  text NOT NULL,
  matter_name  text NOT NULL,
  purpose      text NOT NULL,
  granted_at   timestamptz NOT NULL DEFAULT now(),
  revoked_at   timestamptz
);
-- One active consent per resident, licence type and matter.
CREATE UNIQUE INDEX licence_consent_active ON licence_consent (resident_id, type_code, matter_code) WHERE revoked_at IS NULL;
