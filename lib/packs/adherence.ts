import type { KizukiDB } from '../db/db';
import type { PromptEventKind, PromptEventRecord } from '../db/types';

export interface WeekFigures {
  ruleId: string;
  /** ISO week, e.g. "2026-W47". */
  week: string;
  shown: number;
  followed: number;
  dismissed: number;
  ignored: number;
  snoozed: number;
  inserted: number;
  copied: number;
  /** Dismissals by the reason the agent gave ("" when none). */
  dismissedBy: Record<string, number>;
}

const COUNTED: readonly PromptEventKind[] = ['shown', 'followed', 'dismissed', 'ignored', 'snoozed', 'inserted', 'copied'];

/** ISO-8601 week of a moment, in UTC: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(at: number): string {
  const date = new Date(at);
  const day = (date.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day + 3);
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function emptyWeek(ruleId: string, week: string): WeekFigures {
  return { ruleId, week, shown: 0, followed: 0, dismissed: 0, ignored: 0, snoozed: 0, inserted: 0, copied: 0, dismissedBy: {} };
}

/** Per rule and ISO week, sorted by rule then week. */
export function adherenceByWeek(events: Iterable<PromptEventRecord>): WeekFigures[] {
  const rows = new Map<string, WeekFigures>();
  for (const event of events) {
    if (!COUNTED.includes(event.kind)) continue;
    const week = isoWeek(event.at);
    const key = `${event.ruleId}\u0000${week}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = emptyWeek(event.ruleId, week)));
    row[event.kind] += 1;
    if (event.kind === 'dismissed') {
      const reason = event.reason ?? '';
      row.dismissedBy[reason] = (row.dismissedBy[reason] ?? 0) + 1;
    }
  }
  return [...rows.values()].sort((a, b) => a.ruleId.localeCompare(b.ruleId) || a.week.localeCompare(b.week));
}

export interface RecentFigures {
  shown: number;
  followed: number;
  dismissed: number;
}

/** Shown / followed / dismissed per rule since `since` (the rules list's last 30 days). */
export function recentFigures(events: Iterable<PromptEventRecord>, since: number): Map<string, RecentFigures> {
  const byRule = new Map<string, RecentFigures>();
  for (const event of events) {
    if (event.at < since || (event.kind !== 'shown' && event.kind !== 'followed' && event.kind !== 'dismissed')) continue;
    let figures = byRule.get(event.ruleId);
    if (!figures) byRule.set(event.ruleId, (figures = { shown: 0, followed: 0, dismissed: 0 }));
    figures[event.kind] += 1;
  }
  return byRule;
}

function csvCell(value: string | number): string {
  // A leading = + - @ would run as a formula in a spreadsheet: neutralise it.
  const text = typeof value === 'string' && /^[=+\-@]/.test(value) ? `'${value}` : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per rule and week; dismissal reasons as "reason:count" pairs joined by "; ". */
export function adherenceCsv(rows: readonly WeekFigures[]): string {
  const header = ['rule', 'week', 'shown', 'followed', 'dismissed', 'ignored', 'snoozed', 'inserted', 'copied', 'follow_rate', 'dismissed_by'];
  const lines = rows.map((r) => {
    const rate = r.shown ? (r.followed / r.shown).toFixed(2) : '';
    const reasons = Object.entries(r.dismissedBy).map(([reason, n]) => `${reason || 'unspecified'}:${n}`).join('; ');
    return [r.ruleId, r.week, r.shown, r.followed, r.dismissed, r.ignored, r.snoozed, r.inserted, r.copied, rate, reasons].map(csvCell).join(',');
  });
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`;
}

/** Prompt events since a time, for the adherence view. */
export function promptEventsSince(db: KizukiDB, since: number): Promise<PromptEventRecord[]> {
  return db.promptEvents.where('at').aboveOrEqual(since).toArray();
}
