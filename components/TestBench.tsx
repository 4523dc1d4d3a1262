import { useEffect, useMemo, useState } from 'react';
import type { Conversation } from '@/lib/conversation/schema';
import { recentSessions } from '@/lib/notes/sessions';
import { reportFailure } from '@/lib/diagnostics/log';
import { useDb } from './DbContext';
import type { SessionRecord } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import { packExamples, parsePastedConversation, sessionToConversation, type ParsedConversation } from '@/lib/console/bench';
import { composeActivePack } from '@/lib/packs/compose';
import { useConsole } from '@/lib/console/store';
import { checkConversation, validatePack, type Evaluation, type Rule } from '@/lib/engine';
import { BenchResults } from './BenchResults';
import styles from './TestBench.module.css';

type Source = 'paste' | 'session' | 'example';

/**
 * Runs the whole active pack, with the rule being edited in it, on one conversation: every
 * prompt that fires, what triggered it, and why every other rule stayed quiet.
 */
export function TestBench({ rule, ruleId, onAddExample }: { rule: Rule | undefined; ruleId: string; onAddExample: (expect: 'fire' | 'quiet', conversation: Conversation) => void }) {
  const db = useDb();
  const sources = useConsole((s) => s.sources);
  const [source, setSource] = useState<Source>('paste');
  const [pasted, setPasted] = useState('');
  const [sessions, setSessions] = useState<SessionRecord[]>([]);
  const [picked, setPicked] = useState('');
  const examples = useMemo(() => (sources ? packExamples(composeActivePack(sources, validatePack).pack) : []), [sources]);

  useEffect(() => {
    if (source === 'session') recentSessions(db).then(setSessions, (error: unknown) => reportFailure('console: read recent sessions', error));
  }, [source, db]);

  const parsed: ParsedConversation | null = useMemo(() => {
    if (source === 'paste') return pasted.trim() ? parsePastedConversation(pasted) : null;
    if (source === 'session') {
      const session = sessions.find((s) => s.id === picked);
      return session ? { ok: true, conversation: sessionToConversation(session) } : null;
    }
    const example = examples.find((e) => e.id === picked);
    return example ? { ok: true, conversation: example.conversation } : null;
  }, [source, pasted, sessions, picked, examples]);

  const evaluation: Evaluation | { error: string } | null = useMemo(() => {
    if (!parsed?.ok || !sources) return null;
    try {
      const team = sources.team ?? { format: 1 as const, id: 'team', name: 'team', rules: [] };
      const withDraft = rule ? { ...team, rules: [...team.rules.filter((r) => r.id !== rule.id), { ...rule, enabled: true }] } : team;
      const { pack } = composeActivePack({ ...sources, team: withDraft, disabled: (sources.disabled ?? []).filter((id) => id !== ruleId) }, validatePack);
      return checkConversation(parsed.conversation, pack);
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [parsed, sources, rule, ruleId]);

  return (
    <section className={styles.bench} data-testid="test-bench">
      <h3>{t('console_benchTitle')}</h3>
      <div className={styles.sourceTabs} role="radiogroup" aria-label={t('console_benchSource')}>
        {(['paste', 'session', 'example'] as const).map((s) => (
          <label key={s} data-checked={source === s}>
            <input type="radio" name="bench-source" checked={source === s} onChange={() => { setSource(s); setPicked(''); }} />
            {t(s === 'paste' ? 'console_benchPaste' : s === 'session' ? 'console_benchSession' : 'console_benchExample')}
          </label>
        ))}
      </div>
      {source === 'paste' ? (
        <textarea
          className={styles.input} rows={6} value={pasted} onChange={(e) => setPasted(e.target.value)}
          placeholder={t('console_benchPastePlaceholder')} aria-label={t('console_benchPaste')} data-testid="bench-input"
        />
      ) : (
        <select className={styles.picker} value={picked} onChange={(e) => setPicked(e.target.value)} data-testid="bench-pick">
          <option value="">{t(source === 'session' ? 'console_benchPickSession' : 'console_benchPickExample')}</option>
          {source === 'session'
            ? sessions.map((s) => <option key={s.id} value={s.id}>{new Date(s.lastSeenAt).toLocaleString()} · {s.customerName ?? s.tool} · {t('console_benchTurns', s.turns.length)}</option>)
            : examples.map((e) => <option key={e.id} value={e.id}>{e.ruleId} · {t(e.expect === 'fire' ? 'console_benchExampleFire' : 'console_benchExampleQuiet', e.index + 1)}{e.note ? ` — ${e.note}` : ''}</option>)}
        </select>
      )}
      {source === 'session' && sessions.length === 0 && <p className="muted">{t('console_benchNoSessions')}</p>}
      {parsed && !parsed.ok && (
        <ul className={styles.problems} role="alert">{parsed.problems.map((p, i) => <li key={i}><code>{p.path}</code> {p.message}</li>)}</ul>
      )}
      {parsed?.ok && (
        <div className={styles.addExample}>
          <span className="muted">{t('console_benchAddExample')}</span>
          <button type="button" onClick={() => onAddExample('fire', parsed.conversation)} data-testid="bench-add-fire">{t('console_benchAddFire')}</button>
          <button type="button" onClick={() => onAddExample('quiet', parsed.conversation)} data-testid="bench-add-quiet">{t('console_benchAddQuiet')}</button>
        </div>
      )}
      {evaluation && 'error' in evaluation && <p role="alert" className={styles.problems}>{evaluation.error}</p>}
      {evaluation && !('error' in evaluation) && parsed?.ok && <BenchResults evaluation={evaluation} conversation={parsed.conversation} focus={ruleId} />}
    </section>
  );
}
