import type { ColumnType, Generated } from 'kysely';

// Row types of the tables in bff/migrations. Kept by hand next to the SQL: the migrations are the truth,
// and database.types.spec.ts checks every column here exists in a migrated database.
type JsonColumn<T> = ColumnType<T, string, string>;

export interface CatalogSnapshotTable {
  id: Generated<number>;
  version: string;
  status: 'building' | 'active' | 'retired';
  matter_count: number;
  theme_count: number;
  center_count: number;
  synced_at: ColumnType<Date, Date | undefined, Date>;
}

export interface MatterTable {
  snapshot_id: number;
  code: string;
  name: string;
  domain_code: string;
  popularity: number;
  updated_at: ColumnType<Date, Date, Date>;
  guide: JsonColumn<unknown>;
}

export interface ThemeTable {
  snapshot_id: number;
  id: string;
  position: number;
  body: JsonColumn<unknown>;
}

export interface CenterTable {
  snapshot_id: number;
  id: string;
  name: string;
  kind: string;
  gcj02_lat: number;
  gcj02_lng: number;
  body: JsonColumn<unknown>;
}

export interface SchemaMigrationTable {
  name: string;
  applied_at: ColumnType<Date, never, never>;
}

export interface Database {
  catalog_snapshot: CatalogSnapshotTable;
  matter: MatterTable;
  theme: ThemeTable;
  center: CenterTable;
  schema_migration: SchemaMigrationTable;
}
