import { compilePack } from './compile';
import { createEvaluator } from './evaluator';
import type { Pack } from './schema';

export interface ExampleResult {
  ruleId: string;
  /** 0-based position within the rule's `fire` or `quiet` list. */
  example: number;
  expect: 'fire' | 'quiet';
  passed: boolean;
  detail?: string;
}

/**
 * Runs every rule's own examples against the whole pack, each in a fresh conversation
 * (so fatigue from one example never hides a prompt in the next). An example without a `now` of
 * its own is read at `options.now` when given, otherwise at the current time.
 */
export function runPackExamples(pack: Pack, options: { now?: string } = {}): ExampleResult[] {
  const compiled = compilePack(pack);
  const results: ExampleResult[] = [];
  for (const rule of pack.rules) {
    for (const expect of ['fire', 'quiet'] as const) {
      (rule.examples?.[expect] ?? []).forEach((example, i) => {
        const { note: _note, ...own } = example;
        const conversation = own.now || !options.now ? own : { ...own, now: options.now };
        const evaluation = createEvaluator(compiled).evaluate(conversation);
        const prompt = evaluation.prompts.find((p) => p.ruleId === rule.id);
        const fired = prompt !== undefined;
        const passed = fired === (expect === 'fire');
        const result: ExampleResult = { ruleId: rule.id, example: i, expect, passed };
        if (!passed) {
          const why = evaluation.quiet?.find((q) => q.ruleId === rule.id)?.reason;
          result.detail = fired
            ? `fired but should stay quiet${prompt.trigger ? ` (triggered by "${prompt.trigger.phrase}" in the ${prompt.trigger.source})` : ''}`
            : `stayed quiet but should fire (${why ?? 'no reason recorded'})`;
        }
        results.push(result);
      });
    }
  }
  return results;
}
