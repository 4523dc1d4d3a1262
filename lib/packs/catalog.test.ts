import { describe, expect, it } from 'vitest';
import { availableLexicons, filterCatalog, ruleCatalog } from './catalog';
import { sampleRule, samplePack } from './fixtures';

const builtin = samplePack([sampleRule('apologise-first', { level: 'warning', category: 'empathy' }), sampleRule('take-a-breath', { message: { ja: '一息つきましょう' } })], {
  id: 'kizuki-builtin', lexicons: { apology: { en: ['sorry'] } },
});

describe('the rule catalog', () => {
  const entries = ruleCatalog({
    builtin,
    team: samplePack([sampleRule('apologise-first', { level: 'tip', category: 'empathy' }), sampleRule('say-thanks')], { lexicons: { apology: { en: ['sorry', 'apologi*'] } } }),
    disabled: ['say-thanks', 'take-a-breath'],
    locked: ['take-a-breath'],
  });

  it('shows one entry per rule, with the source in force and what it overrides', () => {
    expect(entries.map((e) => [e.rule.id, e.source, e.overrides])).toEqual([
      ['apologise-first', 'team', ['builtin']],
      ['take-a-breath', 'builtin', []],
      ['say-thanks', 'team', []],
    ]);
  });

  it('shows locked rules as enabled whatever the disabled list says', () => {
    expect(entries.map((e) => [e.rule.id, e.enabled, e.locked])).toEqual([
      ['apologise-first', true, false],
      ['take-a-breath', true, true],
      ['say-thanks', false, false],
    ]);
  });

  it('filters by text, category, level, language and pack', () => {
    const ids = (f: Parameters<typeof filterCatalog>[1]) => filterCatalog(entries, f).map((e) => e.rule.id);
    expect(ids({ text: 'THANK' })).toEqual(['apologise-first', 'say-thanks']);
    expect(ids({ category: 'empathy' })).toEqual(['apologise-first']);
    expect(ids({ level: 'tip' })).toEqual(['apologise-first', 'take-a-breath', 'say-thanks']);
    expect(ids({ lang: 'en' })).toEqual(['apologise-first', 'say-thanks']);
    expect(ids({ source: 'builtin' })).toEqual(['take-a-breath']);
  });

  it('lets a team lexicon override the built-in one of the same name', () => {
    expect(availableLexicons({ builtin, team: samplePack([], { lexicons: { apology: { en: ['pardon'] } } }) }).apology).toEqual({ en: ['pardon'] });
  });
});
