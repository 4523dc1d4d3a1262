import { detectLang, parseTime, type NormalizedConversation } from '../conversation/normalize';
import type { ConversationContext, Lang, Turn } from '../conversation/schema';
import type { SignalContext, SignalId, SignalValues } from '../signals/types';
import { signalVolatility } from '../signals/registry';
import type { CompiledPack } from './compile';
import type { EvalContext } from './context';
import { FatigueTracker } from './fatigue';
import type { WhenResult } from './language/kinds';
import { toPrompt } from './prompt';
import { ScannedText } from './scanned';
import type { EvaluateOptions, Evaluation, Prompt, QuietReason } from './types';

/** Everything about a conversation but its turns and its draft. */
export type SessionContext = ConversationContext;

/**
 * One live conversation as the engine holds it. The caller says what changed — the turns
 * (with a version that changes exactly when they do), the draft, or the rest — and the
 * session keeps everything else: each turn is scanned once, per-turn signals are worked out
 * once per turn, and rules whose situation reads neither the draft nor the clock keep their
 * answer until the turns or the situation change.
 */
export interface EngineSession {
  setContext(context: SessionContext): void;
  setTurns(turns: readonly Turn[], version: number): void;
  setDraft(draft: string): void;
  /** The conversation's language: the context's, or detected from the turns and the draft. */
  readonly lang: Lang;
  evaluate(opts?: EvaluateOptions): Evaluation;
}

const LEVEL_ORDER = { warning: 0, nudge: 1, tip: 2 } as const;

export function createSession(compiled: CompiledPack): EngineSession {
  let context: SessionContext = {};
  let contextKey = '{}';
  let turns: readonly Turn[] = [];
  let turnsVersion: number | null = null;
  let turnTexts: ScannedText[] = [];
  let split = { customer: [] as number[], agent: [] as number[] };
  let turnsJapanese = false;
  const blank = new ScannedText('', compiled);
  let draft = blank;
  let historyTexts: ScannedText[] = [];
  /** Bumped whenever an answer that reads neither draft nor clock may have changed. */
  let situation = 0;
  let cachedSituation = -1;
  let lastLang: Lang | null = null;
  const whenCache = new Map<number, WhenResult>();
  const stableSignals = new Map<string, unknown>();
  const fatigue = new FatigueTracker();
  const signals = compiled.language.signals;
  const volatileSignal = new Map(Object.keys(signals).map((id) => {
    const v = signalVolatility(id, signals);
    return [id, !!(v.draft || v.clock)] as const;
  }));

  const langOf = (): Lang => context.lang ?? (turnsJapanese || detectLang([draft.text]) === 'ja' ? 'ja' : 'en');

  return {
    setContext(next) {
      const key = JSON.stringify(next);
      if (key === contextKey) return;
      context = next;
      contextKey = key;
      historyTexts = [];
      situation++;
    },
    setTurns(next, version) {
      if (version === turnsVersion) return;
      const previous = turnTexts;
      turnTexts = next.map((turn, i) => (previous[i]?.text === turn.text ? previous[i] : new ScannedText(turn.text, compiled)));
      split = { customer: [], agent: [] };
      next.forEach((turn, i) => (turn.from === 'customer' ? split.customer : split.agent).push(i));
      turnsJapanese = detectLang(next.map((t) => t.text)) === 'ja';
      turns = next;
      turnsVersion = version;
      situation++;
    },
    setDraft(text) {
      if (text !== draft.text) draft = new ScannedText(text, compiled);
    },
    get lang() {
      return langOf();
    },
    evaluate(opts = {}) {
      const lang = langOf();
      if (lang !== lastLang) {
        lastLang = lang;
        situation++;
      }
      if (situation !== cachedSituation) {
        whenCache.clear();
        stableSignals.clear();
        cachedSituation = situation;
      }
      const conv = normalized(context, lang, turns, draft.text);
      const nowMs = opts.nowMs ?? parseTime(conv.now) ?? Date.now();
      const fresh = new Map<string, unknown>();
      const history = (i: number) => (historyTexts[i] ??= new ScannedText(conv.history[i]?.summary ?? '', compiled));
      const ctx: EvalContext & SignalContext = {
        compiled, conv, nowMs, draft,
        customerTurns: split.customer, agentTurns: split.agent,
        turn: (i) => turnTexts[i] ?? blank,
        history,
        signal<K extends SignalId>(id: K): SignalValues[K] {
          const store = volatileSignal.get(id) ? fresh : stableSignals;
          if (store.has(id)) return store.get(id) as SignalValues[K];
          const kind = signals[id];
          if (!kind) throw new Error(`Unknown signal "${id}".`);
          const value = kind.compute(ctx);
          store.set(id, value);
          return value as SignalValues[K];
        },
      };
      return run(compiled, ctx, fatigue, whenCache, opts.explain !== false);
    },
  };
}

function normalized(context: SessionContext, lang: Lang, turns: readonly Turn[], draft: string): NormalizedConversation {
  return {
    ...context,
    lang,
    channel: context.channel ?? (context.call ? 'voice' : 'chat'),
    direction: context.direction ?? 'inbound',
    state: context.state ?? (context.call?.state === 'ended' ? 'ended' : 'active'),
    customer: context.customer ?? {},
    history: context.history ?? [],
    turns,
    draft,
  };
}

function run(compiled: CompiledPack, ctx: EvalContext, fatigue: FatigueTracker, whenCache: Map<number, WhenResult>, explain: boolean): Evaluation {
  const prompts: Prompt[] = [];
  const satisfied: string[] = [];
  const quiet: QuietReason[] = [];
  const shown = new Set<string>();
  const draftWritten = ctx.conv.draft.trim() !== '';
  for (const cr of compiled.rules) {
    const { rule } = cr;
    if (rule.enabled === false) {
      if (explain) quiet.push({ ruleId: rule.id, reason: 'disabled' });
      continue;
    }
    let when = cr.volatileWhen ? undefined : whenCache.get(cr.index);
    if (!when) {
      when = cr.when(ctx);
      if (!cr.volatileWhen) whenCache.set(cr.index, when);
    }
    if (!when.holds) {
      if (explain) quiet.push({ ruleId: rule.id, reason: when.reason ?? 'the situation does not call for it' });
      continue;
    }
    const check = cr.check ? cr.check(ctx) : { met: false };
    if (check.met) {
      if (draftWritten) satisfied.push(rule.id);
      if (explain) quiet.push({ ruleId: rule.id, reason: 'followed: the draft already does this' });
      continue;
    }
    const heldBack = fatigue.wantsToShow(rule.id, rule.fatigue, ctx.nowMs);
    if (heldBack) {
      if (explain) quiet.push({ ruleId: rule.id, reason: heldBack });
      continue;
    }
    shown.add(rule.id);
    prompts.push(toPrompt(rule, ctx.conv.lang, check.trigger ?? when.evidence));
  }
  fatigue.settle(shown, ctx.nowMs);
  prompts.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  return explain ? { prompts, satisfied, quiet } : { prompts, satisfied };
}
