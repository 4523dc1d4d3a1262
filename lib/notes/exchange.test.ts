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
    expect(await importBackup(target, backup)).toEqual({ ok: true, counts: { sessions: 1, notes: 2, followUps: 1, promptEvents: 0, settings: 0 } });
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
