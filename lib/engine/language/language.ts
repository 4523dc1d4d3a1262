import { z } from 'zod';
import { signalKinds, signalVolatility, type SignalRegistry } from '../../signals/registry';
import type { Volatility } from '../../signals/types';
import type { CompiledMatcher } from '../compile';
import type { CheckKind, ConditionKind, RunCheck, RunWhen, WhenResult } from './kinds';
import type { Matcher } from './matcher';
import type { Check, When } from './types';

/** Turns one matcher into its compiled form (or, when only validating, checks it). */
export type MatcherCompiler = (m: Matcher, path: string) => CompiledMatcher;

export interface CompiledWhen {
  run: RunWhen;
  /** The answer reads the draft or the clock (its own, its signals', or a nested condition's). */
  volatile: Volatility;
  /** It reads the draft other than through its matchers' hits (a signal, the draft's emptiness). */
  wholeDraft: boolean;
}

export interface CompiledCheck {
  run: RunCheck;
  /** It reads the draft's text itself, not only its matchers' hits. */
  wholeDraft: boolean;
}

/** A condition or check object that is not exactly one known kind. */
export class RuleShapeError extends Error {
  constructor(readonly path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = 'RuleShapeError';
  }
}

/**
 * The rule language, derived from its registries: the `when` and `check` schemas, and the
 * compiler that turns a rule's conditions and checks into functions, once per pack.
 * Everything that lists kinds (the console's form, the JSON Schema, the docs) reads them here.
 */
export interface Language {
  readonly conditions: ReadonlyMap<string, ConditionKind<unknown>>;
  readonly checks: ReadonlyMap<string, CheckKind<unknown>>;
  readonly signals: SignalRegistry;
  readonly WhenSchema: z.ZodType<When>;
  readonly CheckSchema: z.ZodType<Check>;
  compileWhen(when: When, path: string, matcher: MatcherCompiler): CompiledWhen;
  compileCheck(check: Check, path: string, matcher: MatcherCompiler): CompiledCheck;
}

export interface LanguageParts {
  conditions: readonly ConditionKind<never>[];
  checks: readonly CheckKind<never>[];
  signals?: SignalRegistry;
}

function byKey<K extends { key: string }>(kinds: readonly K[], what: string): Map<string, K> {
  const map = new Map<string, K>();
  for (const kind of kinds) {
    if (map.has(kind.key)) throw new Error(`Two ${what} kinds are called "${kind.key}".`);
    map.set(kind.key, kind);
  }
  return map;
}

/** "Exactly one key" keeps each object readable; JSON Schema mirrors it with min/maxProperties. */
function exactlyOne(what: string, combine: string) {
  return [
    (value: object) => Object.values(value).filter((v) => v !== undefined).length === 1,
    { message: `Give exactly one ${what} in each object; combine several with ${combine}.` },
  ] as const;
}

/** One strict object with every kind as an optional key; the getters let kinds nest the schema itself. */
function objectOfKinds<T>(kinds: Map<string, { schema(self: z.ZodType<T>): z.ZodType<unknown>; form: { help: { en: string } } }>, self: () => z.ZodType<T>): Record<string, z.ZodType<unknown>> {
  const shape: Record<string, z.ZodType<unknown>> = {};
  for (const [key, kind] of kinds) {
    let built: z.ZodType<unknown> | undefined;
    Object.defineProperty(shape, key, {
      enumerable: true,
      get: () => (built ??= kind.schema(self()).optional().meta({ description: kind.form.help.en })),
    });
  }
  return shape;
}

function onlyKey(value: object, path: string, what: string): string {
  const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1) throw new RuleShapeError(path, `expected exactly one ${what}, found ${keys.length ? keys.join(', ') : 'none'}`);
  return keys[0] as string;
}

function merge(into: Volatility, from: Volatility): void {
  if (from.draft) into.draft = true;
  if (from.clock) into.clock = true;
}

