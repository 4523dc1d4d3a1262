import { useMemo, useRef, useState } from 'react';
import { t, tn } from '@/lib/i18n';
import { useUiLanguage } from '@/lib/i18n/react';
import type { Card } from '@/lib/panel/outcomes';
import { rankCards, VISIBLE_LIMIT } from '@/lib/panel/ranking';
import { DismissReasons } from './DismissReasons';
import { PromptCard, type CardAction } from './PromptCard';
import { useFirstCardRoom, usePromptsBelow } from './usePromptsBelow';
import styles from './PromptList.module.css';

/**
 * The ranked cards: the three that matter most, the rest one click away behind "more".
 * `cardAction` is offered under every card; it decides itself which cards it applies to.
 */
export function PromptList({ cards, cardAction }: { cards: Card[]; cardAction?: CardAction }) {
  useUiLanguage();
  const [expanded, setExpanded] = useState(false);
  const ranked = useMemo(() => rankCards(cards), [cards]);
  const ref = useRef<HTMLElement>(null);
  const version = `${ranked.map((c) => c.ruleId).join()}|${expanded}`;
  const below = usePromptsBelow(ref, version);
  useFirstCardRoom(ref, version);
  return (
    <section ref={ref} className={styles.list} aria-labelledby="prompts-heading">
      <h2 id="prompts-heading" className="visually-hidden">{t('panel_suggestions')}</h2>
      <DismissReasons />
      {cards.length === 0 ? (
        <div className={styles.calm} data-testid="prompts-none">
          <span className={styles.calmMark} aria-hidden="true">◌</span>
          <p>{t('promptsNone')}</p>
          <p className="muted">{t('panel_calmHint')}</p>
        </div>
      ) : (
        // One list, so a card that slips behind "more" (or comes back) is moved, never re-mounted.
        ranked.flatMap((card, i) => [
          ...(i === VISIBLE_LIMIT ? [
            <button key="more" type="button" className={`quiet ${styles.more}`} aria-expanded={expanded} data-testid="prompts-more" onClick={() => setExpanded(!expanded)}>
              {expanded ? t('panel_fewer') : t('panel_more', ranked.length - VISIBLE_LIMIT)}
            </button>,
          ] : []),
          <PromptCard key={card.ruleId} card={card} hidden={i >= VISIBLE_LIMIT && !expanded} action={cardAction} />,
        ])
      )}
      {below.count > 0 && (
        <button type="button" className={styles.below} data-testid="prompts-below" onClick={() => below.first?.scrollIntoView({ behavior: 'smooth', block: 'nearest' })}>
          <span aria-hidden="true">↓ </span>{tn('panel_moreBelow', below.count, below.count)}
        </button>
      )}
    </section>
  );
}
