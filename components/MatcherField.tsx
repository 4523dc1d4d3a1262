import { useState } from 'react';
import { pick, t } from '@/lib/i18n';
import { HEARING_NAMES, hearings, type HearingName } from '@/lib/signals/hearing';
import { useConsole } from '@/lib/console/store';
import type { Matcher } from '@/lib/engine';
import { compact, Field, FieldProblems, ListInput } from './FormBits';
import styles from './RuleForm.module.css';

/** What to look for: a shared lexicon, inline phrases, an RE2 pattern, and exceptions. */
export function MatcherField({ value, onChange, path, testId, disabled }: { value: Matcher | undefined; onChange: (m: Matcher) => void; path: string; testId?: string; disabled?: boolean }) {
  const lexicons = useConsole((s) => s.lexicons);
  const m: Matcher = value ?? {};
  const set = (patch: Partial<Matcher>) => onChange(compact({ ...m, ...patch }));
  // A matcher that only names a lexicon stays one line until the lead asks for more.
  const [more, setMore] = useState(() => !m.lexicon || !!(m.phrases || m.pattern || m.except || m.committed));
  return (
    <div className={styles.matcher} data-testid={testId}>
      <Field label={t('console_matcherLexicon')} path={`${path}.lexicon`}>
        {(id) => (
          <select id={id} value={m.lexicon ?? ''} disabled={disabled} onChange={(e) => set({ lexicon: e.target.value || undefined })}>
            <option value="">{t('console_matcherNoLexicon')}</option>
            {Object.entries(lexicons).map(([name, lex]) => (
              <option key={name} value={name}>{name}{lex.description ? ` — ${lex.description}` : ''}</option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('console_matcherHears')} path={`${path}.hears`}>
        {(id) => (
          <select id={id} value={m.hears ?? ''} disabled={disabled} onChange={(e) => set({ hears: (e.target.value || undefined) as HearingName | undefined })}>
            <option value="">{t('console_matcherHearsNone')}</option>
            {HEARING_NAMES.map((name) => (
              <option key={name} value={name}>{name} — {pick(hearings[name].doc)}</option>
            ))}
          </select>
        )}
      </Field>
      {!more && (
        <button type="button" className={styles.more} onClick={() => setMore(true)}>{t('console_matcherMore')}</button>
      )}
      {more && (<>
      <Field label={t('console_matcherPhrases')} path={`${path}.phrases`} hint={t('console_onePerLine')}>
        {(id) => <ListInput id={id} value={m.phrases} disabled={disabled} onChange={(phrases) => set({ phrases })} rows={2} testId={testId && `${testId}-phrases`} />}
      </Field>
      <Field label={t('console_matcherPattern')} path={`${path}.pattern`}>
        {(id) => <input id={id} value={m.pattern ?? ''} disabled={disabled} onChange={(e) => set({ pattern: e.target.value || undefined })} />}
      </Field>
      <Field label={t('console_matcherExcept')} path={`${path}.except`}>
        {(id) => <ListInput id={id} value={m.except} disabled={disabled} onChange={(except) => set({ except })} rows={1} />}
      </Field>
      <label className={styles.inline}>
        <input type="checkbox" checked={m.committed === true} disabled={disabled} onChange={(e) => set({ committed: e.target.checked || undefined })} /> {t('console_matcherCommitted')}
      </label>
      </>)}
      <FieldProblems path={path} exact />
    </div>
  );
}
