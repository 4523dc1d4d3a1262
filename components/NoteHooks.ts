import { liveQuery } from 'dexie';
import { reportFailure } from '@/lib/diagnostics/log';
import { useEffect, useState } from 'react';
import { getLanguage } from '@/lib/i18n';
import { formatLocalTime } from '@/lib/notes/human-export';

/**
 * Re-runs a Dexie query whenever the tables it read change, in this page or another
 * (the side panel saving a note updates the open notebook). Small stand-in for
 * dexie-react-hooks, which is not a dependency.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: (e: unknown) => reportFailure('live query', e) });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}

/** "2026-11-20T14:02" for <input type="datetime-local">, in local time. */
export function toLocalInput(ms: number | null): string {
  return ms === null ? '' : formatLocalTime(ms).replace(' ', 'T');
}

export function fromLocalInput(value: string): number | null {
  if (!value) return null;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? null : ms;
}

/**
 * Times in the UI's language (which the agent may have set apart from the browser's).
 * Formatters are cached: building one per call made a 50-note list render noticeably slower.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: 'time' | 'dateTime'): Intl.DateTimeFormat {
  const key = `${getLanguage()}|${kind}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'time' ? { hour: '2-digit', minute: '2-digit' } : { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' };
    format = new Intl.DateTimeFormat(getLanguage(), options);
    formatters.set(key, format);
  }
  return format;
}

export function formatTime(ms: number): string {
  return formatter('time').format(ms);
}

export function formatDateTime(ms: number): string {
  return formatter('dateTime').format(ms);
}
