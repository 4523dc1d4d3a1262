import type { Conversation, Turn } from '../conversation/schema';
import type { CompiledPack } from './compile';
import { createSession } from './session';
import type { Evaluation, Evaluator } from './types';

function sameTurns(a: readonly Turn[], b: readonly Turn[]): boolean {
  return a.length === b.length && a.every((t, i) => t.from === b[i]?.from && t.text === b[i]?.text && t.at === b[i]?.at);
}

/**
 * A conversation handed over whole each time (the command line, rule examples, the test
 * bench): the turns are compared with the last ones to tell the session whether they changed.
 * The live panel talks to the session directly instead (see session.ts).
 */
export function createEvaluator(compiled: CompiledPack): Evaluator {
  const session = createSession(compiled);
  let last: readonly Turn[] | null = null;
  let version = 0;
  return {
    evaluate(conv: Conversation, opts = {}): Evaluation {
      const { turns, draft, ...context } = conv;
      if (last === null || !sameTurns(last, turns)) {
        last = turns.map((t) => ({ ...t }));
        version++;
      }
      session.setContext(context);
      session.setTurns(turns, version);
      session.setDraft(draft ?? '');
      return session.evaluate(opts);
    },
  };
}
