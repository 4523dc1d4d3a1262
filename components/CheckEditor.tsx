import type { Language } from '@/lib/engine/language/language';
import type { Check } from '@/lib/engine';
import { useLanguage } from './LanguageContext';
import { pick, t } from '@/lib/i18n';
import { FieldProblems } from './FormBits';
import { KindField } from './KindField';
import styles from './RuleForm.module.css';

function starter(language: Language, key: string): Check {
  const kind = language.checks.get(key);
  return { [key]: structuredClone(kind?.form.starter ?? {}) } as unknown as Check;
}

type Props = { value: Check | undefined; onChange: (c: Check | undefined) => void; path: string; optional?: boolean; onRemove?: () => void; disabled?: boolean };

/** What the draft must do; the prompt shows until it does. "Always show" leaves the check out. */
export function CheckEditor({ value, onChange, path, optional, onRemove, disabled }: Props) {
  const language = useLanguage();
  const raw = value as Record<string, unknown> | undefined;
  const key = raw ? (Object.keys(raw)[0] ?? null) : null;
  const kind = key ? language.checks.get(key) : undefined;
  const field = kind?.form.field;
  const inner = key ? raw?.[key] : undefined;
  const set = (next: unknown) => key && onChange({ [key]: next } as unknown as Check);
  return (
    <div className={field?.type === 'children' ? styles.group : styles.condition} data-testid="check-editor" data-kind={key ?? 'none'}>
      <div className={styles.conditionHead}>
        <select aria-label={t('console_checkKind')} value={key ?? ''} disabled={disabled} onChange={(e) => onChange(e.target.value ? starter(language, e.target.value) : undefined)} data-testid="check-kind">
          {optional && <option value="">{t('console_check_none')}</option>}
          {[...language.checks.values()].map((k) => <option key={k.key} value={k.key}>{pick(k.form.label)}</option>)}
        </select>
        {onRemove && !disabled && <button type="button" className={styles.remove} onClick={onRemove} aria-label={t('console_removeCondition')}>×</button>}
      </div>
      {kind && <p className={styles.kindHelp}>{pick(kind.form.help)}</p>}
      {kind && field && field.type !== 'children' && (
        <KindField spec={field} value={inner} onChange={set} path={`${path}.${key}`} testId={`check-${key}`} disabled={disabled} label={pick(kind.form.label)} />
      )}
      {field?.type === 'children' && key && (
        <div className={styles.children}>
          {((inner as Check[] | undefined) ?? []).map((child, i, list) => (
            <CheckEditor
              key={i} value={child} path={`${path}.${key}[${i}]`} disabled={disabled}
              onChange={(c) => set(c ? list.map((x, j) => (j === i ? c : x)) : list.filter((_, j) => j !== i))}
              onRemove={list.length > 1 ? () => set(list.filter((_, j) => j !== i)) : undefined}
            />
          ))}
          {!disabled && <button type="button" onClick={() => set([...((inner as Check[] | undefined) ?? []), starter(language, 'exists')])}>{t('console_addCheck')}</button>}
        </div>
      )}
      <FieldProblems path={path} exact />
    </div>
  );
}
