import { useEffect, useImperativeHandle, useMemo, useRef, useState, useSyncExternalStore, type Ref } from 'react';
import { t } from '@/lib/i18n';
import { Autosaver } from '@/lib/notes/autosave';
import type { KizukiDB } from '@/lib/db/db';
import { StorageFullError } from '@/lib/db/errors';
import { getNote, getNotesForSession, saveNote } from '@/lib/notes/notes';
import { DEFAULT_SETTINGS, getSetting, type NoteTemplate } from '@/lib/notes/settings';
import type { NoteFields, NoteRecord } from '@/lib/db/types';
import { timeNamedIn } from '@/lib/notes/time-in-note';
import { formatDateTime, formatTime, fromLocalInput, toLocalInput } from './NoteHooks';
import { useStoredNote } from './useStoredNote';
import styles from './Notes.module.css';

export interface NoteEditorProps {
  db: KizukiDB;
  sessionId: string;
  customerKeys: string[];
  customerName?: string;
  /** Edit this note (the notebook); without it, the session's latest note or a new one. */
  noteId?: string;
  onSaved?: (noteId: string) => void;
  /** For a page that writes the same note another way (the panel's "Create follow-up"): save what was typed first. */
  handleRef?: Ref<NoteEditorHandle>;
}

export interface NoteEditorHandle {
  /** Resolves once everything typed so far is stored (or the save failed). */
  flush(): Promise<void>;
  /** Shows the stored note again, after it was changed elsewhere (call after `flush`). */
  reload(): void;
}

interface Draft {
  body: string;
  fields: NoteFields;
  tags: string;
}

const EMPTY: Draft = { body: '', fields: { need: '', promised: '', followUpBy: null }, tags: '' };
const draftOf = (note: NoteRecord): Draft => ({ body: note.body, fields: note.fields, tags: note.tags.join(', ') });
const sameDraft = (a: Draft, b: Draft) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The agent's note for one conversation. Saves as they type, flushes when the panel is
 * hidden or closed, and keeps the text on screen whatever happens to the save. It is one note
 * however many pages show it: a change saved elsewhere (a second panel on the same
 * conversation, the notebook) appears here unless the agent is typing here.
 */
