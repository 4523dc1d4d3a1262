import type { KizukiDB } from '../db/db';
import { guardStorage } from '../db/errors';
import type { RuleHistoryRecord, RuleRecord } from '../db/types';
import type { Lexicon, Pack, Rule } from '../engine';
import { canonicalJson } from './canonical-json';
import { DB_SETTING_KEYS, TEAM_PACK_ID } from './settings';

/** The team's rules as stored; `order` keeps the pack's order (rules table has no such field). */
type TeamRuleRecord = RuleRecord & { order?: number };

export interface TeamMeta {
  id: string;
  name: string;
  version?: string;
  description?: string;
}

export const DEFAULT_TEAM_META: TeamMeta = { id: 'team', name: 'Team rules' };
export const LEXICONS_HISTORY_ID = '@lexicons';

async function readSetting<T>(db: KizukiDB, key: string, fallback: T): Promise<T> {
  const row = await db.settings.get(key);
  // Values under these keys are written only by this module, with type T.
  return row ? (row.value as T) : fallback;
}

function writeSetting(db: KizukiDB, key: string, value: unknown): Promise<string> {
  return db.settings.put({ key, value });
}

export async function teamRules(db: KizukiDB): Promise<Rule[]> {
  const records = (await db.rules.where('pack').equals(TEAM_PACK_ID).toArray()) as TeamRuleRecord[];
  records.sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || a.id.localeCompare(b.id));
  // Records are written only after the rule validated, so the JSON is a Rule.
  return records.map((r) => JSON.parse(r.json) as Rule);
}

export function teamLexicons(db: KizukiDB): Promise<Record<string, Lexicon>> {
  return readSetting(db, DB_SETTING_KEYS.lexicons, {});
}

export function teamMeta(db: KizukiDB): Promise<TeamMeta> {
  return readSetting(db, DB_SETTING_KEYS.teamMeta, DEFAULT_TEAM_META);
}

/** The tools the imported pack carried; written only by replaceTeamPack, after the pack was admitted. */
export function teamTools(db: KizukiDB): Promise<NonNullable<Pack['tools']>> {
  return readSetting(db, DB_SETTING_KEYS.tools, []);
}

export async function teamPack(db: KizukiDB): Promise<Pack> {
  const [meta, lexicons, rules, tools] = await Promise.all([teamMeta(db), teamLexicons(db), teamRules(db), teamTools(db)]);
  return { format: 1, ...meta, ...(Object.keys(lexicons).length ? { lexicons } : {}), rules, ...(tools.length ? { tools } : {}) };
}

export async function disabledRuleIds(db: KizukiDB): Promise<string[]> {
  return readSetting<string[]>(db, DB_SETTING_KEYS.disabled, []);
}

export async function setRuleDisabled(db: KizukiDB, ruleId: string, disabled: boolean): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', db.settings, async () => {
      const ids = new Set(await disabledRuleIds(db));
      if (disabled) ids.add(ruleId);
      else ids.delete(ruleId);
      await writeSetting(db, DB_SETTING_KEYS.disabled, [...ids].sort());
    }),
  );
}

export function profileName(db: KizukiDB): Promise<string> {
  return readSetting(db, DB_SETTING_KEYS.profileName, '');
}

export async function setProfileName(db: KizukiDB, name: string): Promise<void> {
  await guardStorage(() => writeSetting(db, DB_SETTING_KEYS.profileName, name.trim()));
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

function historyEntry(ruleId: string, author: string, at: number, before: string | null, after: string | null): RuleHistoryRecord {
  return { ruleId, author, at, before, after };
}

/**
 * Saves one rule (new or changed) and records the change in its history. Call only with a
 * rule that validated against the pack it will live in. Returns false when nothing changed.
 */
export async function saveRule(db: KizukiDB, rule: Rule, author: string, at = Date.now()): Promise<boolean> {
  const json = stableJson(rule);
  return guardStorage(() =>
    db.transaction('rw', db.rules, db.ruleHistory, async () => {
      const existing = (await db.rules.get(rule.id)) as TeamRuleRecord | undefined;
      if (existing && canonicalJson(JSON.parse(existing.json)) === canonicalJson(rule)) return false;
      const order = existing?.order ?? (await db.rules.count());
      const record: TeamRuleRecord = { id: rule.id, pack: TEAM_PACK_ID, json, enabled: rule.enabled !== false, updatedAt: at, order };
      await db.rules.put(record);
      await db.ruleHistory.add(historyEntry(rule.id, author, at, existing?.json ?? null, json));
      return true;
    }),
  );
}

export async function deleteRule(db: KizukiDB, ruleId: string, author: string, at = Date.now()): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', db.rules, db.ruleHistory, async () => {
      const existing = await db.rules.get(ruleId);
      if (!existing) return;
      await db.rules.delete(ruleId);
      await db.ruleHistory.add(historyEntry(ruleId, author, at, existing.json, null));
    }),
  );
}

export async function saveLexicons(db: KizukiDB, lexicons: Record<string, Lexicon>, author: string, at = Date.now()): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', db.settings, db.ruleHistory, async () => {
      const before = await teamLexicons(db);
      if (canonicalJson(before) === canonicalJson(lexicons)) return;
      await writeSetting(db, DB_SETTING_KEYS.lexicons, lexicons);
      await db.ruleHistory.add(historyEntry(LEXICONS_HISTORY_ID, author, at, stableJson(before), stableJson(lexicons)));
    }),
  );
}

/** Replaces the team's whole pack in one transaction (an import): all of it or none of it. */
export async function replaceTeamPack(db: KizukiDB, pack: Pack, author: string, at = Date.now()): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', db.rules, db.ruleHistory, db.settings, async () => {
      const incoming = new Set(pack.rules.map((r) => r.id));
      for (const old of await db.rules.where('pack').equals(TEAM_PACK_ID).toArray()) {
        if (!incoming.has(old.id)) await deleteRule(db, old.id, author, at);
      }
      for (const [order, rule] of pack.rules.entries()) {
        await saveRule(db, rule, author, at);
        await db.rules.update(rule.id, { order } as Partial<TeamRuleRecord>);
      }
      await saveLexicons(db, pack.lexicons ?? {}, author, at);
      await writeSetting(db, DB_SETTING_KEYS.tools, pack.tools ?? []);
      const meta: TeamMeta = { id: pack.id, name: pack.name, ...(pack.version ? { version: pack.version } : {}), ...(pack.description ? { description: pack.description } : {}) };
      await writeSetting(db, DB_SETTING_KEYS.teamMeta, meta);
    }),
  );
}
