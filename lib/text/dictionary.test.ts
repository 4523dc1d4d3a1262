import { describe, expect, it } from 'vitest';
import { PhraseDictionary } from './dictionary';
import { normalizeText } from './normalize';
import { compilePattern, findPattern } from './regex';

function scan(phrases: string[], text: string): string[] {
  const d = new PhraseDictionary();
  phrases.forEach((p) => d.add(p, 0));
  d.build();
  return (d.scan(normalizeText(text)).get(0) ?? []).map((s) => s.phrase);
}

describe('PhraseDictionary', () => {
  it('matches English on word boundaries only', () => {
    expect(scan(['ok'], 'I live in Okayama')).toEqual([]);
    expect(scan(['ok'], 'That is OK, thanks')).toEqual(['ok']);
  });

  it('matches Japanese anywhere, without spaces', () => {
    expect(scan(['申し訳'], '大変申し訳ございません')).toEqual(['申し訳']);
  });

  it('matches a trailing * as any word ending', () => {
    expect(scan(['apologi*'], 'We apologise. Apologies again.')).toEqual(['apologi*', 'apologi*']);
  });

  it('finds overlapping phrases of many lexicons in one pass', () => {
    const d = new PhraseDictionary();
    ['今日', '日中', '今日中', '中に', 'she', 'he', 'hers'].forEach((p, i) => d.add(p, i));
    d.build();
    const hits = d.scan(normalizeText('今日中に she hers'));
    // Japanese overlaps all count; "he" sits inside English words, so it does not.
    expect([...hits.keys()].sort()).toEqual([0, 1, 2, 3, 4, 6]);
  });

  it('matches full-width and upper-case text against lower-case phrases', () => {
    expect(scan(['asap'], 'ＡＳＡＰでお願いします')).toEqual(['asap']);
  });
});

describe('RE2 patterns', () => {
  it('refuses look-around and back-references with a clear reason', () => {
    const r = compilePattern('(a)\\1');
    expect(r.ok).toBe(false);
    expect(compilePattern('(?=x)').ok).toBe(false);
  });

  it('refuses a pattern that matches empty text', () => {
    const r = compilePattern('x*');
    expect(r.ok === false && r.reason).toMatch(/empty/);
  });

  it('runs a catastrophic-backtracking pattern in linear time', () => {
    const r = compilePattern('(a+)+$');
    if (!r.ok) throw new Error(r.reason);
    const text = `${'a'.repeat(5000)}!`;
    const started = performance.now();
    expect(findPattern(r.pattern, text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000); // a backtracking engine would not finish
  });
});
