import type { HistoryEntry } from '../conversation/schema';
import type { KizukiDB } from '../db/db';
import type { NoteRecord, SessionRecord } from '../db/types';

export interface CustomerHistory {
  sessions: SessionRecord[];
  notes: NoteRecord[];
}

const SUMMARY_LENGTH = 80;

/** The customer's earlier sessions and notes, newest first, found by any of their keys. */
export async function customerHistory(
  db: KizukiDB,
  customerKeys: readonly string[],
  { excludeSessionId, limit = 20 }: { excludeSessionId?: string; limit?: number } = {},
): Promise<CustomerHistory> {
  if (customerKeys.length === 0) return { sessions: [], notes: [] };
  return db.transaction('r', db.sessions, db.notes, async () => {
    const [sessions, notes] = await Promise.all([
      db.sessions.where('customerKeys').anyOf([...customerKeys]).distinct().toArray(),
      db.notes.where('customerKeys').anyOf([...customerKeys]).distinct().toArray(),
    ]);
    return {
      sessions: sessions
        .filter((s) => s.id !== excludeSessionId)
        .sort((a, b) => b.startedAt - a.startedAt)
        .slice(0, limit),
      notes: notes
        .filter((n) => n.sessionId !== excludeSessionId)
        .sort((a, b) => b.createdAt - a.createdAt)
        .slice(0, limit),
    };
  });
}

/**
 * The conversation JSON's `history`: one entry per earlier contact, newest first, summarised
 * from the agent's note (what the customer needed) or else the customer's first words.
 */
export async function historyForEngine(
  db: KizukiDB,
  customerKeys: readonly string[],
  excludeSessionId?: string,
): Promise<HistoryEntry[]> {
  const { sessions, notes } = await customerHistory(db, customerKeys, { excludeSessionId });
  const noteBySession = new Map<string, NoteRecord>();
  for (const note of notes) if (!noteBySession.has(note.sessionId)) noteBySession.set(note.sessionId, note);
  const entries: (HistoryEntry & { time: number })[] = sessions.map((s) => ({
    time: s.startedAt,
    startedAt: new Date(s.startedAt).toISOString(),
    summary: summarise(noteBySession.get(s.id), s),
    channel: s.channel,
  }));
  // A note whose session was purged still records a contact.
  const seen = new Set(sessions.map((s) => s.id));
  for (const [sessionId, note] of noteBySession) {
    if (!seen.has(sessionId)) entries.push({ time: note.createdAt, startedAt: new Date(note.createdAt).toISOString(), summary: summarise(note) });
  }
  return entries.sort((a, b) => b.time - a.time).map(({ time: _time, ...entry }) => stripUndefined(entry));
}

function summarise(note?: NoteRecord, session?: SessionRecord): string | undefined {
  const firstLine = note?.body.split('\n').find((line) => line.trim());
  const text = note?.fields.need || firstLine || note?.fields.promised || session?.turns.find((t) => t.from === 'customer')?.text;
  const clean = text?.replace(/\s+/g, ' ').trim();
  if (!clean) return undefined;
  return clean.length > SUMMARY_LENGTH ? `${clean.slice(0, SUMMARY_LENGTH - 1)}…` : clean;
}

function stripUndefined(entry: HistoryEntry): HistoryEntry {
  return Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined)) as HistoryEntry;
}
