/**
 * Asking the browser for a site's access, with an end to the waiting. The prompt may never be
 * answered — a headless browser never answers, and a person may walk away — so after a while
 * the console says so ("not answered"), keeps what was typed, and offers to ask again. An
 * answer that comes after that goes to `late`.
 */
export type AccessOutcome = { kind: 'granted' } | { kind: 'refused' } | { kind: 'unanswered' } | { kind: 'failed'; message: string };

export const DEFAULT_WAIT_MS = 60_000;

interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}
const realTimers: Timers = { setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms), clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>) };

/**
 * `ask` is called at once: call this inside the click handler, before anything is awaited —
 * the browser shows its prompt only during the user's gesture.
 */
export function askWithin(ask: () => Promise<boolean>, waitMs: number, late?: (granted: boolean) => void, timers: Timers = realTimers): Promise<AccessOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const handle = timers.setTimeout(() => {
      settled = true;
      resolve({ kind: 'unanswered' });
    }, waitMs);
    let asked: Promise<boolean>;
    try {
      asked = ask();
    } catch (error) {
      asked = Promise.reject(error);
    }
    asked.then(
      (granted) => {
        if (settled) return late?.(granted);
        settled = true;
        timers.clearTimeout(handle);
        resolve(granted ? { kind: 'granted' } : { kind: 'refused' });
      },
      (error: unknown) => {
        if (settled) return;
        settled = true;
        timers.clearTimeout(handle);
        resolve({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
  });
}

/**
 * How long the console waits for the prompt: a minute, or `?permissionWait=ms` on
 * options.html (the end-to-end tests wait two seconds), kept between 1 s and 5 minutes.
 */
export function permissionWaitMs(search: string): number {
  const asked = Number(new URLSearchParams(search).get('permissionWait'));
  return Number.isFinite(asked) && asked > 0 ? Math.min(300_000, Math.max(1_000, asked)) : DEFAULT_WAIT_MS;
}
