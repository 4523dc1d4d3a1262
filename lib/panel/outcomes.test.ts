import { describe, expect, it } from 'vitest';
import type { Prompt } from '../engine';
import { DONE_MS, GRACE_MS, dismiss, expire, leaveConversation, newTracker, nextExpiry, reconcile, usedPhrasing, type SessionInput, type Tracker } from './outcomes';

const prompt = (ruleId: string, level: Prompt['level'] = 'nudge', message = `do ${ruleId}`): Prompt => ({
  ruleId, level, category: 'empathy', lang: 'en', message, why: 'because', phrasings: [`say ${ruleId}`],
});
const session = (prompts: Prompt[], satisfied: string[] = [], draft = ''): SessionInput => ({
  key: 'desk:c1', prompts, satisfied, snapshot: { turns: [], transcript: [], draft },
});
const kinds = (events: { ruleId: string; kind: string }[]) => events.map((e) => `${e.kind}:${e.ruleId}`);

function run(steps: [SessionInput, number][], start: Tracker = newTracker('desk:c1')) {
  let tracker = start;
  const events: string[] = [];
  for (const [input, at] of steps) {
    const expired = expire(tracker, at);
    const step = reconcile(expired.tracker, input, at);
    tracker = step.tracker;
    events.push(...kinds(expired.events), ...kinds(step.events));
  }
  return { tracker, events };
}

describe('prompt outcomes', () => {
  it('records a prompt once when it appears, however many keystrokes it stays for', () => {
    const { tracker, events } = run([[session([prompt('a')]), 0], [session([prompt('a')], [], 'S'), 10], [session([prompt('a')], [], 'So'), 20]]);
    expect(events).toEqual(['shown:a']);
    expect(tracker.cards).toHaveLength(1);
  });

  it('keeps the same card object while nothing the agent sees changes (no re-render per keystroke)', () => {
    const first = run([[session([prompt('a')]), 0]]).tracker;
    const second = reconcile(first, session([prompt('a')], [], 'typing'), 50).tracker;
    expect(second.cards[0]).toBe(first.cards[0]);
  });

  it('turns a card "done" when its rule moves to satisfied, and lets it go after a moment', () => {
    const { tracker, events } = run([[session([prompt('apologise-first', 'warning')]), 0], [session([], ['apologise-first'], "I'm sorry"), 100]]);
    expect(events).toEqual(['shown:apologise-first', 'followed:apologise-first']);
    expect(tracker.cards[0]?.state).toBe('done');
    expect(nextExpiry(tracker)).toBe(100 + DONE_MS);
    expect(expire(tracker, 100 + DONE_MS).tracker.cards).toEqual([]);
  });

  it('counts a prompt that disappears without being followed as ignored, after a grace', () => {
    const { tracker, events } = run([[session([prompt('a')]), 0], [session([]), 100]]);
    expect(events).toEqual(['shown:a']);
    expect(tracker.cards[0]?.state).toBe('leaving');
    const later = expire(tracker, 100 + GRACE_MS);
    expect(kinds(later.events)).toEqual(['ignored:a']);
    expect(later.tracker.cards).toEqual([]);
  });

  it('does not flicker or double-count when a prompt blinks out for a keystroke and back', () => {
    const { tracker, events } = run([[session([prompt('a')]), 0], [session([]), 100], [session([prompt('a')]), 200]]);
    expect(events).toEqual(['shown:a']);
    expect(tracker.cards[0]?.state).toBe('active');
    expect(tracker.cards[0]?.firstSeenAt).toBe(0);
  });

  it('hides a dismissed or snoozed rule for the rest of the conversation', () => {
    const shown = run([[session([prompt('a'), prompt('b')]), 0]]).tracker;
    const dismissed = dismiss(shown, 'a', 'dismissed', 'wrong', 10);
    expect(dismissed.events).toEqual([expect.objectContaining({ ruleId: 'a', kind: 'dismissed', reason: 'wrong', sessionId: 'desk:c1' })]);
    const snoozed = dismiss(dismissed.tracker, 'b', 'snoozed', undefined, 20);
    expect(snoozed.events[0]).not.toHaveProperty('reason');
    const again = reconcile(snoozed.tracker, session([prompt('a'), prompt('b')]), 30);
    expect(again.tracker.cards).toEqual([]);
    expect(again.events).toEqual([]);
  });

  it('remembers what the database says about the conversation when the panel reopens', () => {
    const reopened = newTracker('desk:c1', { hidden: { a: 'snoozed' }, open: { b: 5 } });
    const { tracker, events } = run([[session([prompt('a'), prompt('b'), prompt('c')]), 100]], reopened);
    expect(tracker.cards.map((c) => c.ruleId)).toEqual(['b', 'c']);
    expect(tracker.cards[0]?.firstSeenAt).toBe(5);
    expect(events).toEqual(['shown:c']);
  });

  it('records a followed prompt that comes back as shown again', () => {
    const { events } = run([[session([prompt('a')]), 0], [session([], ['a']), 10], [session([prompt('a')]), 20]]);
    expect(events).toEqual(['shown:a', 'followed:a', 'shown:a']);
  });

  it('counts every open card as ignored when the agent moves to another conversation', () => {
    const { tracker } = run([[session([prompt('a'), prompt('b')]), 0], [session([prompt('a')], ['b']), 10]]);
    expect(kinds(leaveConversation(tracker, 20))).toEqual(['ignored:a']);
  });

  it('ignores a session of another conversation', () => {
    const tracker = newTracker('desk:c1');
    expect(reconcile(tracker, { ...session([prompt('a')]), key: 'desk:c2' }, 0).tracker).toBe(tracker);
  });

  it('records Copy and Insert against the card they came from', () => {
    const { tracker } = run([[session([prompt('a')]), 0]]);
    expect(usedPhrasing(tracker, 'a', 'inserted', 5)).toEqual([{ sessionId: 'desk:c1', ruleId: 'a', kind: 'inserted', lang: 'en', at: 5 }]);
    expect(usedPhrasing(tracker, 'zzz', 'copied', 5)).toEqual([]);
  });
});
