/**
 * A conversation's upset from its customer turns, oldest first. Heat carries from turn to turn
 * and fades a little each turn; annoyance on top of annoyance builds (three mild turns add up
 * to upset, two do not); a calm turn cools it, and a calm turn right after the agent apologised
 * cools it most: that is the apology landing.
 */
import { UPSET } from './score';
import type { AffectEvidence, TurnAffect } from './types';

/** How much of the previous level is left after a turn of each kind. */
const FADE = 0.85;
const AFTER_APOLOGY = 0.8;
const CALM = 0.6;
const CALM_AFTER_APOLOGY = 0.2;
/** How much of the carried level a new annoyed turn adds on top of its own score. */
const BUILD_UP = 0.5;
const MAX = 10;

export interface ConversationUpset { score: number; upset: boolean; hottest?: { turn: number; evidence: AffectEvidence } }

export function conversationUpset(turns: readonly { affect: TurnAffect; afterApology: boolean }[]): ConversationUpset {
  let level = 0;
  /** The first turn that still counts: an apology that landed closes what came before. */
  let since = 0;
  turns.forEach(({ affect, afterApology }, i) => {
    const cooling = affect.calm && affect.score < UPSET;
    if (cooling && afterApology) since = i + 1;
    level *= cooling ? (afterApology ? CALM_AFTER_APOLOGY : CALM) : afterApology ? AFTER_APOLOGY : FADE;
    if (affect.score > 0) level = Math.max(level, affect.score) + BUILD_UP * Math.min(level, affect.score);
  });
  const score = Math.round(Math.min(MAX, level) * 10) / 10;
  let hottest: ConversationUpset['hottest'];
  turns.forEach(({ affect }, turn) => {
    const evidence = affect.evidence[0];
    if (turn >= since && evidence && affect.score > 0 && (!hottest || affect.score >= (turns[hottest.turn]?.affect.score ?? 0))) hottest = { turn, evidence };
  });
  return { score, upset: score >= UPSET, ...(hottest ? { hottest } : {}) };
}
