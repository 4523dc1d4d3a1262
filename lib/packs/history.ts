import type { KizukiDB } from '../db/db';
import type { RuleHistoryRecord } from '../db/types';
import type { Rule } from '../engine';
import { deleteRule, saveRule } from './store';

/** One saved version of a rule, newest first in lists. */
export interface RuleVersion {
  id: number;
  ruleId: string;
  at: number;
  author: string;
  before: string | null;
  /** null: this change deleted the rule. */
  after: string | null;
}

export async function ruleVersions(db: KizukiDB, ruleId: string): Promise<RuleVersion[]> {
  const records = await db.ruleHistory.where('ruleId').equals(ruleId).toArray();
  return records
    .filter((r): r is RuleHistoryRecord & { id: number } => r.id !== undefined)
    .sort((a, b) => b.at - a.at || b.id - a.id);
}

/**
 * Makes the rule what it was right after `versionId` was saved; the revert is itself a new
 * version, so nothing is ever lost. The caller validates the restored rule first.
 */
export async function revertToVersion(db: KizukiDB, versionId: number, author: string, at = Date.now()): Promise<Rule | null> {
  const version = await db.ruleHistory.get(versionId);
  if (!version) throw new Error(`No saved version ${versionId}.`);
  if (version.after === null) {
    await deleteRule(db, version.ruleId, author, at);
    return null;
  }
  const rule = JSON.parse(version.after) as Rule;
  await saveRule(db, rule, author, at);
  return rule;
}

/** The version's rule, to validate before reverting. */
export function versionRule(version: Pick<RuleVersion, 'after'>): Rule | null {
  return version.after === null ? null : (JSON.parse(version.after) as Rule);
}
