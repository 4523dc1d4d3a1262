/** The questions the reader answers about one customer message, each a model in weights.generated.ts. */
export const QUESTIONS = {
  trouble: 'Is the customer troubled in a way an agent should apologise for: upset, worried, sarcastic, pushing back, or reporting something the company got wrong?',
  ask: 'Is the customer asking for someone with more authority, or for the matter to go higher?',
  busy: 'Is the customer busy or not free to deal with it right now?',
  need: 'Does the customer need something by a certain time, or for an upcoming moment in their life: a deadline said outright or only implied?',
} as const;

export type Question = keyof typeof QUESTIONS;

/**
 * About how many customer messages in a real conversation say yes to each question. Training
 * lines are about half yes; a threshold is chosen for the precision it will have at this rate,
 * so a rare answer (a busy customer) needs a surer model than a common one (a troubled one).
 */
export const SHARE: Record<Question, number> = { trouble: 0.25, ask: 0.03, busy: 0.03, need: 0.1 };

/** Other questions' lines that are "no" to this one as well: a request for a manager or a complaint is not a busy customer, a complaint alone is not a request for a manager, and being busy now is not a deadline. */
export const ALSO_NO: Partial<Record<Question, readonly Question[]>> = { ask: ['busy', 'trouble'], busy: ['ask', 'trouble'], need: ['busy'] };
