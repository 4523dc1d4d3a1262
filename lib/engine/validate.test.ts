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

describe('lexicon names that are also names of object properties', () => {
  const ruleUsing = (lexicon: string) => ({
    id: 'uses-it', level: 'tip', category: 'test', message: { en: 'm' }, why: { en: 'w' },
    when: { customerLast: { lexicon } },
  });
  const packJson = (name: string) => `{"format":1,"id":"p","name":"P","lexicons":{${JSON.stringify(name)}:{"en":["sorry"]}},"rules":[${JSON.stringify(ruleUsing(name))}]}`;

  it('refuses a lexicon named "__proto__" by its name, rather than dropping it', () => {
    const problems = problemsOf(JSON.parse(packJson('__proto__')));
    expect(problems[0]).toMatchObject({ path: 'lexicons.__proto__', message: expect.stringContaining('"__proto__"') });
  });

  it('refuses a lexicon named "__proto__" even when no rule uses it', () => {
    const json = JSON.parse('{"format":1,"id":"p","name":"P","lexicons":{"__proto__":{"en":["x"]}},"rules":[]}');
    expect(problemsOf(json).map((p) => p.path)).toEqual(['lexicons.__proto__']);
  });

  it('lets lexicons named "toString" or "constructor" work, and never finds an inherited one', () => {
    for (const name of ['toString', 'constructor', 'hasOwnProperty']) {
      const result = validatePack(JSON.parse(packJson(name)));
      expect(result.ok, name).toBe(true);
      const compiled = compilePack(result.ok ? result.pack : builtinPack);
      expect(compiled.rules[0]?.rule.id).toBe(result.ok ? 'uses-it' : 'x');
    }
    // Without the lexicon, "toString" is unknown, not Object.prototype.toString.
    const bare = JSON.parse(`{"format":1,"id":"p","name":"P","rules":[${JSON.stringify(ruleUsing('toString'))}]}`);
    expect(problemsOf(bare)[0]).toMatchObject({ path: 'rules[0].when.customerLast.lexicon', message: expect.stringContaining('Unknown lexicon "toString"') });
  });
});
