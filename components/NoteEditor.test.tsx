// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import { createRef } from 'react';
import { followUpFromPromise, listFollowUps } from '@/lib/notes/follow-ups';
import { getNotesForSession, saveNote } from '@/lib/notes/notes';
import { setSetting } from '@/lib/notes/settings';
import { freshDb } from '@/lib/db/testing';
import { NoteEditor, type NoteEditorHandle } from './NoteEditor';

beforeEach(() => setLanguage('en'));
afterEach(cleanup);

async function editor() {
  const db = freshDb();
  const view = render(<NoteEditor db={db} sessionId="desk:C1" customerKeys={['email:h@example.jp']} customerName="山田 花子" />);
  const box = screen.getByTestId('note-editor') as HTMLTextAreaElement;
  await waitFor(() => expect(box.readOnly).toBe(false));
  return { db, box, view };
}

describe('one conversation open in two side panels', () => {
  async function twoPanels() {
    const db = freshDb();
    render(<><div data-testid="panel-a"><NoteEditor db={db} sessionId="desk:C7" customerKeys={[]} /></div><div data-testid="panel-b"><NoteEditor db={db} sessionId="desk:C7" customerKeys={[]} /></div></>);
    const [a, b] = screen.getAllByTestId('note-editor') as HTMLTextAreaElement[];
    await waitFor(() => expect(a!.readOnly || b!.readOnly).toBe(false));
    return { db, a: a!, b: b! };
  }

  it('keeps one note when both panels start typing before either has saved', async () => {
    const { db, a, b } = await twoPanels();
    fireEvent.change(a, { target: { value: 'typed in the first panel' } });
    fireEvent.change(b, { target: { value: 'typed in the second panel' } });
    await waitFor(async () => expect(screen.getAllByRole('status').map((s) => s.textContent)).toEqual([expect.stringMatching(/^Saved/), expect.stringMatching(/^Saved/)]), { timeout: 3000 });
    const notes = await getNotesForSession(db, 'desk:C7');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.body).toBe('typed in the second panel');
  });

  it('shows what was typed in one panel in the other, live', async () => {
    const { a, b } = await twoPanels();
    fireEvent.change(a, { target: { value: 'カタログ未着' } });
    await waitFor(() => expect(b.value).toBe('カタログ未着'), { timeout: 3000 });
    fireEvent.change(b, { target: { value: 'カタログ未着、明日折り返し' } });
    await waitFor(() => expect(a.value).toBe('カタログ未着、明日折り返し'), { timeout: 3000 });
  });
});

describe('NoteEditor', () => {
  it('autosaves what the agent types and says when it was saved', async () => {
    const { db, box } = await editor();
    fireEvent.change(box, { target: { value: 'カタログ未着、明日折り返し' } });
    expect(screen.getByRole('status').textContent).toBe('Saving…');
    await waitFor(async () => expect((await getNotesForSession(db, 'desk:C1'))[0]?.body).toBe('カタログ未着、明日折り返し'), { timeout: 2000 });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Saved · /));
  });

  it('offers a follow-up at the time the note names, and sets it in one click', async () => {
    const { db, box } = await editor();
    expect(screen.queryByTestId('follow-up-offer')).toBeNull();
    fireEvent.change(box, { target: { value: 'Call back tomorrow 3pm about the refund' } });
    const offer = await screen.findByTestId('follow-up-offer');
    expect(offer.textContent).toMatch(/the note says “.*tomorrow.*”/);
    fireEvent.click(within(offer).getByRole('button'));
    expect(screen.queryByTestId('follow-up-offer')).toBeNull();
    await waitFor(async () => {
      const due = (await getNotesForSession(db, 'desk:C1'))[0]?.fields.followUpBy;
      expect(new Date(due!).getHours()).toBe(15);
    }, { timeout: 2000 });
  });

  it('saves at once when the panel is hidden, without waiting for the pause', async () => {
    const { db, box } = await editor();
    fireEvent.change(box, { target: { value: 'typed just before closing' } });
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
    });
    await waitFor(async () => expect((await getNotesForSession(db, 'desk:C1'))[0]?.body).toBe('typed just before closing'), { timeout: 300 });
  });

  it('saves the unsaved text when it is closed (unmounted)', async () => {
    const { db, box, view } = await editor();
    fireEvent.change(box, { target: { value: 'last words' } });
    view.unmount();
    await waitFor(async () => expect((await getNotesForSession(db, 'desk:C1'))[0]?.body).toBe('last words'), { timeout: 300 });
  });

  it('reopens the session’s note, and its fields create a follow-up', async () => {
    const db = freshDb();
    await saveNote(db, { sessionId: 'desk:C2', customerKeys: [], body: 'earlier text', tags: ['billing'] });
    render(<NoteEditor db={db} sessionId="desk:C2" customerKeys={[]} customerName="Emma" />);
    const box = screen.getByTestId('note-editor') as HTMLTextAreaElement;
    await waitFor(() => expect(box.value).toBe('earlier text'));
    fireEvent.change(screen.getByLabelText('What we promised'), { target: { value: 'Email the refund status' } });
    fireEvent.change(screen.getByLabelText('Follow up by'), { target: { value: '2026-11-21T10:00' } });
    await waitFor(async () => expect(await listFollowUps(db, { open: true })).toEqual([
      expect.objectContaining({ text: 'Email the refund status', dueAt: new Date('2026-11-21T10:00').getTime() }),
    ]), { timeout: 2000 });
    expect((await getNotesForSession(db, 'desk:C2'))).toHaveLength(1);
  });

  it('shows only the fields the team lead’s template turns on', async () => {
    const db = freshDb();
    await setSetting(db, 'noteTemplate', { fields: ['need'], suggestedTags: ['配送'] });
    render(<NoteEditor db={db} sessionId="desk:C3" customerKeys={[]} />);
    await waitFor(() => expect((screen.getByTestId('note-editor') as HTMLTextAreaElement).readOnly).toBe(false));
    expect(screen.getByLabelText('What they need')).toBeTruthy();
    expect(screen.queryByLabelText('What we promised')).toBeNull();
    expect(screen.queryByLabelText('Follow up by')).toBeNull();
    expect((screen.getByLabelText('Tags') as HTMLInputElement).placeholder).toBe('配送');
  });

  it('keeps the text and says so when the disk is full', async () => {
    const { db, box } = await editor();
    db.notes.hook('creating', () => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    fireEvent.change(box, { target: { value: 'must not be lost' } });
    const alert = await screen.findByRole('alert', {}, { timeout: 2000 });
    expect(alert.textContent).toContain('Not saved — retrying');
    expect(alert.textContent).toContain('Storage is full');
    expect(box.value).toBe('must not be lost');
  });
});