export function createLanguage(parts: LanguageParts): Language {
  const conditions = byKey(parts.conditions as readonly ConditionKind<unknown>[], 'condition');
  const checks = byKey(parts.checks as readonly CheckKind<unknown>[], 'check');
  const signals = parts.signals ?? signalKinds;
  for (const kind of conditions.values()) for (const id of kind.signals ?? []) signalVolatility(id, signals);

  // The casts: zod sees an object with optional keys; the refine makes it exactly one, which is the union.
  const WhenSchema: z.ZodType<When> = z
    .strictObject(objectOfKinds(conditions, () => WhenSchema))
    .refine(...exactlyOne('condition', 'all / any / not'))
    .meta({ id: 'When', minProperties: 1, maxProperties: 1, description: 'A condition on the situation. Combine with all / any / not.' }) as unknown as z.ZodType<When>;
  const CheckSchema: z.ZodType<Check> = z
    .strictObject(objectOfKinds(checks, () => CheckSchema))
    .refine(...exactlyOne('check', 'all / any'))
    .meta({ id: 'Check', minProperties: 1, maxProperties: 1, description: 'What the draft must do. The prompt shows while the check is not met and disappears once it is.' }) as unknown as z.ZodType<Check>;

  function compileWhen(when: When, path: string, matcher: MatcherCompiler): CompiledWhen {
    const key = onlyKey(when, path, 'condition');
    const kind = conditions.get(key);
    if (!kind) throw new RuleShapeError(`${path}.${key}`, `unknown condition "${key}"`);
    const volatile: Volatility = { ...kind.volatile };
    let wholeDraft = !!kind.volatile?.draft && !kind.draftThroughMatchers;
    for (const id of kind.signals ?? []) {
      const v = signalVolatility(id, signals);
      merge(volatile, v);
      if (v.draft) wholeDraft = true;
    }
    const run = kind.compile((when as Record<string, unknown>)[key], {
      matcher,
      when: (child, childPath) => nested(child, childPath).run,
      whenWithVolatility: nested,
      check: (child, childPath) => {
        const compiled = compileCheck(child, childPath, matcher);
        wholeDraft ||= compiled.wholeDraft;
        return compiled.run;
      },
    }, `${path}.${key}`);
    return { run, volatile, wholeDraft };

    function nested(child: When, childPath: string): CompiledWhen {
      const compiled = keptWhileStable(compileWhen(child, childPath, matcher));
      merge(volatile, compiled.volatile);
      wholeDraft ||= compiled.wholeDraft;
      return compiled;
    }
  }

  /**
   * A part of a `when` that reads neither the draft nor the clock answers the same until the
   * turns change: inside a rule whose other parts read the draft, it is worked out once, not on
   * every keystroke.
   */
  function keptWhileStable(compiled: CompiledWhen): CompiledWhen {
    if (compiled.volatile.draft || compiled.volatile.clock) return compiled;
    const { run } = compiled;
    const kept: RunWhen = (ctx) => {
      const store = ctx.stable;
      if (!store) return run(ctx);
      let answer = store.get(kept) as WhenResult | undefined;
      if (!answer) store.set(kept, (answer = run(ctx)));
      return answer;
    };
    return { ...compiled, run: kept };
  }

  function compileCheck(check: Check, path: string, matcher: MatcherCompiler): CompiledCheck {
    const key = onlyKey(check, path, 'check');
    const kind = checks.get(key);
    if (!kind) throw new RuleShapeError(`${path}.${key}`, `unknown check "${key}"`);
    let wholeDraft = !!kind.readsWholeDraft;
    const run = kind.compile((check as Record<string, unknown>)[key], {
      matcher,
      when: (child, childPath) => nestedWhen(child, childPath).run,
      whenWithVolatility: (child, childPath) => nestedWhen(child, childPath),
      check: (child, childPath) => {
        const compiled = compileCheck(child, childPath, matcher);
        wholeDraft ||= compiled.wholeDraft;
        return compiled.run;
      },
    }, `${path}.${key}`);
    return { run, wholeDraft };

    function nestedWhen(child: When, childPath: string): CompiledWhen {
      const compiled = keptWhileStable(compileWhen(child, childPath, matcher));
      wholeDraft ||= compiled.wholeDraft || !!compiled.volatile.clock;
      return compiled;
    }
  }

  return { conditions, checks, signals, WhenSchema, CheckSchema, compileWhen, compileCheck };
}
