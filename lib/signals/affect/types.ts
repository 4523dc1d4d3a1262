/** The public shapes of the affect module, and the one internal record every reader produces. */

export type AffectKind = 'anger' | 'frustration' | 'failure' | 'complaint-question' | 'sarcasm' | 'pushback' | 'distress';

/** The words that showed a kind of upset; offsets are in the ORIGINAL text (UTF-16 code units). */
export interface AffectEvidence { kind: AffectKind; phrase: string; start: number; end: number }

export interface TurnAffect {
  /** 0 calm … 10 furious; 3 or more reads as upset. */
  score: number;
  /** Strongest first. */
  evidence: AffectEvidence[];
  /** A failure the company caused was reported (kept apart from heat: a calm "it hasn't arrived" is a problem report). */
  problem?: AffectEvidence;
  /** The customer sounds calm again, satisfied or thankful (after an apology this cools the conversation). */
  calm: boolean;
  /** Calm, with nothing reported, and the calm words end the turn: what closes an earlier problem report. */
  settled: boolean;
}

/**
 * What a reader heard, in FOLDED text offsets. `weight` is its heat on the 0–10 scale before
 * the turn's punctuation and the other hits are taken into account.
 */
export interface Hit {
  kind: AffectKind;
  weight: number;
  start: number;
  end: number;
  /** Praise that is sarcasm only in a complaint ("oh great", さすがですね): kept only when other upset or a failure is heard. */
  ironic?: boolean;
}

/** A stretch of folded text whose upset words are not the customer's own (a quote, a hypothetical, an idiom). */
export interface Span { start: number; end: number }

/** Everything the readers of one language hand to the scorer. */
export interface Heard {
  hits: Hit[];
  /** Thanks, relief, satisfaction: candidates for `calm`. */
  calm: Span[];
  /** Spans whose hits are dropped. */
  shields: Span[];
  /** Laughter ("haha", (笑)): a joking customer's strong words count half. */
  laughing: boolean;
}

export const emptyHeard = (): Heard => ({ hits: [], calm: [], shields: [], laughing: false });
