import type { CallState } from './schema';

/** A call as a page shows it, and where the panel's timer counts from. */
export interface CallReading {
  state: CallState;
  /** When the call started, by the page's clock (which may be off from this computer's). */
  since?: string;
  /**
   * The tool's own elapsed-time display ("03:12" beside the call), read by the adapter. The page
   * watcher keeps it only for an ended call (its display stands still); otherwise it becomes
   * `shownStart`, which stays the same from one second to the next.
   */
  shownElapsedMs?: number;
  /** When the tool's own timer read 0:00, by this computer's clock. */
  shownStart?: string;
  /** Set by the background: what the panel's timer counts from. */
  timing?: CallTiming;
}

/** The tool's own timer, the start time it gives, or (neither, or a start its clock cannot mean) when Kizuki saw the call. */
export type CallTiming = 'tool-timer' | 'tool-start' | 'seen';

/** "03:12", "3:12", "1:02:03" → milliseconds; null for anything else. */
export function parseElapsed(text: string | null | undefined): number | null {
  const match = /^\s*(?:(\d{1,3}):)?(\d{1,3}):(\d{2})\s*$/.exec(text ?? '');
  if (!match) return null;
  const [, hours, minutes, seconds] = match;
  if (Number(seconds) > 59 || (hours !== undefined && Number(minutes) > 59)) return null;
  return ((Number(hours ?? 0) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000;
}

/**
 * A display of whole seconds read at an unknown point within its second puts the start up to a
 * second either way; within this, the start already sent stands, so a ticking display sends nothing.
 */
const STEADY_MS = 1500;

/**
 * The call as the content script sends it: a running display of the tool's becomes the moment it
 * read 0:00 on this computer's clock, kept from the last reading while the two agree; an ended
 * call keeps its display's frozen value.
 */
export function steadyCall(call: CallReading | null | undefined, previous: CallReading | null | undefined, nowMs: number): CallReading | null | undefined {
  if (!call || call.shownElapsedMs === undefined || call.state === 'ended' || call.state === 'ringing') return call;
  const { shownElapsedMs, ...rest } = call;
  // The middle of the second the display shows.
  const start = nowMs - shownElapsedMs - 500;
  const kept = previous?.shownStart ? Date.parse(previous.shownStart) : NaN;
  const shownStart = !Number.isNaN(kept) && Math.abs(kept - start) <= STEADY_MS ? previous!.shownStart! : new Date(start).toISOString();
  return { ...rest, shownStart };
}

/** Minutes and seconds as support tools show them: 03:12, 1:02:03. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = String(Math.floor((total % 3600) / 60)).padStart(2, '0');
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${minutes}:${seconds}` : `${minutes}:${seconds}`;
}
