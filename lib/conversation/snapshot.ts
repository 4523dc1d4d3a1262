import type { Channel, Direction, HistoryEntry, Speaker } from './schema';
import type { CallReading } from './call-time';

/** One message as an adapter reads it off the page. */
export interface ReadTurn {
  from: Speaker;
  text: string;
  /** ISO time when the page shows one. */
  at?: string;
  /** The tool's own message id when the page exposes one. */
  id?: string;
}

/** What an adapter reads from the page at one moment. Pure data, no DOM references. */
export interface PageReading {
  /** The tool's conversation / ticket id; null when the page shows no conversation. */
  conversationId: string | null;
  customer: { name?: string; key?: string } | null;
  turns: ReadTurn[];
  /** The reply box's current text; null when no reply box was found. */
  draft: string | null;
  channel?: Channel;
  direction?: Direction;
  call?: CallReading | null;
  /** Live call transcript lines, when the page shows one. */
  transcript?: ReadTurn[];
  /** How each part was found, for the health line and diagnostics. */
  how?: ReadingHow;
  /** The customer's earlier contacts as the tool lists them (its own record, beside Kizuki's notes). */
  history?: HistoryEntry[];
}

/**
 * How a part of the page was read: by the tool's own selectors ("tool"), by the page's
 * structure when those found nothing ("structure", "url", "focus"), carried over from the page
 * the agent came from ("assumed"), or not at all.
 */
export interface ReadingHow {
  thread: 'tool' | 'structure' | 'none';
  speakers: 'tool' | 'structure' | 'none';
  replyBox: 'tool' | 'structure' | 'focus' | 'none';
  id: 'tool' | 'url' | 'page' | 'assumed' | 'none';
  /**
   * The tool may show the reply box on a page of its own, without the thread (a classic
   * helpdesk's reply page, webmail's compose window): such a page continues the conversation
   * read on the page before. Tools that show both together never set it.
   */
  replyApart?: boolean;
}


/** What the content script knows about the page: the adapter's reading plus where it came from. */
export interface Snapshot extends PageReading {
  /** Adapter id ("desk", "zendesk", "generic"), or null when nothing was detected. */
  tool: string | null;
  toolName: string | null;
  url: string;
  health: PageHealth;
}

/** What the watcher found on the page, for the session header's health line. */
export interface PageHealth {
  detected: boolean;
  /**
   * Why nothing was detected: no tool Kizuki reads claims this address, or one does but the
   * page shows no conversation (a list, a report), or reading it failed.
   */
  reason?: 'no-tool' | 'no-conversation' | 'unreadable';
  messageList: boolean;
  replyBox: boolean;
  messages: number;
}

/**
 * Only what changed (a missing field and a null one mean the same: not on the page) since the last snapshot. `turnsFrom` says from which index the
 * turns were replaced (usually the old length: new messages appended); the same for
 * the transcript. Other keys are present only when their value changed.
 */
export interface SnapshotPatch {
  base?: Partial<Omit<Snapshot, 'turns' | 'transcript'>>;
  turnsFrom?: number;
  turns?: ReadTurn[];
  transcriptFrom?: number;
  transcript?: ReadTurn[];
}

const SCALAR_KEYS = [
  'tool', 'toolName', 'url', 'conversationId', 'customer', 'draft', 'channel', 'direction', 'call', 'health', 'how', 'history',
] as const;

function sameTurn(a: ReadTurn | undefined, b: ReadTurn | undefined): boolean {
  if (a === b) return a !== undefined;
  return !!a && !!b && a.from === b.from && a.text === b.text && a.at === b.at && a.id === b.id;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** First index where two turn lists differ (the length of their common prefix). */
function firstDifference(before: ReadTurn[], after: ReadTurn[]): number {
  const shorter = Math.min(before.length, after.length);
  let i = 0;
  // The watcher hands back the very same reading for every message the page left alone.
  while (i < shorter && before[i] === after[i]) i++;
  while (i < shorter && sameTurn(before[i], after[i])) i++;
  return i;
}

/** The patch that turns `before` into `after`, or null when nothing changed. */
export function diffSnapshot(before: Snapshot | null, after: Snapshot): SnapshotPatch | null {
  if (!before) return { base: pickScalars(after), turnsFrom: 0, turns: after.turns, transcriptFrom: 0, transcript: after.transcript ?? [] };
  const patch: SnapshotPatch = {};
  const base: Partial<Snapshot> = {};
  for (const key of SCALAR_KEYS) {
    if (!sameValue(before[key], after[key])) Object.assign(base, { [key]: after[key] ?? null });
  }
  if (Object.keys(base).length > 0) patch.base = base;
  const turnsFrom = firstDifference(before.turns, after.turns);
  if (turnsFrom < before.turns.length || turnsFrom < after.turns.length) {
    patch.turnsFrom = turnsFrom;
    patch.turns = after.turns.slice(turnsFrom);
  }
  const beforeTranscript = before.transcript ?? [];
  const afterTranscript = after.transcript ?? [];
  const transcriptFrom = firstDifference(beforeTranscript, afterTranscript);
  if (transcriptFrom < beforeTranscript.length || transcriptFrom < afterTranscript.length) {
    patch.transcriptFrom = transcriptFrom;
    patch.transcript = afterTranscript.slice(transcriptFrom);
  }
  return Object.keys(patch).length > 0 ? patch : null;
}

/** Applies a patch made by `diffSnapshot`; `before` is null for the first patch of a page. */
export function applyPatch(before: Snapshot | null, patch: SnapshotPatch): Snapshot {
  const start: Snapshot = before ?? emptySnapshot('');
  const next: Snapshot = { ...start, ...(patch.base as Partial<Snapshot>) };
  if (patch.turnsFrom !== undefined) next.turns = [...start.turns.slice(0, patch.turnsFrom), ...(patch.turns ?? [])];
  if (patch.transcriptFrom !== undefined) {
    next.transcript = [...(start.transcript ?? []).slice(0, patch.transcriptFrom), ...(patch.transcript ?? [])];
  }
  return next;
}

export function emptySnapshot(url: string): Snapshot {
  return {
    tool: null, toolName: null, url, conversationId: null, customer: null, turns: [], draft: null,
    call: null, transcript: [],
    health: { detected: false, messageList: false, replyBox: false, messages: 0 },
  };
}

function pickScalars(snapshot: Snapshot): Partial<Snapshot> {
  const base: Partial<Snapshot> = {};
  for (const key of SCALAR_KEYS) if (snapshot[key] !== undefined) Object.assign(base, { [key]: snapshot[key] });
  return base;
}
