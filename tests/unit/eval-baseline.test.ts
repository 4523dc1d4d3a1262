import { describe, expect, it } from 'vitest';
import { belowBaseline, evaluateCorpus, loadBaseline, loadCorpus, spreadProblems } from '../corpus/eval';

/** CI's guard on the coaching: the test split may not fall below the committed baseline. */
describe('the coaching corpus', () => {
  const cases = loadCorpus();

  it('covers what it must (languages, channels, tiers, every rule expected and forbidden)', () => {
    expect(spreadProblems(cases)).toEqual([]);
  });

  it('the built-in pack scores at least the committed baseline on the test split', () => {
    expect(belowBaseline(evaluateCorpus(cases), loadBaseline())).toEqual([]);
  }, 60_000);
});
