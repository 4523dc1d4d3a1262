import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../db/testing';
import type { KizukiDB } from '../db/db';
import { hostileVariants } from '../input/testing';
import { exportBackup, importBackup } from './exchange';
import { saveNote } from './notes';
import { upsertSession } from './sessions';

const T0 = Date.parse('2026-11-20T06:00:00Z');

async function seed(db: KizukiDB): Promise<void> {
  const s = await upsertSession(db, { tool: 'desk', conversationId: 'C1', tabUrl: 'http://localhost/desk/c/C1', customerName: '山田 花子', customerKeys: ['desk@http://localhost:email:h@example.jp'], turns: [{ from: 'customer', text: 'カタログが届きません' }] }, T0);
  await saveNote(db, { sessionId: s.id, customerKeys: s.customerKeys, customerName: '山田 花子', body: '配送遅延', fields: { need: '再送', followUpBy: T0 + 3_600_000 }, tags: ['配送'] }, T0);
  await saveNote(db, { sessionId: 'desk:C2', customerKeys: [], body: 'refund requested' }, T0 + 1);
}

/** Everything the database holds, as a backup describes it (its own export time left out). */
async function contents(db: KizukiDB): Promise<string> {
  const { exportedAt: _at, ...rest } = await exportBackup(db, T0);
  return JSON.stringify(rest);
}

describe('restoring a backup, from any file', () => {
  it('refuses whole or imports whole, never throws, and changes nothing when it refuses', async () => {
    const source = freshDb();
    await seed(source);
    const backup = JSON.parse(JSON.stringify(await exportBackup(source, T0))) as unknown;
    // The database being restored into holds its own work already.
    const target = freshDb();
    await upsertSession(target, { tool: 'desk', conversationId: 'OWN', customerKeys: [], turns: [] }, T0);
    await saveNote(target, { sessionId: 'desk:OWN', customerKeys: [], body: 'the agent’s own note' }, T0);

    await fc.assert(
      fc.asyncProperty(hostileVariants(backup), async (input) => {
        const before = await contents(target);
        const result = await importBackup(target, input);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          expect(await contents(target)).toBe(before);
          return;
        }
        // Imported whole: every note of the file is here (newer versions kept are listed).
        const file = input as { notes: { id: string }[] };
        const kept = new Set(result.skipped.notes.map((n) => n.id));
        for (const note of file.notes) expect(await target.notes.get(note.id), note.id).toBeDefined();
        expect(result.counts.notes + kept.size).toBe(file.notes.length);
      }),
      { numRuns: 80 },
    );
  }, 60_000);
});
