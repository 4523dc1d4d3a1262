import { describe, expect, it } from 'vitest';
import { diffSnapshot } from '../conversation/snapshot';
import { ConversationMemory } from './continuity';
import { LiveSession, forStorage } from './live-session';
import { NOW, pack, page } from './testing';

describe('a live session', () => {
  it('coaches the conversation on the page and clears the prompt when the draft does what it asks', () => {
    const session = new LiveSession(1, pack, NOW);
    const upset = page({ turns: [{ from: 'customer', text: 'This is ridiculous!! I am furious, nothing works.' }], draft: 'Our policy is that refunds take 14 days.' });
    const first = session.apply(diffSnapshot(null, upset)!, NOW);
    expect(first.key).toBe('desk:a');
    expect(first.prompts.map((p) => p.ruleId)).toContain('apologise-first');

    const apologised = { ...upset, draft: "I'm so sorry for the trouble. Our policy is that refunds take 14 days." };
    const second = session.apply(diffSnapshot(upset, apologised)!, NOW + 1000);
    expect(second.prompts.map((p) => p.ruleId)).not.toContain('apologise-first');
    expect(second.satisfied).toContain('apologise-first');
  });

  it("introduces the agent by the name they set, and renames them in the open conversation's phrasings", () => {
    const session = new LiveSession(1, pack, NOW);
    session.setAgent({ name: 'Taylor', uiLang: 'en' }, NOW);
    const firstReply = page({ channel: 'chat', turns: [{ from: 'customer', text: 'Hi, where is my parcel?' }], draft: 'Let me check.' });
    const greet = () => session.current()?.prompts.find((p) => p.ruleId === 'greet-and-introduce');
    session.apply(diffSnapshot(null, firstReply)!, NOW);
    expect(greet()?.phrasings.join(' ')).toContain("I'm Taylor");
    session.setAgent({ name: '', uiLang: 'en' }, NOW + 1000);
    expect(greet()?.phrasings.join(' ')).not.toMatch(/Taylor|\{agent\}/);
  });

  it("speaks the agent's UI language while the conversation has said nothing, and the conversation's once it does", () => {
    const session = new LiveSession(1, pack, NOW);
    session.setAgent({ name: '', uiLang: 'ja' }, NOW);
    const silentCall = page({ channel: 'voice', call: { state: 'connected', since: new Date(NOW - 5000).toISOString() }, turns: [] });
    const view = session.apply(diffSnapshot(null, silentCall)!, NOW);
    expect(view.lang).toBe('ja');
    for (const prompt of view.prompts) expect(prompt.lang).toBe('ja');
    const spoken = { ...silentCall, transcript: [{ from: 'customer' as const, text: 'Hello, I was calling about my order.' }] };
    expect(session.apply(diffSnapshot(silentCall, spoken)!, NOW + 1000).lang).toBe('en');
  });

  it('starts afresh when the agent opens another conversation', () => {
    const session = new LiveSession(1, pack, NOW);
    const a = page({ turns: [{ from: 'customer', text: 'Hi' }] });
    const firstView = session.apply(diffSnapshot(null, a)!, NOW);
    const b = page({ conversationId: 'b', turns: [{ from: 'customer', text: 'Hello again' }] });
    const secondView = session.apply(diffSnapshot(a, b)!, NOW + 60_000);
    expect(secondView.key).toBe('desk:b');
    expect(secondView.startedAt).not.toBe(firstView.startedAt);
  });

  it("times a call by the tool's own timer, whatever the page's clock says; by the start it gives; or from when Kizuki saw it", () => {
    const byTimer = new LiveSession(1, pack, NOW);
    // The page's clock says yesterday, its timer 03:12: the timer wins.
    const shownStart = new Date(NOW - 192_500).toISOString();
    const timed = page({ call: { state: 'connected', since: '2026-11-19T07:10:00Z', shownStart } });
    expect(byTimer.apply(diffSnapshot(null, timed)!, NOW).snapshot.call).toMatchObject({ since: shownStart, timing: 'tool-timer' });
    // Ended: the tool's frozen display, counted from the last start its timer gave.
    const ended = { ...timed, call: { state: 'ended' as const, since: '2026-11-19T07:10:00Z', shownElapsedMs: 200_000 } };
    expect(byTimer.apply(diffSnapshot(timed, ended)!, NOW + 8000).snapshot.call).toMatchObject({ since: shownStart, shownElapsedMs: 200_000, timing: 'tool-timer' });

    const byStart = new LiveSession(2, pack, NOW);
    const started = new Date(NOW - 60_000).toISOString();
    expect(byStart.apply(diffSnapshot(null, page({ call: { state: 'connected', since: started } }))!, NOW).snapshot.call).toMatchObject({ since: started, timing: 'tool-start' });

    const bySight = new LiveSession(3, pack, NOW);
    expect(bySight.apply(diffSnapshot(null, page({ call: { state: 'connected' } }))!, NOW).snapshot.call).toMatchObject({ since: new Date(NOW).toISOString(), timing: 'seen' });
  });

  it('times a call from when it was seen when the page clock is far off, and offers manual call controls', () => {
    const session = new LiveSession(1, pack, NOW);
    const onCall = page({ call: { state: 'connected', since: '2026-11-19T07:10:00Z' } });
    expect(session.apply(diffSnapshot(null, onCall)!, NOW).snapshot.call).toMatchObject({ since: new Date(NOW).toISOString(), timing: 'seen' });

    const manual = new LiveSession(2, pack, NOW);
    manual.apply(diffSnapshot(null, page({}))!, NOW);
    expect(manual.manualCall('start', NOW)?.snapshot.call).toMatchObject({ state: 'connected', since: new Date(NOW).toISOString() });
    expect(manual.manualCall('hold', NOW + 5000)?.snapshot.call?.state).toBe('on-hold');
    const ended = manual.manualCall('end', NOW + 9000)!;
    expect(ended.snapshot.call?.state).toBe('ended');
    expect(ended.manualCall).toBe(true);
  });

  it('keeps only the latest lines for a worker restart, and is whole again once the page resends its snapshot', () => {
    const turns = Array.from({ length: 2000 }, (_, i) => ({ from: i % 2 ? 'agent' as const : 'customer' as const, text: `Message ${i}` }));
    const long = page({ turns: [...turns, { from: 'customer', text: 'This is ridiculous!! I am furious, nothing works.' }] });
    const session = new LiveSession(1, pack, NOW);
    const view = session.apply(diffSnapshot(null, long)!, NOW);
    const stored = forStorage(view);
    expect(stored.snapshot.turns).toHaveLength(50);
    expect(stored.snapshot.turns.at(-1)?.text).toBe('This is ridiculous!! I am furious, nothing works.');
    expect(stored.prompts).toEqual(view.prompts);
    expect(view.snapshot.turns).toHaveLength(2001); // the live view is untouched
    expect(forStorage(session.apply(diffSnapshot(null, page({ turns: turns.slice(0, 3) }))!, NOW))).toMatchObject({ snapshot: { turns: turns.slice(0, 3) } });

    // After the restart: the restored session shows the latest lines until the page reconnects and resends everything.
    const restored = new LiveSession(1, pack, NOW + 1000, JSON.parse(JSON.stringify(stored)));
    expect(restored.current()?.snapshot.turns.at(-1)?.text).toBe('This is ridiculous!! I am furious, nothing works.');
    const resynced = restored.apply(diffSnapshot(null, long)!, NOW + 2000);
    expect(resynced.snapshot.turns).toHaveLength(2001);
    expect(resynced.startedAt).toBe(view.startedAt);
    expect(resynced.prompts.map((p) => p.ruleId)).toContain('apologise-first');
  });
});

