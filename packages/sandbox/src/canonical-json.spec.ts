import fc from 'fast-check';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('sorts integer-like keys as strings, unlike a re-keyed object', () => {
    expect(canonicalJson({ 9: 'a', 10: 'b', x: 'c' })).toBe('{"10":"b","9":"a","x":"c"}');
  });

  it('drops undefined members, writes non-ASCII unescaped and matches JSON.stringify for already sorted input', () => {
    expect(canonicalJson({ a: undefined, b: '居民身份证', c: [undefined] })).toBe('{"b":"居民身份证","c":[null]}');
    const sorted = { a: '“引号”\n', b: [1.5, true, false], c: { d: 'e' } };
    expect(canonicalJson(sorted)).toBe(JSON.stringify(sorted));
  });
});

describe('canonicalJson on bodies a client shapes', () => {
  it('writes 100,000 nested arrays and objects without overflowing the call stack', () => {
    const depth = 100_000;
    for (const text of [`${'['.repeat(depth)}1${']'.repeat(depth)}`, `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`]) {
      expect(canonicalJson(JSON.parse(text))).toBe(text);
    }
  });

  it('writes what the recursive definition writes', () => {
    const recursive = (value: unknown): string => {
      if (value === undefined) return 'null';
      if (Array.isArray(value)) return `[${value.map(recursive).join(',')}]`;
      if (value !== null && typeof value === 'object') {
        const obj = value as Record<string, unknown>;
        const keys = Object.keys(obj).filter((k) => obj[k] !== undefined);
        const members = keys.sort().map((k) => `${JSON.stringify(k)}:${recursive(obj[k])}`);
        return `{${members.join(',')}}`;
      }
      return JSON.stringify(value);
    };
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(recursive(value));
      }),
    );
  });
});
