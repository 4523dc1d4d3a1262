import type { HubToPanel } from './messages';
import type { SessionView } from './session-view';

type SessionMessage = Extract<HubToPanel, { type: 'session' }>;

interface Sent {
  tabId: number;
  key: string | null;
  linesVersion: number;
}

/**
 * Session messages for one side panel. While the agent types, the conversation's lines do not
 * change (their version stays the same), so they are sent once and then left out: a
 * 2,000-message conversation is not copied to the panel on every keystroke.
 */
export function createPanelMessages() {
  const sent = new WeakMap<object, Sent>();
  return (port: object, tabId: number, session: SessionView | null): SessionMessage => {
    const last = sent.get(port);
    if (!session) {
      sent.delete(port);
      return { type: 'session', tabId, session };
    }
    if (last && last.tabId === tabId && last.key === session.key && last.linesVersion === session.linesVersion) {
      return { type: 'session', tabId, session: { ...session, snapshot: { ...session.snapshot, turns: [], transcript: [] } }, sameLines: true };
    }
    sent.set(port, { tabId, key: session.key, linesVersion: session.linesVersion });
    return { type: 'session', tabId, session };
  };
}

/** The panel's side: a session message with its lines restored from the session it already has. */
export function receivedSession(message: SessionMessage, previous: SessionView | null): SessionView | null {
  const { session } = message;
  if (!message.sameLines || !session || !previous || previous.key !== session.key || previous.linesVersion !== session.linesVersion) return session;
  return { ...session, snapshot: { ...session.snapshot, turns: previous.snapshot.turns, transcript: previous.snapshot.transcript } };
}
