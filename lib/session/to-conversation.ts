import type { Conversation, HistoryEntry, Turn } from '../conversation/schema';
import type { Snapshot } from '../conversation/snapshot';

export interface ConversationContext {
  startedAt: string;
  nowMs: number;
  history?: HistoryEntry[];
  /** `conversationTurns(snapshot)` when the caller already has it (the live session keeps it while only the draft changes). */
  turns?: Turn[];
}

/** The page's messages and transcript lines as the engine's turns. */
export function conversationTurns(snapshot: Pick<Snapshot, 'turns' | 'transcript'>): Turn[] {
  return [...snapshot.turns, ...(snapshot.transcript ?? [])].map((turn) => ({
    from: turn.from,
    text: turn.text,
    ...(turn.at ? { at: turn.at } : {}),
  }));
}

/** The engine's view of what is on the page: the conversation JSON of the brief. */
export function snapshotToConversation(snapshot: Snapshot, context: ConversationContext): Conversation {
  const onCall = !!snapshot.call;
  const turns = context.turns ?? conversationTurns(snapshot);
  return {
    id: snapshot.conversationId ?? undefined,
    channel: snapshot.channel ?? (onCall ? 'voice' : 'chat'),
    direction: snapshot.direction ?? 'inbound',
    state: snapshot.call?.state === 'ended' ? 'ended' : 'active',
    ...(snapshot.call ? { call: { state: snapshot.call.state, ...(snapshot.call.since ? { since: snapshot.call.since } : {}) } } : {}),
    startedAt: snapshot.call?.since ?? context.startedAt,
    now: new Date(context.nowMs).toISOString(),
    customer: {
      ...(snapshot.customer?.name ? { name: snapshot.customer.name } : {}),
      ...(snapshot.customer?.key ? { key: snapshot.customer.key } : {}),
    },
    history: context.history ?? [],
    turns,
    // On a call the box under the transcript holds notes, not a reply: rules read what was said.
    draft: snapshot.draft ?? '',
  };
}
