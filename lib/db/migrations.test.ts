import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFixture, type DbFixture } from '../../tests/fixtures/db/fixture-format';
import { KizukiDB } from './db';
import { SCHEMA_HISTORY, storesAt, type SchemaVersion } from './schema-history';
import { customerHistory } from '../notes/history';
import { searchNotes } from '../notes/search';

// Vitest runs from the repository root; import.meta.url is not a file URL under happy-dom.
const FIXTURE_DIR = join(process.cwd(), 'tests/fixtures/db');
const fixtures: DbFixture[] = readdirSync(FIXTURE_DIR)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(join(FIXTURE_DIR, f), 'utf8')) as DbFixture);

/** Primary key of a row, from the store spec's first part ("++id", "id", "key"). */
function primaryKey(spec: string, row: Record<string, unknown>): string | number {
  const name = spec.split(',')[0]!.trim().replace(/^\+\+|^&/, '');
  return row[name] as string | number;
}

/**
 * Version 2 scopes customer keys to the tool and site they were read on. What it must make of
 * v1.json's keys, written from those records: a session with a page address takes its site; a
 * session without one takes the site of a same-tool session sharing its keys, else "unknown";
 * a note takes its session's.
 */
const V1_KEYS_IN_V2: Record<string, string[]> = {
  'desk:C-1001': ['desk@http://localhost:email:hanako.yamada@example.jp', 'desk@http://localhost:tel:09012345678'],
  'desk:C-1003': ['desk@http://localhost:email:hanako.yamada@example.jp', 'desk@http://localhost:tel:09012345678'],
  'desk:T-2002': ['desk@unknown:email:emma.clark@example.com', 'desk@unknown:id:U-778'],
  'softphone:7b0c6a2e-1f1e-4c1e-9a51-3a0e3f0c2d11': ['softphone@unknown:tel:0355550100'],
};

/** A fixture row as the current version must hold it: the same, but for what later versions rewrite. */
function upgraded(fixture: DbFixture, table: string, row: Record<string, unknown>): Record<string, unknown> {
  if (fixture.version < 2 && (table === 'sessions' || table === 'notes')) {
    const owner = String(table === 'sessions' ? row.id : row.sessionId);
    return { ...row, customerKeys: V1_KEYS_IN_V2[owner] };
  }
  return row;
}

async function expectEveryRecordSurvived(db: KizukiDB, fixture: DbFixture): Promise<void> {
  for (const [table, rows] of Object.entries(fixture.tables)) {
    expect(await db.table(table).count(), table).toBe(rows.length);
    for (const row of rows) {
      // toMatchObject: a later version may add fields, never lose or change these.
      expect(await db.table(table).get(primaryKey(fixture.stores[table]!, row)), `${table} ${JSON.stringify(row).slice(0, 80)}`).toMatchObject(upgraded(fixture, table, row));
    }
  }
}

describe('schema history', () => {
  it('has a saved database for every version before the current one', () => {
    const saved = new Set(fixtures.map((f) => f.version));
    for (const { version } of SCHEMA_HISTORY) expect(saved.has(version), `tests/fixtures/db/v${version}.json`).toBe(true);
  });

  it('never changes a shipped version: each fixture was written with the stores history still lists', () => {
    for (const fixture of fixtures) expect(storesAt(fixture.version)).toEqual(fixture.stores);
  });

  it('numbers versions upwards, one entry each', () => {
    const versions = SCHEMA_HISTORY.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});

describe.each(fixtures.map((f) => [f.version, f] as const))('a database saved at version %i', (_version, fixture) => {
  it('opens with the current code with every record intact, and stays searchable', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    await loadFixture(name, fixture);
    const db = new KizukiDB(name);
    await expectEveryRecordSurvived(db, fixture);
    expect((await searchNotes(db, 'カタログ')).length).toBeGreaterThan(0);
    expect((await searchNotes(db, 'refund')).length).toBeGreaterThan(0);
    // The second contact still finds the first by the customer's (now scoped) key.
    const hanako = 'desk@http://localhost:email:hanako.yamada@example.jp';
    expect((await customerHistory(db, [hanako])).sessions.map((s) => s.id).sort()).toEqual(['desk:C-1001', 'desk:C-1003']);
    db.close();
  });

  it('runs an appended version’s upgrade over it (the path every future version takes)', async () => {
    const name = `migrate-next-${crypto.randomUUID()}`;
    await loadFixture(name, fixture);
    const next: SchemaVersion = {
      version: SCHEMA_HISTORY.at(-1)!.version + 1,
      stores: { notes: `${storesAt(SCHEMA_HISTORY.at(-1)!.version).notes}, customerName` },
      upgrade: async (tx) => {
        await tx.table('notes').toCollection().modify((n: { upgradedFrom?: number }) => void (n.upgradedFrom = fixture.version));
      },
    };
    const db = new KizukiDB(name, [...SCHEMA_HISTORY, next]);
    await expectEveryRecordSurvived(db, fixture);
    const notes = await db.notes.toArray();
    expect(notes.every((n) => (n as { upgradedFrom?: number }).upgradedFrom === fixture.version)).toBe(true);
    expect(await db.notes.where('customerName').equals('山田 花子').count()).toBe(1);
    db.close();
  });
});
