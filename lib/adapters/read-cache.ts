import type { ReadTurn } from './types';

/**
 * Re-reading a 2,000-message conversation every time one message arrives would cost the
 * support tool's page real time. The page watcher keeps each message element's reading and
 * marks what the page changed since the last batch; readers reuse every message untouched.
 * Adapters stay pure functions of a ParentNode: the cache is installed around a read with
 * `withReadCache` and is invisible to them (tests read without one).
 */
export class ReadCache {
  private readings = new WeakMap<Element, ReadTurn | null>();
  private changed = new WeakSet<Node>();

  /** The node and everything above it may read differently now. */
  markChanged(node: Node): void {
    for (let current: Node | null = node; current && !this.changed.has(current); current = current.parentNode) {
      this.changed.add(current);
    }
  }

  reuse(item: Element, read: () => ReadTurn | null): ReadTurn | null {
    if (this.readings.has(item) && !this.changed.has(item)) return this.readings.get(item)!;
    const reading = read();
    this.readings.set(item, reading);
    return reading;
  }

  /** Called after each batch: the next batch marks its own changes. */
  settle(): void {
    this.changed = new WeakSet();
  }
}

let active: ReadCache | null = null;

export function withReadCache<T>(cache: ReadCache, read: () => T): T {
  active = cache;
  try {
    return read();
  } finally {
    active = null;
  }
}

/** One message's reading, reused from the cache when the page has not touched it. */
export function cachedTurn(item: Element, read: () => ReadTurn | null): ReadTurn | null {
  return active ? active.reuse(item, read) : read();
}
