import { useRef, useState } from 'react';
import { useDb } from './DbContext';
import { t, tn, type MessageKey } from '@/lib/i18n';
import { authorName, useConsole } from '@/lib/console/store';
import { previewImport, readPackFile, type ImportCheck, type ImportRefusal } from '@/lib/console/import-preview';
import { reportFailure } from '@/lib/diagnostics/log';
import { MAX_PACK_BYTES } from '@/lib/input/limits';
import { replaceTeamPack } from '@/lib/packs/store';
import type { Pack } from '@/lib/engine';
import { DiffView } from './DiffView';
import { ProblemList } from './ProblemList';
import styles from './PackPanel.module.css';

const EMPTY_TEAM: Pack = { format: 1, id: 'team', name: 'Team rules', rules: [] };

const REFUSAL_TEXT: Record<ImportRefusal, MessageKey> = {
  'too-large': 'console_importTooLarge',
  'not-utf8': 'console_importNotUtf8',
  'not-json': 'console_importNotJson',
  invalid: 'console_importInvalid',
  'failing-examples': 'console_importFailingExamples',
  unreadable: 'console_importUnreadable',
};

/** Refusals about the file as a whole have one problem at "$"; what the team lead needs is the sentence. */
const WHOLE_FILE = new Set<ImportRefusal>(['too-large', 'not-utf8', 'unreadable']);

/** Imports a pack file: a preview of what it adds, changes and removes, then all of it or nothing. */
export function PackImport() {
  const db = useDb();
  const team = useConsole((s) => s.sources?.team) ?? EMPTY_TEAM;
  const changed = useConsole((s) => s.changed);
  const [file, setFile] = useState<string | null>(null);
  const [check, setCheck] = useState<ImportCheck | null>(null);
  const [reading, setReading] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  // Only the latest file chosen may show its result, however long an earlier one takes.
  const latest = useRef(0);

  const choose = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    const attempt = ++latest.current;
    // The previous file's preview goes at once: its Apply must never apply to this file.
    setCheck(null);
    setStatus(null);
    setFile(chosen.name);
    setReading(true);
    let next: ImportCheck;
    try {
      const read = await readPackFile(chosen);
      next = read.ok ? previewImport(team, read.value) : { ok: false, reason: read.code, problems: read.problems };
    } catch (error) {
      reportFailure('console: read a pack file', error);
      next = { ok: false, reason: 'unreadable', problems: [{ path: '$', message: error instanceof Error ? error.message : String(error) }] };
    }
    if (attempt !== latest.current) return;
    setCheck(next);
    setReading(false);
  };
  const apply = async () => {
    if (!check?.ok) return;
    await replaceTeamPack(db, check.preview.pack, authorName(useConsole.getState(), t('console_defaultAuthor')));
    await changed();
    setCheck(null);
    setStatus(t('console_importApplied', check.preview.pack.name));
  };

  return (
    <div className={styles.card}>
      <h3>{t('console_importTitle')}</h3>
      <p className="muted">{t('console_importHelp')}</p>
      <div className={styles.row}>
        <input type="file" accept=".json,application/json" onChange={(e) => void choose(e.target)} data-testid="pack-import-file" aria-label={t('console_importTitle')} />
        {status && <span className={styles.ok} role="status" data-testid="import-status">{status}</span>}
        {reading && <span className="muted" role="status" data-testid="import-reading">{t('console_importReading', file ?? '')}</span>}
      </div>
      {check && !check.ok && (
        <div role="alert" data-testid="import-refusal" data-reason={check.reason}>
          <p className={styles.error} data-testid="import-refused">{tn('console_importRefused', check.problems.length, file ?? '', check.problems.length)}</p>
          <p>{t(REFUSAL_TEXT[check.reason], check.reason === 'too-large' ? `${Math.round(MAX_PACK_BYTES / 1000)} kB` : (check.problems[0]?.message ?? ''))}</p>
          {!WHOLE_FILE.has(check.reason) && <ProblemList problems={check.problems} testId="import-problem" />}
        </div>
      )}
      {check?.ok && (
        <div data-testid="import-preview">
          <p>{t('console_importPreview', check.preview.pack.name, check.preview.unchanged)}</p>
          <div className={styles.preview}>
            <div><h4 className={styles.ok}>{t('console_importAdds', check.preview.adds.length)}</h4><ul>{check.preview.adds.map((r) => <li key={r.id} data-testid="import-add">{r.id}</li>)}</ul></div>
            <div>
              <h4 className={styles.warn}>{t('console_importChanges', check.preview.changes.length)}</h4>
              <ul>{check.preview.changes.map((c) => <li key={c.id} data-testid="import-change"><details className={styles.change}><summary>{c.id}</summary><DiffView lines={c.diff} /></details></li>)}</ul>
            </div>
            <div><h4 className={styles.error}>{t('console_importRemoves', check.preview.removes.length)}</h4><ul>{check.preview.removes.map((r) => <li key={r.id} data-testid="import-remove">{r.id}</li>)}</ul></div>
          </div>
          {(check.preview.lexicons.adds.length + check.preview.lexicons.changes.length + check.preview.lexicons.removes.length) > 0 && (
            <p className="muted">{t('console_importLexicons', check.preview.lexicons.adds.join(', ') || '—', check.preview.lexicons.changes.join(', ') || '—', check.preview.lexicons.removes.join(', ') || '—')}</p>
          )}
          {(check.preview.tools.adds.length + check.preview.tools.changes.length + check.preview.tools.removes.length) > 0 && (
            <p className="muted" data-testid="import-tools">{t('console_importTools', check.preview.tools.adds.join(', ') || '—', check.preview.tools.changes.join(', ') || '—', check.preview.tools.removes.join(', ') || '—')}</p>
          )}
          <div className={styles.row}>
            <button type="button" className="primary" onClick={() => void apply()} data-testid="import-apply">{t('console_importApply')}</button>
            <button type="button" onClick={() => setCheck(null)}>{t('console_cancel')}</button>
          </div>
        </div>
      )}
    </div>
  );
}
