import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cloneJson, hostileVariants, sameJson } from '../input/testing';
import { admitPack } from './admit';
import { compilePack } from './compile';
import { packWith } from './test-helpers';
import { validatePack } from './validate';

/** A valid pack with what the doors see in real packs: lexicons, matchers, checks and examples. */
const base = JSON.parse(JSON.stringify(packWith(
  {
    id: 'apologise-for-refund',
    when: { all: [{ customerLast: { lexicon: 'reason' } }, { not: { draft: { lexicon: 'apology' } } }] },
    check: { order: { first: { lexicon: 'apology' }, then: { lexicon: 'reason' } } },
    examples: {
      fire: [{ lang: 'en', turns: [{ from: 'customer', text: 'Is it because of the policy?' }], draft: 'Because of the policy, no.' }],
      quiet: [{ lang: 'en', turns: [{ from: 'customer', text: 'Thanks!' }], draft: 'You are welcome.' }],
    },
  },
  { id: 'say-thanks', when: { customerLast: { phrases: ['thank', 'ありがとう'] } }, phrasings: { en: ['Thank you!'], ja: ['ありがとうございます。'] } },
))) as unknown;

describe('every pack door, on any input', () => {
  it('refuses whole or accepts whole, never throws, and leaves the input as it was', () => {
    fc.assert(
      fc.property(hostileVariants(base), (input) => {
        const before = cloneJson(input);
        const result = admitPack(input);
        expect(sameJson(input, before)).toBe(true);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) expect(typeof p.path === 'string' && typeof p.message === 'string' && p.message.length > 0).toBe(true);
          return;
        }
        // Accepted whole: every rule and lexicon the file holds, and a pack the engine can run.
        const raw = input as { rules: unknown[]; lexicons?: Record<string, unknown> };
        expect(result.pack.rules.map((r) => r.id)).toEqual(raw.rules.map((r) => (r as { id: string }).id));
        expect(Object.keys(result.pack.lexicons ?? {})).toEqual(Object.keys(raw.lexicons ?? {}));
        expect(validatePack(result.pack).ok).toBe(true);
        expect(() => compilePack(result.pack)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
