import { t, type MessageKey } from '@/lib/i18n';
import type { Matcher, When } from '@/lib/rules';
import { compact, FieldProblems, NumberInput } from './FormBits';
import { MatcherField } from './MatcherField';
import styles from './RuleForm.module.css';

const MATCHER_KINDS = ['customerLast', 'customerThread', 'agentTurns', 'draft', 'history'] as const;
const FLAG_KINDS = ['upset', 'deadline', 'repeatContact', 'promiseMade', 'firstReply', 'draftEmpty'] as const;
const ENUM_KINDS = {
  channel: ['chat', 'voice', 'email'],
  direction: ['inbound', 'outbound'],
  state: ['active', 'ended'],
  callState: ['ringing', 'connected', 'on-hold', 'ended'],
  lang: ['ja', 'en'],
} as const;
const RANGE_KINDS = ['elapsedMinutes', 'callMinutes'] as const;
const GROUP_KINDS = ['all', 'any', 'not'] as const;
type Kind = keyof When;

const KINDS: Kind[] = [...MATCHER_KINDS, ...FLAG_KINDS, 'heat', ...(Object.keys(ENUM_KINDS) as Kind[]), ...RANGE_KINDS, ...GROUP_KINDS];
const LABEL = Object.fromEntries(KINDS.map((k) => [k, `console_when_${k}`])) as Record<Kind, MessageKey>;

const has = <T extends string>(list: readonly T[], k: string): k is T => (list as readonly string[]).includes(k);

/** A fresh condition of the chosen kind, ready to fill in. */
function starter(kind: Kind): When {
  if (has(MATCHER_KINDS, kind)) return { [kind]: {} } as When;
  if (has(FLAG_KINDS, kind)) return { [kind]: true } as When;
  if (kind in ENUM_KINDS) return { [kind]: ENUM_KINDS[kind as keyof typeof ENUM_KINDS][0] } as When;
  if (has(RANGE_KINDS, kind)) return { [kind]: { atLeast: 5 } } as When;
  if (kind === 'heat') return { heat: { atLeast: 5 } };
  if (kind === 'not') return { not: { upset: true } };
  return { [kind]: [{ upset: true }] } as When;
}

/** The `when` of a rule as a tree of conditions: one condition per row, grouped by all / any / not. */
export function WhenBuilder({ value, onChange, path, onRemove, disabled }: { value: When | undefined; onChange: (w: When) => void; path: string; onRemove?: () => void; disabled?: boolean }) {
  const when: When = value ?? {};
  const kind = (Object.keys(when)[0] ?? 'customerLast') as Kind;
  const inner = when[kind];
  const isGroup = kind === 'all' || kind === 'any';
  return (
    <div className={isGroup || kind === 'not' ? styles.group : styles.condition} data-testid="when-condition" data-kind={kind}>
      <div className={styles.conditionHead}>
        <select aria-label={t('console_conditionKind')} value={kind} disabled={disabled} onChange={(e) => onChange(starter(e.target.value as Kind))} data-testid="when-kind">
          {KINDS.map((k) => <option key={k} value={k}>{t(LABEL[k])}</option>)}
        </select>
        {!isGroup && kind !== 'not' && <ConditionValue kind={kind} when={when} onChange={onChange} path={`${path}.${kind}`} disabled={disabled} />}
        {onRemove && !disabled && <button type="button" className={styles.remove} onClick={onRemove} aria-label={t('console_removeCondition')}>×</button>}
      </div>
      {has(MATCHER_KINDS, kind) && <MatcherField value={inner as Matcher} onChange={(m) => onChange({ [kind]: m } as When)} path={`${path}.${kind}`} testId={`when-${kind}`} disabled={disabled} />}
      {isGroup && (
        <div className={styles.children}>
          {((inner as When[] | undefined) ?? []).map((child, i, list) => (
            <WhenBuilder
              key={i} value={child} path={`${path}.${kind}[${i}]`} disabled={disabled}
              onChange={(w) => onChange({ [kind]: list.map((c, j) => (j === i ? w : c)) } as When)}
              onRemove={list.length > 1 ? () => onChange({ [kind]: list.filter((_, j) => j !== i) } as When) : undefined}
            />
          ))}
          {!disabled && <button type="button" onClick={() => onChange({ [kind]: [...((inner as When[] | undefined) ?? []), { upset: true }] } as When)}>{t('console_addCondition')}</button>}
        </div>
      )}
      {kind === 'not' && (
        <div className={styles.children}>
          <WhenBuilder value={when.not} path={`${path}.not`} onChange={(w) => onChange({ not: w })} disabled={disabled} />
        </div>
      )}
      <FieldProblems path={path} exact />
    </div>
  );
}

function ConditionValue({ kind, when, onChange, path, disabled }: { kind: Kind; when: When; onChange: (w: When) => void; path: string; disabled?: boolean }) {
  if (has(FLAG_KINDS, kind)) {
    return (
      <select aria-label={t('console_conditionValue')} value={String(when[kind])} disabled={disabled} onChange={(e) => onChange({ [kind]: e.target.value === 'true' } as When)}>
        <option value="true">{t('console_yes')}</option>
        <option value="false">{t('console_no')}</option>
      </select>
    );
  }
  if (kind in ENUM_KINDS) {
    const options = ENUM_KINDS[kind as keyof typeof ENUM_KINDS];
    const current = when[kind];
    const selected = Array.isArray(current) ? current : [current];
    return (
      <select aria-label={t('console_conditionValue')} value={String(selected[0])} disabled={disabled} onChange={(e) => onChange({ [kind]: e.target.value } as When)}>
        {options.map((o) => <option key={o} value={o}>{o}</option>)}
      </select>
    );
  }
  if (kind === 'heat' || has(RANGE_KINDS, kind)) {
    const range = (when[kind] ?? {}) as { atLeast?: number; atMost?: number; of?: 'last' | 'recent' | 'max' };
    const set = (patch: Partial<typeof range>) => onChange({ [kind]: compact({ ...range, ...patch }) } as When);
    return (
      <span className={styles.inline}>
        <label>{t('console_atLeast')} <NumberInput value={range.atLeast} min={0} disabled={disabled} onChange={(atLeast) => set({ atLeast })} /></label>
        <label>{t('console_atMost')} <NumberInput value={range.atMost} min={0} disabled={disabled} onChange={(atMost) => set({ atMost })} /></label>
        {kind === 'heat' && (
          <select aria-label={t('console_heatOf')} value={range.of ?? 'last'} disabled={disabled} onChange={(e) => set({ of: e.target.value as 'last' | 'recent' | 'max' })}>
            <option value="last">{t('console_heatLast')}</option>
            <option value="recent">{t('console_heatRecent')}</option>
            <option value="max">{t('console_heatMax')}</option>
          </select>
        )}
        <FieldProblems path={path} />
      </span>
    );
  }
  return null;
}
