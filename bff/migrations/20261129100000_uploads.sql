-- Files a resident uploads as application materials (photos and PDFs). The bytes live in the file store
-- (local disk or an S3-compatible bucket) under storage_key, which is random and never derived from the name.
-- An upload no application has taken expires (expires_at) and is swept with its file; attaching it clears
-- expires_at and records what took it.
CREATE TABLE upload (
  id            text PRIMARY KEY,
  resident_id   text NOT NULL REFERENCES resident (id),
  kind          text NOT NULL CHECK (kind IN ('image', 'pdf')),
  -- the cleaned name shown back (basename, safe characters, ≤ 80, ID-number and phone runs masked)
  name          text NOT NULL,
  size          integer NOT NULL CHECK (size > 0),
  -- of the stored bytes (after re-encoding), hex
  sha256        text NOT NULL,
  width         integer,
  height        integer,
  content_type  text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'application/pdf')),
  storage_key   text NOT NULL UNIQUE,
  created_at    timestamptz NOT NULL,
  expires_at    timestamptz,
  attached_at   timestamptz,
  -- the application (or linked theme submission) that took it; set by the applications module
  attached_to   text,
  CHECK ((attached_at IS NULL) = (expires_at IS NOT NULL)),
  CHECK ((attached_at IS NULL) = (attached_to IS NULL))
);
CREATE INDEX upload_resident_pending ON upload (resident_id) WHERE attached_at IS NULL;
CREATE INDEX upload_expires_at ON upload (expires_at) WHERE expires_at IS NOT NULL;
