import type { Pack } from '../engine';
import { fetchPack, type FetchLike, type FetchOptions, type RefreshError } from './pack-fetch';

export { checkPackUrl, type PackUrlCheck } from './pack-url';
export { fetchPack, type FetchLike, type FetchOptions, type FetchOutcome, type RefreshError } from './pack-fetch';

export interface SubscriptionState {
  url: string;
  /** Set by enterprise policy: the console shows it but cannot change it. */
  managed?: boolean;
  etag?: string;
  /** The last pack that was admitted; kept when a later refresh fails. */
  pack?: Pack;
  /**
   * Where `pack` came from, while that is not `url`: the address changed, and the last good
   * pack stays in use until the new address has given one that was admitted.
   */
  from?: { url: string; managed: boolean };
  lastGoodAt?: number;
  lastCheckedAt?: number;
  /** The last refresh's failure; cleared by the next success. */
  lastError?: RefreshError;
}

/**
 * One refresh: a new admitted pack replaces the old one; 304 keeps it; any failure keeps the
 * last good pack and records why, so the console can say so.
 */
export async function refreshSubscription(state: SubscriptionState, fetchFn: FetchLike, now = Date.now(), options: FetchOptions = {}): Promise<SubscriptionState> {
  // An ETag names a version of the pack at this address, never one from the previous address.
  const outcome = await fetchPack(state.url, state.pack && !state.from ? state.etag : undefined, fetchFn, options);
  const checked = { ...state, lastCheckedAt: now };
  if (outcome.kind === 'not-modified') {
    const { lastError: _cleared, ...rest } = checked;
    return rest;
  }
  if (outcome.kind === 'error') return { ...checked, lastError: outcome.error };
  const { lastError: _cleared, etag: _old, from: _previous, ...rest } = checked;
  return { ...rest, pack: outcome.pack, lastGoodAt: now, ...(outcome.etag ? { etag: outcome.etag } : {}) };
}

/**
 * Points the subscription at `url`. The same URL again keeps everything; a new one keeps the
 * last good pack in use (and says where it came from) until the new address gives one.
 */
export function subscribeTo(previous: SubscriptionState | null, url: string, managed = false): SubscriptionState {
  if (previous && previous.url === url) return { ...previous, managed };
  const kept = previous?.pack
    ? { pack: previous.pack, from: previous.from ?? { url: previous.url, managed: !!previous.managed }, ...(previous.lastGoodAt ? { lastGoodAt: previous.lastGoodAt } : {}) }
    : {};
  return { url, ...kept, ...(managed ? { managed } : {}) };
}

/** Whether the pack in use comes from the policy's address (rather than the team lead's own subscription). */
export function packIsManaged(state: SubscriptionState): boolean {
  return state.from ? state.from.managed : !!state.managed;
}
