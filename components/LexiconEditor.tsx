import { useMemo, useState } from 'react';
import { useDb } from './DbContext';
import { t, tn } from '@/lib/i18n';
import { authorName, useConsole } from '@/lib/console/store';
import { saveLexicons } from '@/lib/packs/store';
import { validatePack, type Lexicon, type PackProblem } from '@/lib/engine';
import { compact, Field, ListInput } from './FormBits';
import styles from './LexiconEditor.module.css';

const NAME = /^[A-Za-z0-9_-]{1,64}$/;

/** Lexicons are edited once here and shared by every rule that names them. */
export function LexiconEditor() {
  const db = useDb();
  const sources = useConsole((s) => s.sources);
  const available = useConsole((s) => s.lexicons);
  const catalog = useConsole((s) => s.catalog);
  const changed = useConsole((s) => s.changed);
  const [team, setTeam] = useState<Record<string, Lexicon>>(() => ({ ...(sources?.team?.lexicons ?? {}) }));
  const [selected, setSelected] = useState<string>(() => Object.keys(available)[0] ?? '');
  const [newName, setNewName] = useState('');
  const [problems, setProblems] = useState<PackProblem[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const merged = useMemo(() => ({ ...available, ...team }), [available, team]);
  const usedBy = (name: string) => catalog.filter((e) => JSON.stringify(e.rule).includes(`"lexicon":"${name}"`)).map((e) => e.rule.id);
  const lexicon = merged[selected];
  const dirty = JSON.stringify(team) !== JSON.stringify(sources?.team?.lexicons ?? {});

  const edit = (patch: Partial<Lexicon>) => {
    setTeam({ ...team, [selected]: compact({ ...(merged[selected] ?? {}), ...patch }) });
    setStatus(null);
  };
  const add = () => {
    if (!NAME.test(newName) || merged[newName]) return;
    setTeam({ ...team, [newName]: { ja: [], en: [] } });
    setSelected(newName);
    setNewName('');
  };
  const save = async () => {
    // Every rule in force must still validate against the new lexicons.
    const result = validatePack({ format: 1, id: 'check', name: 'check', lexicons: { ...available, ...team }, rules: catalog.map((e) => e.rule) });
    if (!result.ok) return setProblems(result.problems);
    setProblems([]);
    await saveLexicons(db, team, authorName(useConsole.getState(), t('console_defaultAuthor')));
    await changed();
    setStatus(t('console_saved'));
  };

  return (
    <section>
      <div className={styles.head}>
        <h2>{t('console_lexiconsTitle')}</h2>
        {status && <span className={styles.status} role="status">{status}</span>}
        <button className="primary" disabled={!dirty} onClick={() => void save()} data-testid="save-lexicons">{t('console_save')}</button>
      </div>
      <p className="muted">{t('console_lexiconsHelp')}</p>
      {problems.length > 0 && (
        <ul className={styles.problems} role="alert">{problems.map((p, i) => <li key={i}><code>{p.path}</code> {p.message}</li>)}</ul>
      )}
      <div className={styles.layout}>
        <div className={styles.list}>
          <ul>
            {Object.keys(merged).sort().map((name) => (
              <li key={name}>
                <button type="button" aria-current={name === selected} onClick={() => setSelected(name)}>
                  <span>{name}</span>
                  <small className="muted">{team[name] ? t('console_source_team') : t('console_source_builtin')} · {tn('console_lexiconRuleCount', usedBy(name).length, usedBy(name).length)}</small>
                </button>
              </li>
            ))}
          </ul>
          <div className={styles.add}>
            <input value={newName} placeholder={t('console_lexiconNewName')} onChange={(e) => setNewName(e.target.value)} aria-label={t('console_lexiconNewName')} />
            <button type="button" onClick={add} disabled={!NAME.test(newName) || !!merged[newName]}>{t('console_lexiconAdd')}</button>
          </div>
        </div>
        {lexicon && (
          <div className={styles.detail}>
            <h3><code>{selected}</code></h3>
            <p className="muted">{t('console_lexiconUsedBy', usedBy(selected).join(', ') || '—')}</p>
            {!team[selected] && <p className="muted">{t('console_lexiconOverrideNote')}</p>}
            <Field label={t('console_lexiconDescription')}>
              {(id) => <input id={id} value={lexicon.description ?? ''} onChange={(e) => edit({ description: e.target.value || undefined })} />}
            </Field>
            <div className={styles.grid}>
              <Field label={t('console_japanese')} hint={t('console_onePerLine')}>{(id) => <ListInput id={id} rows={8} value={lexicon.ja} onChange={(ja) => edit({ ja })} />}</Field>
              <Field label={t('console_english')} hint={t('console_lexiconEnHint')}>{(id) => <ListInput id={id} rows={8} value={lexicon.en} onChange={(en) => edit({ en })} />}</Field>
              <Field label={t('console_matcherPattern')} hint={t('console_lexiconPatternHint')}>{(id) => <ListInput id={id} rows={3} value={lexicon.patterns} onChange={(patterns) => edit({ patterns })} />}</Field>
              <Field label={t('console_matcherExcept')}>{(id) => <ListInput id={id} rows={3} value={lexicon.except} onChange={(except) => edit({ except })} />}</Field>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
