// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import { exportBackup } from '@/lib/notes/exchange';
import { saveNote } from '@/lib/notes/notes';
import { upsertSession } from '@/lib/notes/sessions';
import { freshDb } from '@/lib/db/testing';
import { CustomerHistory } from './CustomerHistory';
import { FollowUpList } from './FollowUpList';
import { NotebookPage } from './NotebookPage';

beforeEach(() => {
  setLanguage('en');
  location.hash = '';
});
afterEach(cleanup);

const T0 = Date.parse('2026-11-18T01:00:00Z');
const noStorage = {};

async function seeded() {
  const db = freshDb();
  await saveNote(db, { sessionId: 'desk:1', customerKeys: ['email:h@example.jp'], customerName: '山田 花子', body: 'カタログが届かないとのこと', tags: ['配送'], fields: { promised: '明日電話', followUpBy: T0 + 86_400_000 } }, T0);
  await saveNote(db, { sessionId: 'desk:2', customerKeys: ['email:emma@example.com'], customerName: 'Emma Clark', body: 'Refund for the double charge', tags: ['billing'] }, T0 + 1000);
  return db;
}

const items = () => screen.queryAllByTestId('note-item');

describe('NotebookPage', () => {
  it('lists every note newest first and searches Japanese substrings and English prefixes', async () => {
    const db = await seeded();
    render(<NotebookPage db={db} storage={noStorage} />);
    await waitFor(() => expect(items()).toHaveLength(2));
    expect(items()[0]!.textContent).toContain('Emma Clark');
    fireEvent.change(screen.getByTestId('notes-search'), { target: { value: 'タロ' } });
    await waitFor(() => expect(items().map((i) => i.textContent)).toEqual([expect.stringContaining('山田 花子')]));
    fireEvent.change(screen.getByTestId('notes-search'), { target: { value: 'doub' } });
    await waitFor(() => expect(items().map((i) => i.textContent)).toEqual([expect.stringContaining('Emma Clark')]));
    // The hit is highlighted where it is.
    expect([...items()[0]!.querySelectorAll('mark')].map((m) => m.textContent?.toLowerCase())).toEqual(['doub']);
    fireEvent.change(screen.getByTestId('notes-search'), { target: { value: '存在しない' } });
    await waitFor(() => expect(screen.getByText('No notes match.')).toBeTruthy());
  });

  it('filters by tag and open follow-ups, and opens a note for editing', async () => {
    const db = await seeded();
    render(<NotebookPage db={db} storage={noStorage} />);
    await waitFor(() => expect(items()).toHaveLength(2));
    fireEvent.click(screen.getByLabelText('Open follow-ups only'));
    await waitFor(() => expect(items()).toHaveLength(1));
    fireEvent.click(screen.getByLabelText('Open follow-ups only'));
    await waitFor(() => expect(screen.getAllByRole('option', { name: 'billing' })).toHaveLength(1));
    fireEvent.change(screen.getByLabelText('Tag'), { target: { value: 'billing' } });
    await waitFor(() => expect(items().map((i) => i.textContent)).toEqual([expect.stringContaining('Emma')]));
    fireEvent.click(within(items()[0]!).getByRole('button'));
    const editor = (await screen.findByTestId('note-editor')) as HTMLTextAreaElement;
    await waitFor(() => expect(editor.value).toBe('Refund for the double charge'));
    expect(location.hash).toMatch(/^#note=/);
  });

  it('deletes everything only after the confirmation word is typed', async () => {
    const db = await seeded();
    render(<NotebookPage db={db} storage={noStorage} />);
    // The reading view comes first: the danger zone is behind Settings.
    expect(screen.queryByRole('button', { name: 'Delete everything' })).toBeNull();
    fireEvent.click(screen.getByTestId('notebook-settings-toggle'));
    const button = screen.getByRole('button', { name: 'Delete everything' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.change(screen.getByTestId('notes-delete-confirm'), { target: { value: 'DELETE' } });
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByText('Everything was deleted.')).toBeTruthy());
    expect(await db.notes.count()).toBe(0);
  });

  it('reports every problem in a bad backup and imports nothing', async () => {
    const db = freshDb();
    render(<NotebookPage db={db} storage={{ persist: async () => true, persisted: async () => false }} />);
    fireEvent.click(screen.getByTestId('notebook-settings-toggle'));
    await waitFor(() => expect(screen.getByTestId('notes-persist').dataset.state).toBe('persisted'));
    const bad = { format: 'kizuki-notes-backup', formatVersion: 1, exportedAt: 'now?', sessions: [], notes: [{ id: 'x' }], followUps: [], promptEvents: [], settings: [] };
    const file = new File([JSON.stringify(bad)], 'backup.json', { type: 'application/json' });
    fireEvent.change(screen.getByTestId('notes-import'), { target: { files: [file] } });
    const report = await screen.findByTestId('notes-report');
    await waitFor(() => expect(report.textContent).toContain('Nothing was imported'));
    expect(report.textContent).toContain('exportedAt: not a date');
    expect(report.textContent).toContain('notes[0].id: not a Kizuki note id');
    expect(await db.notes.count()).toBe(0);
  });
});

describe('restoring a backup in the notebook', () => {
  it('says which notes it kept because they are newer here than in the backup', async () => {
    const db = await seeded();
    const old = JSON.stringify(await exportBackup(db, T0));
    const [note] = await db.notes.where('customerKeys').equals('email:h@example.jp').toArray();
    await saveNote(db, { id: note!.id, sessionId: note!.sessionId, customerKeys: note!.customerKeys, body: 'rewritten after the backup' }, T0 + 86_400_000);
    render(<NotebookPage db={db} storage={noStorage} />);
    fireEvent.click(screen.getByTestId('notebook-settings-toggle'));
    fireEvent.change(screen.getByTestId('notes-import'), { target: { files: [new File([old], 'backup.json', { type: 'application/json' })] } });
    const kept = await screen.findByTestId('notes-kept-newer');
    expect(kept.textContent).toContain('1 note was changed here after this backup was made');
    expect(kept.textContent).toContain('山田 花子');
    expect((await db.notes.get(note!.id))?.body).toBe('rewritten after the backup');
  });

  it('refuses a file that is not UTF-8 and imports nothing', async () => {
    const db = freshDb();
    render(<NotebookPage db={db} storage={noStorage} />);
    fireEvent.click(screen.getByTestId('notebook-settings-toggle'));
    const sjis = new Uint8Array([0x7b, 0x22, 0x95, 0xd4, 0x8b, 0xe0, 0x22, 0x3a, 0x31, 0x7d]);
    fireEvent.change(screen.getByTestId('notes-import'), { target: { files: [new File([sjis], 'backup.json')] } });
    await waitFor(() => expect(screen.getByTestId('notes-report').textContent).toContain('not UTF-8'));
    expect(await db.notes.count()).toBe(0);
  });
});

describe('FollowUpList and CustomerHistory', () => {
  it('lists open follow-ups, overdue ones marked, and marks them done', async () => {
    const db = await seeded();
    render(<FollowUpList db={db} now={T0 + 2 * 86_400_000} />);
    const item = await screen.findByTestId('follow-up');
    expect(item.dataset.overdue).toBe('true');
    expect(item.textContent).toContain('明日電話');
    fireEvent.click(within(item).getByRole('button', { name: 'Mark done' }));
    await waitFor(() => expect(screen.queryByTestId('follow-up')).toBeNull());
    expect((await db.followUps.toArray())[0]!.done).toBe(1);
  });

  it('shows a returning customer’s earlier contacts newest first', async () => {
    const db = freshDb();
    const keys = ['tel:09012345678'];
    await upsertSession(db, { tool: 'desk', conversationId: 'old', customerKeys: keys, turns: [{ from: 'customer', text: '最初の問い合わせ' }] }, T0);
    await upsertSession(db, { tool: 'desk', conversationId: 'mid', customerKeys: keys, turns: [] }, T0 + 1000);
    await saveNote(db, { sessionId: 'desk:mid', customerKeys: keys, body: '二回目：請求書の再発行', fields: { need: '再発行' } }, T0 + 1000);
    render(<CustomerHistory db={db} customerKeys={keys} excludeSessionId="desk:now" />);
    await waitFor(() => expect(screen.getAllByTestId('history-entry')).toHaveLength(2));
    const [first, second] = screen.getAllByTestId('history-entry');
    expect(first!.textContent).toContain('二回目：請求書の再発行');
    expect(second!.textContent).toContain('最初の問い合わせ');
  });
});