describe('one conversation across the pages of a classic helpdesk', () => {
  const ticket = page({ conversationId: '42', turns: [{ from: 'customer', text: 'It arrived broken!! This is unacceptable.' }], draft: null });
  const replyUrl = 'http://127.0.0.1/Ticket/Update.html?id=42';
  const how = { thread: 'none', speakers: 'none', replyBox: 'tool', id: 'url', replyApart: true } as const;
  const reply = page({ conversationId: '42', url: replyUrl, turns: [], draft: 'The courier damaged it.', how });

  it('keeps the thread read on the ticket page when the reply page shows none', () => {
    const memory = new ConversationMemory();
    const session = new LiveSession(1, pack, NOW, undefined, memory);
    session.apply(diffSnapshot(null, ticket)!, NOW);
    const view = session.apply(diffSnapshot(ticket, reply)!, NOW + 1000);
    expect(view.carried).toBe(true);
    expect(view.snapshot.turns).toEqual(ticket.turns);
    expect(view.prompts.map((p) => p.ruleId)).toContain('apologise-first');
  });

  it('keeps the thread the tool\'s selectors read on the ticket page over lines the reply page\'s structure seems to show', () => {
    const memory = new ConversationMemory();
    const session = new LiveSession(1, pack, NOW, undefined, memory);
    const readByTool = { ...ticket, how: { ...how, thread: 'tool' as const } };
    session.apply(diffSnapshot(null, readByTool)!, NOW);
    const footer = [{ from: 'customer' as const, text: 'Copyright 1996-2022 Best Practical Solutions, LLC.' }];
    const guessed = { ...reply, turns: footer, how: { ...how, thread: 'structure' as const } };
    const view = session.apply(diffSnapshot(readByTool, guessed)!, NOW + 1000);
    expect(view.carried).toBe(true);
    expect(view.snapshot.turns).toEqual(ticket.turns);
    // Nor does the guess replace the thread for the next page of the conversation.
    const again = new LiveSession(2, pack, NOW, undefined, memory).apply(diffSnapshot(null, reply)!, NOW + 2000);
    expect(again.snapshot.turns).toEqual(ticket.turns);
    // Where nothing was read by the tool's selectors, the page's structure is all there is.
    const fresh = new LiveSession(3, pack, NOW, undefined, new ConversationMemory()).apply(diffSnapshot(null, guessed)!, NOW);
    expect(fresh.snapshot.turns).toEqual(footer);
  });

  it('does so in another tab too, where the agent opened the reply page on its own', () => {
    const memory = new ConversationMemory();
    new LiveSession(1, pack, NOW, undefined, memory).apply(diffSnapshot(null, ticket)!, NOW);
    const other = new LiveSession(2, pack, NOW, undefined, memory).apply(diffSnapshot(null, reply)!, NOW + 1000);
    expect(other.snapshot.turns).toEqual(ticket.turns);
  });

  it('takes a compose page with no id for the conversation the agent came from, and says so', () => {
    const memory = new ConversationMemory();
    const session = new LiveSession(1, pack, NOW, undefined, memory);
    session.apply(diffSnapshot(null, ticket)!, NOW);
    const compose = page({ conversationId: null, turns: [], url: 'http://127.0.0.1/mail/?_action=compose&_id=9', draft: 'So sorry', how });
    const view = session.apply(diffSnapshot(ticket, compose)!, NOW + 1000);
    expect(view).toMatchObject({ key: 'desk:42', assumed: true, carried: true });
    expect(view.snapshot.turns).toEqual(ticket.turns);
  });

  it('does not carry a thread into a different conversation', () => {
    const memory = new ConversationMemory();
    const session = new LiveSession(1, pack, NOW, undefined, memory);
    session.apply(diffSnapshot(null, ticket)!, NOW);
    const otherReply = page({ conversationId: '43', turns: [], url: 'http://127.0.0.1/Ticket/Update.html?id=43', draft: 'Hello', how });
    const view = session.apply(diffSnapshot(ticket, otherReply)!, NOW + 1000);
    expect(view.snapshot.turns).toEqual([]);
    expect(view.carried).toBeUndefined();
  });

  it('does not carry a thread back onto the page it was read on when that page now shows none', () => {
    const memory = new ConversationMemory();
    new LiveSession(1, pack, NOW, undefined, memory).apply(diffSnapshot(null, ticket)!, NOW);
    const empty = { ...ticket, turns: [], url: `${ticket.url}#reply`, how };
    const view = new LiveSession(2, pack, NOW, undefined, memory).apply(diffSnapshot(null, empty)!, NOW + 1000);
    expect(view.snapshot.turns).toEqual([]);
    expect(view.carried).toBeUndefined();
  });

  it('believes a tool whose pages always show the thread when one shows it empty', () => {
    const memory = new ConversationMemory();
    new LiveSession(1, pack, NOW, undefined, memory).apply(diffSnapshot(null, ticket)!, NOW);
    const startedOver = page({ conversationId: '42', url: replyUrl, turns: [], draft: '', how: { ...how, replyApart: undefined } });
    const view = new LiveSession(2, pack, NOW, undefined, memory).apply(diffSnapshot(null, startedOver)!, NOW + 1000);
    expect(view.snapshot.turns).toEqual([]);
  });
});
