import type { z } from 'zod';
import type { KizukiDB } from '../db/db';
import { guardStorage } from '../db/errors';
import { firstTooDeep } from '../input/json-depth';
import { MAX_JSON_DEPTH } from '../input/limits';
import { termsOf, normaliseTags } from './notes';
import { CURRENT_SCHEMA_VERSION } from '../db/schema-history';
import { scopeCustomerKeys } from '../db/v2-scoped-keys';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupSchema, type Backup, type BackupFile } from './backup-schema';
import type { FollowUpRecord, NoteRecord, SessionRecord } from '../db/types';

/** A note of the file that was not imported, because the copy here was changed after the backup was made. */
export interface SkippedNote {
  id: string;
  customerName?: string;
  /** When the file's copy and the kept copy were last changed. */
  fileUpdatedAt: number;
  keptUpdatedAt: number;
}

export type ImportResult =
  | {
      ok: true;
      counts: { sessions: number; notes: number; followUps: number; promptEvents: number; settings: number };
      /** What the file held in an older version than this database: kept as it is here. */
      skipped: { notes: SkippedNote[]; sessions: number };
    }
  | { ok: false; problems: string[] };

const iso = (ms: number) => new Date(ms).toISOString();
const isoOpt = (ms: number | undefined) => (ms === undefined ? undefined : iso(ms));

/** A full backup of the agent's data (not the team's rules, which have their own packs). */
export async function exportBackup(db: KizukiDB, now: number = Date.now()): Promise<BackupFile & { schemaVersion: number }> {
  return db.transaction('r', [db.sessions, db.notes, db.followUps, db.promptEvents, db.settings], async () => ({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: iso(now),
    sessions: (await db.sessions.toArray()).map((s) => ({ ...s, startedAt: iso(s.startedAt), endedAt: isoOpt(s.endedAt), lastSeenAt: iso(s.lastSeenAt) })),
    notes: (await db.notes.toArray()).map(({ terms: _terms, ...n }) => ({
      ...n,
      fields: { ...n.fields, followUpBy: n.fields.followUpBy === null ? null : iso(n.fields.followUpBy) },
      createdAt: iso(n.createdAt),
      updatedAt: iso(n.updatedAt),
    })),
    followUps: (await db.followUps.toArray()).map((f) => ({ ...f, done: f.done === 1, dueAt: iso(f.dueAt), doneAt: isoOpt(f.doneAt) })),
    promptEvents: (await db.promptEvents.toArray()).map(({ id: _id, ...e }) => ({ ...e, at: iso(e.at) })),
    settings: await db.settings.toArray(),
  }));
}

/**
 * Validates the whole file first and imports all of it or none of it. Each note and session
 * keeps its newer version: a record changed here after the backup was made stays as it is (and
 * the result says which notes), so restoring an old backup never undoes later work.
 */
export async function importBackup(db: KizukiDB, input: unknown): Promise<ImportResult> {
  // The validator walks the file recursively: nothing a backup holds nests anywhere near this deep.
  const deep = firstTooDeep(input, MAX_JSON_DEPTH);
  if (deep) return { ok: false, problems: [`${formatPath(deep)}: nested more than ${MAX_JSON_DEPTH} levels deep`] };
  const parsed = BackupSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: formatIssues(parsed.error.issues) };
  const problems = duplicateProblems(parsed.data);
  if (problems.length) return { ok: false, problems };
  // Keys in a backup from before schema version 2 are scoped as the database's were.
  const backup = { ...parsed.data, ...scopeCustomerKeys(parsed.data.sessions, parsed.data.notes) };

  return guardStorage(() =>
    db.transaction('rw', [db.sessions, db.notes, db.followUps, db.promptEvents, db.settings], async () => {
      const noteIds = new Set(backup.notes.map((n) => n.id));
      const missing = backup.followUps.filter((f) => !noteIds.has(f.noteId));
      const known = new Set(await db.notes.where('id').anyOf(missing.map((f) => f.noteId)).primaryKeys());
      const orphans = missing.filter((f) => !known.has(f.noteId));
      if (orphans.length) {
        return { ok: false as const, problems: orphans.map((f) => `followUps[${backup.followUps.indexOf(f)}].noteId: no note "${f.noteId}"`) };
      }
      const storedNotes = await db.notes.bulkGet(backup.notes.map((n) => n.id));
      const skippedNotes: SkippedNote[] = [];
      const notes = backup.notes.filter((n, i) => {
        const stored = storedNotes[i];
        if (!stored || stored.updatedAt <= n.updatedAt) return true;
        skippedNotes.push({ id: n.id, ...(n.customerName ? { customerName: n.customerName } : {}), fileUpdatedAt: n.updatedAt, keptUpdatedAt: stored.updatedAt });
        return false;
      });
      // A follow-up belongs to its note: the kept note keeps its own.
      const kept = new Set(skippedNotes.map((n) => n.id));
      const followUps = backup.followUps.filter((f) => !kept.has(f.noteId));
      const storedSessions = await db.sessions.bulkGet(backup.sessions.map((s) => s.id));
      const sessions = backup.sessions.filter((s, i) => (storedSessions[i]?.lastSeenAt ?? -Infinity) <= s.lastSeenAt);
      await db.sessions.bulkPut(sessions.map(toSession));
      await db.notes.bulkPut(notes.map(toNote));
      await db.followUps.bulkPut(followUps.map(toFollowUp));
      await db.promptEvents.bulkAdd(backup.promptEvents);
      await db.settings.bulkPut(backup.settings);
      const counts = {
        sessions: sessions.length,
        notes: notes.length,
        followUps: followUps.length,
        promptEvents: backup.promptEvents.length,
        settings: backup.settings.length,
      };
      return { ok: true as const, counts, skipped: { notes: skippedNotes, sessions: backup.sessions.length - sessions.length } };
    }),
  );
}

/** `notes[12].createdAt: not a date` — the path a person can find in the file. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => `${formatPath(issue.path) || '(file)'}: ${issue.message}`);
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), '');
}

function duplicateProblems(backup: Backup): string[] {
  const problems: string[] = [];
  for (const table of ['sessions', 'notes', 'followUps'] as const) {
    const seen = new Set<string>();
    backup[table].forEach((row, i) => {
      if (seen.has(row.id)) problems.push(`${table}[${i}].id: duplicate id "${row.id}"`);
      seen.add(row.id);
    });
  }
  return problems;
}

function toSession(s: Backup['sessions'][number]): SessionRecord {
  return { ...s };
}

function toNote(n: Backup['notes'][number]): NoteRecord {
  const note = { ...n, tags: normaliseTags(n.tags) };
  return { ...note, terms: termsOf(note) };
}

function toFollowUp(f: Backup['followUps'][number]): FollowUpRecord {
  return { ...f, done: f.done ? 1 : 0 };
}
