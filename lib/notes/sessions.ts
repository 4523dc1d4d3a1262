import type { Turn } from '../conversation/schema';
import type { KizukiDB } from '../db/db';
import { guardStorage } from '../db/errors';
import type { SessionRecord } from '../db/types';

/** What the background knows about a live conversation at one moment. */
export interface SessionUpdate {
  tool: string;
  conversationId: string | null;
  /** Needed when the tool shows no conversation id; ignored otherwise. */
  id?: string;
  tabUrl?: string;
  customerName?: string;
  customerKeys?: string[];
  channel?: SessionRecord['channel'];
  direction?: SessionRecord['direction'];
  turns?: Turn[];
  callState?: SessionRecord['callState'];
  ended?: boolean;
}

export function sessionIdFor(tool: string, conversationId: string | null): string {
  return conversationId ? `${tool}:${conversationId}` : `${tool}:${crypto.randomUUID()}`;
}

/** Creates or updates a session; keys only accumulate, since a customer identified once stays identified. */
export async function upsertSession(db: KizukiDB, update: SessionUpdate, now: number = Date.now()): Promise<SessionRecord> {
  const id = update.conversationId ? sessionIdFor(update.tool, update.conversationId) : (update.id ?? sessionIdFor(update.tool, null));
  return guardStorage(() =>
    db.transaction('rw', db.sessions, async () => {
      const existing = await db.sessions.get(id);
      const ended = update.ended || update.callState === 'ended';
      const session: SessionRecord = {
        ...existing,
        id,
        tool: update.tool,
        conversationId: update.conversationId,
        tabUrl: update.tabUrl ?? existing?.tabUrl,
        customerName: update.customerName ?? existing?.customerName,
        customerKeys: [...new Set([...(existing?.customerKeys ?? []), ...(update.customerKeys ?? [])])],
        channel: update.channel ?? existing?.channel,
        direction: update.direction ?? existing?.direction,
        startedAt: existing?.startedAt ?? now,
        endedAt: ended ? (existing?.endedAt ?? now) : existing?.endedAt,
        lastSeenAt: now,
        turns: update.turns ?? existing?.turns ?? [],
        callState: update.callState ?? existing?.callState,
      };
      await db.sessions.put(session);
      return session;
    }),
  );
}

/** The latest sessions, newest first (the console's test bench offers them). */
export function recentSessions(db: KizukiDB, limit = 30): Promise<SessionRecord[]> {
  return db.sessions.orderBy('lastSeenAt').reverse().limit(limit).toArray();
}
