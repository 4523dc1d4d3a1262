import { useEffect, useState } from 'react';
import { formatElapsed, type CallReading } from '@/lib/conversation/call-time';
import { t } from '@/lib/i18n';

/**
 * A call's running time, as the tool shows it: counted here from the start the background
 * settled on (the tool's own timer, its start time, or when Kizuki saw the call), ticking once a
 * second without a message from the page; an ended call shows the tool's frozen time.
 */
export function CallTimer({ call }: { call: CallReading }) {
  const stopped = call.state === 'ended';
  const start = call.since ? Date.parse(call.since) : NaN;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (stopped) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [stopped]);
  const elapsed = stopped && call.shownElapsedMs !== undefined ? call.shownElapsedMs : now - start;
  if (Number.isNaN(elapsed)) return null;
  const text = formatElapsed(elapsed);
  // Counted from when Kizuki saw the call: said quietly, since the tool may show another time.
  const title = call.timing === 'seen' ? t('panel_callTimeFromSeen') : undefined;
  // role="timer" is not announced on every tick; the label says what the number is.
  return <span data-testid="call-timer" data-timing={call.timing} role="timer" title={title} aria-label={t('panel_callTime', text)}>{text}</span>;
}
