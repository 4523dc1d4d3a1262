/**
 * Wall-clock arithmetic in an IANA zone with Intl alone. The conversation's clock is what
 * matters ("15時" means 15:00 where the customer is), never the machine's zone, so nothing
 * here uses Date's local-time methods. Calendar days are plain {y, m, d} done with Date.UTC,
 * which has no daylight saving to trip over.
 */

export interface Civil { y: number; m: number; d: number }

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formatters are costly to build; one per zone is kept (a pure cache, no observable state). */
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone's wall clock at `ms`, read as if it were UTC. */
function wallAsUtc(ms: number, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  // Some engines print midnight as 24 even with h23.
  const hour = (p.hour ?? 0) % 24;
  return Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, hour, p.minute ?? 0, p.second ?? 0);
}

const offsets = new Map<string, Map<number, number>>();
const QUARTER_HOUR = 900_000;

/**
 * The zone's offset from UTC at the instant `ms`, in ms (Tokyo: +9 h; London: 0 or +1 h).
 * formatToParts costs ~10 µs, more than the whole grammar, so offsets are remembered per
 * quarter hour of UTC: every zone's changes since the 1970s fall on quarter-hour instants,
 * so an offset holds for its whole quarter hour and the cache cannot change an answer.
 */
export function offsetMs(ms: number, timeZone: string): number {
  let zone = offsets.get(timeZone);
  if (!zone) offsets.set(timeZone, (zone = new Map()));
  const bucket = Math.floor(ms / QUARTER_HOUR);
  let off = zone.get(bucket);
  if (off === undefined) {
    const at = bucket * QUARTER_HOUR;
    off = wallAsUtc(at, timeZone) - at;
    if (zone.size > 2048) zone.clear(); // bounded: a long session must not grow it forever
    zone.set(bucket, off);
  }
  return off;
}

/** The local day and minutes since local midnight at the instant `ms`. */
export function civilAt(ms: number, timeZone: string): { day: Civil; minutes: number } {
  const wall = new Date(ms + offsetMs(ms, timeZone));
  return {
    day: { y: wall.getUTCFullYear(), m: wall.getUTCMonth() + 1, d: wall.getUTCDate() },
    minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
  };
}

/**
 * The instant when the zone's clock reads `minutes` after midnight of `day` (minutes may run
 * past 1440 into the next day). Two passes, because the offset at the guess can differ from
 * the offset at the answer across a daylight-saving change.
 */
export function epochOf(day: Civil, minutes: number, timeZone: string): number {
  const wall = Date.UTC(day.y, day.m - 1, day.d) + minutes * 60_000;
  const first = wall - offsetMs(wall, timeZone);
  return wall - offsetMs(first, timeZone);
}

export function addDays(c: Civil, n: number): Civil {
  const t = new Date(Date.UTC(c.y, c.m - 1, c.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The first day of the month `n` months after c's month. */
export function addMonths(c: Civil, n: number): Civil {
  const t = new Date(Date.UTC(c.y, c.m - 1 + n, 1));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: 1 };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** 0 = Sunday, as Date does. */
export function weekday(c: Civil): number {
  return new Date(Date.UTC(c.y, c.m - 1, c.d)).getUTCDay();
}

/** Negative when a is before b. */
export function compareDays(a: Civil, b: Civil): number {
  return Date.UTC(a.y, a.m - 1, a.d) - Date.UTC(b.y, b.m - 1, b.d);
}
