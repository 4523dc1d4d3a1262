import { t } from '@/lib/i18n';
import type { ManualCallAction } from '@/lib/messaging/messages';
import type { SessionView } from '@/lib/messaging/session-view';
import { usePanelStore } from '@/lib/panel/store';
import styles from './ManualCallControls.module.css';

/**
 * For tools that show no call state: the agent times the call here. The background treats
 * it as the page's call state (the header shows it with its timer) until the page reports one.
 */
export function ManualCallControls({ session }: { session: SessionView }) {
  const send = usePanelStore((state) => state.send);
  const call = session.manualCall ? session.snapshot.call : undefined;
  if (session.snapshot.call && !session.manualCall) return null; // the page reports its own call state
  const act = (action: ManualCallAction) => send({ type: 'manual-call', tabId: session.tabId, action });
  const state = call?.state;
  return (
    <div className={styles.controls} role="group" aria-label={t('panel_callControls')} data-testid="manual-call" data-call-state={state ?? 'none'}>
      {(!state || state === 'ended') && (
        <button type="button" className="quiet" onClick={() => act('start')}>
          <svg aria-hidden="true" className={styles.icon} viewBox="0 0 16 16" width="13" height="13"><circle cx="8" cy="9" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.5" /><path d="M8 6v3.2l2 1.3M6.5 1.8h3" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" /></svg>{state === 'ended' ? t('panel_callNew') : t('panel_callStart')}
        </button>
      )}
      {state === 'connected' && <button type="button" onClick={() => act('hold')}>{t('panel_callHold')}</button>}
      {state === 'on-hold' && <button type="button" onClick={() => act('resume')}>{t('panel_callResume')}</button>}
      {(state === 'connected' || state === 'on-hold') && <button type="button" onClick={() => act('end')}>{t('panel_callEnd')}</button>}
    </div>
  );
}
