import type { SessionView } from '@/lib/messaging/session-view';
import { t } from '@/lib/i18n';
import styles from './ConversationGlance.module.css';

/** The customer's latest words and the agent's draft, side by side with the coaching. */
export function ConversationGlance({ session }: { session: SessionView }) {
  const { snapshot } = session;
  const lines = [...snapshot.turns, ...(snapshot.transcript ?? [])];
  const lastCustomer = [...lines].reverse().find((turn) => turn.from === 'customer');
  return (
    <section className={styles.glance} aria-label={t('glanceHeading')}>
      <h2 className={styles.label}>{t('latestCustomerMessage')}</h2>
      <p className={styles.quote} data-testid="latest-customer-message" lang={session.lang}>
        {lastCustomer?.text ?? '—'}
      </p>
      <h2 className={styles.label}>{t('draft')}</h2>
      <p className={styles.draft} data-testid="draft" lang={session.lang}>
        {snapshot.draft ? snapshot.draft : <span className="muted">{t('emptyDraft')}</span>}
      </p>
    </section>
  );
}
