import type { Conversation } from '@/lib/conversation/schema';
import { t, type MessageKey } from '@/lib/i18n';
import type { Evaluation, Prompt } from '@/lib/engine';
import { LevelBadge } from './Badges';
import styles from './TestBench.module.css';

const SOURCE: Record<string, MessageKey> = {
  customer: 'console_triggerCustomer',
  agent: 'console_triggerAgent',
  draft: 'console_triggerDraft',
  history: 'console_triggerHistory',
  call: 'console_triggerCall',
};

/** The text around the phrase that triggered a prompt, with the phrase marked. */
function TriggerSnippet({ prompt, conversation }: { prompt: Prompt; conversation: Conversation }) {
  const trigger = prompt.trigger;
  if (!trigger) return <span className="muted">{t('console_benchNoTrigger')}</span>;
  const text = trigger.source === 'draft' ? (conversation.draft ?? '') : trigger.turnIndex !== undefined ? (conversation.turns[trigger.turnIndex]?.text ?? '') : '';
  const where = SOURCE[trigger.source] ? t(SOURCE[trigger.source]!, (trigger.turnIndex ?? 0) + 1) : trigger.source;
  if (!text || trigger.end > text.length) return <span>“{trigger.phrase}” · <span className="muted">{where}</span></span>;
  const from = Math.max(0, trigger.start - 30);
  const to = Math.min(text.length, trigger.end + 30);
  return (
    <span data-testid="bench-trigger">
      {from > 0 && '…'}{text.slice(from, trigger.start)}<mark>{text.slice(trigger.start, trigger.end)}</mark>{text.slice(trigger.end, to)}{to < text.length && '…'}
      {' · '}<span className="muted">{where}</span>
    </span>
  );
}

export function BenchResults({ evaluation, conversation, focus }: { evaluation: Evaluation; conversation: Conversation; focus: string }) {
  const quiet = [...(evaluation.quiet ?? [])].sort((a, b) => Number(b.ruleId === focus) - Number(a.ruleId === focus));
  return (
    <div className={styles.results}>
      <h4>{t('console_benchFired', evaluation.prompts.length)}</h4>
      {evaluation.prompts.length === 0 && <p className="muted">{t('console_benchNothingFired')}</p>}
      <ul className={styles.prompts}>
        {evaluation.prompts.map((p) => (
          <li key={p.ruleId} data-testid="bench-prompt" data-rule-id={p.ruleId} data-focus={p.ruleId === focus}>
            <div><LevelBadge level={p.level} /> <code>{p.ruleId}</code></div>
            <div className={styles.promptMessage}>{p.message}</div>
            <div className={styles.trigger}><TriggerSnippet prompt={p} conversation={conversation} /></div>
          </li>
        ))}
      </ul>
      <details open={quiet.some((q) => q.ruleId === focus)}>
        <summary>{t('console_benchQuiet', quiet.length)}</summary>
        <ul className={styles.quiet}>
          {quiet.map((q) => (
            <li key={q.ruleId} data-testid="bench-quiet" data-rule-id={q.ruleId} data-focus={q.ruleId === focus}>
              <code>{q.ruleId}</code> <span className="muted">{q.reason}</span>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
