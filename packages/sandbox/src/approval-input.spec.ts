import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parseMaterials } from './approval-input';

const material = (bytes: Buffer, overrides: Record<string, unknown> = {}) => ({
  key: 'scan',
  name: '身份证扫描件',
  kind: 'file',
  file_name: 'scan.pdf',
  content_type: 'application/pdf',
  sha256: createHash('sha256').update(bytes).digest('hex'),
  size: bytes.length,
  content_base64: bytes.toString('base64'),
  ...overrides,
});

describe('parseMaterials: uploads', () => {
  const bytes = Buffer.from('%PDF-1.7 scan');
  const b64 = bytes.toString('base64');

  it('takes standard base64 and refuses anything Node would only half read', () => {
    expect(parseMaterials([material(bytes)])).toEqual([expect.objectContaining({ size: bytes.length })]);
    for (const content_base64 of [
      '',
      b64.replace(/=+$/, ''), // unpadded
      `${b64.slice(0, 8)}\n${b64.slice(8)}`, // a line break
      `${b64.slice(0, 4)}!!!!${b64.slice(4)}`, // stray characters the decoder skips
      Buffer.from([0xfb, 0xff, 0xbf]).toString('base64url'), // - and _ of base64url
      'QR==', // unused bits set: decodes to what QQ== means
      'QQ==QUJD', // padding in the middle
    ]) {
      expect(parseMaterials([{ ...material(bytes), content_base64 }])).toEqual({
        error: 'materials[0].content_base64 must be non-empty standard base64',
      });
    }
  });

  it('refuses a content type longer than RFC 6838 allows', () => {
    const type = `application/${'x'.repeat(243)}`;
    expect(parseMaterials([material(bytes, { content_type: type })])).not.toHaveProperty('error');
    expect(parseMaterials([material(bytes, { content_type: `${type}x` })])).toEqual({
      error: 'materials[0].content_type must be a media type',
    });
  });

  it('refuses a name of megabytes by its length', () => {
    expect(parseMaterials([material(bytes, { name: '证'.repeat(4 * 1024 * 1024) })])).toEqual({
      error: 'materials[0].name must be a non-empty string of at most 100 characters',
    });
    expect(parseMaterials([material(bytes, { name: '𠀀'.repeat(100) })])).not.toHaveProperty('error');
  });

  // V8 compiles every new regexp without optimization once an isolate has compiled about 1 MB of regexp code,
  // as a jest worker does some way into a full run. Unoptimized, a regexp over a whole base64 payload overflows
  // V8's regexp stack: a 500 for the 5 MB upload of approval.spec.ts in one run out of several. A fresh process
  // started with --no-regexp-optimization is in that state from the start.
  it('reads a 20 MB upload when V8 compiles regexps without optimization', () => {
    const child = `
      const fs = require('node:fs');
      const { createHash } = require('node:crypto');
      const { transformSync } = require('@swc/core');
      require.extensions['.ts'] = (module, filename) => {
        const options = { filename, jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } };
        module._compile(transformSync(fs.readFileSync(filename, 'utf8'), options).code, filename);
      };
      const { parseMaterials } = require(${JSON.stringify(join(__dirname, 'approval-input.ts'))});
      let canary = 'no error';
      try { /^[A-Za-z0-9+/]+={0,2}$/.test('A'.repeat(5 * 1024 * 1024)); } catch (e) { canary = e.message; }
      const bytes = Buffer.alloc(20 * 1024 * 1024, 7);
      const parsed = parseMaterials([{
        key: 'scan', name: 'scan', kind: 'file', file_name: 'scan.pdf', content_type: 'application/pdf',
        sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length,
        content_base64: bytes.toString('base64'),
      }]);
      process.stdout.write(JSON.stringify({ canary, parsed: parsed.error ?? parsed.map((m) => m.size) }));
    `;
    const out = execFileSync(process.execPath, ['--no-regexp-optimization', '-e', child], {
      cwd: __dirname,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(JSON.parse(out)).toEqual({
      // the premise: in this mode a regexp over 5 MB of base64 overflows
      canary: 'Maximum call stack size exceeded',
      parsed: [20 * 1024 * 1024],
    });
  });
});
