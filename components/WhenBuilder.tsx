import type { Language } from '@/lib/engine/language/language';
import type { When } from '@/lib/engine';
import { useLanguage } from './LanguageContext';
import { pick, t } from '@/lib/i18n';
import { KindField } from './KindField';
import { FieldProblems } from './FormBits';
import styles from './RuleForm.module.css';

/** A fresh condition of the chosen kind, ready to fill in. */
function starter(language: Language, key: string): When {
  const kind = language.conditions.get(key);
  return { [key]: structuredClone(kind?.form.starter ?? {}) } as unknown as When;
}

/** The `when` of a rule as a tree of conditions: one condition per row, grouped by all / any / not. */
export function WhenBuilder({ value, onChange, path, onRemove, disabled }: { value: When | undefined; onChange: (w: When) => void; path: string; onRemove?: () => void; disabled?: boolean }) {
  const language = useLanguage();
  const raw = (value ?? {}) as Record<string, unknown>;
  const key = Object.keys(raw)[0] ?? ([...language.conditions.keys()][0] as string);
  const kind = language.conditions.get(key);
  const inner = raw[key];
  const field = kind?.form.field;
  const nests = field?.type === 'children' || field?.type === 'child';
  const set = (next: unknown) => onChange({ [key]: next } as unknown as When);
  return (
    <div className={nests ? styles.group : styles.condition} data-testid="when-condition" data-kind={key}>
      <div className={styles.conditionHead}>
        <select aria-label={t('console_conditionKind')} value={key} disabled={disabled} onChange={(e) => onChange(starter(language, e.target.value))} data-testid="when-kind">
          {[...language.conditions.values()].map((k) => <option key={k.key} value={k.key}>{pick(k.form.label)}</option>)}
        </select>
        {field && !nests && field.type !== 'matcher' && (
          <KindField spec={field} value={inner} onChange={set} path={`${path}.${key}`} testId={`when-${key}`} disabled={disabled} label={t('console_conditionValue')} />
        )}
        {onRemove && !disabled && <button type="button" className={styles.remove} onClick={onRemove} aria-label={t('console_removeCondition')}>×</button>}
      </div>
      {kind && <p className={styles.kindHelp}>{pick(kind.form.help)}</p>}
      {field?.type === 'matcher' && <KindField spec={field} value={inner} onChange={set} path={`${path}.${key}`} testId={`when-${key}`} disabled={disabled} label={pick(kind!.form.label)} />}
      {field?.type === 'children' && (
        <div className={styles.children}>
          {((inner as When[] | undefined) ?? []).map((child, i, list) => (
            <WhenBuilder
              key={i} value={child} path={`${path}.${key}[${i}]`} disabled={disabled}
              onChange={(w) => set(list.map((c, j) => (j === i ? w : c)))}
              onRemove={list.length > 1 ? () => set(list.filter((_, j) => j !== i)) : undefined}
            />
          ))}
          {!disabled && <button type="button" onClick={() => set([...((inner as When[] | undefined) ?? []), { upset: true }])}>{t('console_addCondition')}</button>}
        </div>
      )}
      {field?.type === 'child' && (
        <div className={styles.children}>
          <WhenBuilder value={inner as When | undefined} path={`${path}.${key}`} onChange={set} disabled={disabled} />
        </div>
      )}
      <FieldProblems path={path} exact />
    </div>
  );
}
