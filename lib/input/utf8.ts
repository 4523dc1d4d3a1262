/**
 * Text as it came in, decoded strictly: a file that is not UTF-8 (Shift_JIS saved by an old
 * editor, a binary picked by mistake) is refused rather than read with replacement characters,
 * which would turn 「返金」 into "���" and make a rule match nothing without a word.
 */
export type Utf8Result = { ok: true; text: string } | { ok: false; byteOffset: number };

export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  try {
    // fatal: throw on the first invalid sequence; the default BOM handling drops a leading BOM.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, byteOffset: firstInvalidByte(bytes) };
  }
}

/** Allowed range of the second byte after each lead byte (RFC 3629, table 3-7 of Unicode). */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** Where the first invalid sequence starts, so the refusal can say where to look. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) {
      const [low, high] = k === 1 ? secondByteRange(lead) : [0x80, 0xbf];
      const b = bytes[i + k]!;
      if (b < low || b > high) return i;
    }
    i += length;
  }
  return bytes.length;
}
