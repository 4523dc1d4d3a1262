import { describe, expect, it } from 'vitest';
import { diffSnapshot } from '../conversation/snapshot';
import { LiveSession } from '../background/live-session';
import { createPanelMessages, receivedSession } from './panel-transport';
import { NOW, pack, page } from '../background/testing';

describe('session messages to a side panel', () => {
  const turns = Array.from({ length: 2000 }, (_, i) => ({ from: i % 2 ? 'agent' as const : 'customer' as const, text: `Message ${i}` }));

  it('sends the lines once, leaves them out while the agent types, and the panel puts them back', () => {
    const session = new LiveSession(1, pack, NOW);
    const message = createPanelMessages();
    const port = {};
    const long = page({ turns: [...turns, { from: 'customer', text: 'This is ridiculous!! I am furious.' }] });
    const first = message(port, 1, session.apply(diffSnapshot(null, long)!, NOW));
    expect(first.sameLines).toBeUndefined();
    expect(first.session?.snapshot.turns).toHaveLength(2001);
    let shown = receivedSession(first, null);

    const typing = { ...long, draft: "I'm so sorry" };
    const view = session.apply(diffSnapshot(long, typing)!, NOW + 500);
    const second = message(port, 1, view);
    expect(second.sameLines).toBe(true);
    expect(JSON.stringify(second).length).toBeLessThan(5000);
    shown = receivedSession(JSON.parse(JSON.stringify(second)), shown);
    expect(shown).toEqual(view);

    // A new message: the lines go again.
    const answered = { ...typing, turns: [...typing.turns, { from: 'customer' as const, text: 'Hello?' }] };
    const third = message(port, 1, session.apply(diffSnapshot(typing, answered)!, NOW + 900));
    expect(third.sameLines).toBeUndefined();
    expect(receivedSession(third, shown)?.snapshot.turns).toHaveLength(2002);
  });

  it('sends everything to a new panel, for another tab, and after "no conversation"', () => {
    const session = new LiveSession(1, pack, NOW);
    const message = createPanelMessages();
    const view = session.apply(diffSnapshot(null, page({ turns: turns.slice(0, 3) }))!, NOW);
    const port = {};
    message(port, 1, view);
    expect(message({}, 1, view).sameLines).toBeUndefined();
    expect(message(port, 2, view).sameLines).toBeUndefined();
    expect(message(port, 2, null)).toEqual({ type: 'session', tabId: 2, session: null });
    expect(message(port, 2, view).sameLines).toBeUndefined();
    expect(message(port, 2, view).sameLines).toBe(true);
  });
});
