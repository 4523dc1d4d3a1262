import { describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n';
import { exportBackup, importBackup } from './exchange';
import { csvCell, notesToCsv, notesToMarkdown } from './human-export';
import { saveNote } from './notes';
import { searchNotes } from './search';
import { upsertSession } from './sessions';
import { freshDb } from '../db/testing';

const T0 = Date.parse('2026-11-20T06:00:00Z');

async function seeded() {
  const db = freshDb();
  const s = await upsertSession(db, { tool: 'desk', conversationId: 'C1', customerName: '山田 花子', customerKeys: ['email:h@example.jp'], turns: [{ from: 'customer', text: 'こんにちは' }] }, T0);
  await saveNote(db, { sessionId: s.id, customerKeys: s.customerKeys, customerName: '山田 花子', body: '返金の件、"至急"。\n2行目', fields: { need: '返金', followUpBy: T0 + 3_600_000 }, tags: ['billing'] }, T0);
  await saveNote(db, { sessionId: 'desk:C2', customerKeys: [], body: '=SUM(A1) looks like a formula' }, T0 + 1);
  return db;
}

describe('JSON backup', () => {
  it('round-trips everything into an empty database, rebuilding the search index', async () => {
    const backup = JSON.parse(JSON.stringify(await exportBackup(await seeded(), T0)));
    expect(backup).toMatchObject({ format: 'kizuki-notes-backup', formatVersion: 1, exportedAt: new Date(T0).toISOString() });
    expect(backup.notes[0]).not.toHaveProperty('terms');
    const target = freshDb();
    expect(await importBackup(target, backup)).toEqual({ ok: true, counts: { sessions: 1, notes: 2, followUps: 1, promptEvents: 0, settings: 0 }, skipped: { notes: [], sessions: 0 } });
    expect((await searchNotes(target, '返金')).map((n) => n.body)).toEqual(['返金の件、"至急"。\n2行目']);
    expect(await target.followUps.toArray()).toEqual([expect.objectContaining({ dueAt: T0 + 3_600_000, done: 0 })]);
  });

  it('refuses a file with any problem, names each by path, and imports nothing', async () => {
    const backup = JSON.parse(JSON.stringify(await exportBackup(await seeded(), T0)));
    backup.notes[1].createdAt = 'yesterday';
    backup.notes[0].tags = 'billing';
    backup.followUps[0].done = 'no';
    const target = freshDb();
    const result = await importBackup(target, backup);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual(
      expect.arrayContaining(['notes[1].createdAt: not a date', expect.stringMatching(/^notes\[0\]\.tags: /), 'followUps[0].done: not true or false']),
    );
    expect(await target.notes.count()).toBe(0);
    expect(await target.sessions.count()).toBe(0);
  });

  it('refuses follow-ups whose note is nowhere, and files that are not backups', async () => {
    const backup = JSON.parse(JSON.stringify(await exportBackup(await seeded(), T0)));
    backup.notes = [];
    const target = freshDb();
    expect(await importBackup(target, backup)).toEqual({ ok: false, problems: [expect.stringMatching(/^followUps\[0\]\.noteId: no note/)] });
    expect(await target.sessions.count()).toBe(0);
    expect(await importBackup(target, { hello: 1 })).toMatchObject({ ok: false, problems: expect.arrayContaining(['format: not a Kizuki notes backup']) });
  });
});

describe('restoring an older backup', () => {
  it('keeps the newer version of each note, says which it kept, and leaves the kept note\'s follow-up alone', async () => {
    const db = freshDb();
    const s = await upsertSession(db, { tool: 'desk', conversationId: 'C9', tabUrl: 'http://localhost/desk/c/C9', customerName: '山田 花子', turns: [] }, T0);
    const note = await saveNote(db, { sessionId: s.id, customerKeys: [], customerName: '山田 花子', body: 'first version', fields: { followUpBy: T0 + 1000 } }, T0);
    const other = await saveNote(db, { sessionId: 'desk:C10', customerKeys: [], body: 'other, untouched since' }, T0);
    const old = JSON.parse(JSON.stringify(await exportBackup(db, T0)));
    // Later, the agent rewrote the first note and moved its follow-up.
    await saveNote(db, { id: note.id, sessionId: s.id, customerKeys: [], body: 'newer version', fields: { followUpBy: T0 + 9000 } }, T0 + 60_000);

    const result = await importBackup(db, old);
    expect(result).toMatchObject({ ok: true, counts: { notes: 1, followUps: 0 } });
    expect(result.ok && result.skipped.notes).toEqual([{ id: note.id, customerName: '山田 花子', fileUpdatedAt: T0, keptUpdatedAt: T0 + 60_000 }]);
    expect((await db.notes.get(note.id))?.body).toBe('newer version');
    expect((await db.followUps.get(`fu-${note.id}`))?.dueAt).toBe(T0 + 9000);
    expect((await db.notes.get(other.id))?.body).toBe('other, untouched since');
  });

  it('replaces a note the file holds in a newer version', async () => {
    const source = freshDb();
    const note = await saveNote(source, { sessionId: 'desk:C1', customerKeys: [], body: 'old' }, T0);
    const target = freshDb();
    await importBackup(target, JSON.parse(JSON.stringify(await exportBackup(source, T0))));
    await saveNote(source, { id: note.id, sessionId: 'desk:C1', customerKeys: [], body: 'new' }, T0 + 5);
    const result = await importBackup(target, JSON.parse(JSON.stringify(await exportBackup(source, T0 + 5))));
    expect(result.ok && result.skipped.notes).toEqual([]);
    expect((await target.notes.get(note.id))?.body).toBe('new');
  });

  it('scopes the customer keys of a backup made before they were scoped', async () => {
    const backup = JSON.parse(JSON.stringify(await exportBackup(await seeded(), T0)));
    delete backup.schemaVersion;
    backup.sessions[0].tabUrl = 'http://localhost/desk/c/C1';
    backup.sessions[0].customerKeys = ['email:h@example.jp'];
    backup.notes[0].customerKeys = ['email:h@example.jp'];
    const target = freshDb();
    expect((await importBackup(target, backup)).ok).toBe(true);
    expect((await target.sessions.get('desk:C1'))?.customerKeys).toEqual(['desk@http://localhost:email:h@example.jp']);
    expect((await target.notes.get(backup.notes[0].id))?.customerKeys).toEqual(['desk@http://localhost:email:h@example.jp']);
  });

  it('refuses a file nested deeper than any backup, changing nothing', async () => {
    const backup = JSON.parse(JSON.stringify(await exportBackup(await seeded(), T0)));
    let value: unknown = 1;
    for (let i = 0; i < 5000; i++) value = [value];
    backup.settings = [{ key: 'deep', value }];
    const target = freshDb();
    const result = await importBackup(target, backup);
    expect(result).toEqual({ ok: false, problems: [expect.stringMatching(/^settings\[0\]\.value(\[0\])+: nested more than 64 levels deep$/)] });
    expect(await target.notes.count()).toBe(0);
  });
});

describe('exports for people', () => {
  it('writes CSV that Excel opens: BOM, quoting, CRLF, no formulas', async () => {
    setLanguage('en');
    const notes = await searchNotes(await seeded(), '');
    const csv = notesToCsv(notes);
    expect(csv.startsWith('\uFEFFCreated,Updated,Customer,')).toBe(true);
    expect(csv).toContain('"返金の件、""至急""。\n2行目"');
    expect(csv).toContain(`'=SUM(A1) looks like a formula`);
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('-1')).toBe("'-1");
  });

  it('writes Markdown with the customer, the fields and the body, in the UI language', async () => {
    setLanguage('ja');
    const md = notesToMarkdown(await searchNotes(await seeded(), '返金'), T0);
    expect(md).toMatch(/^# Kizuki メモ/);
    expect(md).toContain('## 山田 花子 · ');
    expect(md).toContain('- **ご用件**: 返金');
    expect(md).toContain('返金の件、"至急"。\n2行目');
    setLanguage('en');
  });
});
