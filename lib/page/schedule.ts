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

/** Runs `task` after the current event, before the next frame. */
export const soonScheduler: Scheduler = (task) => {
  const handle = setTimeout(task, 0);
  return () => clearTimeout(handle);
};
