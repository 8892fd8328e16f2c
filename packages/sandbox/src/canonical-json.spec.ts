import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
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
