import { describe, expect, it } from 'vitest';
import { admitPack } from './admit';
import { builtinPack } from './builtin';
import { packWith } from './test-helpers';

const refundRule = {
  id: 'offer-refund-form',
  when: { customerLast: { phrases: ['refund'] } },
  check: { exists: { phrases: ['refund form'] } },
  examples: {
    fire: [{ lang: 'en' as const, turns: [{ from: 'customer' as const, text: 'I want a refund.' }], draft: 'Let me see.' }],
    quiet: [{ lang: 'en' as const, turns: [{ from: 'customer' as const, text: 'I want a refund.' }], draft: 'Here is the refund form.' }],
  },
};

describe('admitting a pack at a door', () => {
  it('admits the built-in pack and a pack whose rules pass their own examples', () => {
    expect(admitPack(builtinPack).ok).toBe(true);
    expect(admitPack(packWith(refundRule)).ok).toBe(true);
  });

  it('refuses a pack whose rule fails its own example, naming the example by path', () => {
    const wrong = { ...refundRule, examples: { ...refundRule.examples, fire: [...refundRule.examples.fire, { lang: 'en' as const, turns: [{ from: 'customer' as const, text: 'Thanks, all good.' }], draft: 'Great!' }] } };
    const result = admitPack(packWith({ id: 'fine' }, wrong));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe('failing-examples');
    expect(!result.ok && result.problems).toEqual([
      { path: 'rules[1].examples.fire[1]', ruleId: 'offer-refund-form', message: expect.stringMatching(/^Example fire\[1\] of rule "offer-refund-form" fails: stayed quiet but should fire/) },
    ]);
  });

  it('lets a switched-off rule keep a failing example, as the console saves it', () => {
    const wrong = { ...refundRule, enabled: false, examples: { quiet: refundRule.examples.fire } };
    expect(admitPack(packWith(wrong)).ok).toBe(true);
  });

  it('gives the schema problems first: a broken pack is not run', () => {
    const result = admitPack(packWith({ ...refundRule, level: 'loud' as never }));
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['rules[0].level']);
    expect(!result.ok && result.reason).toBe('invalid');
  });
});
