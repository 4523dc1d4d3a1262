import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n';

function format(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** A call's running time, ticking once a second until the call ends. */
export function CallTimer({ since, stopped }: { since: string; stopped?: boolean }) {
  const start = Date.parse(since);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (stopped) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [stopped]);
  if (Number.isNaN(start)) return null;
  const text = format(now - start);
  // role="timer" is not announced on every tick; the label says what the number is.
  return <span data-testid="call-timer" role="timer" aria-label={t('panel_callTime', text)}>{text}</span>;
}
