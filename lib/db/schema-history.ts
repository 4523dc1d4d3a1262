import type { Transaction } from 'dexie';
import { scopeCustomerKeys, type ScopableNote, type ScopableSession } from './v2-scoped-keys';

/**
 * Every schema Kizuki has ever shipped, oldest first. Append-only: a shipped entry is never
 * edited, because browsers out there hold databases at that version. To change the schema,
 * append `{ version: N + 1, stores: { …only the tables that change… }, upgrade }` and add
 * a fixture `tests/fixtures/db/vN.json` (see tests/fixtures/db/README.md).
 */
export interface SchemaVersion {
  version: number;
  /** Dexie store specs: `null` deletes a table; tables left out keep their previous spec. */
  stores: Record<string, string | null>;
  /** Rewrites records written by the previous version; runs inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      sessions: 'id, tool, conversationId, *customerKeys, startedAt, lastSeenAt',
      // `terms` is the search index: one multi-entry index of words and CJK bigrams.
      notes: 'id, sessionId, *customerKeys, *tags, createdAt, updatedAt, *terms',
      followUps: 'id, noteId, sessionId, dueAt, [done+dueAt]',
      promptEvents: '++id, sessionId, ruleId, kind, at',
      settings: 'key',
      rules: 'id, pack, updatedAt',
      ruleHistory: '++id, ruleId, at',
    },
  },
  {
    // Customer keys scoped to the tool and site they were read on (see v2-scoped-keys.ts).
    version: 2,
    stores: {},
    upgrade: async (tx) => {
      const sessions = (await tx.table('sessions').toArray()) as ScopableSession[];
      const notes = (await tx.table('notes').toArray()) as ScopableNote[];
      const scoped = scopeCustomerKeys(sessions, notes);
      await tx.table('sessions').bulkPut(scoped.sessions);
      await tx.table('notes').bulkPut(scoped.notes);
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;

/** The full store specs in force at `version` (later versions only list what they change). */
export function storesAt(version: number, history: readonly SchemaVersion[] = SCHEMA_HISTORY): Record<string, string> {
  const stores: Record<string, string> = {};
  for (const entry of history) {
    if (entry.version > version) break;
    for (const [table, spec] of Object.entries(entry.stores)) {
      if (spec === null) delete stores[table];
      else stores[table] = spec;
    }
  }
  return stores;
}
