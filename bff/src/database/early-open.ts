import type { AppConfigShape } from '../config/config.schema';
import { openDatabase, pgliteDirFor, type DatabaseHandle } from './connection';

// PGlite spends seconds compiling its WASM and, on a new data folder, running initdb. main.ts starts that before
// it loads Nest and the feature modules, so the two overlap; the DatabaseModule then takes the open handle.
let early: Promise<DatabaseHandle> | null = null;

export function connectionOptionsFor(config: Readonly<AppConfigShape>): Parameters<typeof openDatabase>[0] {
  return {
    databaseUrl: config.databaseUrl,
    // DATA_DIR=memory:// keeps PGlite in memory (throwaway runs).
    pgliteDir: config.dataDir.startsWith('memory://') ? 'memory://' : pgliteDirFor(config.dataDir),
  };
}

/** Throws at once (DataFolderInUseError) when another process holds the PGlite data folder. */
export function startOpeningDatabase(config: Readonly<AppConfigShape>): void {
  early = openDatabase(connectionOptionsFor(config));
  // Surfaced when the module takes it; this only avoids an unhandled-rejection warning meanwhile.
  early.catch(() => undefined);
}

/** The handle main.ts started opening, once; null when nothing was started (tests). */
export function takeEarlyDatabase(): Promise<DatabaseHandle> | null {
  const handle = early;
  early = null;
  return handle;
}
