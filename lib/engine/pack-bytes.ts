import { MAX_PACK_BYTES } from '../input/limits';
import { decodeUtf8 } from '../input/utf8';
import type { PackProblem } from './problems';

export type PackBytesRefusal = 'too-large' | 'not-utf8' | 'not-json';

export type PackBytesResult =
  | { ok: true; value: unknown }
  | { ok: false; code: PackBytesRefusal; problems: PackProblem[] };

/**
 * A pack file's bytes as JSON, the way every door reads them: over the size limit, not UTF-8
 * or not JSON is refused with one problem at "$", before anything looks inside.
 */
export function parsePackBytes(bytes: Uint8Array, limit: number = MAX_PACK_BYTES): PackBytesResult {
  if (bytes.byteLength > limit) {
    return refuse('too-large', `The file is ${bytes.byteLength.toLocaleString('en')} bytes; a pack is at most ${limit.toLocaleString('en')}.`);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return refuse('not-utf8', `Not UTF-8 text: the bytes at offset ${decoded.byteOffset} are not valid UTF-8. Save the file as UTF-8 and try again.`);
  return parsePackText(decoded.text);
}

/** Text already decoded (the policy's inline pack) as JSON; a syntax error is a problem at "$". */
export function parsePackText(text: string): PackBytesResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return refuse('not-json', `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function refuse(code: PackBytesRefusal, message: string): PackBytesResult {
  return { ok: false, code, problems: [{ path: '$', message }] };
}
