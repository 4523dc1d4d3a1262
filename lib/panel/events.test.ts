import { afterEach, describe, expect, it } from 'vitest';
import { KizukiDB } from '../db/db';
import { promptEventsForSession } from '../db/prompt-events';
import { conversationMemory, recordOutcomes } from './events';

let db: KizukiDB | undefined;
afterEach(async () => db?.delete());

describe('the panel memory in the prompt-event log', () => {
  it('stores outcomes with their reason and replays them into what to hide and what is open', async () => {
    db = new KizukiDB(`panel-events-${Math.random()}`);
    const base = { sessionId: 'desk:c1', lang: 'ja' };
    await recordOutcomes(db, [
      { ...base, ruleId: 'apologise-first', kind: 'shown', at: 1 },
      { ...base, ruleId: 'explain-plainly', kind: 'shown', at: 2 },
      { ...base, ruleId: 'apologise-first', kind: 'dismissed', reason: 'already-handled', at: 3 },
      { ...base, ruleId: 'take-a-breath', kind: 'shown', at: 4 },
      { ...base, ruleId: 'take-a-breath', kind: 'ignored', at: 5 },
      { ...base, sessionId: 'desk:other', ruleId: 'explain-plainly', kind: 'snoozed', at: 6 },
    ]);
    const stored = await promptEventsForSession(db, 'desk:c1');
    expect(stored.find((e) => e.kind === 'dismissed')).toMatchObject({ ruleId: 'apologise-first', reason: 'already-handled', lang: 'ja' });
    expect(await conversationMemory(db, 'desk:c1')).toEqual({ hidden: { 'apologise-first': 'dismissed' }, open: { 'explain-plainly': 2 } });
    expect(await conversationMemory(db, 'desk:other')).toEqual({ hidden: { 'explain-plainly': 'snoozed' }, open: {} });
  });
});
