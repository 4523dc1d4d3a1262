import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import { useDb } from './DbContext';
import { jsonDiff } from '@/lib/packs/diff';
import { ruleVersions, type RuleVersion } from '@/lib/packs/history';
import { DiffView } from './DiffView';
import styles from './RuleEditor.module.css';

/** Every saved change to the rule: who, when, what changed; any version can be restored. */
export function RuleHistory({ ruleId, revision, onRevert, canRevert }: { ruleId: string; revision: number; onRevert: (version: RuleVersion) => void; canRevert: boolean }) {
  const db = useDb();
  const [versions, setVersions] = useState<RuleVersion[] | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  useEffect(() => {
    void ruleVersions(db, ruleId).then(setVersions);
  }, [db, ruleId, revision]);
  if (!versions) return null;
  return (
    <section className={styles.panel} data-testid="rule-history">
      <h3>{t('console_historyTitle')}</h3>
      {versions.length === 0 && <p className="muted">{t('console_historyNone')}</p>}
      <ol className={styles.history}>
        {versions.map((v, i) => (
          <li key={v.id} data-testid="history-version" data-version-id={v.id}>
            <div className={styles.historyHead}>
              <button type="button" className={styles.linkButton} aria-expanded={open === v.id} onClick={() => setOpen(open === v.id ? null : v.id)}>
                {new Date(v.at).toLocaleString()}
              </button>
              <span>{v.author || t('console_unknownAuthor')}</span>
              <span className="muted">{v.before === null ? t('console_historyCreated') : v.after === null ? t('console_historyDeleted') : t('console_historyChanged')}</span>
              {i === 0 ? (
                <span className={styles.current}>{t('console_historyCurrent')}</span>
              ) : (
                canRevert && <button type="button" onClick={() => onRevert(v)} data-testid="history-revert">{t('console_historyRevert')}</button>
              )}
            </div>
            {open === v.id && <DiffView lines={jsonDiff(v.before, v.after)} />}
          </li>
        ))}
      </ol>
    </section>
  );
}
