-- 交付 (issue 18): a helper hands an application's result to the principal (or someone they name), proven by a code
-- the principal reads back from their phone, or by a photo of the signed receipt. One hand-over per application.
CREATE TABLE handover (
  id text PRIMARY KEY,
  application_id text NOT NULL UNIQUE,
  principal_id text NOT NULL REFERENCES resident (id),
  mandate_id text NOT NULL REFERENCES mandate (id),
  method text NOT NULL CHECK (method IN ('code', 'signature')),
  -- who received it (the principal, or the name and relation given): personal data, encrypted
  receiver_enc text NOT NULL,
  relation text,
  upload_ids jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
