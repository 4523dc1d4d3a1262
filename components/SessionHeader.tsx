import { useState, type ReactNode } from 'react';
import type { SessionView } from '@/lib/messaging/session-view';
import { t, tn } from '@/lib/i18n';
import { useUiLanguage } from '@/lib/i18n/react';
import { CallTimer } from './CallTimer';
import { NotDetectedFix } from './NotDetectedFix';
import styles from './SessionHeader.module.css';

const CALL_STATE_KEYS = {
  ringing: 'call_ringing', connected: 'call_connected', 'on-hold': 'call_onHold', ended: 'call_ended',
} as const;

/** Which tool and conversation Kizuki is watching, and whether it can read everything it needs. */
export function SessionHeader({ session, connected, actions, children }: { session: SessionView | null; connected: boolean; actions?: ReactNode; children?: ReactNode }) {
  useUiLanguage();
  const snapshot = session?.snapshot;
  const detected = !!snapshot?.health.detected && !!session?.key;
  const [healthOpen, setHealthOpen] = useState(false);
  const healthOk = !!snapshot && snapshot.health.messageList && (snapshot.health.replyBox || !!snapshot.call);
  const notes = detected && session ? readingNotes(session) : [];
  // Diagnostics stay behind the icon while all is well; a problem the agent can fix shows at once.
  const showHealth = healthOpen || !healthOk;
  return (
    <header
      className={styles.header}
      data-testid="session-header"
      data-conversation-id={snapshot?.conversationId ?? ''}
      data-tool={snapshot?.tool ?? ''}
      data-detected={detected ? 'true' : 'false'}
    >
      <h1 className="visually-hidden">{t('panelTitle')}</h1>
      <div className={styles.topLine}>
        <span className={styles.tool}>
          <span className={styles.dot} data-on={detected} aria-hidden="true" />
          {detected && snapshot?.toolName ? snapshot.toolName : t('panelTitle')}
        </span>
        {detected && snapshot && (
          <span className={styles.channel}>
            {t(`channel_${snapshot.channel ?? (snapshot.call ? 'voice' : 'chat')}`)}
            {snapshot.direction ? ` · ${t(`direction_${snapshot.direction}`)}` : ''}
          </span>
        )}
        <span className={styles.actions}>
          {detected && (
            <button
              type="button"
              className={`quiet ${styles.healthIcon}`}
              data-ok={healthOk}
              aria-expanded={showHealth}
              aria-controls="adapter-health"
              aria-label={healthOk ? t('panel_healthOk') : t('panel_healthProblem')}
              title={healthOk ? t('panel_healthOk') : t('panel_healthProblem')}
              data-testid="health-toggle"
              onClick={() => setHealthOpen(!healthOpen)}
            >
              <span aria-hidden="true">{healthOk ? '✓' : '!'}</span>
            </button>
          )}
          {actions}
        </span>
      </div>
      {detected && snapshot ? (
        <>
          <div className={styles.customerLine}>
            <span className={styles.customer}>{snapshot.customer?.name ?? t('customerUnknown')}</span>
            {snapshot.call && (
              <span className={styles.call} data-call-state={snapshot.call.state} data-testid="call-state">
                <span className={styles.callState}>{t(CALL_STATE_KEYS[snapshot.call.state])}</span>
                {snapshot.call.since && snapshot.call.state !== 'ringing' && (
                  <CallTimer call={snapshot.call} />
                )}
              </span>
            )}
          </div>
          <div id="adapter-health" className={styles.health} data-testid="adapter-health" data-ok={healthOk} hidden={!showHealth}>
            {healthLine(snapshot.health, !!snapshot.call)}
          </div>
          {notes.map((note) => <div key={note} className={styles.health} data-testid="reading-note" hidden={!showHealth}>{note}</div>)}
          {children}
        </>
      ) : (
        <>
          <div className={styles.customer}>{connected ? t('notDetected') : t('panel_connecting')}</div>
          {connected && <div className={styles.health} data-testid="not-detected-reason" data-reason={snapshot?.health.reason ?? 'not-reading'}>{t(NOT_DETECTED[snapshot?.health.reason ?? 'not-reading'])}</div>}
          {connected && <NotDetectedFix reason={snapshot?.health.reason ?? 'not-reading'} />}
          {connected && (
            <p className={styles.health}>
              {t('panel_consoleHint')} <a href="options.html" target="_blank" rel="noopener" data-testid="console-link">{t('panel_openConsole')}</a>
            </p>
          )}
        </>
      )}
    </header>
  );
}

/** Why nothing is detected, and what fixes it. Without a snapshot the page is not being read at all. */
const NOT_DETECTED = {
  'not-reading': 'panel_notReading',
  'no-tool': 'panel_noToolHere',
  'no-conversation': 'panel_noConversationHere',
  unreadable: 'panel_unreadable',
} as const;

/** What the agent should know about how this page is read: by structure, continued from another page. */
function readingNotes(session: SessionView): string[] {
  const { snapshot } = session;
  const how = snapshot.how;
  const notes: string[] = [];
  if (snapshot.tool === 'generic') notes.push(t('panel_readingGeneric'));
  else if (how && (how.thread === 'structure' || how.replyBox === 'structure' || how.speakers === 'structure') && !snapshot.tool?.startsWith('custom-')) notes.push(t('panel_readingByStructure'));
  if (session.assumed) notes.push(t('panel_assumedConversation', snapshot.conversationId ?? ''));
  if (session.carried) notes.push(t('panel_carriedThread'));
  return notes;
}

/** "watching · 12 messages · reply box found", or what was not found and how to fix it. */
function healthLine(health: SessionView['snapshot']['health'], onCall: boolean): string {
  if (onCall && !health.replyBox) {
    // On a call the box under the transcript holds notes, not a reply: nothing is missing.
    return [t('sessionWatching'), tn('sessionTranscriptLines', health.messages, health.messages), t('sessionCallNotes')].join(' · ');
  }
  return [
    t('sessionWatching'),
    !health.messageList ? t('panel_healthNoList') : health.messages > 0 ? tn('sessionMessages', health.messages, health.messages) : t('sessionNoMessages'),
    health.replyBox ? t('sessionReplyBoxFound') : t('sessionReplyBoxMissing'),
  ].join(' · ');
}
