import { describe, expect, it } from 'vitest';
import { formatElapsed, parseElapsed, steadyCall } from './call-time';

const NOW = Date.parse('2026-11-23T10:00:00Z');

describe("a tool's call timer", () => {
  it('reads the displays support tools show, and nothing else', () => {
    expect(parseElapsed('03:12')).toBe(192_000);
    expect(parseElapsed(' 3:12 ')).toBe(192_000);
    expect(parseElapsed('1:02:03')).toBe(3_723_000);
    expect(parseElapsed('125:07')).toBe(7_507_000);
    for (const text of ['', '3:75', '1:75:00', 'on hold', '12', null, undefined]) expect(parseElapsed(text), String(text)).toBeNull();
  });

  it('shows minutes and seconds as the tools do', () => {
    expect(formatElapsed(192_999)).toBe('03:12');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
    expect(formatElapsed(-5)).toBe('00:00');
  });

  it("turns a running display into one start on this computer's clock, which its ticking does not change", () => {
    const first = steadyCall({ state: 'connected', since: '2020-01-01T00:00:00Z', shownElapsedMs: 192_000 }, null, NOW)!;
    expect(first).toEqual({ state: 'connected', since: '2020-01-01T00:00:00Z', shownStart: new Date(NOW - 192_500).toISOString() });
    // Each second the display and the clock move together: nothing new to send.
    for (let s = 1; s <= 120; s++) {
      const next = steadyCall({ state: 'connected', shownElapsedMs: (192 + s) * 1000 }, first, NOW + s * 1000 + (s % 3) * 300);
      expect(next?.shownStart).toBe(first.shownStart);
    }
    // A display that jumps (a tool that pauses its timer on hold) gives a new start.
    expect(steadyCall({ state: 'connected', shownElapsedMs: 192_000 }, first, NOW + 10_000)?.shownStart).toBe(new Date(NOW + 10_000 - 192_500).toISOString());
  });

  it('keeps an ended call at its frozen display, and passes a call without a display through', () => {
    const ended = { state: 'ended' as const, shownElapsedMs: 200_000 };
    expect(steadyCall(ended, null, NOW)).toBe(ended);
    const plain = { state: 'connected' as const, since: '2026-11-23T09:58:00Z' };
    expect(steadyCall(plain, null, NOW)).toBe(plain);
    expect(steadyCall(null, null, NOW)).toBeNull();
  });
});
