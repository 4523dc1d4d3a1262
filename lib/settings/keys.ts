/**
 * Where the pack sources live. Dexie (`settings`, `rules`, `ruleHistory`) holds what the team
 * lead edits; `browser.storage.local` holds what the background must also react to, because
 * its change events reach every extension context (that is how the background learns that
 * the console saved something).
 */
export const STORAGE_KEYS = {
  /** SubscriptionState: the subscribed pack URL, its last good pack and the last refresh result. */
  subscription: 'kizuki:pack-subscription',
  /** A number bumped whenever the team's rules, lexicons or disabled set change. */
  revision: 'kizuki:pack-revision',
  /** CustomTool[] read by the content script. */
  customTools: 'kizuki:custom-tools',
  /** Match patterns of sites the agent enabled for the generic reader, read by the content script. */
  enabledSites: 'kizuki:enabled-sites',
} as const;

/** Keys of the Dexie `settings` table owned by the console. */
export const SETTING_KEYS = {
  lexicons: 'packs:lexicons',
  disabled: 'packs:disabled',
  teamMeta: 'packs:team-meta',
  profileName: 'console:profile-name',
} as const;

export const TEAM_PACK_ID = 'team';
export const REFRESH_ALARM = 'kizuki-pack-refresh';
export const DEFAULT_REFRESH_MINUTES = 60;
