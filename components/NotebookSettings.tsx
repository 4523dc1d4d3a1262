import { useEffect, useState, type ChangeEvent } from 'react';
import { t, tn } from '@/lib/i18n';
import type { KizukiDB } from '@/lib/db/db';
import { StorageFullError } from '@/lib/db/errors';
import { exportBackup, importBackup, type SkippedNote } from '@/lib/notes/exchange';
import { decodeUtf8 } from '@/lib/input/utf8';
import { notesToCsv, notesToMarkdown } from '@/lib/notes/human-export';
import { deleteEverything } from '@/lib/notes/retention';
import { getSetting, setSetting } from '@/lib/notes/settings';
import { requestPersistence, storageEstimate, type PersistState, type StorageManagerLike } from '@/lib/db/storage';
import { formatDateTime } from './NoteHooks';
import styles from './Notes.module.css';

export interface NotebookSettingsProps {
  db: KizukiDB;
  storage?: StorageManagerLike;
}

type Report = { kind: 'ok' | 'error'; text: string; problems?: string[]; kept?: { text: string; notes: SkippedNote[]; sessions: number } };

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const stamp = () => new Date().toISOString().slice(0, 10);
const errorText = (e: unknown) => (e instanceof StorageFullError ? t(e.messageKey) : t('notes_error', e instanceof Error ? e.message : String(e)));

/** Backup, export, restore, retention, delete everything, and whether the browser protects the data. */
export function NotebookSettings({ db, storage }: NotebookSettingsProps) {
  const [report, setReport] = useState<Report | null>(null);
  const [days, setDays] = useState('');
  const [daysSaved, setDaysSaved] = useState(false);
  const [confirmText, setConfirmText] = useState('');
  const [persist, setPersist] = useState<PersistState | null>(null);
  const [usage, setUsage] = useState<{ usage: number; quota: number } | null>(null);

  useEffect(() => {
    void getSetting(db, 'retentionDays').then((d) => setDays(String(d)));
    void requestPersistence(storage).then(setPersist);
    void storageEstimate(storage).then(setUsage);
  }, [db, storage]);

  const allNotes = () => db.notes.orderBy('createdAt').reverse().toArray();
  const run = (action: () => Promise<void>) => () => void action().catch((e: unknown) => setReport({ kind: 'error', text: errorText(e) }));

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    // Strict UTF-8: a file in another encoding is refused, never read with replacement characters.
    const decoded = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) {
      setReport({ kind: 'error', text: t('notes_importNotUtf8') });
      return;
    }
    let data: unknown;
    try {
      data = JSON.parse(decoded.text);
    } catch (e) {
      setReport({ kind: 'error', text: t('notes_importNotJson', e instanceof Error ? e.message : String(e)) });
      return;
    }
    setReport({ kind: 'ok', text: t('notes_importing') });
    const result = await importBackup(db, data);
    setReport(
      result.ok
        ? {
            kind: 'ok',
            text: t('notes_importOk', result.counts.notes, result.counts.sessions, result.counts.followUps),
            ...(result.skipped.notes.length || result.skipped.sessions ? { kept: { text: tn('notes_importKeptNewer', result.skipped.notes.length, result.skipped.notes.length), ...result.skipped } } : {}),
          }
        : { kind: 'error', text: t('notes_importFailed'), problems: result.problems },
    );
  };

  const saveDays = async (value: string) => {
    setDays(value);
    setDaysSaved(false);
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) return;
    await setSetting(db, 'retentionDays', n);
    setDaysSaved(true);
  };

  const word = t('notes_deleteAllWord');
  const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);
  return (
    <div className={styles.settings}>
      <section>
        <h3>{t('notes_exportTitle')}</h3>
        <div className={styles.inline}>
          <button type="button" onClick={run(async () => download(`kizuki-backup-${stamp()}.json`, 'application/json', JSON.stringify(await exportBackup(db), null, 1)))}>{t('notes_exportJson')}</button>
          <button type="button" onClick={run(async () => download(`kizuki-notes-${stamp()}.md`, 'text/markdown;charset=utf-8', notesToMarkdown(await allNotes())))}>{t('notes_exportMarkdown')}</button>
          <button type="button" onClick={run(async () => download(`kizuki-notes-${stamp()}.csv`, 'text/csv;charset=utf-8', notesToCsv(await allNotes())))}>{t('notes_exportCsv')}</button>
        </div>
        <label className={styles.field}>
          <span>{t('notes_importLabel')}</span>
          <input type="file" accept="application/json,.json" data-testid="notes-import" onChange={(e) => void onImport(e).catch((err: unknown) => setReport({ kind: 'error', text: errorText(err) }))} />
        </label>
        {report && (
          <div role={report.kind === 'error' ? 'alert' : 'status'} data-testid="notes-report" className={report.kind === 'error' ? styles.alert : undefined}>
            <p>{report.text}</p>
            {report.problems && <ul className={styles.problems}>{report.problems.map((p) => <li key={p}>{p}</li>)}</ul>}
            {report.kept && <KeptNewer {...report.kept} />}
          </div>
        )}
      </section>
      <section>
        <h3><label htmlFor="notes-retention">{t('notes_retentionTitle')}</label></h3>
        <div className={styles.inline}>
          <input id="notes-retention" type="number" min={0} step={1} value={days} onChange={(e) => void saveDays(e.target.value)} />
          <span>{t('notes_retentionDays')}</span>
          {daysSaved && <span className="muted" role="status">{t('notes_retentionSaved')}</span>}
        </div>
        <p className="muted">{t('notes_retentionHelp')}</p>
      </section>
      <section>
        <h3>{t('notes_storageTitle')}</h3>
        {persist && <p data-testid="notes-persist" data-state={persist}>{t(persist === 'persisted' ? 'notes_storagePersisted' : persist === 'not-persisted' ? 'notes_storageNotPersisted' : 'notes_storageUnsupported')}</p>}
        {usage && usage.quota > 0 && <p className="muted">{t('notes_storageUsage', mb(usage.usage), mb(usage.quota))}</p>}
      </section>
      <section>
        <h3>{t('notes_deleteAllTitle')}</h3>
        <label className={styles.field}>
          <span>{t('notes_deleteAllHelp', word)}</span>
          <input value={confirmText} onChange={(e) => setConfirmText(e.target.value)} data-testid="notes-delete-confirm" />
        </label>
        <p>
          <button type="button" className={styles.danger} disabled={confirmText.trim() !== word} onClick={run(async () => {
            await deleteEverything(db);
            setConfirmText('');
            setReport({ kind: 'ok', text: t('notes_deleteAllDone') });
          })}>{t('notes_deleteAllButton')}</button>
        </p>
      </section>
    </div>
  );
}

/** What a restore left as it was, because it had changed here since the backup was made. */
function KeptNewer({ text, notes, sessions }: { text: string; notes: SkippedNote[]; sessions: number }) {
  return (
    <div data-testid="notes-kept-newer">
      {notes.length > 0 && (
        <>
          <p>{text}</p>
          <ul>{notes.map((n) => <li key={n.id}>{t('notes_importKeptNote', n.customerName ?? t('customerUnknown'), formatDateTime(n.keptUpdatedAt), formatDateTime(n.fileUpdatedAt))}</li>)}</ul>
        </>
      )}
      {sessions > 0 && <p>{t('notes_importKeptSessions', sessions)}</p>}
    </div>
  );
}
