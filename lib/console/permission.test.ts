import { describe, expect, it, vi } from 'vitest';
import { askWithin, DEFAULT_WAIT_MS, permissionWaitMs } from './permission';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

describe('asking for a site with an end to the waiting', () => {
  it('asks at once, inside the click, and reports the answer', async () => {
    const ask = vi.fn(() => Promise.resolve(true));
    const outcome = askWithin(ask, 1000);
    expect(ask).toHaveBeenCalledTimes(1);
    await expect(outcome).resolves.toEqual({ kind: 'granted' });
    await expect(askWithin(() => Promise.resolve(false), 1000)).resolves.toEqual({ kind: 'refused' });
  });

  it('says "not answered" when the prompt is left open, and passes on an answer that comes later', async () => {
    vi.useFakeTimers();
    try {
      const prompt = deferred<boolean>();
      const late = vi.fn();
      const outcome = askWithin(() => prompt.promise, 5000, late);
      await vi.advanceTimersByTimeAsync(4999);
      let done = false;
      void outcome.then(() => { done = true; });
      await Promise.resolve();
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await expect(outcome).resolves.toEqual({ kind: 'unanswered' });
      prompt.resolve(true);
      await vi.waitFor(() => expect(late).toHaveBeenCalledWith(true));
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports a request the browser refuses to make', async () => {
    await expect(askWithin(() => Promise.reject(new Error('Only permissions specified in the manifest may be requested.')), 1000))
      .resolves.toEqual({ kind: 'failed', message: 'Only permissions specified in the manifest may be requested.' });
    await expect(askWithin(() => { throw new Error('not during a gesture'); }, 1000)).resolves.toMatchObject({ kind: 'failed' });
  });

  it('waits a minute unless the console was opened with another wait', () => {
    expect(permissionWaitMs('')).toBe(DEFAULT_WAIT_MS);
    expect(permissionWaitMs('?permissionWait=2000')).toBe(2000);
    expect(permissionWaitMs('?permissionWait=5')).toBe(1000);
    expect(permissionWaitMs('?permissionWait=nope')).toBe(DEFAULT_WAIT_MS);
  });
});
