import { t, type MessageKey } from '@/lib/i18n';
import type { Check, Matcher } from '@/lib/rules';
import { compact, Field, FieldProblems, NumberInput } from './FormBits';
import { MatcherField } from './MatcherField';
import styles from './RuleForm.module.css';

const KINDS = ['exists', 'absent', 'order', 'conditional', 'near', 'metric', 'all', 'any'] as const;
type Kind = (typeof KINDS)[number];
const LABEL = Object.fromEntries(KINDS.map((k) => [k, `console_check_${k}`])) as Record<Kind, MessageKey>;

function starter(kind: Kind): Check {
  switch (kind) {
    case 'exists':
    case 'absent':
      return { [kind]: {} } as Check;
    case 'order':
      return { order: { first: { lexicon: 'apology' }, then: { lexicon: 'explanation' } } };
    case 'conditional':
      return { conditional: { if: {}, then: {} } };
    case 'near':
      return { near: { anchor: {}, expect: {}, within: 40 } };
    case 'metric':
      return { metric: { measure: 'sentence-length', max: { ja: 60, en: 25 } } };
    default:
      return { [kind]: [{ exists: {} }] } as Check;
  }
}

type Props = { value: Check | undefined; onChange: (c: Check | undefined) => void; path: string; optional?: boolean; onRemove?: () => void; disabled?: boolean };

/** What the draft must do; the prompt shows until it does. "Always show" leaves the check out. */
export function CheckEditor({ value, onChange, path, optional, onRemove, disabled }: Props) {
  const kind = value ? (Object.keys(value)[0] as Kind) : null;
  const sub = (key: string) => `${path}.${kind}.${key}`;
  return (
    <div className={kind === 'all' || kind === 'any' ? styles.group : styles.condition} data-testid="check-editor" data-kind={kind ?? 'none'}>
      <div className={styles.conditionHead}>
        <select aria-label={t('console_checkKind')} value={kind ?? ''} disabled={disabled} onChange={(e) => onChange(e.target.value ? starter(e.target.value as Kind) : undefined)} data-testid="check-kind">
          {optional && <option value="">{t('console_check_none')}</option>}
          {KINDS.map((k) => <option key={k} value={k}>{t(LABEL[k])}</option>)}
        </select>
        {onRemove && !disabled && <button type="button" className={styles.remove} onClick={onRemove} aria-label={t('console_removeCondition')}>×</button>}
      </div>
      {value && kind && <CheckBody kind={kind} value={value} onChange={onChange} path={path} sub={sub} disabled={disabled} />}
      <FieldProblems path={path} exact />
    </div>
  );
}

function CheckBody({ kind, value, onChange, path, sub, disabled }: { kind: Kind; value: Check; onChange: (c: Check) => void; path: string; sub: (k: string) => string; disabled?: boolean }) {
  const matcher = (label: MessageKey, m: Matcher | undefined, set: (m: Matcher) => void, key: string) => (
    <div className={styles.labelled}>
      <span className={styles.subLabel}>{t(label)}</span>
      <MatcherField value={m} onChange={set} path={sub(key)} disabled={disabled} testId={`check-${kind}-${key}`} />
    </div>
  );
  if (kind === 'exists' || kind === 'absent') {
    return <MatcherField value={value[kind]} onChange={(m) => onChange({ [kind]: m })} path={`${path}.${kind}`} testId={`check-${kind}`} disabled={disabled} />;
  }
  if (kind === 'order' && value.order) {
    const o = value.order;
    return (
      <>
        {matcher('console_orderFirst', o.first, (first) => onChange({ order: { ...o, first } }), 'first')}
        {matcher('console_orderThen', o.then, (then) => onChange({ order: { ...o, then } }), 'then')}
        <label className={styles.inline}>
          <input type="checkbox" checked={!!o.firstRequired} disabled={disabled} onChange={(e) => onChange({ order: compact({ ...o, firstRequired: e.target.checked || undefined }) })} /> {t('console_orderFirstRequired')}
        </label>
      </>
    );
  }
  if (kind === 'conditional' && value.conditional) {
    const c = value.conditional;
    return (
      <>
        {matcher('console_conditionalIf', c.if, (m) => onChange({ conditional: { ...c, if: m } }), 'if')}
        {matcher('console_conditionalThen', c.then, (m) => onChange({ conditional: { ...c, then: m } }), 'then')}
      </>
    );
  }
  if (kind === 'near' && value.near) {
    const n = value.near;
    return (
      <>
        {matcher('console_nearAnchor', n.anchor, (anchor) => onChange({ near: { ...n, anchor } }), 'anchor')}
        {matcher('console_nearExpect', n.expect, (expect) => onChange({ near: { ...n, expect } }), 'expect')}
        <Field label={t('console_nearWithin')} path={sub('within')}>
          {(id) => <NumberInput id={id} value={n.within} min={1} disabled={disabled} onChange={(within) => onChange({ near: { ...n, within: within ?? 0 } })} />}
        </Field>
      </>
    );
  }
  if (kind === 'metric' && value.metric) {
    const m = value.metric;
    const max = typeof m.max === 'number' ? { ja: m.max, en: m.max } : m.max;
    return (
      <div className={styles.row}>
        <Field label={t('console_metricMeasure')}>
          {(id) => (
            <select id={id} value={m.measure} disabled={disabled} onChange={(e) => onChange({ metric: { ...m, measure: e.target.value as typeof m.measure } })}>
              <option value="sentence-length">{t('console_metricSentence')}</option>
              <option value="draft-length">{t('console_metricDraft')}</option>
            </select>
          )}
        </Field>
        <Field label={t('console_metricMaxJa')} path={sub('max')}>
          {(id) => <NumberInput id={id} value={max.ja} min={1} disabled={disabled} onChange={(ja) => onChange({ metric: { ...m, max: compact({ ...max, ja }) } })} />}
        </Field>
        <Field label={t('console_metricMaxEn')}>
          {(id) => <NumberInput id={id} value={max.en} min={1} disabled={disabled} onChange={(en) => onChange({ metric: { ...m, max: compact({ ...max, en }) } })} />}
        </Field>
      </div>
    );
  }
  const list = (kind === 'all' ? value.all : value.any) ?? [];
  const setList = (next: Check[]) => onChange({ [kind]: next } as Check);
  return (
    <div className={styles.children}>
      {list.map((child, i) => (
        <CheckEditor
          key={i} value={child} path={`${path}.${kind}[${i}]`} disabled={disabled}
          onChange={(c) => setList(c ? list.map((x, j) => (j === i ? c : x)) : list.filter((_, j) => j !== i))}
          onRemove={list.length > 1 ? () => setList(list.filter((_, j) => j !== i)) : undefined}
        />
      ))}
      {!disabled && <button type="button" onClick={() => setList([...list, { exists: {} }])}>{t('console_addCheck')}</button>}
    </div>
  );
}
