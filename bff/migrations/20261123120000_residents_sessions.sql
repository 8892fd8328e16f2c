-- Residents, how they sign in, and their sessions. ID numbers, phones and names are stored only encrypted
-- (AES-256-GCM, see bff/src/common/pii-cipher.ts); *_hash columns are keyed HMACs for lookups.
CREATE TABLE resident (
  id              text PRIMARY KEY,             -- random, unguessable
  created_at      timestamptz NOT NULL DEFAULT now(),
  name_enc        text,
  id_number_enc   text,
  id_number_hash  text,
  phone_enc       text,
  phone_hash      text,
  verified_at     timestamptz,
  consent_version text,
  consent_at      timestamptz,
  -- Set when the same person verified from another sign-in first: this row's sign-ins moved there.
  merged_into     text REFERENCES resident (id),
  CHECK ((verified_at IS NULL) = (id_number_hash IS NULL))
);
-- One verified resident per ID number, enforced by the database.
CREATE UNIQUE INDEX resident_id_number ON resident (id_number_hash) WHERE id_number_hash IS NOT NULL;

-- A WeChat openid, an Alipay user id or a provincial identity subject, and whose it is.
CREATE TABLE sign_in (
  method        text NOT NULL CHECK (method IN ('wechat', 'alipay', 'h5')),
  subject       text NOT NULL,
  resident_id   text NOT NULL REFERENCES resident (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_used_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (method, subject)
);
CREATE INDEX sign_in_resident ON sign_in (resident_id);

-- A session is a family of refresh tokens: each refresh uses one and issues the next. Using one twice means it
-- was stolen, and the whole family is revoked.
CREATE TABLE session_family (
  id              text PRIMARY KEY,
  resident_id     text NOT NULL REFERENCES resident (id),
  method          text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  revoked_at      timestamptz,
  revoked_reason  text CHECK (revoked_reason IN ('logout', 'refresh-reuse', 'merged'))
);
CREATE INDEX session_family_resident ON session_family (resident_id);

CREATE TABLE refresh_token (
  token_hash  text PRIMARY KEY,                -- SHA-256 of the token; the token itself is never stored
  family_id   text NOT NULL REFERENCES session_family (id),
  issued_at   timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz
);
CREATE INDEX refresh_token_family ON refresh_token (family_id);
