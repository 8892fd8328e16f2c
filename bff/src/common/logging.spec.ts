import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/config.loader';
import { createRootLogger } from './logging';

describe('the root logger', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zsb-log-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('masks ID numbers and phones whatever field they hide in, and redacts credentials', () => {
    const file = join(dir, 'a.log');
    const config = loadConfig({ APP_ENV: 'test', LOG_LEVEL: 'info', LOG_FILE: file });
    const logger = createRootLogger(config);
    // As an upstream error might carry the body it sent.
    logger.warn(
      {
        upstream: { body: '{"name":"张三","id_number":"410502199001011234"}' },
        headers: { authorization: 'Bearer secret-token' },
      },
      'sent 13812345678',
    );
    const line = readFileSync(file, 'utf8');
    expect(line).toContain('4105**********1234');
    expect(line).toContain('138****5678');
    expect(line).not.toContain('410502199001011234');
    expect(line).not.toContain('13812345678');
    expect(line).not.toContain('secret-token');
  });

  it('replaces secret-named values in objects, in JSON held in strings and in URLs inside messages', () => {
    const file = join(dir, 'b.log');
    const logger = createRootLogger(loadConfig({ APP_ENV: 'test', LOG_LEVEL: 'info', LOG_FILE: file }));
    logger.warn(
      {
        code: 'UPSTREAM_UNAVAILABLE',
        smsCode: '482913',
        session: { refreshToken: 'rt-secret-1' },
        upstream: { body: '{"ticket":"tk-secret-2","query_code":"771204"}' },
      },
      'retrying https://api.example/sns/jscode2session?appid=wx1&secret=app-secret-3&js_code=jc-secret-4',
    );
    const line = readFileSync(file, 'utf8');
    for (const secret of ['482913', 'rt-secret-1', 'tk-secret-2', '771204', 'app-secret-3', 'jc-secret-4'])
      expect(line).not.toContain(secret);
    expect(JSON.parse(line)).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      smsCode: '[redacted]',
      session: { refreshToken: '[redacted]' },
    });
  });
});
