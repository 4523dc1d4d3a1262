// @ts-check
// Scenario time. A scenario happens at a fixed moment (the catalog call is near 16:00 in
// Tokyo), so the desk runs its own clock: it jumps to each scripted step's time and runs
// on in between — faster while a scenario plays at speed > 1, so the call timer keeps up.

export class VirtualClock {
  /** @param {number} startMs */
  constructor(startMs) {
    this.virtualMs = startMs;
    this.realMs = performance.now();
    this.rate = 1;
  }

  now() {
    return Math.round(this.virtualMs + (performance.now() - this.realMs) * this.rate);
  }

  /** @param {number} rate */
  setRate(rate) {
    this.jumpTo(this.now());
    this.rate = rate;
  }

  /** @param {number} ms */
  jumpTo(ms) {
    this.virtualMs = ms;
    this.realMs = performance.now();
  }
}

/**
 * @param {number | string} time
 * @param {string} lang
 * @param {string} timeZone
 */
export function formatTime(time, lang, timeZone) {
  return new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(time));
}

/**
 * @param {number | string} time
 * @param {string} lang
 * @param {string} timeZone
 */
export function formatDateTime(time, lang, timeZone) {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(time));
}

/** mm:ss, or h:mm:ss for long calls. @param {number} ms */
export function formatDuration(ms) {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${String(m).padStart(2, '0')}:${s}`;
}

/** @param {string} lang */
export function defaultTimeZone(lang) {
  return lang === 'ja' ? 'Asia/Tokyo' : 'America/New_York';
}
