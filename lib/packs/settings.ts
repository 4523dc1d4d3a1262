import { defineSetting } from '../settings/store';
import type { SubscriptionState } from './subscription';

/**
 * Where the pack sources live. Dexie (`settings`, `rules`, `ruleHistory`) holds what the team
 * lead edits; extension storage holds what the background must also react to, because its
 * change events reach every extension context (that is how the background learns that the
 * console saved something).
 */

/** The subscribed pack URL, its last good pack and the last refresh result. */
export const subscriptionSetting = defineSetting<SubscriptionState | null>({
  area: 'local',
  key: 'kizuki:pack-subscription',
  version: 1,
  fallback: null,
  migrations: { 1: (old) => old },
  parse: (value) => (value && typeof value === 'object' && typeof (value as SubscriptionState).url === 'string' ? (value as SubscriptionState) : null),
});

/**
 * A pack fetch under way: which address and since when, so the console can say it is waiting
 * (and for how long at most) whichever context started it. Session storage: a fetch never
 * outlives the browser, and a worker stopped mid-fetch leaves at worst a stale entry the
 * console recognises by its age.
 */
export interface PackFetchStatus {
  url: string;
  since: number;
  timeoutMs: number;
}

export const packFetchSetting = defineSetting<PackFetchStatus | null>({
  area: 'session',
  key: 'kizuki:pack-fetch',
  version: 1,
  fallback: null,
  migrations: { 1: (old) => old },
  parse: (value) => (value && typeof value === 'object' && typeof (value as PackFetchStatus).since === 'number' ? (value as PackFetchStatus) : null),
});

/** Bumped whenever the team's rules, lexicons or disabled set change. */
export const packRevisionSetting = defineSetting<number>({
  area: 'local',
  key: 'kizuki:pack-revision',
  version: 1,
  fallback: 0,
  migrations: { 1: (old) => old },
  parse: (value) => (typeof value === 'number' ? value : null),
});

/** Keys of the Dexie `settings` table owned by the console. */
export const DB_SETTING_KEYS = {
  lexicons: 'packs:lexicons',
  disabled: 'packs:disabled',
  teamMeta: 'packs:team-meta',
  tools: 'packs:tools',
  profileName: 'console:profile-name',
} as const;

export const TEAM_PACK_ID = 'team';
export const REFRESH_ALARM = 'kizuki-pack-refresh';
export const DEFAULT_REFRESH_MINUTES = 60;
