import { describe, expect, it } from 'vitest';
import { customerKeys, customerScope, describeCustomerKey, keysFromCustomerKey } from './customer-keys';
import { followUpFromPromise, listFollowUps, setFollowUpDone, dueFollowUps } from './follow-ups';
import { customerHistory, historyForEngine } from './history';
import { deleteNote, followUpIdFor, getNotesForSession, saveNote } from './notes';
import { upsertSession } from './sessions';
import { freshDb } from '../db/testing';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-11-20T06:00:00Z');

describe('customer keys', () => {
  it('matches the same customer however the tool spells them', () => {
    expect(customerKeys({ email: ' Hanako@Example.JP ', phone: '+81 90-1234-5678' })).toEqual(['email:hanako@example.jp', 'tel:09012345678']);
    const desk = customerScope('desk', 'http://localhost:5178/desk/c/1?x=1');
    expect(keysFromCustomerKey('090-1234-5678', desk)).toEqual(['desk@http://localhost:5178:tel:09012345678']);
    expect(keysFromCustomerKey('ＨＡＮＡＫＯ@example.jp', desk)).toEqual(['desk@http://localhost:5178:email:hanako@example.jp']);
    expect(keysFromCustomerKey('U-778', customerScope('zendesk', 'https://acme.zendesk.com/agent/tickets/1'))).toEqual(['zendesk@https://acme.zendesk.com:id:U-778']);
    expect(keysFromCustomerKey('  ', desk)).toEqual([]);
  });

  it('scopes every key to the tool and the site it was read on, and gives none without a page', () => {
    const acme = keysFromCustomerKey('hanako@example.com', customerScope('zendesk', 'https://acme.zendesk.com/agent/tickets/9'));
    const evil = keysFromCustomerKey('hanako@example.com', customerScope('zendesk', 'https://evil.zendesk.com/agent/tickets/9'));
    const other = keysFromCustomerKey('hanako@example.com', customerScope('freshdesk', 'https://acme.zendesk.com/agent/tickets/9'));
    expect(acme).toEqual(['zendesk@https://acme.zendesk.com:email:hanako@example.com']);
    expect(new Set([...acme, ...evil, ...other]).size).toBe(3);
    expect(customerScope('desk', undefined)).toBeNull();
    expect(customerScope('desk', 'about:blank')).toBeNull();
    expect(keysFromCustomerKey('hanako@example.com', null)).toEqual([]);
  });

  it('describes a key for a person choosing a customer', () => {
    expect(describeCustomerKey('zendesk@https://acme.zendesk.com:email:hanako@example.com')).toBe('hanako@example.com · acme.zendesk.com');
    expect(describeCustomerKey('desk@http://localhost:5178:tel:0312345678')).toBe('0312345678 · localhost:5178');
    expect(describeCustomerKey('softphone@unknown:tel:0355550100')).toBe('0355550100');
  });
});

