import { memo, useState, type ComponentType } from 'react';
import { t, tn, type MessageKey } from '@/lib/i18n';
import { useUiLanguage } from '@/lib/i18n/react';
import type { Card } from '@/lib/panel/outcomes';
import type { TriggerContext } from '@/lib/panel/trigger';
import { usePanelStore, type PhrasingFeedback } from '@/lib/panel/store';
import { DismissButton } from './DismissButton';
import styles from './PromptCard.module.css';

/** Two ways to say it are plenty at a glance; the rest are one click away. */
const PHRASINGS_SHOWN = 2;

const SOURCE_LABEL: Record<TriggerContext['source'], MessageKey> = {
  customer: 'panel_triggerCustomer',
  agent: 'panel_triggerAgent',
  draft: 'panel_triggerDraft',
  history: 'panel_triggerOther',
  call: 'panel_triggerOther',
};

/**
 * One extra action a page adds under a card (the notes' "Create follow-up"). A component
 * rather than an element, so passing it keeps the memoised cards from re-rendering.
 */
export type CardAction = ComponentType<{ card: Card }>;

/**
 * One whisper: what to do, why, what in the conversation prompted it, and words to use.
 * Memoised on the card object, which stays the same while nothing on it changes: typing in
 * the composer re-renders none of the cards.
 */
export const PromptCard = memo(function PromptCard({ card, hidden = false, action: Action }: { card: Card; hidden?: boolean; action?: CardAction }) {
  useUiLanguage();
  const { prompt, context, state } = card;
  const [allPhrasings, setAllPhrasings] = useState(false);
  const headingId = `prompt-${card.ruleId}`;
  return (
    <article
      className={styles.card}
      data-testid="prompt"
      data-rule-id={card.ruleId}
      data-level={card.level}
      data-state={state}
      aria-labelledby={headingId}
      hidden={hidden}
    >
      <div className={styles.inner}>
        <div className={styles.top}>
          {state === 'done' ? (
            <span className={styles.done} data-testid="prompt-done"><span aria-hidden="true">✓ </span>{t('panel_done')}</span>
          ) : (
            <span className={styles.level}>{t(`level_${card.level}`)}</span>
          )}
          {state === 'active' && <DismissButton ruleId={card.ruleId} message={prompt.message} />}
        </div>
        <h3 id={headingId} className={styles.message} lang={prompt.lang}>{prompt.message}</h3>
        <p className={styles.why} lang={prompt.lang}>{prompt.why}</p>
        {context && (
          <p className={styles.trigger}>
            <span className={styles.source}>{t(SOURCE_LABEL[context.source])}</span>
            <span className={styles.quote} lang={prompt.lang} data-testid="prompt-trigger">
              {context.before}<mark>{context.phrase}</mark>{context.after}
            </span>
          </p>
        )}
        {prompt.phrasings.length > 0 && (
          <ul className={styles.examples} aria-label={t('panel_tryThis')}>
            {prompt.phrasings.slice(0, allPhrasings ? undefined : PHRASINGS_SHOWN).map((example) => (
              <Example key={example} ruleId={card.ruleId} text={example} lang={prompt.lang} disabled={state !== 'active'} replace={context?.sentence} />
            ))}
            {prompt.phrasings.length > PHRASINGS_SHOWN && !allPhrasings && (
              <li className={styles.morePhrasings}>
                <button type="button" className="quiet" onClick={() => setAllPhrasings(true)}>
                  {tn('panel_morePhrasings', prompt.phrasings.length - PHRASINGS_SHOWN, prompt.phrasings.length - PHRASINGS_SHOWN)}
                </button>
              </li>
            )}
          </ul>
        )}
        {Action && <Action card={card} />}
      </div>
    </article>
  );
});

const FEEDBACK_TEXT: Record<PhrasingFeedback['state'], MessageKey | null> = {
  sending: null,
  inserted: 'panel_insertedShort',
  copied: 'panel_copiedShort',
  failed: 'panel_insertDidNotStay',
};

/**
 * One phrasing with its actions: Copy, Insert at the caret, and Replace when the prompt points
 * at a sentence of the draft. What happened shows on the phrasing itself; when an insert did not
 * stay, Copy becomes the main action.
 */
function Example({ ruleId, text, lang, disabled, replace }: { ruleId: string; text: string; lang: string; disabled: boolean; replace?: string }) {
  const { insert, copied, announce } = usePanelStore.getState();
  const feedback = usePanelStore((s) => (s.feedback?.ruleId === ruleId && s.feedback.text === text ? s.feedback.state : null));
  const copy = () => {
    navigator.clipboard.writeText(text).then(() => copied(ruleId, text), () => announce(t('panel_copyFailed')));
  };
  const said = feedback && FEEDBACK_TEXT[feedback];
  return (
    <li className={styles.example} data-feedback={feedback ?? undefined}>
      <q lang={lang} className={styles.phrase}>{text}</q>
      <span className={styles.actions}>
        <button type="button" className={feedback === 'failed' ? 'primary' : 'quiet'} disabled={disabled} onClick={copy} aria-label={t('panel_copyLabel', text)} data-testid="prompt-copy">
          {t('promptCopy')}
        </button>
        {replace && (
          <button type="button" className="quiet" disabled={disabled} onClick={() => insert(ruleId, text, replace)} aria-label={t('panel_replaceLabel', replace, text)} data-testid="prompt-replace">
            {t('promptReplace')}
          </button>
        )}
        <button type="button" className={feedback === 'failed' ? 'quiet' : 'primary'} disabled={disabled} onClick={() => insert(ruleId, text)} aria-label={t('panel_insertLabel', text)} data-testid="prompt-insert">
          {t('promptInsert')}
        </button>
      </span>
      {said && (
        <span className={feedback === 'failed' ? styles.failed : styles.feedback} data-testid="phrasing-feedback">
          {t(said)}
        </span>
      )}
    </li>
  );
}
