import { describe, expect, it } from 'vitest';
import { builtinPack } from './builtin';
import { compilePack } from './compile';
import { packWith } from './test-helpers';
import type { When } from './schema';
import { PackError, validatePack } from './validate';

function problemsOf(input: unknown) {
  const r = validatePack(input);
  if (r.ok) throw new Error('expected problems');
  return r.problems;
}

describe('validatePack', () => {
  it('accepts the built-in pack', () => {
    expect(validatePack(builtinPack).ok).toBe(true);
  });

  it('names every problem by its JSON path and rule id', () => {
    const pack = packWith({ id: 'good' }, { id: 'bad', level: 'loud' as never, check: { exists: { lexicion: 'x' } as never } });
    const problems = problemsOf(pack);
    expect(problems).toContainEqual(expect.objectContaining({ path: 'rules[1].level', ruleId: 'bad' }));
    expect(problems.some((p) => p.path === 'rules[1].check.exists' && /lexicion/.test(p.message))).toBe(true);
  });

  it('refuses duplicate ids, unknown lexicons and unsafe regexes, naming the rule', () => {
    const pack = packWith(
      { id: 'same' },
      { id: 'same', check: { exists: { lexicon: 'apologies' } } },
      { id: 'slow', when: { customerLast: { pattern: '(a)\\1' } } },
    );
    const problems = problemsOf(pack);
    expect(problems).toContainEqual(expect.objectContaining({ path: 'rules[1].id', ruleId: 'same' }));
    expect(problems).toContainEqual(expect.objectContaining({ path: 'rules[1].check.exists.lexicon', message: expect.stringContaining('apologies') }));
    expect(problems).toContainEqual(expect.objectContaining({ path: 'rules[2].when.customerLast.pattern', ruleId: 'slow', message: expect.stringContaining('"slow"') }));
  });

  it('requires exactly one condition per `when` object', () => {
    const problems = problemsOf(packWith({ when: { upset: true, deadline: true } as unknown as When }));
    expect(problems[0]).toMatchObject({ path: 'rules[0].when', message: expect.stringContaining('exactly one') });
  });

  it('refuses a pack of another format version', () => {
    expect(problemsOf({ ...builtinPack, format: 2 })[0]?.path).toBe('format');
  });

  it('compilePack throws PackError with the same problems', () => {
    const bad = packWith({ check: { exists: { lexicon: 'nope' } } });
    expect(() => compilePack(bad)).toThrow(PackError);
  });
});
