import type { KizukiDB } from '../db/db';
import { promptEventsForSession, recordPromptEvent, setDismissReason } from '../db/prompt-events';
import { emptyMemory, type ConversationMemory, type DismissReason, type OutcomeEvent } from './outcomes';

/**
 * The panel's side of the prompt-event log. The log is also the panel's memory of a
 * conversation: a rule dismissed or snoozed there stays hidden when the panel is reopened,
 * and a rule already recorded as shown is not recorded again.
 */
export async function recordOutcomes(db: KizukiDB, events: readonly OutcomeEvent[]): Promise<void> {
  for (const e of events) {
    await recordPromptEvent(db, { sessionId: e.sessionId, ruleId: e.ruleId, kind: e.kind, at: e.at, lang: e.lang, ...(e.reason ? { reason: e.reason } : {}) });
  }
}

/** A reason given after the dismissal was recorded: the dismissal counts once, with its reason. */
export function recordDismissReason(db: KizukiDB, dismissal: OutcomeEvent, reason: DismissReason): Promise<void> {
  return setDismissReason(db, dismissal, reason);
}

/** What the log says about one conversation, replayed in order. */
export async function conversationMemory(db: KizukiDB, sessionId: string): Promise<ConversationMemory> {
  const memory = emptyMemory();
  for (const e of await promptEventsForSession(db, sessionId)) {
    if (e.kind === 'dismissed' || e.kind === 'snoozed') {
      memory.hidden[e.ruleId] = e.kind;
      delete memory.open[e.ruleId];
    } else if (e.kind === 'shown') {
      memory.open[e.ruleId] = e.at;
    } else if (e.kind === 'followed' || e.kind === 'ignored') {
      delete memory.open[e.ruleId];
    }
  }
  return memory;
}
