import { useMemo } from 'react';
import { t } from '@/lib/i18n';
import { useConsole } from '@/lib/console/store';
import type { Fatigue } from '@/lib/engine/schema';
import type { Rule } from '@/lib/engine';
import { CheckEditor } from './CheckEditor';
import { compact, Field, NumberInput } from './FormBits';
import { LocalizedFields, PhrasingFields } from './LocalizedFields';
import styles from './RuleForm.module.css';
import { WhenBuilder } from './WhenBuilder';

/**
 * The form view of a rule. It edits the same object the JSON view shows; the rule may be
 * half-written, so every field copes with a missing value and validation speaks per field.
 */
export function RuleForm({ rule, onChange, isNew, readOnly }: { rule: Rule; onChange: (rule: Rule) => void; isNew: boolean; readOnly?: boolean }) {
  const catalog = useConsole((s) => s.catalog);
  const categories = useMemo(() => [...new Set(catalog.map((e) => e.rule.category))], [catalog]);
  const set = (patch: Partial<Rule>) => onChange(compact({ ...rule, ...patch }));
  const fatigue: Fatigue = rule.fatigue ?? {};
  const setFatigue = (patch: Partial<Fatigue>) => {
    const next = compact({ ...fatigue, ...patch });
    set({ fatigue: Object.keys(next).length ? next : undefined });
  };
  return (
    <form className={styles.form} onSubmit={(e) => e.preventDefault()} data-testid="rule-form">
      <fieldset className={styles.fieldset} disabled={readOnly}>
        <legend>{t('console_ruleBasics')}</legend>
        <div className={styles.row}>
          <Field label={t('console_ruleId')} path="id" hint={isNew ? t('console_ruleIdHint') : undefined}>
            {(id) => <input id={id} value={rule.id ?? ''} disabled={!isNew} onChange={(e) => set({ id: e.target.value })} data-testid="rule-id" pattern="[a-z0-9][a-z0-9\-]*" />}
          </Field>
          <Field label={t('console_ruleLevel')} path="level">
            {(id) => (
              <select id={id} value={rule.level} onChange={(e) => set({ level: e.target.value as Rule['level'] })} data-testid="rule-level">
                <option value="tip">{t('console_level_tip')}</option>
                <option value="nudge">{t('console_level_nudge')}</option>
                <option value="warning">{t('console_level_warning')}</option>
              </select>
            )}
          </Field>
          <Field label={t('console_ruleCategory')} path="category">
            {(id) => (
              <>
                <input id={id} list={`${id}-list`} value={rule.category ?? ''} onChange={(e) => set({ category: e.target.value })} data-testid="rule-category" />
                <datalist id={`${id}-list`}>{categories.map((c) => <option key={c} value={c} />)}</datalist>
              </>
            )}
          </Field>
        </div>
        <Field label={t('console_ruleLesson')} path="lesson">
          {(id) => <input id={id} value={rule.lesson ?? ''} onChange={(e) => set({ lesson: e.target.value || undefined })} />}
        </Field>
      </fieldset>

      <fieldset className={styles.fieldset} disabled={readOnly}>
        <legend>{t('console_ruleWhen')}</legend>
        <p className={styles.help}>{t('console_ruleWhenHelp')}</p>
        <WhenBuilder value={rule.when} onChange={(when) => set({ when })} path="when" disabled={readOnly} />
      </fieldset>

      <fieldset className={styles.fieldset} disabled={readOnly}>
        <legend>{t('console_ruleCheck')}</legend>
        <p className={styles.help}>{t('console_ruleCheckHelp')}</p>
        <CheckEditor value={rule.check} onChange={(check) => set({ check })} path="check" optional disabled={readOnly} />
      </fieldset>

      <LocalizedFields label={t('console_ruleMessage')} value={rule.message} onChange={(message) => set({ message })} path="message" testId="rule-message" disabled={readOnly} />
      <LocalizedFields label={t('console_ruleWhy')} value={rule.why} onChange={(why) => set({ why })} path="why" testId="rule-why" disabled={readOnly} />
      <PhrasingFields value={rule.phrasings} onChange={(phrasings) => set({ phrasings })} path="phrasings" disabled={readOnly} />

      <fieldset className={styles.fieldset} disabled={readOnly}>
        <legend>{t('console_ruleFatigue')}</legend>
        <div className={styles.row}>
          <label className={styles.inline}>
            <input type="checkbox" checked={!!fatigue.oncePerConversation} onChange={(e) => setFatigue({ oncePerConversation: e.target.checked || undefined })} /> {t('console_fatigueOnce')}
          </label>
          <Field label={t('console_fatigueCooldown')} path="fatigue.cooldownSeconds">
            {(id) => <NumberInput id={id} value={fatigue.cooldownSeconds} min={0} onChange={(cooldownSeconds) => setFatigue({ cooldownSeconds })} />}
          </Field>
          <Field label={t('console_fatigueMax')} path="fatigue.maxPerConversation">
            {(id) => <NumberInput id={id} value={fatigue.maxPerConversation} min={1} onChange={(maxPerConversation) => setFatigue({ maxPerConversation })} />}
          </Field>
        </div>
      </fieldset>
    </form>
  );
}