export function NoteEditor({ db, sessionId, customerKeys, customerName, noteId, onSaved, handleRef }: NoteEditorProps) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const draftRef = useRef(draft);
  const [loaded, setLoaded] = useState(false);
  const [reloads, setReloads] = useState(0);
  const [template, setTemplate] = useState<NoteTemplate>(DEFAULT_SETTINGS.noteTemplate);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  /** When the version on screen was stored: an older version arriving late is never shown. */
  const shownAt = useRef(0);

  // One saver per note being edited; `target` travels with it, so a save still finishing for
  // the previous session can never write into the next one's note.
  const { saver, target } = useMemo(() => {
    const target: { id?: string; customerKeys: string[]; customerName?: string } = { id: noteId, customerKeys, customerName };
    const saver = new Autosaver<Draft>({
      save: async (d) => {
        const tags = d.tags.split(/[,、，\s]+/);
        const note = await saveNote(db, { ...target, sessionId, sessionNote: !noteId, body: d.body, fields: d.fields, tags });
        target.id = note.id;
        shownAt.current = Math.max(shownAt.current, note.updatedAt);
        onSavedRef.current?.(note.id);
      },
    });
    return { saver, target };
    // Customer details join the target below; a new customer alone is not a new note.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, sessionId, noteId]);
  useEffect(() => {
    // The customer can be identified mid-conversation; later saves carry the keys.
    target.customerKeys = customerKeys;
    target.customerName = customerName;
  }, [target, customerKeys, customerName]);
  const status = useSyncExternalStore(saver.subscribe, saver.getState);
  useImperativeHandle(handleRef, () => ({ flush: () => saver.flush(), reload: () => setReloads((n) => n + 1) }), [saver]);

  useEffect(() => {
    let cancelled = false;
    setLoaded(false);
    void (async () => {
      const [note, tpl] = await Promise.all([
        noteId ? getNote(db, noteId) : getNotesForSession(db, sessionId).then((notes) => notes[0]),
        getSetting(db, 'noteTemplate'),
      ]);
      if (cancelled) return;
      target.id = note?.id ?? noteId;
      shownAt.current = note?.updatedAt ?? 0;
      const loadedDraft = note ? draftOf(note) : EMPTY;
      draftRef.current = loadedDraft;
      setDraft(loadedDraft);
      setTemplate(tpl);
      setLoaded(true);
    })();
    return () => {
      cancelled = true;
    };
  }, [db, sessionId, noteId, target, reloads]);

  // Another page saved this note: show its version, unless the agent has unsaved typing here.
  useStoredNote(db, sessionId, noteId, (note) => {
    if (!loaded || saver.isDirty || note.updatedAt < shownAt.current) return;
    const stored = draftOf(note);
    shownAt.current = note.updatedAt;
    target.id = note.id;
    if (sameDraft(stored, draftRef.current)) return;
    draftRef.current = stored;
    setDraft(stored);
  });

  useEffect(() => {
    const flush = () => void saver.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      void saver.flush().finally(() => saver.dispose());
    };
  }, [saver]);

  // A time the note names ("call back tomorrow 3pm") is offered as its follow-up, once, until one is set.
  const named = useMemo(() => timeNamedIn([draft.body, draft.fields.promised, draft.fields.need], Date.now()), [draft.body, draft.fields.promised, draft.fields.need]);
  const change = (patch: Partial<Omit<Draft, 'fields'>> & { fields?: Partial<NoteFields> }) => {
    const current = draftRef.current;
    const next: Draft = { ...current, ...patch, fields: { ...current.fields, ...patch.fields } };
    draftRef.current = next;
    setDraft(next);
    saver.update(next);
  };

  const show = (field: NoteTemplate['fields'][number]) => template.fields.includes(field);
  return (
    <section className={styles.editor} aria-busy={!loaded}>
      <label className={styles.label} htmlFor={`note-body-${sessionId}`}>{t('notes_editorLabel')}</label>
      <textarea
        id={`note-body-${sessionId}`}
        data-testid="note-editor"
        value={draft.body}
        readOnly={!loaded}
        placeholder={t('notes_editorPlaceholder')}
        rows={6}
        onChange={(e) => change({ body: e.target.value })}
      />
      {show('need') && (
        <label className={styles.field}>
          <span>{t('notes_fieldNeed')}</span>
          <input value={draft.fields.need} readOnly={!loaded} onChange={(e) => change({ fields: { need: e.target.value } })} />
        </label>
      )}
      {show('promised') && (
        <label className={styles.field}>
          <span>{t('notes_fieldPromised')}</span>
          <input value={draft.fields.promised} readOnly={!loaded} onChange={(e) => change({ fields: { promised: e.target.value } })} />
        </label>
      )}
      {show('followUpBy') && draft.fields.followUpBy === null && named && (
        <p className={styles.offer} data-testid="follow-up-offer">
          <button type="button" className="quiet" disabled={!loaded} onClick={() => change({ fields: { followUpBy: named.at } })}>
            {t('notes_followUpOffer', formatDateTime(named.at))}
          </button>
          <span className="muted"> {t('notes_followUpOfferWhy', named.phrase)}</span>
        </p>
      )}
      {show('followUpBy') && (
        <label className={styles.field}>
          <span>{t('notes_fieldFollowUpBy')}</span>
          <input
            type="datetime-local"
            value={toLocalInput(draft.fields.followUpBy)}
            readOnly={!loaded}
            onChange={(e) => change({ fields: { followUpBy: fromLocalInput(e.target.value) } })}
          />
        </label>
      )}
      <label className={styles.field}>
        <span>{t('notes_tags')}</span>
        <input value={draft.tags} readOnly={!loaded} placeholder={template.suggestedTags.join(', ') || t('notes_tagsPlaceholder')} onChange={(e) => change({ tags: e.target.value })} />
      </label>
      <NoteSaveStatus status={status.status} lastSavedAt={status.lastSavedAt} error={status.lastError} />
    </section>
  );
}

function NoteSaveStatus({ status, lastSavedAt, error }: { status: string; lastSavedAt: number | null; error: unknown }) {
  if (status === 'error') {
    return (
      <p className={styles.status} role="alert" data-state="error">
        {t('notes_statusRetrying')}
        {error instanceof StorageFullError && <span className={styles.statusWhy}>{t(error.messageKey)}</span>}
      </p>
    );
  }
  const text = status === 'pending' || status === 'saving' ? t('notes_statusSaving') : lastSavedAt ? t('notes_statusSaved', formatTime(lastSavedAt)) : '';
  return (
    <p className={styles.status} role="status" aria-live="polite" data-state={status}>
      {text}
    </p>
  );
}
