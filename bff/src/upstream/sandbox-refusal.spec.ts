import { loadConfig } from '../config/config.loader';
import { upstreamUrls } from './sandbox-refusal';

describe('the upstream URLs checked against the sandbox', () => {
  it('are every URL under upstream, the approval system included, but not the proxy', () => {
    const config = loadConfig({
      APP_ENV: 'test',
      PLATFORM_URL: 'http://platform',
      APPROVAL_URL: 'http://approval',
      UPSTREAM_PROXY_URL: 'http://proxy:3128',
    });
    expect(upstreamUrls(config).sort()).toEqual(['http://approval', 'http://platform']);
  });

  it('pick up a system added to the configuration without a list to update', () => {
    const { upstream } = loadConfig({ APP_ENV: 'test', PLATFORM_URL: 'http://platform' });
    const added = {
      upstream: { ...upstream, taxUrl: 'https://tax.example', courts: { apiUrl: 'https://courts.example' } },
    };
    expect(upstreamUrls(added).sort()).toEqual(['http://platform', 'https://courts.example', 'https://tax.example']);
  });
});
