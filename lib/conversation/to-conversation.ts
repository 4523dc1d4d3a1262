import type { Agent, Conversation, ConversationContext, HistoryEntry, Turn } from './schema';
import type { Snapshot } from './snapshot';

/** What the background knows beyond the page: when it first saw the conversation, and the customer's history. */
export interface SnapshotExtras {
  startedAt: string;
  history?: HistoryEntry[];
  /** The agent, as they named themselves in the panel's settings (fills "I'm {agent}"). */
  agent?: Agent;
}

/** The page's messages and transcript lines as the engine's turns. */
export function conversationTurns(snapshot: Pick<Snapshot, 'turns' | 'transcript'>): Turn[] {
  return [...snapshot.turns, ...(snapshot.transcript ?? [])].map((turn) => ({
    from: turn.from,
    text: turn.text,
    ...(turn.at ? { at: turn.at } : {}),
  }));
}

/** Everything the engine reads about the page but its lines and its draft. */
export function snapshotContext(snapshot: Snapshot, extras: SnapshotExtras): ConversationContext {
  const onCall = !!snapshot.call;
  return {
    ...(snapshot.conversationId ? { id: snapshot.conversationId } : {}),
    channel: snapshot.channel ?? (onCall ? 'voice' : 'chat'),
    direction: snapshot.direction ?? 'inbound',
    state: snapshot.call?.state === 'ended' ? 'ended' : 'active',
    ...(snapshot.call ? { call: { state: snapshot.call.state, ...(snapshot.call.since ? { since: snapshot.call.since } : {}) } } : {}),
    startedAt: snapshot.call?.since ?? extras.startedAt,
    ...(extras.agent?.name ? { agent: { name: extras.agent.name } } : {}),
    customer: {
      ...(snapshot.customer?.name ? { name: snapshot.customer.name } : {}),
      ...(snapshot.customer?.key ? { key: snapshot.customer.key } : {}),
    },
    history: extras.history ?? [],
  };
}

/** The engine's view of what is on the page, as the conversation JSON of the brief (the test bench, exports). */
export function snapshotToConversation(snapshot: Snapshot, extras: SnapshotExtras & { nowMs: number }): Conversation {
  return {
    ...snapshotContext(snapshot, extras),
    now: new Date(extras.nowMs).toISOString(),
    turns: conversationTurns(snapshot),
    // On a call the box under the transcript holds notes, not a reply: rules read what was said.
    draft: snapshot.draft ?? '',
  };
}
