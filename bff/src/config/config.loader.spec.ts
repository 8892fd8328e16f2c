import { ConfigError, loadConfig } from './config.loader';

const base = { APP_ENV: 'test' };

describe('configuration', () => {
  it('merges the profile with the environment and freezes the result', () => {
    const config = loadConfig({ ...base, PORT: '4100', PLATFORM_URL: 'http://10.1.2.3:8080' });
    expect(config.port).toBe(4100);
    expect(config.upstream.platformUrl).toBe('http://10.1.2.3:8080');
    expect(config.upstream.timeoutMs).toBe(1000); // from config/test.json
    expect(Object.isFrozen(config.upstream)).toBe(true);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PLATFORM_URL', 'not a url'],
    ['DATABASE_URL', 'mysql://x'],
    ['LOG_LEVEL', 'loud'],
    ['UPSTREAM_TIMEOUT_MS', '5'],
  ])('refuses to start on %s=%s and names the variable', (name, value) => {
    expect(() => loadConfig({ ...base, [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, [name]: value })).toThrow(new RegExp(`${name} \\(environment\\)`));
  });

  it('refuses an unknown profile', () => {
    expect(() => loadConfig({ APP_ENV: 'staging' })).toThrow(/APP_ENV/);
  });

  it('needs a real platform address in production', () => {
    expect(() => loadConfig({ APP_ENV: 'production' })).toThrow(/upstream\.platformUrl/);
    expect(loadConfig({ APP_ENV: 'production', PLATFORM_URL: 'https://platform.example.gov.cn' }).host).toBe('0.0.0.0');
  });
});
