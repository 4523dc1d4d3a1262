import { useEffect, useState } from 'react';
import { NO_SHORTCUTS, readShortcuts, type Shortcuts } from '@/lib/panel/shortcuts';

/** The browser-wide shortcuts as set now; read again when the panel regains focus (the agent may have changed them). */
export function useShortcuts(): Shortcuts {
  const [shortcuts, setShortcuts] = useState(NO_SHORTCUTS);
  useEffect(() => {
    let alive = true;
    const read = () => void readShortcuts().then((next) => alive && setShortcuts(next));
    read();
    window.addEventListener('focus', read);
    return () => {
      alive = false;
      window.removeEventListener('focus', read);
    };
  }, []);
  return shortcuts;
}
