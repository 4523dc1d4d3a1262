import type { z } from 'zod';
import type { Evidence, SignalId, Volatility } from '../../signals/types';

export type { Volatility } from '../../signals/types';

import type { CompiledMatcher } from '../compile';
import type { EvalContext } from '../context';
import type { Check, When } from './types';
import type { Matcher } from './matcher';

/** Text in both UI languages: the console shows one, the docs the English. */
export interface Localized {
  en: string;
  ja: string;
}

/**
 * How the console's rule form edits a kind's value. The form renders these generically, so a
 * new kind needs no component of its own.
 */
export type FieldSpec =
  | { type: 'matcher' }
  | { type: 'flag' }
  | { type: 'enum'; options: readonly string[]; labels?: Readonly<Record<string, Localized>>; many?: boolean }
  | { type: 'number'; min?: number; max?: number }
  | { type: 'perLang'; min?: number }
  | { type: 'fields'; fields: readonly NamedField[] }
  /** A list of the same language: `all`, `any`. */
  | { type: 'children' }
  /** One of the same language: `not`. */
  | { type: 'child' };

export interface NamedField {
  key: string;
  label: Localized;
  spec: FieldSpec;
  optional?: boolean;
}

/** Everything the console's form and the docs say about a kind. */
export interface KindForm<V> {
  label: Localized;
  help: Localized;
  /** A fresh value when the team lead picks this kind. */
  starter: V;
  field: FieldSpec;
  /** The value in the docs table, e.g. `{ "atLeast": 10 }` or `true / false`. */
  docValue: string;
}

/** Why a condition holds (its evidence) or does not (for the team lead's test bench). */
export interface WhenResult {
  holds: boolean;
  evidence?: Evidence;
  reason?: string;
}

export interface CheckResult {
  /** The draft does what the rule asks: the prompt stays hidden (or is marked followed). */
  met: boolean;
  /** The words in the draft the prompt is about (the blamed phrase, the too-long sentence). */
  trigger?: Evidence;
  /** What is missing or wrong, for the test bench. */
  reason?: string;
}

export type RunWhen = (ctx: EvalContext) => WhenResult;
export type RunCheck = (ctx: EvalContext) => CheckResult;

/**
 * Handed to a kind while a pack is compiled: it compiles the matchers and the nested
 * conditions or checks the kind holds, so everything a kind runs is compiled once, up front,
 * and a kind cannot use a matcher it did not ask for.
 */
export interface KindCompiler {
  matcher(m: Matcher, path: string): CompiledMatcher;
  when(w: When, path: string): RunWhen;
  /** A nested condition with what its answer reads, for kinds that order their children by cost. */
  whenWithVolatility(w: When, path: string): { run: RunWhen; volatile: Volatility };
  check(c: Check, path: string): RunCheck;
}

/** One `when` condition: its own file owns everything about it. */
export interface ConditionKind<V> {
  key: string;
  /** The schema of its value; `when` is the whole condition schema, for kinds that nest conditions. */
  schema(when: z.ZodType<When>): z.ZodType<V>;
  /** The signals it reads; their volatility becomes its own. */
  signals?: readonly SignalId[];
  /** What it reads beyond the turns and the signals. */
  volatile?: Volatility;
  /**
   * It reads the draft only through its matchers' hits. Then, while the draft's hits for those
   * matchers stay the same, its answer does too, and the engine need not ask again.
   */
  draftThroughMatchers?: boolean;
  compile(value: V, compiler: KindCompiler, path: string): RunWhen;
  form: KindForm<V>;
}

/** One `check` kind. Checks always read the draft. */
export interface CheckKind<V> {
  key: string;
  schema(check: z.ZodType<Check>): z.ZodType<V>;
  /** It reads the draft's text itself (a length, a sentence), not only its matchers' hits: asked again on every keystroke. */
  readsWholeDraft?: boolean;
  compile(value: V, compiler: KindCompiler, path: string): RunCheck;
  form: KindForm<V>;
}
