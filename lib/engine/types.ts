import type { Conversation, Lang } from '../conversation/schema';
import type { Evidence } from '../signals/types';
import type { Placeholder } from './phrasings/template';
import type { Level } from './schema';

/** One prompt in the agent's side panel. */
export interface Prompt {
  ruleId: string;
  level: Level;
  category: string;
  lang: Lang;
  message: string;
  why: string;
  /** Phrasings in the conversation's language, filled in for it (names, channel), to copy or insert. */
  phrasings: string[];
  /** Names the rule's phrasings would use that the conversation does not know ("agent": the agent set no name). */
  unfilled?: Placeholder[];
  /** The words that called for this prompt, with offsets in the ORIGINAL text of that turn or draft. */
  trigger?: Evidence;
}

export interface QuietReason {
  ruleId: string;
  reason: string;
}

export interface Evaluation {
  prompts: Prompt[];
  /** Rules whose situation holds and whose check the (non-empty) draft already meets: "followed". */
  satisfied: string[];
  /** Why every other rule stayed quiet (for the team lead's test bench). */
  quiet?: QuietReason[];
}

export interface EvaluateOptions {
  /** The clock, for elapsed time and fatigue; defaults to the conversation's `now`, then the real clock. */
  nowMs?: number;
  /**
   * Say why each quiet rule stayed quiet (`Evaluation.quiet`), as the team lead's test bench
   * shows. The live panel does not need it, so it passes false and skips that work per keystroke.
   */
  explain?: boolean;
}

export interface Evaluator {
  evaluate(conv: Conversation, opts?: EvaluateOptions): Evaluation;
}
