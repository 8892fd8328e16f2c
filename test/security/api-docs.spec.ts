import { productionEnv } from '../support/production-env';
import { startSystem, type RunningSystem } from '../support/system';

// The attack: reading /api/docs-json on a production BFF to get every route, parameter and error code, the map for
// probing it. Production serves the docs only when an operator turns them on.
const { PLATFORM_URL: _ownPlatform, ...production } = productionEnv();

describe('the API docs of a production BFF', () => {
  let sys: RunningSystem | undefined;
  afterEach(() => sys?.close());

  it('are not served unless API_DOCS=true', async () => {
    sys = await startSystem({ synced: false, env: production });
    for (const path of ['/api/docs', '/api/docs-json', '/api/docs-yaml', '/api/docs/'])
      expect((await sys.get(path)).status).toBe(404);
  });

  it('are served when an operator turns them on', async () => {
    sys = await startSystem({ synced: false, env: { ...production, API_DOCS: 'true' } });
    expect((await sys.get('/api/docs-json')).status).toBe(200);
    expect((await sys.get('/api/docs')).status).toBe(200);
  });
});
