/** Runs `task` when the page is idle (or within `timeoutMs` at the latest); returns a cancel function. */
export type Scheduler = (task: () => void) => () => void;

export function idleScheduler(timeoutMs = 32): Scheduler {
  return (task) => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => task(), { timeout: timeoutMs });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(task, Math.min(timeoutMs, 16));
    return () => clearTimeout(handle);
  };
}
