import { describe, expect, it } from 'vitest';
import { compilePack } from './compile';
import { createEvaluator } from './evaluator';
import type { Fatigue } from './schema';
import { packWith } from './test-helpers';

/** A rule that shows while the draft lacks "sorry". */
function evaluatorWith(fatigue: Fatigue) {
  const ev = createEvaluator(compilePack(packWith({ id: 'say-sorry', fatigue, check: { exists: { lexicon: 'apology' } } })));
  return (draft: string, seconds: number) => ev.evaluate({ turns: [], draft }, { nowMs: seconds * 1000 }).prompts.length === 1;
}

describe('fatigue', () => {
  it('counts an appearance once, however many keys are typed while it shows', () => {
    const shows = evaluatorWith({ maxPerConversation: 1 });
    for (let i = 0; i < 20; i++) expect(shows('x'.repeat(i), i)).toBe(true);
    expect(shows('sorry', 21)).toBe(false); // followed
    expect(shows('', 22)).toBe(false); // would be a second appearance
  });

  it('oncePerConversation: never comes back after it went away', () => {
    const shows = evaluatorWith({ oncePerConversation: true });
    expect(shows('', 0)).toBe(true);
    expect(shows('sorry', 1)).toBe(false);
    expect(shows('', 1000)).toBe(false);
  });

  it('cooldownSeconds: comes back only after the cooldown since it was last visible', () => {
    const shows = evaluatorWith({ cooldownSeconds: 60 });
    expect(shows('', 0)).toBe(true);
    expect(shows('', 30)).toBe(true); // still the same appearance
    expect(shows('sorry', 40)).toBe(false);
    expect(shows('', 90)).toBe(false); // 50 s since it was last visible
    expect(shows('', 101)).toBe(true);
  });

  it('without fatigue settings, a prompt comes back whenever it is called for', () => {
    const shows = evaluatorWith({});
    expect(shows('', 0)).toBe(true);
    expect(shows('sorry', 1)).toBe(false);
    expect(shows('', 2)).toBe(true);
  });
});
