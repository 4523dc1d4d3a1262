import { detectLang, normalizeConversation, parseTime, type NormalizedConversation } from '../conversation/normalize';
import type { ConversationContext, Lang, Turn } from '../conversation/schema';
import type { SignalContext, SignalId, SignalValues } from '../signals/types';
import { signalVolatility } from '../signals/registry';
import type { CompiledPack } from './compile';
import type { EvalContext } from './context';
import { FatigueTracker } from './fatigue';
import type { CompiledRule } from './compile';
import type { CheckResult, WhenResult } from './language/kinds';
import { toPrompt } from './prompt';
import { ScannedText } from './scanned';
import type { EvaluateOptions, Evaluation, Prompt, QuietReason } from './types';

/** Everything about a conversation but its turns and its draft. */
/**
 * The conversation's context, and the language to assume while the conversation has said
 * nothing yet (the agent's UI language: a Japanese call's first prompt is in Japanese).
 */
export type SessionContext = ConversationContext & { fallbackLang?: Lang };

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
const NOT_MET: CheckResult = { met: false };

export function createSession(compiled: CompiledPack): EngineSession {
  let context: SessionContext = {};
  let contextKey = '{}';
  let turns: readonly Turn[] = [];
  let turnsVersion: number | null = null;
  let turnTexts: ScannedText[] = [];
  let split = { customer: [] as number[], agent: [] as number[] };
  let turnsJapanese = false;
  const blank = new ScannedText('', compiled, undefined, 'bySentence');
  let draft = blank;
  let historyTexts: ScannedText[] = [];
  /** Bumped whenever an answer that reads neither draft nor clock may have changed. */
  let situation = 0;
  let cachedSituation = -1;
  let lastLang: Lang | null = null;
  let whenCache: (WhenResult | undefined)[] = [];
  let answers: (Answer | undefined)[] = [];
  let promptCache: (Prompt | undefined)[] = [];
  let live: number[] | null = null;
  /** The conversation with its defaults filled in, worked out once per situation: a keystroke only changes its draft. */
  let normalized: NormalizedConversation | null = null;
  /** By rule index: 1 for the rules whose draft hits changed since the last evaluation. */
  const dirtyMarks = new Uint8Array(compiled.rules.length);
  /** The draft as the last evaluation read it, to tell which rules' answers may have changed. */
  let evaluatedDraft: ScannedText | null = null;
  const stableSignals = new Map<string, unknown>();
  const stableWhens = new Map<unknown, unknown>();
  const fatigue = new FatigueTracker();
  const signals = compiled.language.signals;
  const volatileSignal = new Map(Object.keys(signals).map((id) => {
    const v = signalVolatility(id, signals);
    return [id, !!(v.draft || v.clock)] as const;
  }));

  const langOf = (): Lang => {
    if (context.lang) return context.lang;
    if (turnsJapanese || detectLang([draft.text]) === 'ja') return 'ja';
    // Nothing said yet: a Japanese name on the page, else the agent's own language.
    if (!turns.length && !draft.text.trim()) return detectLang([context.customer?.name ?? '']) === 'ja' ? 'ja' : (context.fallbackLang ?? 'en');
    return 'en';
  };

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
      if (text !== draft.text) draft = new ScannedText(text, compiled, draft, 'bySentence');
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
      let dirty: Uint8Array | null = null;
      if (situation !== cachedSituation) {
        whenCache = [];
        stableSignals.clear();
        stableWhens.clear();
        answers = [];
        promptCache = [];
        live = null;
        normalized = null;
        cachedSituation = situation;
      } else if (evaluatedDraft) {
        dirty = dirtyMarks.fill(0);
        if (evaluatedDraft !== draft) markRulesReading(compiled, draft.changedTags(evaluatedDraft), dirty);
      }
      evaluatedDraft = draft;
      if (!normalized) {
        const { fallbackLang: _fallback, ...conversation } = context;
        normalized = normalizeConversation({ ...conversation, lang, turns, draft: '' });
      }
      const conv: NormalizedConversation = { ...normalized, draft: draft.text };
      const nowMs = opts.nowMs ?? parseTime(conv.now) ?? Date.now();
      const fresh = new Map<string, unknown>();
      const history = (i: number) => (historyTexts[i] ??= new ScannedText(conv.history[i]?.summary ?? '', compiled));
      const ctx: EvalContext & SignalContext = {
        compiled, conv, nowMs, draft, stable: stableWhens,
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
      const state: RunState = { whenCache, answers, dirty, live, prompts: promptCache };
      const evaluation = run(compiled, ctx, fatigue, state, opts.explain !== false);
      live = state.live;
      return evaluation;
    },
  };
}


