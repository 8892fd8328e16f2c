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
    logger.warn({ upstream: { body: '{"name":"张三","id_number":"410502199001011234"}' }, headers: { authorization: 'Bearer secret-token' } }, 'sent 13812345678');
    const line = readFileSync(file, 'utf8');
    expect(line).toContain('4105**********1234');
    expect(line).toContain('138****5678');
    expect(line).not.toContain('410502199001011234');
    expect(line).not.toContain('13812345678');
    expect(line).not.toContain('secret-token');
  });
});
