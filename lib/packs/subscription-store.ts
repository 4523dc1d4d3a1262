import { browser } from 'wxt/browser';
import { clearSetting, readSetting, writeSetting } from '../settings/store';
import { subscriptionSetting } from './settings';
import { refreshSubscription, subscribeTo, type FetchLike, type SubscriptionState } from './subscription';

/** The subscription lives in storage.local so the background and the console share it. */
export function loadSubscription(): Promise<SubscriptionState | null> {
  return readSetting(subscriptionSetting);
}

export async function saveSubscription(state: SubscriptionState | null): Promise<void> {
  if (state) await writeSetting(subscriptionSetting, state);
  else await clearSetting(subscriptionSetting);
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

/**
 * Asks for the pack server's host, for a server that answers only with the browser's own
 * credentials. Call from the click: the browser asks only during a user gesture.
 */
export function requestPackHost(url: string): Promise<boolean> {
  return browser.permissions.request({ origins: [`${new URL(url).origin}/*`] });
}
