import { depthExceeds } from './request-body';

const deep = (n: number): Buffer => Buffer.from(`${'['.repeat(n)}${']'.repeat(n)}`);

describe('depthExceeds', () => {
  it('counts nested objects and arrays up to the limit', () => {
    expect(depthExceeds(deep(32), 32)).toBe(false);
    expect(depthExceeds(deep(33), 32)).toBe(true);
    expect(depthExceeds(Buffer.from('{"a":{"b":[{"c":1}]}}'), 4)).toBe(false);
    expect(depthExceeds(Buffer.from('{"a":{"b":[{"c":1}]}}'), 3)).toBe(true);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(depthExceeds(Buffer.from(JSON.stringify({ a: '[[[[{{{{', b: 'x\\"[[[[', c: '\\\\' })), 1)).toBe(false);
    expect(depthExceeds(Buffer.from(JSON.stringify({ a: '申请[[[[事由' })), 1)).toBe(false);
  });

  it('follows siblings: depth goes down again after each close', () => {
    const wide = Buffer.from(JSON.stringify(Array.from({ length: 1000 }, () => ({ a: [1] }))));
    expect(depthExceeds(wide, 3)).toBe(false);
  });
});
