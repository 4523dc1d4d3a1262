import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver } from './autosave';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function saverWith(save: (v: string) => Promise<void>) {
  return new Autosaver<string>({ save, delayMs: 400, retryMs: 1000 });
}

describe('Autosaver', () => {
  it('saves once typing pauses, only the latest text', async () => {
    const save = vi.fn(async () => {});
    const saver = saverWith(save);
    saver.update('h');
    await vi.advanceTimersByTimeAsync(300);
    saver.update('he');
    await vi.advanceTimersByTimeAsync(300);
    saver.update('hello');
    expect(saver.isDirty).toBe(true);
    await vi.advanceTimersByTimeAsync(400);
    expect(save.mock.calls).toEqual([['hello']]);
    expect(saver.isDirty).toBe(false);
    expect(saver.getState().status).toBe('saved');
    expect(saver.lastSavedAt).not.toBeNull();
  });

  it('flushes at once when asked (panel hidden)', async () => {
    const save = vi.fn(async () => {});
    const saver = saverWith(save);
    saver.update('draft');
    await saver.flush();
    expect(save).toHaveBeenCalledWith('draft');
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('keeps the text and retries with backoff when a save fails', async () => {
    let fail = 2;
    const save = vi.fn(async () => {
      if (fail-- > 0) throw new Error('disk');
    });
    const saver = saverWith(save);
    saver.update('important');
    await vi.advanceTimersByTimeAsync(400);
    expect(saver.getState()).toMatchObject({ status: 'error', isDirty: true });
    expect(saver.pending()).toBe('important');
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(3);
    expect(saver.getState()).toMatchObject({ status: 'saved', isDirty: false });
  });

  it('saves text typed during a slow save right after it', async () => {
    const resolvers: (() => void)[] = [];
    const save = vi.fn(() => new Promise<void>((resolve) => resolvers.push(resolve)));
    const saver = saverWith(save);
    saver.update('one');
    await vi.advanceTimersByTimeAsync(400);
    saver.update('one two');
    await vi.advanceTimersByTimeAsync(400);
    expect(save).toHaveBeenCalledTimes(1);
    resolvers[0]!();
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.isDirty).toBe(true);
    expect(save).toHaveBeenLastCalledWith('one two');
    resolvers[1]!();
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.isDirty).toBe(false);
  });

  it('flush waits for a save in flight and then saves newer text', async () => {
    let release: () => void = () => {};
    const save = vi.fn((v: string) => (v === 'a' ? new Promise<void>((r) => (release = r)) : Promise.resolve()));
    const saver = saverWith(save);
    saver.update('a');
    await vi.advanceTimersByTimeAsync(400);
    saver.update('ab');
    const flushed = saver.flush();
    release();
    await flushed;
    expect(save.mock.calls.map((c) => c[0])).toEqual(['a', 'ab']);
    expect(saver.isDirty).toBe(false);
  });
});