/** A rule's last answer, kept while nothing it reads has changed. */
interface Answer {
  when: WhenResult;
  check: CheckResult;
  prompt: Prompt | undefined;
}

interface RunState {
  /** By rule index: the answers of `when`s that read neither the draft nor the clock. */
  whenCache: (WhenResult | undefined)[];
  /** By rule index: the last answers of rules that read the draft only through dictionary tags. */
  answers: (Answer | undefined)[];
  /** By rule index, 1 for the rules whose draft hits changed since the last evaluation; null: assume all did. */
  dirty: Uint8Array | null;
  /**
   * The rules (by index) not yet known to be out of the situation: with a large pack most are,
   * and a keystroke need not even look at them. Null until a run has worked it out.
   */
  live: number[] | null;
  /**
   * By rule index: the last prompt shown. A rule that reads the draft answers anew on each
   * keystroke, but while it points at the same words its prompt is the same one.
   */
  prompts: (Prompt | undefined)[];
}

function promptFor(cr: CompiledRule, ctx: EvalContext, trigger: Prompt['trigger'], state: RunState): Prompt {
  const last = state.prompts[cr.index];
  const t = last?.trigger;
  if (last && (t === trigger || (t && trigger && t.start === trigger.start && t.end === trigger.end && t.source === trigger.source && t.turnIndex === trigger.turnIndex && t.phrase === trigger.phrase))) return last;
  const prompt = toPrompt(cr.rule, ctx.conv, trigger);
  state.prompts[cr.index] = prompt;
  return prompt;
}

function stillValid(cr: CompiledRule, state: RunState): Answer | undefined {
  if (!cr.draftTags || !state.dirty || state.dirty[cr.index]) return undefined;
  return state.answers[cr.index];
}

/** Marks the rules a change of these dictionary tags in the draft may affect. */
function markRulesReading(compiled: CompiledPack, tags: Set<number>, dirty: Uint8Array): void {
  for (const tag of tags) for (const index of compiled.rulesByTag.get(tag) ?? []) dirty[index] = 1;
}

function run(compiled: CompiledPack, ctx: EvalContext, fatigue: FatigueTracker, state: RunState, explain: boolean): Evaluation {
  const { whenCache } = state;
  /** Prompts by level, warnings first, each in rule order. */
  const byLevel: [Prompt[], Prompt[], Prompt[]] = [[], [], []];
  const satisfied: string[] = [];
  const quiet: QuietReason[] = [];
  const draftWritten = ctx.conv.draft.trim() !== '';
  const order = explain || !state.live ? null : state.live;
  const live: number[] = [];
  const count = order ? order.length : compiled.rules.length;
  for (let k = 0; k < count; k++) {
    const cr = compiled.rules[order ? (order[k] as number) : k] as CompiledRule;
    const { rule } = cr;
    // The live rules are enabled ones: only a run over the whole pack meets a disabled rule.
    if (!order && rule.enabled === false) {
      if (explain) quiet.push({ ruleId: rule.id, reason: 'disabled' });
      continue;
    }
    const stable = cr.volatileWhen ? undefined : whenCache[cr.index];
    if (stable && !stable.holds) {
      // The commonest case with a large pack: a situation that does not apply, known since the last message.
      if (explain) quiet.push({ ruleId: rule.id, reason: stable.reason ?? 'the situation does not call for it' });
      continue;
    }
    const kept = stillValid(cr, state);
    let when = kept?.when ?? stable;
    if (!when) {
      when = cr.when(ctx);
      if (!cr.volatileWhen) whenCache[cr.index] = when;
    }
    if (cr.volatileWhen || when.holds) live.push(cr.index);
    if (!when.holds) {
      if (cr.draftTags && !kept) state.answers[cr.index] = { when, check: NOT_MET, prompt: undefined };
      if (explain) quiet.push({ ruleId: rule.id, reason: when.reason ?? 'the situation does not call for it' });
      continue;
    }
    const check: CheckResult = kept?.check ?? (cr.check ? cr.check(ctx) : NOT_MET);
    const answer: Answer = kept ?? { when, check, prompt: undefined };
    if (cr.draftTags && !kept) state.answers[cr.index] = answer;
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
    answer.prompt ??= promptFor(cr, ctx, check.trigger ?? when.evidence, state);
    byLevel[LEVEL_ORDER[answer.prompt.level]].push(answer.prompt);
  }
  state.live = live;
  fatigue.settle(ctx.nowMs);
  const prompts = byLevel[0].concat(byLevel[1], byLevel[2]);
  return explain ? { prompts, satisfied, quiet } : { prompts, satisfied };
}
