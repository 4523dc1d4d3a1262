import { useState } from 'react';
import { useDb } from './DbContext';
import { t, tn } from '@/lib/i18n';
import { authorName, useConsole } from '@/lib/console/store';
import { parsePackText, previewImport, type ImportCheck } from '@/lib/console/import-preview';
import { replaceTeamPack } from '@/lib/packs/store';
import type { Pack } from '@/lib/engine';
import { DiffView } from './DiffView';
import styles from './PackPanel.module.css';

const EMPTY_TEAM: Pack = { format: 1, id: 'team', name: 'Team rules', rules: [] };

/** Imports a pack file: a preview of what it adds, changes and removes, then all of it or nothing. */
export function PackImport() {
  const db = useDb();
  const team = useConsole((s) => s.sources?.team) ?? EMPTY_TEAM;
  const changed = useConsole((s) => s.changed);
  const [file, setFile] = useState<string | null>(null);
  const [check, setCheck] = useState<ImportCheck | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const choose = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    if (!chosen) return;
    setStatus(null);
    setFile(chosen.name);
    const parsed = parsePackText(await chosen.text());
    setCheck(parsed.ok ? previewImport(team, parsed.value) : parsed);
    input.value = '';
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
      </div>
      {check && !check.ok && (
        <div role="alert">
          <p className={styles.error} data-testid="import-refused">{tn('console_importRefused', check.problems.length, file ?? '', check.problems.length)}</p>
          <ul className={styles.problems}>
            {check.problems.map((p, i) => <li key={i} data-testid="import-problem" data-path={p.path}><code>{p.path}</code> {p.message}</li>)}
          </ul>
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
          <div className={styles.row}>
            <button type="button" className="primary" onClick={() => void apply()} data-testid="import-apply">{t('console_importApply')}</button>
            <button type="button" onClick={() => setCheck(null)}>{t('console_cancel')}</button>
          </div>
        </div>
      )}
    </div>
  );
}
