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
  profileName: 'console:profile-name',
} as const;

export const TEAM_PACK_ID = 'team';
export const REFRESH_ALARM = 'kizuki-pack-refresh';
export const DEFAULT_REFRESH_MINUTES = 60;
