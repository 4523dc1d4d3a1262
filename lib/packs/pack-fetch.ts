import type { Pack, PackProblem } from '../engine';
import { loadEngine } from '../engine/load';
import { MAX_PACK_BYTES, MAX_PACK_REDIRECTS, MAX_PROBLEMS_LISTED, PACK_FETCH_TIMEOUT_MS } from '../input/limits';
import { firstOf } from '../input/summary';
import { checkPackUrl } from './pack-url';

export interface RefreshError {
  code:
    | 'invalid-url' | 'insecure-url' | 'unsupported-scheme' | 'network' | 'http-status' | 'too-large' | 'not-json' | 'invalid-pack'
    | 'timeout' | 'redirect-hidden' | 'insecure-redirect' | 'too-many-redirects' | 'not-utf8' | 'failing-examples';
  /** HTTP status, size in bytes, seconds waited, the address redirected to, or the network error's text. */
  detail?: string;
  /** The first problems (kept short: the state lives in extension storage). */
  problems?: PackProblem[];
  /** How many problems there were in all, when more than `problems` lists. */
  problemCount?: number;
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export type FetchOutcome = { kind: 'not-modified' } | { kind: 'pack'; pack: Pack; etag?: string } | { kind: 'error'; error: RefreshError };

export interface FetchOptions {
  limit?: number;
  timeoutMs?: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const fail = (code: RefreshError['code'], detail?: string): FetchOutcome => ({ kind: 'error', error: { code, ...(detail === undefined ? {} : { detail }) } });

/**
 * Fetches and admits a pack, all of it within one deadline: the request, every checked
 * redirect and the body. A server that answers a byte at a time is cut off when the time is
 * up, and the promise settles then even if the fetch ignores the abort, so a refresh queued
 * behind this one never waits longer than that.
 */
export async function fetchPack(url: string, etag: string | undefined, fetchFn: FetchLike, { limit = MAX_PACK_BYTES, timeoutMs = PACK_FETCH_TIMEOUT_MS }: FetchOptions = {}): Promise<FetchOutcome> {
  const checked = checkPackUrl(url);
  if (!checked.ok) return fail(checked.code);
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<FetchOutcome>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve(fail('timeout', String(Math.round(timeoutMs / 1000))));
    }, timeoutMs);
  });
  try {
    return await Promise.race([download(checked.url, etag, fetchFn, controller.signal, limit), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Redirects are followed by hand, each address checked before it is asked: HTTPS (or this
 * machine) only, so a redirect to plain http:// is never requested. A browser hides where an
 * extension's redirect leads (an opaque redirect); that one cannot be checked, so it is refused.
 */
async function download(url: string, etag: string | undefined, fetchFn: FetchLike, signal: AbortSignal, limit: number): Promise<FetchOutcome> {
  let current = url;
  for (let hop = 0; ; hop++) {
    let response: Response;
    try {
      response = await fetchFn(current, { headers: etag ? { 'If-None-Match': etag } : {}, cache: 'no-store', credentials: 'omit', redirect: 'manual', signal });
    } catch (error) {
      return fail('network', error instanceof Error ? error.message : String(error));
    }
    if (response.type === 'opaqueredirect') return fail('redirect-hidden', current);
    if (REDIRECTS.has(response.status) && response.headers.has('location')) {
      if (hop >= MAX_PACK_REDIRECTS) return fail('too-many-redirects', String(MAX_PACK_REDIRECTS));
      let next: string;
      try {
        next = new URL(response.headers.get('location')!, current).href;
      } catch {
        return fail('invalid-url', response.headers.get('location') ?? '');
      }
      const target = checkPackUrl(next);
      if (!target.ok) return fail(target.code === 'invalid-url' ? 'invalid-url' : 'insecure-redirect', next);
      current = target.url;
      continue;
    }
    // A fetch that followed a redirect by itself must still have landed somewhere allowed.
    const landed = response.url ? checkPackUrl(response.url) : { ok: true as const };
    if (!landed.ok) return fail('insecure-redirect', response.url);
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok) return fail('http-status', String(response.status));
    return readPack(response, limit);
  }
}

async function readPack(response: Response, limit: number): Promise<FetchOutcome> {
  let bytes: Uint8Array | null;
  try {
    bytes = await readLimited(response, limit);
  } catch (error) {
    return fail('network', error instanceof Error ? error.message : String(error));
  }
  if (bytes === null) return fail('too-large', String(limit));
  const { parsePackBytes, admitPack } = await loadEngine();
  const read = parsePackBytes(bytes, limit);
  if (!read.ok) return { kind: 'error', error: { code: read.code, ...capped(read.problems) } };
  const result = admitPack(read.value);
  if (!result.ok) return { kind: 'error', error: { code: result.reason === 'failing-examples' ? 'failing-examples' : 'invalid-pack', ...capped(result.problems) } };
  return { kind: 'pack', pack: result.pack, etag: response.headers.get('etag') ?? undefined };
}

/** The first problems and the count, so 100,000 problems do not land in extension storage. */
function capped(problems: readonly PackProblem[]): Pick<RefreshError, 'problems' | 'problemCount'> {
  const { shown, more } = firstOf(problems, MAX_PROBLEMS_LISTED);
  return { problems: shown, ...(more ? { problemCount: problems.length } : {}) };
}

/** Reads the body with a hard size limit, so a huge response is cut off, not buffered. */
async function readLimited(response: Response, limit: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > limit) return null;
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.byteLength > limit ? null : bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
