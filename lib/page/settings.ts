import type { CustomTool } from '../tools/schema';
import { defineSetting } from '../settings/store';

/**
 * What the content script reads from extension storage: the in-house tools a team lead
 * described, and the sites the agent enabled for the generic reader. Written by the console
 * and the panel after they validate; checked here only for shape, without the validator.
 */
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export const customToolsSetting = defineSetting<CustomTool[]>({
  area: 'local',
  key: 'kizuki:custom-tools',
  version: 1,
  fallback: [],
  migrations: { 1: (old) => old },
  parse: (value) =>
    Array.isArray(value)
      // Only what every description has: messages and reply box may be lists, the customer's side a speaker rule.
      ? (value.filter((t) => isObject(t) && ['id', 'name', 'urlPattern'].every((k) => typeof t[k] === 'string')) as CustomTool[])
      : null,
});

/**
 * The tools the team's packs carry (the imported file, the subscribed URL, the policy), merged
 * by the background — most authoritative first, one per id — whenever a pack changes. The
 * content script cannot open the database the imported pack lives in, so it reads them here.
 */
export const packToolsSetting = defineSetting<CustomTool[]>({
  area: 'local',
  key: 'kizuki:pack-tools',
  version: 1,
  fallback: [],
  migrations: { 1: (old) => old },
  parse: (value) => customToolsSetting.parse(value),
});

/** Match patterns of whole sites ("https://support.example.com/*"). */
export const enabledSitesSetting = defineSetting<string[]>({
  area: 'local',
  key: 'kizuki:enabled-sites',
  version: 1,
  fallback: [],
  migrations: { 1: (old) => old },
  parse: (value) => (Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : null),
});
