import { usePanelStore } from '@/lib/panel/store';

/**
 * The one place the panel speaks to screen readers: politely, after whatever the agent is
 * hearing now. The cards themselves are not live, so typing never sets off a stream of
 * announcements.
 */
export function LiveRegion() {
  const announcement = usePanelStore((state) => state.announcement);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {/* A changing key re-inserts the text, so the same sentence twice is heard twice. */}
      {announcement && <span key={announcement.seq}>{announcement.text}</span>}
    </div>
  );
}
