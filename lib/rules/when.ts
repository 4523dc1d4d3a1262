import type { Evidence } from '../conversation/signals';
import { firstEvidence, matcherFor, type EvalContext } from './context';
import type { Matcher, When } from './schema';

export interface WhenResult {
  holds: boolean;
  /** What made it hold (a customer phrase, a history entry…), for the prompt's trigger. */
  evidence?: Evidence;
  /** Why it does not hold, for the team lead's test bench. */
  reason?: string;
}

const yes = (evidence?: Evidence): WhenResult => (evidence ? { holds: true, evidence } : { holds: true });
const no = (reason: string): WhenResult => ({ holds: false, reason });
const flag = (actual: boolean, wanted: boolean, path: string, evidence?: Evidence): WhenResult =>
  actual === wanted ? yes(wanted ? evidence : undefined) : no(`${path} is ${actual}`);

function inRange(value: number | null, range: { atLeast?: number; atMost?: number }): boolean {
  if (value === null) return false;
  return (range.atLeast === undefined || value >= range.atLeast) && (range.atMost === undefined || value <= range.atMost);
}

/** Latest matching turn first: the freshest words are the best trigger. */
function inTurns(ctx: EvalContext, m: Matcher, indexes: number[], source: 'customer' | 'agent', path: string): WhenResult {
  const matcher = matcherFor(ctx, m);
  for (let k = indexes.length - 1; k >= 0; k--) {
    const i = indexes[k] as number;
    const ev = firstEvidence(ctx.turn(i), matcher, source, i);
    if (ev) return yes(ev);
  }
  return no(`${path}: no match`);
}

export function evaluateWhen(when: When, ctx: EvalContext, path: string): WhenResult {
  const { conv, signals } = ctx;
  if (when.all) {
    let evidence: Evidence | undefined;
    for (let i = 0; i < when.all.length; i++) {
      const r = evaluateWhen(when.all[i] as When, ctx, `${path}.all[${i}]`);
      if (!r.holds) return r;
      evidence ??= r.evidence;
    }
    return yes(evidence);
  }
  if (when.any) {
    const reasons: string[] = [];
    for (let i = 0; i < when.any.length; i++) {
      const r = evaluateWhen(when.any[i] as When, ctx, `${path}.any[${i}]`);
      if (r.holds) return r;
      if (r.reason) reasons.push(r.reason);
    }
    return no(reasons.join('; '));
  }
  if (when.not) return evaluateWhen(when.not, ctx, `${path}.not`).holds ? no(`${path}.not: the condition holds`) : yes();
  if (when.customerLast) {
    const last = ctx.customerTurns.at(-1);
    return last === undefined ? no(`${path}.customerLast: the customer has not written yet`) : inTurns(ctx, when.customerLast, [last], 'customer', `${path}.customerLast`);
  }
  if (when.customerThread) return inTurns(ctx, when.customerThread, ctx.customerTurns, 'customer', `${path}.customerThread`);
  if (when.agentTurns) return inTurns(ctx, when.agentTurns, ctx.agentTurns, 'agent', `${path}.agentTurns`);
  if (when.draft) {
    const ev = firstEvidence(ctx.draft, matcherFor(ctx, when.draft), 'draft');
    return ev ? yes(ev) : no(`${path}.draft: no match`);
  }
  if (when.history) {
    const matcher = matcherFor(ctx, when.history);
    for (let i = conv.history.length - 1; i >= 0; i--) {
      const ev = firstEvidence(ctx.history(i), matcher, 'history', i);
      if (ev) return yes(ev);
    }
    return no(`${path}.history: no match`);
  }
  if (when.channel !== undefined) {
    const wanted = Array.isArray(when.channel) ? when.channel : [when.channel];
    return wanted.includes(conv.channel) ? yes() : no(`${path}.channel is ${conv.channel}`);
  }
  if (when.direction !== undefined) return when.direction === conv.direction ? yes() : no(`${path}.direction is ${conv.direction}`);
  if (when.state !== undefined) return when.state === conv.state ? yes() : no(`${path}.state is ${conv.state}`);
  if (when.callState !== undefined) return when.callState === conv.call?.state ? yes() : no(`${path}.callState is ${conv.call?.state ?? 'none'}`);
  if (when.lang !== undefined) return when.lang === conv.lang ? yes() : no(`${path}.lang is ${conv.lang}`);
  if (when.heat) {
    const of = when.heat.of ?? 'last';
    const heat = of === 'last' ? signals.lastHeat : of === 'recent' ? signals.recentHeat : signals.maxHeat;
    return inRange(heat, when.heat) ? yes(signals.upsetEvidence) : no(`${path}.heat (${of}) is ${heat}`);
  }
  if (when.upset !== undefined) return flag(signals.upset, when.upset, `${path}.upset`, signals.upsetEvidence);
  if (when.deadline !== undefined) return flag(signals.deadline !== undefined, when.deadline, `${path}.deadline`, signals.deadline);
  if (when.repeatContact !== undefined) return flag(signals.repeatContact, when.repeatContact, `${path}.repeatContact`, signals.repeatEvidence);
  if (when.promiseMade !== undefined) return flag(signals.promises.length > 0, when.promiseMade, `${path}.promiseMade`, signals.promises.at(-1));
  if (when.firstReply !== undefined) return flag(signals.firstAgentReplyIndex === null, when.firstReply, `${path}.firstReply`);
  if (when.draftEmpty !== undefined) return flag(conv.draft.trim() === '', when.draftEmpty, `${path}.draftEmpty`);
  if (when.elapsedMinutes) return inRange(signals.elapsedMinutes, when.elapsedMinutes) ? yes() : no(`${path}.elapsedMinutes is ${signals.elapsedMinutes?.toFixed(1) ?? 'unknown'}`);
  if (when.callMinutes) {
    const minutes = signals.callSeconds === null ? null : signals.callSeconds / 60;
    return inRange(minutes, when.callMinutes) ? yes() : no(`${path}.callMinutes is ${minutes?.toFixed(1) ?? 'unknown (not a call)'}`);
  }
  return no(`${path}: empty condition`);
}
