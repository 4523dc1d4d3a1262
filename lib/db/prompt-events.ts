import type { KizukiDB } from './db';
import { guardStorage } from './errors';
import type { PromptEventRecord } from './types';

/** Records what the agent did with a prompt; the team lead's adherence view reads these. */
export async function recordPromptEvent(db: KizukiDB, event: Omit<PromptEventRecord, 'id' | 'at'> & { at?: number }): Promise<number> {
  const id = await guardStorage(() => db.promptEvents.add({ ...event, at: event.at ?? Date.now() }));
  return id as number;
}

export function promptEventsForSession(db: KizukiDB, sessionId: string): Promise<PromptEventRecord[]> {
  return db.promptEvents.where('sessionId').equals(sessionId).sortBy('at');
}

/** The reason an agent gave for a dismissal after it was recorded (the panel asks a moment later). */
export async function setDismissReason(db: KizukiDB, event: { sessionId: string; ruleId: string; at: number }, reason: NonNullable<PromptEventRecord['reason']>): Promise<void> {
  await guardStorage(() => db.promptEvents.where('sessionId').equals(event.sessionId)
    .filter((e) => e.ruleId === event.ruleId && e.kind === 'dismissed' && e.at === event.at)
    .modify({ reason }));
}
