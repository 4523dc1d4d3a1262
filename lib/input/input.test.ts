import { describe, expect, it } from 'vitest';
import { firstTooDeep, pathsOfKey } from './json-depth';
import { firstOf } from './summary';
import { decodeUtf8, firstInvalidByte } from './utf8';

const nested = (depth: number): unknown => {
  let value: unknown = { leaf: true };
  for (let i = 0; i < depth; i++) value = { not: value };
  return value;
};

describe('the depth of untrusted JSON', () => {
  it('names the path to the first place deeper than the limit, without recursing', () => {
    expect(firstTooDeep({ a: [1, { b: 2 }] }, 3)).toBeNull();
    expect(firstTooDeep({ a: [1, { b: { c: 1 } }] }, 3)).toEqual(['a', 1, 'b']);
    // 100,000 levels would overflow any recursive walk.
    const path = firstTooDeep(nested(100_000), 64);
    expect(path).toHaveLength(64);
    expect(path?.every((key) => key === 'not')).toBe(true);
  });

  it('reports the first too-deep place in file order', () => {
    expect(firstTooDeep({ first: { x: { y: 1 } }, second: { x: { y: 1 } } }, 2)).toEqual(['first', 'x']);
    expect(firstTooDeep([{ ok: 1 }, [[[1]]]], 2)).toEqual([1, 0]);
  });

  it('lets scalars and flat values through', () => {
    expect(firstTooDeep('text', 1)).toBeNull();
    expect(firstTooDeep(null, 0)).toBeNull();
    expect(firstTooDeep({ a: 1, b: 'x' }, 1)).toBeNull();
  });
});

describe('strict UTF-8', () => {
  const bytes = (...values: number[]) => new Uint8Array(values);

  it('decodes UTF-8, dropping a leading byte-order mark', () => {
    expect(decodeUtf8(new TextEncoder().encode('返金 refund'))).toEqual({ ok: true, text: '返金 refund' });
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toEqual({ ok: true, text: '{}' });
  });

  it('refuses Shift_JIS and stray bytes instead of replacing them, and says where', () => {
    // 「返金」 in Shift_JIS, after two ASCII characters.
    expect(decodeUtf8(bytes(0x22, 0x3a, 0x95, 0xd4, 0x8b, 0xe0))).toEqual({ ok: false, byteOffset: 2 });
    expect(decodeUtf8(bytes(0x61, 0xff))).toEqual({ ok: false, byteOffset: 1 });
    // A sequence cut off at the end, an overlong "/", and a UTF-16 surrogate.
    expect(decodeUtf8(bytes(0x61, 0xe8, 0xbf))).toEqual({ ok: false, byteOffset: 1 });
    expect(decodeUtf8(bytes(0xc0, 0xaf))).toEqual({ ok: false, byteOffset: 0 });
    expect(decodeUtf8(bytes(0x41, 0xed, 0xa0, 0x80))).toEqual({ ok: false, byteOffset: 1 });
  });

  it('agrees with the platform decoder on where valid text ends', () => {
    const text = new TextEncoder().encode('こんにちは 🙂 ok');
    expect(firstInvalidByte(text)).toBe(text.length);
  });
});

describe('long lists', () => {
  it('shows the first items and counts the rest', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => i);
    const { shown, more } = firstOf(items, 50);
    expect(shown).toEqual(items.slice(0, 50));
    expect(more).toBe(99_950);
    expect(firstOf([1, 2], 50)).toEqual({ shown: [1, 2], more: 0 });
  });
});

describe('keys called "__proto__"', () => {
  it('finds every own "__proto__" key that JSON.parse kept, by path', () => {
    const value = JSON.parse('{"a":{"__proto__":{"x":1}},"b":[{"__proto__":2}],"__proto__":3}');
    expect(pathsOfKey(value, '__proto__')).toEqual([['__proto__'], ['a', '__proto__'], ['b', 0, '__proto__']]);
    expect(pathsOfKey({ toString: 1 }, '__proto__')).toEqual([]);
  });
});
