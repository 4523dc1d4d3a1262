import type { Level } from '../engine';

/** How many cards the agent sees at once; the rest wait behind "more". */
export const VISIBLE_LIMIT = 3;

const LEVEL_RANK: Record<Level, number> = { warning: 0, nudge: 1, tip: 2 };

export interface Rankable {
  ruleId: string;
  level: Level;
  /** When the card first appeared; it never changes while the card stays, so order is stable. */
  firstSeenAt: number;
}

/**
 * Most serious first, then the newest within a level. Only arrival times are compared,
 * never anything the draft changes, so typing never reorders the cards.
 */
export function rankCards<T extends Rankable>(cards: readonly T[]): T[] {
  return [...cards].sort((a, b) =>
    LEVEL_RANK[a.level] - LEVEL_RANK[b.level]
    || b.firstSeenAt - a.firstSeenAt
    || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

