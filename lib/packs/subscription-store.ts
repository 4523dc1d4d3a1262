import { browser } from 'wxt/browser';
import { PACK_FETCH_TIMEOUT_MS } from '../input/limits';
import { clearSetting, readSetting, writeSetting } from '../settings/store';
import { packFetchSetting, subscriptionSetting } from './settings';
import { refreshSubscription, subscribeTo, type FetchLike, type FetchOptions, type SubscriptionState } from './subscription';

/** The subscription lives in storage.local so the background and the console share it. */
export function loadSubscription(): Promise<SubscriptionState | null> {
  return readSetting(subscriptionSetting);
}

export async function saveSubscription(state: SubscriptionState | null): Promise<void> {
  if (state) await writeSetting(subscriptionSetting, state);
  else await clearSetting(subscriptionSetting);
}

let inFlight: Promise<SubscriptionState | null> | null = null;

/**
 * Refreshes the stored subscription now; concurrent calls share one request, which ends by its
 * deadline at the latest (see fetchPack), so a stuck server never holds up later refreshes.
 * While it runs, packFetchSetting says so to every page.
 */
export function refreshStoredSubscription(fetchFn: FetchLike = (url, init) => fetch(url, init), options: FetchOptions = {}): Promise<SubscriptionState | null> {
  inFlight ??= (async () => {
    let announced = false;
    try {
      const state = await loadSubscription();
      if (!state) return null;
      await writeSetting(packFetchSetting, { url: state.url, since: Date.now(), timeoutMs: options.timeoutMs ?? PACK_FETCH_TIMEOUT_MS });
      announced = true;
      const next = await refreshSubscription(state, fetchFn, Date.now(), options);
      // The URL may have changed while we fetched; never write a stale answer over it.
      const current = await loadSubscription();
      if (current?.url !== state.url) return current;
      await saveSubscription(next);
      return next;
    } finally {
      inFlight = null;
      if (announced) await clearSetting(packFetchSetting);
    }
  })();
  return inFlight;
}

/** Points the subscription at `url` (keeping what it had if the URL is the same) and fetches it. */
export async function subscribe(url: string, managed = false): Promise<SubscriptionState | null> {
  await saveSubscription(subscribeTo(await loadSubscription(), url, managed));
  return refreshStoredSubscription();
}

/**
 * Asks for the pack server's host, for a server that answers only with the browser's own
 * credentials. Call from the click: the browser asks only during a user gesture.
 */
export function requestPackHost(url: string): Promise<boolean> {
  return browser.permissions.request({ origins: [`${new URL(url).origin}/*`] });
}
