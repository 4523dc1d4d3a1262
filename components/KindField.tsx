import { pick, t } from '@/lib/i18n';
import type { FieldSpec, NamedField } from '@/lib/engine/language/kinds';
import type { Matcher } from '@/lib/engine';
import { compact, Field, FieldProblems, NumberInput } from './FormBits';
import { MatcherField } from './MatcherField';
import styles from './RuleForm.module.css';

interface Props {
  spec: FieldSpec;
  value: unknown;
  onChange: (value: unknown) => void;
  path: string;
  testId: string;
  disabled?: boolean;
  /** The field's name, read out by screen readers where no visible label is shown. */
  label: string;
}

/**
 * The editor of one kind's value, drawn from the field description its registry record
 * carries: a new condition or check kind needs no component of its own.
 */
export function KindField({ spec, value, onChange, path, testId, disabled, label }: Props) {
  switch (spec.type) {
    case 'matcher':
      return <MatcherField value={value as Matcher | undefined} onChange={onChange} path={path} testId={testId} disabled={disabled} />;
    case 'flag':
      return (
        <select aria-label={label} value={String(value ?? false)} disabled={disabled} onChange={(e) => onChange(e.target.value === 'true')} data-testid={testId}>
          <option value="true">{t('console_yes')}</option>
          <option value="false">{t('console_no')}</option>
        </select>
      );
    case 'enum': {
      const selected = Array.isArray(value) ? value[0] : value;
      return (
        <select aria-label={label} value={String(selected ?? spec.options[0])} disabled={disabled} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
          {spec.options.map((o) => <option key={o} value={o}>{spec.labels?.[o] ? pick(spec.labels[o]) : o}</option>)}
        </select>
      );
    }
    case 'number':
      return <NumberInput value={value as number | undefined} min={spec.min} disabled={disabled} onChange={onChange} testId={testId} />;
    case 'perLang': {
      const both = typeof value === 'number' ? { ja: value, en: value } : ((value ?? {}) as { ja?: number; en?: number });
      return (
        <span className={styles.inline}>
          <label>{t('console_perLangJa')} <NumberInput value={both.ja} min={spec.min} disabled={disabled} onChange={(ja) => onChange(compact({ ...both, ja }))} /></label>
          <label>{t('console_perLangEn')} <NumberInput value={both.en} min={spec.min} disabled={disabled} onChange={(en) => onChange(compact({ ...both, en }))} /></label>
        </span>
      );
    }
    case 'fields':
      return <Fields fields={spec.fields} value={(value ?? {}) as Record<string, unknown>} onChange={onChange} path={path} testId={testId} disabled={disabled} />;
    default:
      return null; // children and child are drawn by the builders, which nest themselves
  }
}

function Fields({ fields, value, onChange, path, testId, disabled }: { fields: readonly NamedField[]; value: Record<string, unknown>; onChange: (v: unknown) => void; path: string; testId: string; disabled?: boolean }) {
  const set = (key: string, next: unknown) => onChange(compact({ ...value, [key]: next === false && fields.find((f) => f.key === key)?.optional ? undefined : next }));
  return (
    <div className={styles.fields}>
      {fields.map((f) =>
        f.spec.type === 'matcher' ? (
          <div key={f.key} className={styles.labelled}>
            <span className={styles.subLabel}>{pick(f.label)}</span>
            <KindField spec={f.spec} value={value[f.key]} onChange={(v) => set(f.key, v)} path={`${path}.${f.key}`} testId={`${testId}-${f.key}`} disabled={disabled} label={pick(f.label)} />
          </div>
        ) : f.spec.type === 'flag' ? (
          <label key={f.key} className={styles.inline}>
            <input type="checkbox" checked={value[f.key] === true} disabled={disabled} onChange={(e) => set(f.key, e.target.checked)} /> {pick(f.label)}
          </label>
        ) : (
          <Field key={f.key} label={pick(f.label)} path={`${path}.${f.key}`}>
            {() => <KindField spec={f.spec} value={value[f.key]} onChange={(v) => set(f.key, v)} path={`${path}.${f.key}`} testId={`${testId}-${f.key}`} disabled={disabled} label={pick(f.label)} />}
          </Field>
        ),
      )}
      <FieldProblems path={path} exact />
    </div>
  );
}
