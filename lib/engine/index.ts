/** The coaching engine: pack format, validation, compilation and evaluation. Pure TS. */
export { type Pack, type Rule, type When, type Check, type Matcher, type Lexicon, type Level, type LocalizedText, type RuleExample, type Phrasing, type Phrasings } from './schema';
export { validatePack, PackError, formatPath, type PackProblem, type ValidationResult } from './validate';
export { compilePack, type CompiledPack } from './compile';
export { createEvaluator } from './evaluator';
export { checkConversation, ConversationError } from './check-conversation';
export { runPackExamples, type ExampleResult } from './examples';
export { admitPack, type AdmitResult } from './admit';
export { parsePackBytes, parsePackText, type PackBytesResult, type PackBytesRefusal } from './pack-bytes';
export { localize } from './prompt';
export type { Prompt, Evaluation, Evaluator, EvaluateOptions, QuietReason } from './types';
export type { Evidence as Trigger } from '../signals/types';
export { builtinPack } from './builtin';
