import { describe, expect, it, vi } from 'vitest';
import { builtinPack } from './builtin';
import { compilePack } from './compile';
import { createSession } from './session';

// Count every question put to the reader: it belongs to turns, never to keystrokes.
const asked = vi.hoisted(() => ({ n: 0 }));
vi.mock('../signals/reader/model', async (original) => {
  const real = await original<typeof import('../signals/reader/model')>();
  return { ...real, probability: (...args: Parameters<typeof real.probability>) => (asked.n++, real.probability(...args)) };
});

describe('the reader and the keystroke', () => {
  it('reads each customer turn once when it arrives, and nothing while the agent types', () => {
    const session = createSession(compilePack(builtinPack));
    session.setContext({ lang: 'en', channel: 'chat', direction: 'inbound', state: 'active' });
    session.setTurns([
      { from: 'customer', text: 'Hello, order 5521 please.' },
      { from: 'agent', text: 'Hi, I am Sam. Let me look.' },
      { from: 'customer', text: 'Sure, it is under my wife\'s name. We need it for Saturday.' },
    ], 1);
    session.evaluate({ nowMs: 0 });
    expect(asked.n).toBeGreaterThan(0);
    const afterTurns = asked.n;
    const draft = 'The courier missed the van, so it went out a day late. I am sorry.';
    for (let k = 1; k <= draft.length; k++) {
      session.setDraft(draft.slice(0, k));
      session.evaluate({ nowMs: k * 150 });
    }
    expect(asked.n).toBe(afterTurns);
  });
});