describe('notes', () => {
  it('keeps createdAt and id across saves and updates the text', async () => {
    const db = freshDb();
    const first = await saveNote(db, { sessionId: 'desk:1', customerKeys: ['email:a@b.c'], body: 'first' }, T0);
    const second = await saveNote(db, { id: first.id, sessionId: 'desk:1', customerKeys: ['email:a@b.c'], body: 'second', tags: [' VIP', 'vip'] }, T0 + 1000);
    expect(second).toMatchObject({ id: first.id, createdAt: T0, updatedAt: T0 + 1000, body: 'second', tags: ['vip'] });
    expect(await getNotesForSession(db, 'desk:1')).toHaveLength(1);
  });

  it('turns "call back by" into a follow-up, moves it, and removes it when cleared', async () => {
    const db = freshDb();
    const note = await saveNote(db, { sessionId: 'desk:1', customerKeys: [], customerName: '山田 花子', body: '', fields: { promised: '明日折り返し', followUpBy: T0 + 24 * HOUR } }, T0);
    expect(await listFollowUps(db, { open: true })).toEqual([
      expect.objectContaining({ id: followUpIdFor(note.id), noteId: note.id, dueAt: T0 + 24 * HOUR, done: 0, text: '明日折り返し', customerName: '山田 花子' }),
    ]);
    await saveNote(db, { id: note.id, sessionId: 'desk:1', customerKeys: [], body: '', fields: { followUpBy: T0 + 48 * HOUR } }, T0 + 1);
    expect((await listFollowUps(db))[0]!.dueAt).toBe(T0 + 48 * HOUR);
    await saveNote(db, { id: note.id, sessionId: 'desk:1', customerKeys: [], body: '', fields: { followUpBy: null } }, T0 + 2);
    expect(await listFollowUps(db)).toEqual([]);
  });

  it('marks follow-ups done, lists due ones, and deletes them with their note', async () => {
    const db = freshDb();
    const a = await saveNote(db, { sessionId: 's1', customerKeys: [], body: 'a', fields: { followUpBy: T0 - HOUR } }, T0 - 2 * HOUR);
    const b = await saveNote(db, { sessionId: 's2', customerKeys: [], body: 'b', fields: { followUpBy: T0 + HOUR } }, T0 - 2 * HOUR);
    expect((await dueFollowUps(db, T0)).map((f) => f.noteId)).toEqual([a.id]);
    await setFollowUpDone(db, followUpIdFor(a.id), true, T0);
    expect(await dueFollowUps(db, T0)).toEqual([]);
    expect((await listFollowUps(db, { open: true })).map((f) => f.noteId)).toEqual([b.id]);
    // Saving the note again keeps a done follow-up done.
    await saveNote(db, { id: a.id, sessionId: 's1', customerKeys: [], body: 'a2' }, T0 + 1);
    expect((await listFollowUps(db)).find((f) => f.noteId === a.id)).toMatchObject({ done: 1, doneAt: T0 });
    await deleteNote(db, b.id);
    expect((await listFollowUps(db)).map((f) => f.noteId)).toEqual([a.id]);
  });

  it('creates a follow-up from a promise with one call, into the session note', async () => {
    const db = freshDb();
    const note = await saveNote(db, { sessionId: 'desk:9', customerKeys: ['tel:0312345678'], body: '請求書の件' }, T0);
    const updated = await followUpFromPromise(db, { sessionId: 'desk:9', customerKeys: [], customerName: '佐藤 健', promised: '金曜までに再発行', dueAt: T0 + 72 * HOUR }, T0 + 5);
    expect(updated).toMatchObject({ id: note.id, body: '請求書の件', fields: { promised: '金曜までに再発行', followUpBy: T0 + 72 * HOUR } });
    const fresh = await followUpFromPromise(db, { sessionId: 'desk:10', customerKeys: [], promised: 'call back', dueAt: T0 }, T0);
    expect(fresh.body).toBe('');
    expect(await listFollowUps(db, { open: true })).toHaveLength(2);
  });
});

describe('customer history', () => {
  async function seed() {
    const db = freshDb();
    const keys = ['email:hanako@example.jp'];
    const old = await upsertSession(db, { tool: 'desk', conversationId: 'C1', customerKeys: keys, channel: 'voice', turns: [{ from: 'customer', text: 'カタログが届きません' }] }, T0 - 48 * HOUR);
    await saveNote(db, { sessionId: old.id, customerKeys: keys, body: '配送遅延。\n明日確認', fields: { need: '' } }, T0 - 48 * HOUR);
    const mid = await upsertSession(db, { tool: 'desk', conversationId: 'C2', customerKeys: ['tel:09012345678', ...keys], channel: 'chat', turns: [{ from: 'customer', text: '請求額が違います' }] }, T0 - 24 * HOUR);
    const now = await upsertSession(db, { tool: 'desk', conversationId: 'C3', customerKeys: ['tel:09012345678'], turns: [] }, T0);
    await upsertSession(db, { tool: 'desk', conversationId: 'other', customerKeys: ['email:someone@else.com'], turns: [] }, T0);
    return { db, old, mid, now };
  }

  it('finds earlier sessions and notes by any key, newest first, without the current one', async () => {
    const { db, old, mid, now } = await seed();
    const history = await customerHistory(db, ['tel:09012345678', 'email:hanako@example.jp'], { excludeSessionId: now.id });
    expect(history.sessions.map((s) => s.id)).toEqual([mid.id, old.id]);
    expect(history.notes.map((n) => n.sessionId)).toEqual([old.id]);
    expect(await customerHistory(db, [])).toEqual({ sessions: [], notes: [] });
  });

  it('gives the engine one entry per earlier contact, summarised from the note or the customer’s words', async () => {
    const { db, now } = await seed();
    expect(await historyForEngine(db, ['tel:09012345678', 'email:hanako@example.jp'], now.id)).toEqual([
      { startedAt: new Date(T0 - 24 * HOUR).toISOString(), summary: '請求額が違います', channel: 'chat' },
      { startedAt: new Date(T0 - 48 * HOUR).toISOString(), summary: '配送遅延。', channel: 'voice' },
    ]);
  });

  it('keeps a session’s start and accumulates its keys across updates', async () => {
    const db = freshDb();
    await upsertSession(db, { tool: 'desk', conversationId: 'X', customerKeys: ['a'], turns: [] }, T0);
    const s = await upsertSession(db, { tool: 'desk', conversationId: 'X', customerKeys: ['b'], callState: 'ended' }, T0 + 10);
    expect(s).toMatchObject({ id: 'desk:X', startedAt: T0, lastSeenAt: T0 + 10, endedAt: T0 + 10, customerKeys: ['a', 'b'], turns: [] });
  });
});
