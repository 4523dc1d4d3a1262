import type { NormalizedConversation } from '../conversation/normalize';
import type { Span } from '../text/dictionary';
import type { NormalizedText } from '../text/normalize';

/** Where a phrase was found, in offsets of the ORIGINAL text. */
export interface Found {
  phrase: string;
  start: number;
  end: number;
}

export type EvidenceSource = 'customer' | 'draft' | 'agent' | 'history' | 'call';

/** A phrase that made something true, and where: offsets in the ORIGINAL text of that turn. */
export interface Evidence extends Found {
  source: EvidenceSource;
  turnIndex?: number;
}

/** What an answer depends on beyond the turns: such answers are never kept across keystrokes. */
export interface Volatility {
  /** Reads the reply being written. */
  draft?: boolean;
  /** Reads the clock (elapsed time, call length). */
  clock?: boolean;
}

/** Phrases a signal listens for. Compiled with each pack into its one automaton. */
export interface SignalLexicon {
  phrases: readonly string[];
  except?: readonly string[];
}

/** One text (a turn, the draft, a history summary) as the signals read it. */
export interface TextView {
  readonly text: string;
  readonly norm: NormalizedText;
  /** Spans of a signal lexicon ("heat.strong"), excepts applied, normalised offsets, by start. */
  lexicon(name: string): readonly Span[];
  /** A span as the customer's or agent's own words, in original offsets. */
  found(span: Span): Found;
  /** A value worked out once per text and kept while the text is unchanged (a turn: once, ever). */
  memo<T>(key: string, compute: () => T): T;
}

/**
 * The value of each signal, by id. Each signal's own file adds its entry, and the registry
 * must hold a record for every key here.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by each signal's file
export interface SignalValues {}
export type SignalId = keyof SignalValues & string;

/** What a signal reads. Per-text work goes through `memo`, so it is done once per turn. */
export interface SignalContext {
  readonly conv: NormalizedConversation;
  readonly nowMs: number;
  readonly customerTurns: readonly number[];
  readonly agentTurns: readonly number[];
  turn(index: number): TextView;
  readonly draft: TextView;
  history(index: number): TextView;
  signal<K extends SignalId>(id: K): SignalValues[K];
}

/** One conversation signal: its own file owns its phrases, its volatility and how it is worked out. */
export interface SignalKind<V> {
  id: string;
  /** One line for the docs. */
  doc: string;
  /** Reads the draft or the clock: worked out on every evaluation; otherwise once per change of the turns. */
  volatile?: Volatility;
  /** Other signals it reads; their volatility becomes its own. */
  reads?: readonly SignalId[];
  lexicons?: Readonly<Record<string, SignalLexicon>>;
  compute(ctx: SignalContext): V;
}

export function evidence(found: Found | undefined, source: EvidenceSource, turnIndex?: number): Evidence | undefined {
  return found && { ...found, source, ...(turnIndex === undefined ? {} : { turnIndex }) };
}
