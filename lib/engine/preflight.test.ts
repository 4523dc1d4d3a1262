import { describe, expect, it } from 'vitest';
import { MAX_LEXICON_PHRASES, MAX_RULES } from '../input/limits';
import { compilePack } from './compile';
import { packWith } from './test-helpers';
import type { When } from './schema';
import { validatePack } from './validate';

function nestedWhen(depth: number): When {
  let when: unknown = { state: 'active' };
  for (let i = 0; i < depth; i++) when = { not: when };
  return when as When;
}

/** The pack as it arrives through a door: plain JSON, not objects built in code. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('the preflight before the validator walks a pack', () => {
  it('refuses a `when` nested 3,000 deep with the JSON path of the first too-deep place, instead of overflowing the stack', () => {
    const result = validatePack(asJson(packWith({ id: 'deep', when: nestedWhen(3000) })));
    expect(result.ok).toBe(false);
    const [problem, ...rest] = result.ok ? [] : result.problems;
    expect(rest).toEqual([]);
    expect(problem?.path).toMatch(/^rules\[0\]\.when(\.not)+$/);
    expect(problem).toMatchObject({ ruleId: 'deep', message: expect.stringContaining('64 levels') });
  });

  it('still accepts conditions nested as deep as a person writes them', () => {
    const pack = packWith({ when: nestedWhen(20) });
    expect(validatePack(asJson(pack)).ok).toBe(true);
    expect(() => compilePack(pack)).not.toThrow();
  });

  it('refuses more rules than a pack may hold, in one problem', () => {
    const pack = packWith(...Array.from({ length: MAX_RULES + 1 }, (_, i) => ({ id: `r-${i}` })));
    expect(validatePack(asJson(pack))).toEqual({ ok: false, problems: [{ path: 'rules', message: expect.stringContaining(`at most ${MAX_RULES}`) }] });
  });

  it('refuses a lexicon with more phrases than a lexicon may hold, by its name', () => {
    const pack = { ...packWith({}), lexicons: { huge: { en: Array.from({ length: MAX_LEXICON_PHRASES + 1 }, (_, i) => `word${i}`) } } };
    expect(validatePack(asJson(pack))).toEqual({ ok: false, problems: [{ path: 'lexicons.huge', message: expect.stringContaining(`at most ${MAX_LEXICON_PHRASES}`) }] });
  });
});
