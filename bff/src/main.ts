import { ConfigError, loadConfig } from './config/config.loader';
import { startOpeningDatabase } from './database/early-open';
import { DataFolderInUseError } from './database/folder-lock';
import { refuseSandboxUpstreams } from './upstream/sandbox-refusal';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw e;
  }
  startOpeningDatabase(config);
  await refuseSandboxUpstreams(config);
  // Loaded after the database has started opening, so PGlite's start-up overlaps Nest's module loading.
  const { createApp } = await import('./app.factory.js');
  const app = await createApp(config);
  await app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  // A plain line besides the JSON logs, for the person who just typed npm start.
  process.stdout.write(
    `BFF listening on http://${shown}:${config.port}${config.apiDocs ? ' (API docs: /api/docs)' : ''}\n`,
  );
}

void main().catch((e: unknown) => {
  if (e instanceof DataFolderInUseError) {
    process.stderr.write(`BFF not started: ${e.message}\n`);
    process.exit(75); // EX_TEMPFAIL: the folder is busy; a start after the other process stopped succeeds
  }
  process.stderr.write(`BFF failed to start: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
