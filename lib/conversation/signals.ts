import { normalizeConversation, parseTime, type NormalizedConversation } from './normalize';
import type { Conversation } from './schema';
import { UPSET_HEAT, textSignals, type Found, type TextSignals } from './text-signals';

export type EvidenceSource = 'customer' | 'draft' | 'agent' | 'history' | 'call';

/** A phrase that made something true, and where: offsets in the ORIGINAL text of that turn. */
export interface Evidence extends Found {
  source: EvidenceSource;
  turnIndex?: number;
}

/** Everything the rules may ask about a conversation, derived once per change. */
export interface ConversationSignals {
  /** Heat of each customer turn, oldest first. */
  customerHeat: { turnIndex: number; heat: number }[];
  lastHeat: number;
  /** The hottest of the last three customer turns. */
  recentHeat: number;
  maxHeat: number;
  upset: boolean;
  upsetEvidence?: Evidence;
  /** The latest deadline the customer mentioned. */
  deadline?: Evidence;
  repeatContact: boolean;
  repeatEvidence?: Evidence;
  /** Promises in sent agent turns and in the draft. */
  promises: Evidence[];
  /** Index of the agent's first sent turn; null when the draft will be the first reply. */
  firstAgentReplyIndex: number | null;
  lastCustomerIndex: number | null;
  elapsedMinutes: number | null;
  /** Seconds the call has been going (voice), or null. */
  callSeconds: number | null;
}

export const REPEAT_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export interface DeriveOptions {
  nowMs?: number;
  /** Lets the engine serve per-turn results from its cache (turns are scanned once). */
  signalsOf?: (source: 'customer' | 'agent' | 'draft', turnIndex: number, text: string) => TextSignals;
}

function evidence(f: Found | undefined, source: EvidenceSource, turnIndex?: number): Evidence | undefined {
  return f && { ...f, source, ...(turnIndex === undefined ? {} : { turnIndex }) };
}

/** Idempotent on an already normalised conversation (it is a Conversation too). */
export function deriveSignals(input: Conversation, opts: DeriveOptions = {}): ConversationSignals {
  const conv: NormalizedConversation = normalizeConversation(input);
  const nowMs = opts.nowMs ?? parseTime(conv.now) ?? Date.now();
  return withDraftAndClock(turnSignals(conv, { ...opts, nowMs }), conv, { ...opts, nowMs });
}

/**
 * What the turns and the history say, without the draft or the clock: it only changes when a
 * turn arrives, so the engine computes it once per turn, not once per keystroke.
 */
export function turnSignals(conv: NormalizedConversation, opts: DeriveOptions & { nowMs: number }): ConversationSignals {
  const of = opts.signalsOf ?? ((_s: string, _i: number, text: string) => textSignals(text));
  const s: ConversationSignals = {
    customerHeat: [], lastHeat: 0, recentHeat: 0, maxHeat: 0, upset: false, repeatContact: false, promises: [],
    firstAgentReplyIndex: null, lastCustomerIndex: null, elapsedMinutes: null, callSeconds: null,
  };
  let hottest: Evidence | undefined;
  conv.turns.forEach((turn, i) => {
    const t = of(turn.from, i, turn.text);
    if (turn.from === 'agent') {
      if (s.firstAgentReplyIndex === null) s.firstAgentReplyIndex = i;
      const p = evidence(t.promise, 'agent', i);
      if (p) s.promises.push(p);
      return;
    }
    s.customerHeat.push({ turnIndex: i, heat: t.heat });
    s.lastCustomerIndex = i;
    s.deadline = evidence(t.deadline, 'customer', i) ?? s.deadline;
    if (!s.repeatEvidence && t.repeat) s.repeatEvidence = evidence(t.repeat, 'customer', i);
    if (t.heatFound && t.heat >= UPSET_HEAT) hottest = evidence(t.heatFound, 'customer', i);
  });

  const heats = s.customerHeat.map((h) => h.heat);
  s.lastHeat = heats.at(-1) ?? 0;
  s.recentHeat = Math.max(0, ...heats.slice(-3));
  s.maxHeat = Math.max(0, ...heats);
  s.upset = s.recentHeat >= UPSET_HEAT;
  const recentStart = s.customerHeat.at(-3)?.turnIndex ?? 0;
  if (s.upset && hottest && (hottest.turnIndex ?? 0) >= recentStart) s.upsetEvidence = hottest;

  const startedMs = parseTime(conv.startedAt) ?? parseTime(conv.turns[0]?.at);
  const anchorMs = startedMs ?? opts.nowMs;
  conv.history.forEach((h, i) => {
    const at = parseTime(h.startedAt);
    if (s.repeatEvidence || at === undefined || at > anchorMs || anchorMs - at > REPEAT_WINDOW_MS) return;
    const phrase = h.summary ?? h.startedAt;
    s.repeatEvidence = { phrase, source: 'history', turnIndex: i, start: 0, end: phrase.length };
  });
  s.repeatContact = s.repeatEvidence !== undefined;
  return s;
}

/** Adds what the draft and the clock say to the turns' signals (a new object; `base` is kept). */
export function withDraftAndClock(base: ConversationSignals, conv: NormalizedConversation, opts: DeriveOptions & { nowMs: number }): ConversationSignals {
  const of = opts.signalsOf ?? ((_s: string, _i: number, text: string) => textSignals(text));
  const s: ConversationSignals = { ...base };
  const draftSignals = conv.draft.trim() ? of('draft', -1, conv.draft) : undefined;
  const draftPromise = evidence(draftSignals?.promise, 'draft');
  if (draftPromise) s.promises = [...base.promises, draftPromise];
  const startedMs = parseTime(conv.startedAt) ?? parseTime(conv.turns[0]?.at);
  if (startedMs !== undefined) s.elapsedMinutes = Math.max(0, (opts.nowMs - startedMs) / 60000);
  const callStart = parseTime(conv.call?.since) ?? (conv.channel === 'voice' ? startedMs : undefined);
  if (conv.channel === 'voice' && callStart !== undefined) s.callSeconds = Math.max(0, (opts.nowMs - callStart) / 1000);
  return s;
}
