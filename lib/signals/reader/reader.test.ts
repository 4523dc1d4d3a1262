import { describe, expect, it } from 'vitest';
import { bucket, BUCKETS, features, fold, vector } from './features';
import { pack, probability, unpack } from './model';
import { read } from './index';
import { QUESTIONS } from './questions';
import { PACKED } from './weights.generated';

describe('reader features', () => {
  it('reads full and half width, and case, alike', () => {
    expect(fold('ＡＢＣ！ Ok')).toBe('abc! ok');
    expect(features('届いてない！')).toEqual(features('届いてない!'));
    // Capitals are read as emphasis, and otherwise as the same words.
    expect(features('Still NOT here').sort()).toEqual([...features('still not here'), 'p:CAPS'].sort());
    expect(vector('届いてない').index).toEqual(vector('届いてない').index);
  });

  it('marks words under a negation, and splits contractions', () => {
    const f = features("it hasn't arrived");
    expect(f).toContain("w:n't");
    expect(f).toContain('n:arrived');
    expect(features('it hasnt arrived')).toContain('n:arrived');
  });

  it('reads Japanese as runs of one to three characters, with the run edges', () => {
    const f = features('まだ来ない');
    expect(f).toEqual(expect.arrayContaining(['c:^ま', 'c:まだ', 'c:来ない', 'c:い$']));
  });

  it('reads mixed-language text with both', () => {
    const f = features('アプリがcrashします');
    expect(f).toContain('w:crash');
    expect(f).toContain('c:アプリ');
  });

  it('hashes into the table', () => {
    for (const f of ['w:a', 'c:届', 'p:!!']) expect(bucket(f)).toBeLessThan(BUCKETS);
    expect(bucket('w:a')).toBe(bucket('w:a'));
  });
});

describe('reader models', () => {
  it('pack and unpack keep every weight that matters, to a byte of precision', () => {
    const weights = new Float32Array(BUCKETS);
    weights[3] = 1.5;
    weights[200_000] = -0.75;
    weights[200_001] = 0.001;
    const m = unpack(pack('q', 0.25, weights, 0.8, 0.01));
    expect(m.weights[3]).toBeCloseTo(1.5, 1);
    expect(m.weights[200_000]).toBeCloseTo(-0.75, 1);
    expect(m.weights[200_001]).toBe(0);
    expect(m.bias).toBe(0.25);
    expect(m.threshold).toBe(0.8);
  });

  it('has a trained model for every question, with a threshold above even odds', () => {
    for (const q of Object.keys(QUESTIONS) as (keyof typeof QUESTIONS)[]) {
      expect(PACKED[q]?.weights.length).toBeGreaterThan(1000);
      expect(PACKED[q].threshold).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('gives a probability, and points at the sentence that scored highest', () => {
    const text = 'Order 5521. Your courier left it in the rain and the box is soaked through.';
    const r = read('trouble', text);
    expect(r.p).toBeGreaterThan(0);
    expect(r.p).toBeLessThan(1);
    if (r.found) expect(text.slice(r.found.start, r.found.end)).toBe(r.found.phrase);
    const m = unpack(PACKED.trouble);
    expect(probability(m, '')).toBeCloseTo(1 / (1 + Math.exp(-m.bias)), 5);
  });
});