describe('NoteEditor moving to another conversation', () => {
  it('saves the first conversation’s text to its own note and starts the next one empty', async () => {
    const db = freshDb();
    const view = render(<NoteEditor db={db} sessionId="desk:A" customerKeys={['email:a@example.com']} customerName="A" />);
    const box = () => screen.getByTestId('note-editor') as HTMLTextAreaElement;
    await waitFor(() => expect(box().readOnly).toBe(false));
    fireEvent.change(box(), { target: { value: 'about A' } });
    view.rerender(<NoteEditor db={db} sessionId="desk:B" customerKeys={['email:b@example.com']} customerName="B" />);
    await waitFor(() => expect(box().readOnly).toBe(false));
    expect(box().value).toBe('');
    await waitFor(async () => expect(await getNotesForSession(db, 'desk:A')).toEqual([expect.objectContaining({ body: 'about A', customerKeys: ['email:a@example.com'], customerName: 'A' })]));
    expect(await getNotesForSession(db, 'desk:B')).toEqual([]);
  });
});

describe('NoteEditor and a follow-up made from a prompt card', () => {
  it('keeps what was just typed and shows the promise, when flushed before and reloaded after', async () => {
    const db = freshDb();
    const handle = createRef<NoteEditorHandle>();
    render(<NoteEditor db={db} sessionId="desk:P" customerKeys={[]} handleRef={handle} />);
    const box = screen.getByTestId('note-editor') as HTMLTextAreaElement;
    await waitFor(() => expect(box.readOnly).toBe(false));
    fireEvent.change(box, { target: { value: 'typed a moment before the click' } }); // still inside the autosave pause
    const dueAt = new Date('2026-11-21T15:00').getTime();
    await act(async () => {
      await handle.current!.flush();
      await followUpFromPromise(db, { sessionId: 'desk:P', customerKeys: [], promised: '明日の15時までに折り返します', dueAt });
      handle.current!.reload();
    });
    await waitFor(() => expect((screen.getByLabelText('What we promised') as HTMLInputElement).value).toBe('明日の15時までに折り返します'));
    expect(box.value).toBe('typed a moment before the click');
    // Typing on afterwards must not take the follow-up away again.
    fireEvent.change(box, { target: { value: 'typed a moment before the click, and after' } });
    await act(() => handle.current!.flush());
    expect(await getNotesForSession(db, 'desk:P')).toEqual([expect.objectContaining({ body: 'typed a moment before the click, and after' })]);
    expect(await listFollowUps(db, { open: true })).toEqual([expect.objectContaining({ dueAt, text: '明日の15時までに折り返します' })]);
  });
});
