import { describe, expect, it } from 'vitest';
import { sampleRule } from './fixtures';
import { checkRule } from './rule-check';

describe('checking a rule while it is edited', () => {
  it('runs the examples of a valid rule', () => {
    const check = checkRule(sampleRule(), {});
    expect(check.problems).toEqual([]);
    expect(check.examples.map((e) => [e.expect, e.passed])).toEqual([['fire', true], ['quiet', true]]);
    expect(check.canEnable).toBe(true);
  });

  it('refuses to enable a rule whose example fails, saying why', () => {
    const rule = sampleRule('say-thanks', { examples: { fire: [{ lang: 'en', turns: [{ from: 'customer', text: 'Hello' }], draft: 'Hi' }] } });
    const check = checkRule(rule, {});
    expect(check.canEnable).toBe(false);
    expect(check.examples[0]).toMatchObject({ passed: false, detail: expect.stringMatching(/should fire/) });
  });

  it('names problems by their path inside the rule', () => {
    const check = checkRule({ ...sampleRule(), level: 'loud', when: { customerLast: { lexicon: 'apology' } } }, {});
    expect(check.problems.map((p) => p.path)).toEqual(['level']);
    expect(checkRule({ ...sampleRule(), when: { customerLast: { lexicon: 'nope' } } }, { apology: { en: ['sorry'] } }).problems.map((p) => p.path)).toEqual(['when.customerLast.lexicon']);
  });

  it('refuses a rule whose `when` is nested thousands deep in the console\'s editor, by its path in the rule', () => {
    let when = '{"state":"active"}';
    for (let i = 0; i < 3000; i++) when = `{"not":${when}}`;
    const check = checkRule({ ...sampleRule(), when: JSON.parse(when) as unknown }, {});
    expect(check.canEnable).toBe(false);
    expect(check.problems).toEqual([expect.objectContaining({ path: expect.stringMatching(/^when(\.not)+$/), message: expect.stringContaining('64 levels') })]);
  });
});
