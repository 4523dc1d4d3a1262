/**
 * Failures Kizuki recovers from (a storage write refused, a page that could not be read, a
 * policy store that did not answer) are never shown to the agent as errors, but they are not
 * swallowed either: each goes to a small local log that the panel's and the console's
 * diagnostics show. Nothing here leaves the machine.
 */
export interface Diagnostic {
  at: number;
  /** Where it happened, e.g. "page: read" or "subscription: refresh". */
  where: string;
  message: string;
}

export const DIAGNOSTICS_KEPT = 50;

/** What an extension page sends the background with runtime.sendMessage. */
export interface DiagnosticMessage {
  type: 'kizuki-diagnostic';
  entry: Diagnostic;
}

type Sink = (entry: Diagnostic) => void;

const recent: Diagnostic[] = [];
let sink: Sink | null = null;

function messageOf(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  try {
    return typeof error === 'string' ? error : JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/** The same failure again within a minute is counted once: a page that fails on every read must not flood the log. */
const REPEAT_MS = 60_000;
const lastSeen = new Map<string, number>();

/** Records a failure that was handled. Never throws, whatever it is given. */
export function reportFailure(where: string, error: unknown): void {
  const entry: Diagnostic = { at: Date.now(), where, message: messageOf(error).slice(0, 500) };
  const key = `${where}\u0000${entry.message}`;
  const seen = lastSeen.get(key);
  if (seen !== undefined && entry.at - seen < REPEAT_MS) return;
  lastSeen.set(key, entry.at);
  if (lastSeen.size > 200) lastSeen.clear();
  recent.push(entry);
  if (recent.length > DIAGNOSTICS_KEPT) recent.shift();
  try {
    sink?.(entry);
  } catch {
    // The sink is the last resort; a failing sink must not become a second failure.
  }
}

/** Where this context's entries go besides its own memory (the background's log, over messaging). */
export function setDiagnosticsSink(next: Sink | null): void {
  sink = next;
}

/** This context's latest entries, oldest first. */
export function recentDiagnostics(): readonly Diagnostic[] {
  return recent;
}

/** Adds an entry to a kept list, dropping the oldest beyond the limit. */
export function appendDiagnostic(list: readonly Diagnostic[], entry: Diagnostic): Diagnostic[] {
  const next = [...list, entry];
  return next.length > DIAGNOSTICS_KEPT ? next.slice(next.length - DIAGNOSTICS_KEPT) : next;
}
