-- The catalog is the provincial platform's; the BFF keeps versioned snapshots of it so it can serve guides
-- and search while the platform is down. A snapshot is written whole in one transaction, then activated.
CREATE TABLE catalog_snapshot (
  id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  version       text NOT NULL,
  status        text NOT NULL CHECK (status IN ('building', 'active', 'retired')),
  matter_count  integer NOT NULL,
  theme_count   integer NOT NULL,
  center_count  integer NOT NULL,
  synced_at     timestamptz NOT NULL DEFAULT now()
);
-- At most one active snapshot, enforced by the database rather than by the sync code.
CREATE UNIQUE INDEX catalog_snapshot_single_active ON catalog_snapshot (status) WHERE status = 'active';

CREATE TABLE matter (
  snapshot_id   integer NOT NULL REFERENCES catalog_snapshot (id) ON DELETE CASCADE,
  code          text NOT NULL,
  name          text NOT NULL,
  domain_code   text NOT NULL,
  popularity    integer NOT NULL DEFAULT 0,
  updated_at    timestamptz NOT NULL,
  guide         jsonb NOT NULL,
  PRIMARY KEY (snapshot_id, code)
);

CREATE TABLE theme (
  snapshot_id   integer NOT NULL REFERENCES catalog_snapshot (id) ON DELETE CASCADE,
  id            text NOT NULL,
  position      integer NOT NULL,
  body          jsonb NOT NULL,
  PRIMARY KEY (snapshot_id, id)
);

CREATE TABLE center (
  snapshot_id   integer NOT NULL REFERENCES catalog_snapshot (id) ON DELETE CASCADE,
  id            text NOT NULL,
  name          text NOT NULL,
  kind          text NOT NULL,
  gcj02_lat     double precision NOT NULL,
  gcj02_lng     double precision NOT NULL,
  body          jsonb NOT NULL,
  PRIMARY KEY (snapshot_id, id)
);
