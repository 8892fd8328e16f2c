-- 搜索缺口 (issue 14): what residents searched and found nothing for, counted per Beijing day (digits masked before
-- they are stored), and the synonyms operators add for them, which the next catalog snapshot searches with.
CREATE TABLE search_miss (
  day     text NOT NULL CHECK (day ~ '^\d{4}-\d{2}-\d{2}$'),
  query   text NOT NULL,
  count   integer NOT NULL,
  last_at timestamptz NOT NULL,
  PRIMARY KEY (day, query)
);

CREATE TABLE search_synonym (
  id              text PRIMARY KEY,
  says            text NOT NULL,
  means           jsonb NOT NULL,
  added_by        text NOT NULL REFERENCES resident (id),
  county          text NOT NULL,
  idempotency_key text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  removed_at      timestamptz
);
CREATE UNIQUE INDEX search_synonym_says ON search_synonym (says) WHERE removed_at IS NULL;
CREATE UNIQUE INDEX search_synonym_idempotency ON search_synonym (added_by, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
