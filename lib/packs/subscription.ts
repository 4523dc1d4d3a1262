import { validatePack, type Pack, type PackProblem } from '../engine';

/** Packs are small (the built-in one is ~30 kB); anything bigger is a mistake or an attack. */
export const MAX_PACK_BYTES = 1_000_000;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export type PackUrlCheck =
  | { ok: true; url: string }
  | { ok: false; code: 'invalid-url' | 'insecure-url' | 'unsupported-scheme' };

/** HTTPS anywhere; plain HTTP only on this machine (a local test server). */
export function checkPackUrl(raw: string): PackUrlCheck {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, code: 'invalid-url' };
  }
  if (url.protocol === 'https:') return { ok: true, url: url.href };
  if (url.protocol !== 'http:') return { ok: false, code: 'unsupported-scheme' };
  return LOCAL_HOSTS.has(url.hostname) ? { ok: true, url: url.href } : { ok: false, code: 'insecure-url' };
}

export interface RefreshError {
  code: 'invalid-url' | 'insecure-url' | 'unsupported-scheme' | 'network' | 'http-status' | 'too-large' | 'not-json' | 'invalid-pack';
  /** HTTP status, size in bytes, or the network error's text. */
  detail?: string;
  problems?: PackProblem[];
}

export interface SubscriptionState {
  url: string;
  /** Set by enterprise policy: the console shows it but cannot change it. */
  managed?: boolean;
  etag?: string;
  /** The last pack that validated; kept when a later refresh fails. */
  pack?: Pack;
  lastGoodAt?: number;
  lastCheckedAt?: number;
  /** The last refresh's failure; cleared by the next success. */
  lastError?: RefreshError;
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

type FetchOutcome = { kind: 'not-modified' } | { kind: 'pack'; pack: Pack; etag?: string } | { kind: 'error'; error: RefreshError };

/** Reads the body with a hard size limit, so a huge response is cut off, not buffered. */
async function readLimited(response: Response, limit: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > limit) return null;
  if (!response.body) {
    const text = await response.text();
    return new TextEncoder().encode(text).length > limit ? null : text;
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
  return new TextDecoder().decode(bytes);
}

export async function fetchPack(url: string, etag: string | undefined, fetchFn: FetchLike, limit = MAX_PACK_BYTES): Promise<FetchOutcome> {
  const checked = checkPackUrl(url);
  if (!checked.ok) return { kind: 'error', error: { code: checked.code } };
  let response: Response;
  try {
    response = await fetchFn(checked.url, {
      headers: etag ? { 'If-None-Match': etag } : {},
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch (error) {
    return { kind: 'error', error: { code: 'network', detail: error instanceof Error ? error.message : String(error) } };
  }
  // A redirect must not lead from HTTPS to plain HTTP elsewhere.
  const landed = response.url ? checkPackUrl(response.url) : checked;
  if (!landed.ok) return { kind: 'error', error: { code: landed.code } };
  if (response.status === 304) return { kind: 'not-modified' };
  if (!response.ok) return { kind: 'error', error: { code: 'http-status', detail: String(response.status) } };
  const text = await readLimited(response, limit);
  if (text === null) return { kind: 'error', error: { code: 'too-large', detail: String(limit) } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: 'error', error: { code: 'not-json', detail: error instanceof Error ? error.message : String(error) } };
  }
  const result = validatePack(json);
  if (!result.ok) return { kind: 'error', error: { code: 'invalid-pack', problems: result.problems } };
  return { kind: 'pack', pack: result.pack, etag: response.headers.get('etag') ?? undefined };
}

/**
 * One refresh: a new valid pack replaces the old one; 304 keeps it; any failure keeps the
 * last good pack and records why, so the console can say so.
 */
export async function refreshSubscription(state: SubscriptionState, fetchFn: FetchLike, now = Date.now()): Promise<SubscriptionState> {
  const outcome = await fetchPack(state.url, state.pack ? state.etag : undefined, fetchFn);
  const checked = { ...state, lastCheckedAt: now };
  if (outcome.kind === 'not-modified') {
    const { lastError: _cleared, ...rest } = checked;
    return rest;
  }
  if (outcome.kind === 'error') return { ...checked, lastError: outcome.error };
  const { lastError: _cleared, etag: _old, ...rest } = checked;
  return { ...rest, pack: outcome.pack, lastGoodAt: now, ...(outcome.etag ? { etag: outcome.etag } : {}) };
}

/** A new subscription starts empty; the same URL again keeps what it had. */
export function subscribeTo(previous: SubscriptionState | null, url: string, managed = false): SubscriptionState {
  if (previous && previous.url === url) return { ...previous, managed };
  return { url, ...(managed ? { managed } : {}) };
}
