import { describe, expect, it } from 'vitest';
import { rankCards } from './ranking';

const card = (ruleId: string, level: 'tip' | 'nudge' | 'warning', firstSeenAt: number) => ({ ruleId, level, firstSeenAt });

describe('ranking the cards', () => {
  it('puts warnings before nudges before tips, and the newest first within a level', () => {
    const ranked = rankCards([card('a', 'tip', 1), card('b', 'warning', 1), card('c', 'nudge', 5), card('d', 'warning', 9)]);
    expect(ranked.map((c) => c.ruleId)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('gives the same order whatever order the engine sent them in', () => {
    const cards = [card('x', 'nudge', 3), card('y', 'nudge', 3), card('z', 'tip', 2)];
    expect(rankCards(cards).map((c) => c.ruleId)).toEqual(rankCards([...cards].reverse()).map((c) => c.ruleId));
  });

});
