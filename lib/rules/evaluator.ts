import { normalizeConversation, parseTime, type NormalizedConversation } from '../conversation/normalize';
import type { Conversation } from '../conversation/schema';
import { turnSignals, withDraftAndClock, type ConversationSignals } from '../conversation/signals';
import { scanTextSignals, type TextSignals } from '../conversation/text-signals';
import { runCheck } from './checks';
import type { CompiledPack } from './compile';
import type { EvalContext } from './context';
import { FatigueTracker } from './fatigue';
import { toPrompt } from './prompt';
import { ScannedText } from './scanned';
import type { Evaluation, Evaluator, Prompt, QuietReason } from './types';
import { evaluateWhen, type WhenResult } from './when';

const LEVEL_ORDER = { warning: 0, nudge: 1, tip: 2 } as const;

interface TextEntry {
  scanned: ScannedText;
  signals?: TextSignals;
}

/** Everything but the draft and the clock: when it is unchanged, cached `when` results stay valid. */
function situationKey(conv: NormalizedConversation): string {
  const h = conv.history.map((e) => `${e.startedAt}|${e.summary ?? ''}`).join('\u0001');
  return [conv.lang, conv.channel, conv.direction, conv.state, conv.call?.state, conv.call?.since, conv.startedAt, h].join('\u0002');
}

/**
 * One evaluator per live conversation. Customer and agent turns are scanned once, when
 * they first appear; on a keystroke only the draft is scanned again, and rules whose
 * situation does not depend on the draft reuse their last answer.
 */
export function createEvaluator(compiled: CompiledPack): Evaluator {
  let texts = new Map<string, TextEntry>();
  let used = new Map<string, TextEntry>();
  let draftEntry: TextEntry | undefined;
  const whenCache = new Map<number, WhenResult>();
  let lastSituation = '';
  let lastTurns: { from: string; text: string }[] = [];
  const fatigue = new FatigueTracker();
  let baseSignals: ConversationSignals | null = null;

  const entry = (key: string, text: string): TextEntry => {
    let e = texts.get(key) ?? used.get(key);
    if (!e) e = { scanned: new ScannedText(text, compiled) };
    used.set(key, e);
    return e;
  };
  // Turns are looked up on every keystroke: by index, comparing the text (the same string
  // object while the page is unchanged), never by building a key from the whole text.
  let turnEntries: (TextEntry | undefined)[] = [];
  let usedTurns: (TextEntry | undefined)[] = [];
  const turnEntry = (i: number, text: string): TextEntry => {
    const known = usedTurns[i] ?? turnEntries[i];
    const e = known?.scanned.text === text ? known : { scanned: new ScannedText(text, compiled) };
    usedTurns[i] = e;
    return e;
  };
  const draftOf = (text: string): TextEntry => {
    if (draftEntry?.scanned.text !== text) draftEntry = { scanned: new ScannedText(text, compiled) };
    return draftEntry;
  };
  const signalsOf = (source: 'customer' | 'agent' | 'draft', i: number, text: string): TextSignals => {
    const e = source === 'draft' ? draftOf(text) : turnEntry(i, text);
    return (e.signals ??= scanTextSignals(e.scanned.norm));
  };

  // A conversation is a value: a caller with new turns passes a new array (the live session
  // does), so the very same array means the same turns and nothing to compare or split again.
  let lastTurnsArray: NormalizedConversation['turns'] | null = null;
  let split = { customer: [] as number[], agent: [] as number[] };

  function situationChanged(conv: NormalizedConversation, sameTurns: boolean): boolean {
    const key = situationKey(conv);
    const same = key === lastSituation
      && (sameTurns || (lastTurns.length === conv.turns.length && conv.turns.every((t, i) => lastTurns[i]?.text === t.text && lastTurns[i]?.from === t.from)));
    if (same) return false;
    lastSituation = key;
    lastTurns = conv.turns.map((t) => ({ from: t.from, text: t.text }));
    return true;
  }

  return {
    evaluate(input: Conversation, opts = {}): Evaluation {
      const conv = normalizeConversation(input);
      const nowMs = opts.nowMs ?? parseTime(conv.now) ?? Date.now();
      used = new Map();
      const sameTurns = conv.turns === lastTurnsArray && conv.turns.length === lastTurns.length;
      if (!sameTurns) {
        split = { customer: [], agent: [] };
        conv.turns.forEach((t, i) => (t.from === 'customer' ? split.customer : split.agent).push(i));
      }
      lastTurnsArray = conv.turns;
      usedTurns = [];
      if (situationChanged(conv, sameTurns) || !baseSignals) {
        whenCache.clear();
        baseSignals = turnSignals(conv, { nowMs, signalsOf });
      } else if (sameTurns) {
        usedTurns = turnEntries; // every turn was looked up last time, and none has changed
      } else {
        // Keep the turns' cached scans in use (texts not looked up this time are forgotten below).
        conv.turns.forEach((turn, i) => turnEntry(i, turn.text));
      }
      const signals = withDraftAndClock(baseSignals, conv, { nowMs, signalsOf });
      const { customer: customerTurns, agent: agentTurns } = split;
      const ctx: EvalContext = {
        compiled, conv, signals, nowMs, customerTurns, agentTurns,
        draft: draftOf(conv.draft).scanned,
        turn: (i) => turnEntry(i, conv.turns[i]?.text ?? '').scanned,
        history: (i) => entry(`h${i}\u0000${conv.history[i]?.summary ?? ''}`, conv.history[i]?.summary ?? '').scanned,
      };

      const prompts: Prompt[] = [];
      const satisfied: string[] = [];
      const quiet: QuietReason[] = [];
      const explain = opts.explain !== false;
      const shown = new Set<string>();
      const draftWritten = conv.draft.trim() !== '';
      for (const cr of compiled.rules) {
        const { rule } = cr;
        if (rule.enabled === false) {
          if (explain) quiet.push({ ruleId: rule.id, reason: 'disabled' });
          continue;
        }
        let when = cr.volatileWhen ? undefined : whenCache.get(cr.index);
        if (!when) {
          when = evaluateWhen(rule.when, ctx, 'when');
          if (!cr.volatileWhen) whenCache.set(cr.index, when);
        }
        if (!when.holds) {
          if (explain) quiet.push({ ruleId: rule.id, reason: when.reason ?? 'the situation does not call for it' });
          continue;
        }
        const check = rule.check ? runCheck(rule.check, ctx, 'check') : { met: false };
        if (check.met) {
          if (draftWritten) satisfied.push(rule.id);
          if (explain) quiet.push({ ruleId: rule.id, reason: 'followed: the draft already does this' });
          continue;
        }
        const heldBack = fatigue.wantsToShow(rule.id, rule.fatigue, nowMs);
        if (heldBack) {
          if (explain) quiet.push({ ruleId: rule.id, reason: heldBack });
          continue;
        }
        shown.add(rule.id);
        prompts.push(toPrompt(rule, conv.lang, check.trigger ?? when.evidence));
      }
      fatigue.settle(shown, nowMs);
      prompts.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
      texts = used; // forget texts that are gone (edited or a different conversation)
      turnEntries = usedTurns;
      return explain ? { prompts, satisfied, quiet } : { prompts, satisfied };
    },
  };
}
