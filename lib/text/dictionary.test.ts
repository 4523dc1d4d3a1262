import { describe, expect, it } from 'vitest';
import { PhraseDictionary, type Span } from './dictionary';
import { normalizeFrom, normalizeText } from './normalize';
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

describe('a scan resumed after typing', () => {
  /** Small seeded generator, so a failure names the case it failed on. */
  function random(seed: number) {
    let x = seed;
    return (n: number) => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x % n;
    };
  }
  const pieces = ['sorry', 'Sorry', 'SORRY', 'ｓｏｒｒｙ', 'apolog', 'ies', 'ise', ' ', ' ', '. ', '!', 'e\u0301', '\u0301', '申し訳', 'ござい', 'ません', '。', 'ｶﾞ', 'ﾞ', '㍿', 'ok', 'okay', 'ama', '今日中', 'に', '\n', '😊', 'don\'t', 'not'];
  const phrases = ['sorry', 'apologi*', 'ok', 'okay', 'not', "don't", '申し訳', '申し訳ございません', '今日中', '今日中に', 'ガ', 'é', '株式会社', 'sorry!'];
  const dictionary = new PhraseDictionary();
  phrases.forEach((p, i) => dictionary.add(p, i % 5));
  dictionary.build();
  const flat = (hits: Map<number, Span[]>) => [...hits].sort((a, b) => a[0] - b[0]).map(([tag, spans]) => [tag, spans.map((s) => [s.start, s.end, s.phrase])]);

  it('finds exactly what a scan from the start finds, whatever was typed, deleted or pasted', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const next = random(seed);
      let text = '';
      let norm = normalizeText(text);
      let scan = dictionary.scanText(norm);
      for (let step = 0; step < 25; step++) {
        const edit = next(10);
        const at = edit < 6 ? text.length : next(text.length + 1);
        if (edit < 8) text = text.slice(0, at) + pieces[next(pieces.length)] + text.slice(at);
        else text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + next(4)));
        const resumed = normalizeFrom(norm, text);
        const fresh = normalizeText(text);
        expect({ seed, step, text: resumed.norm.text, starts: [...resumed.norm.starts], ends: [...resumed.norm.ends] }).toEqual({ seed, step, text: fresh.text, starts: [...fresh.starts], ends: [...fresh.ends] });
        const before = flat(scan.hits);
        const rescanned = dictionary.scanText(resumed.norm, { scan, same: resumed.same });
        expect({ seed, step, hits: flat(rescanned.hits) }).toEqual({ seed, step, hits: flat(dictionary.scan(fresh)) });
        // The lists the two scans share are the earlier scan's too: resuming must not have changed them.
        expect({ seed, step, hits: flat(scan.hits) }).toEqual({ seed, step, hits: before });
        norm = resumed.norm;
        scan = rescanned;
      }
    }
  });
});
