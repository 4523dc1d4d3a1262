import { z } from 'zod';
import type { Evidence, EvidenceSource } from '../../signals/types';
import type { CompiledMatcher } from '../compile';
import { firstEvidence, type EvalContext } from '../context';
import type { ConditionKind, Localized, WhenResult } from '../language/kinds';
import { MatcherSchema, type Matcher } from '../language/matcher';

/** Building blocks the condition kinds share; each kind still lives in its own file. */

export const yes = (evidence?: Evidence): WhenResult => (evidence ? { holds: true, evidence } : { holds: true });
export const no = (reason: string): WhenResult => ({ holds: false, reason });

/** A yes/no condition over a fact: holds when the fact is what the rule asked for. */
export function flag(actual: boolean, wanted: boolean, path: string, evidence?: Evidence): WhenResult {
  return actual === wanted ? yes(wanted ? evidence : undefined) : no(`${path} is ${actual}`);
}

/** Latest matching turn first: the freshest words are the best trigger. */
export function inTurns(ctx: EvalContext, matcher: CompiledMatcher, indexes: readonly number[], source: EvidenceSource, path: string): WhenResult {
  for (let k = indexes.length - 1; k >= 0; k--) {
    const i = indexes[k] as number;
    const ev = firstEvidence(ctx.turn(i), matcher, source, i);
    if (ev) return yes(ev);
  }
  return no(`${path}: no match`);
}

interface TextCondition {
  key: string;
  label: Localized;
  help: Localized;
  /** Where to look, given the compiled matcher. */
  find(ctx: EvalContext, matcher: CompiledMatcher, path: string): WhenResult;
  volatile?: { draft?: boolean };
  draftThroughMatchers?: boolean;
}

/** A condition that looks for a matcher's words in some of the conversation's texts. */
export function textCondition(spec: TextCondition): ConditionKind<Matcher> {
  return {
    key: spec.key,
    schema: () => MatcherSchema,
    ...(spec.volatile ? { volatile: spec.volatile } : {}),
    ...(spec.draftThroughMatchers ? { draftThroughMatchers: true } : {}),
    compile(value, compiler, path) {
      const matcher = compiler.matcher(value, path);
      return (ctx) => spec.find(ctx, matcher, path);
    },
    form: { label: spec.label, help: spec.help, starter: {} as Matcher, field: { type: 'matcher' }, docValue: 'a matcher' },
  };
}

interface EnumCondition<T extends string> {
  key: string;
  values: readonly [T, ...T[]];
  label: Localized;
  help: Localized;
  read(ctx: EvalContext): T | undefined;
  /** Accept a list too ("channel": ["chat", "email"]). */
  many?: boolean;
}

/** A condition on one of the conversation's closed facts (channel, direction, state…). */
export function enumCondition<T extends string>(spec: EnumCondition<T> & { many: true }): ConditionKind<T | T[]>;
export function enumCondition<T extends string>(spec: EnumCondition<T> & { many?: false }): ConditionKind<T>;
export function enumCondition<T extends string>(spec: EnumCondition<T>): ConditionKind<T | T[]> {
  const one = z.enum(spec.values);
  return {
    key: spec.key,
    schema: () => (spec.many ? z.union([one, z.array(one).min(1)]) : one) as z.ZodType<T | T[]>,
    compile(value, _compiler, path) {
      const wanted: readonly string[] = Array.isArray(value) ? value : [value];
      return (ctx) => {
        const actual = spec.read(ctx);
        return actual !== undefined && wanted.includes(actual) ? yes() : no(`${path} is ${actual ?? 'none'}`);
      };
    },
    form: {
      label: spec.label, help: spec.help, starter: spec.values[0], docValue: spec.values.map((v) => `\`${v}\``).join(', ') + (spec.many ? ' (or a list)' : ''),
      field: { type: 'enum', options: spec.values, ...(spec.many ? { many: true } : {}) },
    },
  };
}
