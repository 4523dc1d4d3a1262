import { browser } from 'wxt/browser';
import { getDb } from '../db/db';
import type { Pack } from '../engine';
import { loadEngine } from '../engine/load';
import { composeActivePack, type PackSources } from './compose';
import { writeSetting } from '../settings/store';
import { DEFAULT_REFRESH_MINUTES, packRevisionSetting, REFRESH_ALARM, subscriptionSetting } from './settings';
import { readManagedPolicy, type ManagedPolicy } from './managed';
import { disabledRuleIds, teamPack } from './store';
import { loadSubscription, refreshStoredSubscription, saveSubscription } from './subscription-store';
import { packIsManaged, subscribeTo } from './subscription';
import { reportFailure } from '../diagnostics/log';

/** How long to wait for the policy store: Chromium may not answer for a while when no policy is installed. */
const POLICY_TIMEOUT_MS = 1000;
let lastPolicy: Record<string, unknown> | null = null;

/**
 * `browser.storage.managed` exists only where the browser supports policies. The first read
 * waits up to a second; after that the last answer is used at once while a fresh one is asked
 * for, so no screen waits on a policy store that is slow to answer (a change is announced
 * through storage.onChanged anyway).
 */
function managedArea(): { get(): Promise<Record<string, unknown>> } | undefined {
  const area = (browser.storage as { managed?: { get(): Promise<Record<string, unknown>> } }).managed;
  if (!area) return undefined;
  return {
    get: () => {
      const fresh = area.get().then((policy) => (lastPolicy = policy));
      const fallback = new Promise<Record<string, unknown>>((resolve) => {
        if (lastPolicy) resolve(lastPolicy);
        else setTimeout(() => resolve((lastPolicy ??= {})), POLICY_TIMEOUT_MS);
      });
      return Promise.race([fresh, fallback]);
    },
  };
}

export function loadPolicy(): Promise<ManagedPolicy> {
  return readManagedPolicy(managedArea());
}

/** Every source of rules but the built-in pack: what the packs' tools are read from, without the engine. */
export async function loadTeamSources(): Promise<Omit<PackSources, 'builtin'> & { policy: ManagedPolicy }> {
  const db = getDb();
  const [team, disabled, subscription, policy] = await Promise.all([teamPack(db), disabledRuleIds(db), loadSubscription(), loadPolicy()]);
  const subscribed = subscription?.pack ?? null;
  // A pack fetched from the policy's address is the policy's pack; it stays in force while a
  // new policy address is loading (the subscription keeps the last good pack until then).
  const fromPolicy = !!subscription && packIsManaged(subscription);
  const managedByUrl = policy.packUrl && fromPolicy ? subscribed : null;
  return {
    subscription: fromPolicy ? null : subscribed,
    team: team.rules.length || team.lexicons || team.tools ? team : null,
    managed: policy.pack ?? managedByUrl,
    disabled,
    locked: policy.lockedRules,
    policy,
  };
}

/** Every source of rules as it stands now (the console's list and the active pack share it). */
export async function loadPackSources(): Promise<PackSources & { policy: ManagedPolicy }> {
  const [sources, engine] = await Promise.all([loadTeamSources(), loadEngine()]);
  return { builtin: engine.builtinPack, ...sources };
}

/** The pack the side panel runs: built-in + subscription + the team's rules + policy, minus disabled rules. */
export async function loadActivePack(): Promise<Pack> {
  const engine = await loadEngine();
  try {
    return composeActivePack(await loadPackSources(), engine.validatePack).pack;
  } catch (error) {
    // The database is unreadable (e.g. storage disabled): coach with the built-in pack.
    reportFailure('packs: read the active pack', error);
    return engine.builtinPack;
  }
}

/** Tells every context that the team's rules changed (the console calls it after each save). */
export async function announcePackChange(): Promise<void> {
  await writeSetting(packRevisionSetting, Date.now());
}

/**
 * Calls `onChange` with the new active pack whenever a source changes: the console saved
 * (revision), the subscription refreshed, or the policy changed. Returns the unsubscribe.
 */
export function watchActivePack(onChange: (pack: Pack) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const listener = (changes: Record<string, unknown>, area: string) => {
    const relevant = area === 'managed' || (area === packRevisionSetting.area && (packRevisionSetting.key in changes || subscriptionSetting.key in changes));
    if (!relevant) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void loadActivePack().then((pack) => !stopped && onChange(pack)), 100);
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    browser.storage.onChanged.removeListener(listener);
  };
}

/** Makes the stored subscription follow the policy's pack URL, if it sets one. */
async function applyPolicyUrl(policy: ManagedPolicy): Promise<void> {
  const current = await loadSubscription();
  if (policy.packUrl && (current?.url !== policy.packUrl || !current.managed)) await saveSubscription(subscribeTo(current, policy.packUrl, true));
  else if (!policy.packUrl && current?.managed) await saveSubscription(null);
}

/**
 * For the background: refreshes the subscribed pack on a `browser.alarms` schedule (the
 * policy may set the period) and once at start-up, and follows policy changes.
 */
export function startPackSubscriptionSchedule(): void {
  const configure = async () => {
    const policy = await loadPolicy();
    await applyPolicyUrl(policy);
    const period = policy.refreshMinutes ?? DEFAULT_REFRESH_MINUTES;
    const existing = await browser.alarms.get(REFRESH_ALARM);
    if (existing?.periodInMinutes !== period) await browser.alarms.create(REFRESH_ALARM, { delayInMinutes: 1, periodInMinutes: period });
    const state = await loadSubscription();
    if (state && (!state.lastCheckedAt || Date.now() - state.lastCheckedAt > period * 60_000)) await refreshStoredSubscription();
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refreshStoredSubscription().catch((error: unknown) => reportFailure('subscription: refresh', error));
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void configure().catch((error: unknown) => reportFailure('policy: apply', error));
  });
  void configure().catch((error: unknown) => reportFailure('policy: apply', error));
}
