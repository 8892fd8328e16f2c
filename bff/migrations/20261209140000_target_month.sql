-- The 达标 dashboard's month counts per place (issue 14), kept once counted: a county's year is hundreds of thousands
-- of rows, so a month is counted from them when it has no fresh row here, and read from here otherwise. Nothing
-- depends on a row but the dashboard; dropping them all only makes the next requests count again.
CREATE TABLE target_month (
  center_id   text NOT NULL,
  month       text NOT NULL CHECK (month ~ '^\d{4}-\d{2}$'),
  counts      jsonb NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (center_id, month)
);
