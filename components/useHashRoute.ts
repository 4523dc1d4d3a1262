import { useSyncExternalStore } from 'react';

/** The console's location: "#/rules/apologise-first" → ["rules", "apologise-first"]. */
function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const read = () => location.hash;

export function useHashRoute(): string[] {
  const hash = useSyncExternalStore(subscribe, read, read);
  return hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
}

export function go(...parts: string[]): void {
  location.hash = `#/${parts.map(encodeURIComponent).join('/')}`;
}
