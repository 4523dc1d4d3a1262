import { browser } from 'wxt/browser';
import { STORAGE_KEYS } from '../settings/keys';
import { refreshSubscription, subscribeTo, type FetchLike, type SubscriptionState } from './subscription';

/** The subscription lives in storage.local so the background and the console share it. */
export async function loadSubscription(): Promise<SubscriptionState | null> {
  const stored = await browser.storage.local.get(STORAGE_KEYS.subscription);
  const state = stored[STORAGE_KEYS.subscription];
  // Written only by saveSubscription below.
  return state && typeof state === 'object' ? (state as SubscriptionState) : null;
}

export async function saveSubscription(state: SubscriptionState | null): Promise<void> {
  if (state) await browser.storage.local.set({ [STORAGE_KEYS.subscription]: state });
  else await browser.storage.local.remove(STORAGE_KEYS.subscription);
}

let inFlight: Promise<SubscriptionState | null> | null = null;

/** Refreshes the stored subscription now; concurrent calls share one request. */
export function refreshStoredSubscription(fetchFn: FetchLike = (url, init) => fetch(url, init)): Promise<SubscriptionState | null> {
  inFlight ??= (async () => {
    try {
      const state = await loadSubscription();
      if (!state) return null;
      const next = await refreshSubscription(state, fetchFn);
      // The URL may have changed while we fetched; never write a stale answer over it.
      const current = await loadSubscription();
      if (current?.url !== state.url) return current;
      await saveSubscription(next);
      return next;
    } finally {
      inFlight = null;
    }
  })();
  return inFlight;
}

/** Points the subscription at `url` (keeping what it had if the URL is the same) and fetches it. */
export async function subscribe(url: string, managed = false): Promise<SubscriptionState | null> {
  await saveSubscription(subscribeTo(await loadSubscription(), url, managed));
  return refreshStoredSubscription();
}
