import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Conversation } from '@/lib/conversation/schema';
import { useDb } from './DbContext';
import { t, tn } from '@/lib/i18n';
import { conversationToExample } from '@/lib/console/bench';
import { canonicalJson } from '@/lib/packs/diff';
import { authorName, useConsole } from '@/lib/console/store';
import { versionRule, revertToVersion, type RuleVersion } from '@/lib/packs/history';
import { checkRule } from '@/lib/packs/rule-check';
import { deleteRule, saveRule } from '@/lib/packs/store';
import type { PackProblem, Rule } from '@/lib/engine';
import { LevelBadge, SourceBadge } from './Badges';
import { ExampleResults } from './ExampleResults';
import { ProblemsContext } from './FormBits';
import styles from './RuleEditor.module.css';
import { RuleForm } from './RuleForm';
import { RuleHistory } from './RuleHistory';
import { LazyRuleJsonEditor } from './LazyRuleJsonEditor';
import { TestBench } from './TestBench';
import { go } from './useHashRoute';

const NEW_RULE: Rule = { id: '', level: 'tip', category: '', when: { customerLast: {} }, check: { exists: {} }, message: {}, why: {} };
const pretty = (value: unknown) => JSON.stringify(value, null, 2);
const NO_PROBLEMS: readonly PackProblem[] = [];

function parseObject(text: string): { ok: true; value: Rule } | { ok: false; error: string } {
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, error: t('console_jsonNotObject') };
    // Possibly half-written: the form copes with missing fields and checkRule names every problem.
    return { ok: true, value: value as Rule };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** One rule: the form and its JSON side by side, its examples, the test bench and its history. */
