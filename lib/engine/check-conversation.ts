import { ConversationSchema } from '../conversation/schema';
import { builtinPack } from './builtin';
import { compilePack, type CompiledPack } from './compile';
import { createEvaluator } from './evaluator';
import type { Pack } from './schema';
import type { EvaluateOptions, Evaluation } from './types';
import { formatPath, type PackProblem } from './validate';

/** A conversation JSON that does not match the format; `problems` name the JSON paths. */
export class ConversationError extends Error {
  constructor(readonly problems: PackProblem[]) {
    super(`The conversation is not valid: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    this.name = 'ConversationError';
  }
}

let builtinCompiled: CompiledPack | undefined;

/** One-shot evaluation of a conversation JSON (CLI, tests). Uses the built-in pack by default. */
export function checkConversation(conv: unknown, pack?: Pack, opts?: EvaluateOptions): Evaluation {
  const parsed = ConversationSchema.safeParse(conv);
  if (!parsed.success) {
    throw new ConversationError(parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })));
  }
  const compiled = pack ? compilePack(pack) : (builtinCompiled ??= compilePack(builtinPack));
  return createEvaluator(compiled).evaluate(parsed.data, opts);
}
