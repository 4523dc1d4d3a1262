import { describe, expect, it } from 'vitest';
import { parsePackBytes } from './pack-bytes';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('reading a pack file', () => {
  it('reads UTF-8 JSON, with or without a byte-order mark', () => {
    expect(parsePackBytes(bytes('{"name":"返金"}'))).toEqual({ ok: true, value: { name: '返金' } });
    expect(parsePackBytes(bytes('\uFEFF{"a":1}'))).toEqual({ ok: true, value: { a: 1 } });
  });

  it('refuses a file that is not UTF-8 rather than reading replacement characters', () => {
    // {"n":"返金"} saved as Shift_JIS.
    const sjis = new Uint8Array([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0x95, 0xd4, 0x8b, 0xe0, 0x22, 0x7d]);
    expect(parsePackBytes(sjis)).toEqual({ ok: false, code: 'not-utf8', problems: [{ path: '$', message: expect.stringContaining('offset 6') }] });
  });

  it('refuses a file over the size limit before decoding it', () => {
    expect(parsePackBytes(bytes('x'.repeat(101)), 100)).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('refuses text that is not JSON at the root', () => {
    expect(parsePackBytes(bytes('{"format": 1,'))).toMatchObject({ ok: false, code: 'not-json', problems: [{ path: '$' }] });
  });
});