export function RuleEditor({ ruleId, onDone }: { ruleId: string | null; onDone: () => void }) {
  const db = useDb();
  const catalog = useConsole((s) => s.catalog);
  const lexicons = useConsole((s) => s.lexicons);
  const changed = useConsole((s) => s.changed);
  const author = authorName(useConsole.getState(), t('console_defaultAuthor'));
  const entry = ruleId ? catalog.find((e) => e.rule.id === ruleId) : undefined;
  const isNew = ruleId === null;
  const [rule, setRule] = useState<Rule>(entry?.rule ?? NEW_RULE);
  const [text, setText] = useState(() => pretty(entry?.rule ?? NEW_RULE));
  const [status, setStatus] = useState<string | null>(() => {
    const notice = useConsole.getState().notice;
    if (notice) useConsole.getState().setNotice(null);
    return notice;
  });
  const [revision, setRevision] = useState(0);
  // A new rule's form starts empty, not wrong: its problems show once the lead has changed
  // something or tries to save.
  const [touched, setTouched] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const showProblems = !isNew || touched || attempted;
  // While a save or revert is being written, the history offers no revert: the two would race.
  const [busy, setBusy] = useState(false);
  const parsed = useMemo(() => parseObject(text), [text]);
  const deferred = useDeferredValue(rule);
  const check = useMemo(() => checkRule(deferred, lexicons), [deferred, lexicons]);
  const readOnly = entry?.source === 'managed';
  const idTaken = isNew && catalog.some((e) => e.rule.id === rule.id);
  const enabled = rule.enabled !== false;
  const upToDate = deferred === rule;
  const dirty = isNew || canonicalJson(rule) !== canonicalJson(entry?.rule ?? null);

  // Leaving with unsaved edits asks first: saving must never lose work.
  useEffect(() => {
    if (!dirty || readOnly) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, readOnly]);

  const fromForm = (next: Rule) => {
    setTouched(true);
    setRule(next);
    setText(pretty(next));
    setStatus(null);
  };
  const fromJson = (next: string) => {
    // The editor echoes text set from the form; only a different text is the lead's edit.
    if (next !== text) setTouched(true);
    setText(next);
    setStatus(null);
    const p = parseObject(next);
    if (p.ok) setRule(p.value);
  };

  const save = async (asDisabled = false) => {
    const checked = checkRule(rule, lexicons);
    if (!checked.rule) return;
    const toSave = asDisabled ? { ...checked.rule, enabled: false } : checked.rule;
    setBusy(true);
    try {
      await saveRule(db, toSave, author);
      await changed();
    } finally {
      setBusy(false);
    }
    setRevision((r) => r + 1);
    fromForm(toSave);
    setStatus(t('console_saved'));
    if (isNew) {
      useConsole.getState().setNotice(t('console_saved'));
      go('rules', toSave.id);
    }
  };

  const addExample = (expect: 'fire' | 'quiet', conversation: Conversation) => {
    const examples = rule.examples ?? {};
    fromForm({ ...rule, examples: { ...examples, [expect]: [...(examples[expect] ?? []), conversationToExample(conversation)] } });
  };
  const removeExample = (expect: 'fire' | 'quiet', index: number) => {
    const examples = { ...rule.examples, [expect]: (rule.examples?.[expect] ?? []).filter((_, i) => i !== index) };
    if (examples[expect]?.length === 0) delete examples[expect];
    fromForm({ ...rule, examples: Object.keys(examples).length ? examples : undefined } as Rule);
  };

  const revert = async (version: RuleVersion) => {
    const restored = versionRule(version);
    if (restored && !checkRule(restored, lexicons).rule) {
      setStatus(t('console_revertInvalid'));
      return;
    }
    setBusy(true);
    try {
      await revertToVersion(db, version.id, author);
      await changed();
    } finally {
      setBusy(false);
    }
    setRevision((r) => r + 1);
    if (restored) fromForm(restored);
    setStatus(t('console_reverted', new Date(version.at).toLocaleString()));
  };

  const remove = async () => {
    if (!ruleId || !window.confirm(t(entry?.overrides.length ? 'console_confirmRestoreBuiltin' : 'console_confirmDelete', ruleId))) return;
    await deleteRule(db, ruleId, author);
    await changed();
    onDone();
  };

  const blocked = !parsed.ok ? t('console_jsonSyntax') : !check.rule ? tn('console_fixProblems', check.problems.length, check.problems.length) : idTaken ? t('console_idTaken', rule.id) : enabled && !check.canEnable ? t('console_failingExample') : null;

  return (
    <ProblemsContext.Provider value={showProblems ? check.problems : NO_PROBLEMS}>
      <div className={styles.editor}>
        <header className={styles.head}>
          <a href="#/rules" className={styles.back}>← {t('console_backToRules')}</a>
          <h2>{isNew ? t('console_newRule') : <code>{ruleId}</code>}</h2>
          {rule.level && <LevelBadge level={rule.level} />}
          {entry && <SourceBadge source={entry.source} />}
          <label className={styles.enabled}>
            <input type="checkbox" checked={enabled} disabled={readOnly} onChange={(e) => fromForm({ ...rule, enabled: e.target.checked ? undefined : false } as Rule)} data-testid="rule-enabled" />
            {t('console_ruleEnabled')}
          </label>
          <div className={styles.actions}>
            {status && <span className={styles.status} role="status" data-testid="save-status">{status}</span>}
            {!readOnly && entry?.source === 'team' && <button type="button" onClick={() => void remove()} data-testid="delete-rule">{t(entry.overrides.length ? 'console_restoreBuiltin' : 'console_deleteRule')}</button>}
            {!readOnly && enabled && !check.canEnable && check.rule && !idTaken && <button type="button" onClick={() => void save(true)} data-testid="save-disabled">{t('console_saveDisabled')}</button>}
            <button type="button" className="primary" disabled={(!!blocked && showProblems) || readOnly || !upToDate || !dirty} title={showProblems ? blocked ?? undefined : undefined} onClick={() => (blocked ? setAttempted(true) : void save())} data-testid="save-rule">{t('console_save')}</button>
          </div>
        </header>
        {readOnly && <p className={styles.notice}>{t('console_managedRuleReadOnly')}</p>}
        {entry?.source === 'builtin' && <p className={styles.notice}>{t('console_editingBuiltin')}</p>}
        {entry?.source === 'subscription' && <p className={styles.notice}>{t('console_editingSubscribed')}</p>}
        {blocked && showProblems && !readOnly && <p className={styles.blocked} data-testid="save-blocked">{blocked}</p>}
        <div className={styles.columns}>
          <RuleForm rule={rule} onChange={fromForm} isNew={isNew} readOnly={readOnly} />
          <div className={styles.side}>
            <LazyRuleJsonEditor text={text} onChange={fromJson} readOnly={readOnly} />
            {!parsed.ok && <p className={styles.blocked}>{parsed.error}</p>}
            {showProblems && check.problems.length > 0 && (
              <ul className={styles.problemList} data-testid="rule-problems">
                {check.problems.map((p, i) => <li key={i}><code>{p.path}</code> {p.message}</li>)}
              </ul>
            )}
            <section className={styles.panel}>
              <h3>{t('console_examplesTitle')}</h3>
              <ExampleResults results={check.examples} rule={check.rule} onRemove={removeExample} readOnly={readOnly} />
            </section>
          </div>
        </div>
        <TestBench rule={check.rule} ruleId={rule.id} onAddExample={addExample} />
        {!isNew && ruleId && <RuleHistory ruleId={ruleId} revision={revision} onRevert={(v) => void revert(v)} canRevert={!readOnly && !busy} />}
      </div>
    </ProblemsContext.Provider>
  );
}
