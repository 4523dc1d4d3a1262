import type { ReadTurn } from './types';

/**
 * Re-reading a 2,000-message conversation every time one message arrives would cost the
 * support tool's page real time. The page watcher hands the cache each batch of the page's
 * mutation records; the cache then answers from what it read before wherever the page did
 * not change:
 *  - a message list grows by the messages the page appended, without querying the whole list;
 *  - only messages whose elements changed are read again;
 *  - page-wide lookups (the customer's name, the reply box) keep their element while it is
 *    still on the page, still matches, and nothing the page added could come first.
 * Whatever the cache cannot follow (the page inserting or removing messages mid-list) falls
 * back to reading from the page. The watcher also starts a fresh cache every few seconds, so a
 * change no mutation record reports (an attribute Kizuki does not observe) is caught soon.
 * Adapters stay pure functions of a ParentNode: the cache is installed around a read with
 * `withReadCache` and is invisible to them (tests read without one).
 */
export class ReadCache {
  private readings = new WeakMap<Element, ReadTurn | null>();
  private changed = new WeakSet<Node>();
  private lists = new WeakMap<ParentNode, Map<string, ListState>>();
  /** Lists read in the last batch: a changed node is looked up in these to find its message. */
  private liveLists = new Set<ListState>();
  private listsRead = new Set<ListState>();
  private queries = new WeakMap<ParentNode, Map<string, Element | null>>();
  private added: Element[] = [];
  private removed: Element[] = [];
  private addedMatch = new Map<string, boolean>();
  private removedMatch = new Map<string, boolean>();

  /** What the page changed since the last batch, as its MutationObserver reported it. */
  note(records: readonly MutationRecord[]): void {
    for (const record of records) {
      this.markChanged(record.target);
      if (record.type !== 'childList') continue;
      record.addedNodes.forEach((node) => { if (node.nodeType === 1) this.added.push(node as Element); });
      record.removedNodes.forEach((node) => { if (node.nodeType === 1) this.removed.push(node as Element); });
    }
  }

  /** The node and everything above it may read differently now. */
  private markChanged(node: Node): void {
    for (let current: Node | null = node; current && !this.changed.has(current); current = current.parentNode) {
      this.changed.add(current);
      for (const list of this.liveLists) {
        const index = list.indexOf.get(current as Element);
        if (index !== undefined) list.dirty.add(index);
      }
    }
  }

  /** An item's reading, read again only when the page changed it (or `force`). */
  private reading(item: Element, read: (item: Element) => ReadTurn | null, force = false): ReadTurn | null {
    if (!force && this.readings.has(item) && !this.changed.has(item)) return this.readings.get(item)!;
    const reading = read(item);
    this.readings.set(item, reading);
    return reading;
  }

  /** `root.querySelector(selector)`, kept while the page gives no reason to look again. */
  query(root: ParentNode, selector: string): Element | null {
    let known = this.queries.get(root);
    if (!known) this.queries.set(root, (known = new Map()));
    if (known.has(selector)) {
      const element = known.get(selector)!;
      const stillThere = element === null || ((root as Node).contains(element) && element.matches(selector));
      if (stillThere && !this.someMatch(this.added, this.addedMatch, selector, true)) return element;
    }
    const element = root.querySelector(selector);
    known.set(selector, element);
    return element;
  }

  /** The readings of every `selector` element under `scope`, in page order, nulls left out. */
  turns(scope: ParentNode, selector: string, read: (item: Element) => ReadTurn | null): ReadTurn[] {
    let byScope = this.lists.get(scope);
    if (!byScope) this.lists.set(scope, (byScope = new Map()));
    let list = byScope.get(selector);
    if (!list || !this.follow(list, scope, selector)) {
      const items = Array.from(scope.querySelectorAll(selector));
      list = { items, indexOf: new Map(items.map((item, i) => [item, i])), readings: [], turns: [], dirty: new Set(), read: 0 };
      byScope.set(selector, list);
    }
    this.listsRead.add(list);
    const edited = list.dirty.size > 0;
    for (const index of list.dirty) list.readings[index] = this.reading(list.items[index]!, read, true);
    list.dirty.clear();
    const appended: ReadTurn[] = [];
    for (; list.read < list.items.length; list.read++) {
      const turn = this.reading(list.items[list.read]!, read);
      list.readings[list.read] = turn;
      if (turn) appended.push(turn);
    }
    // A new array whenever something changed (the watcher compares it with the last one sent).
    if (edited) list.turns = list.readings.filter((turn): turn is ReadTurn => turn !== null);
    else if (appended.length > 0) list.turns = list.turns.concat(appended);
    return list.turns;
  }

  /** Called after each batch: the next batch marks its own changes. */
  settle(): void {
    this.liveLists = this.listsRead;
    this.listsRead = new Set();
    this.changed = new WeakSet();
    this.added = [];
    this.removed = [];
    this.addedMatch.clear();
    this.removedMatch.clear();
  }

  /**
   * Brings a list up to date from this batch's records: true when the page only appended
   * items after the last one known; false when it must be queried again.
   */
  private follow(list: ListState, scope: ParentNode, selector: string): boolean {
    if (this.someMatch(this.removed, this.removedMatch, selector, false)) return false;
    if (!this.someMatch(this.added, this.addedMatch, selector, true)) return true;
    const fresh = new Set<Element>();
    for (const node of this.added) {
      if (!node.isConnected || !(scope as Node).contains(node)) continue;
      if (node.matches(selector) && !list.indexOf.has(node)) fresh.add(node);
      node.querySelectorAll(selector).forEach((item) => { if (!list.indexOf.has(item)) fresh.add(item); });
    }
    if (fresh.size === 0) return true;
    const appended = [...fresh].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const last = list.items.at(-1);
    if (last && !(last.compareDocumentPosition(appended[0]!) & Node.DOCUMENT_POSITION_FOLLOWING)) return false;
    for (const item of appended) {
      list.indexOf.set(item, list.items.length);
      list.items.push(item);
    }
    return true;
  }

  /** Whether any of this batch's added (or removed) elements is or holds a `selector` element. */
  private someMatch(nodes: Element[], memo: Map<string, boolean>, selector: string, connectedOnly: boolean): boolean {
    let found = memo.get(selector);
    if (found === undefined) {
      found = nodes.some((node) => (!connectedOnly || node.isConnected) && (node.matches(selector) || node.querySelector(selector) !== null));
      memo.set(selector, found);
    }
    return found;
  }
}

interface ListState {
  items: Element[];
  /** Each item's position, to find which message a changed node belongs to. */
  indexOf: Map<Element, number>;
  readings: (ReadTurn | null)[];
  turns: ReadTurn[];
  /** Positions of items the page changed since they were read. */
  dirty: Set<number>;
  /** How many items have been read at least once. */
  read: number;
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

/** The readings of every `selector` element under `scope`, following the page's appends when a cache is active. */
export function cachedTurns(scope: ParentNode, selector: string, read: (item: Element) => ReadTurn | null): ReadTurn[] {
  if (active) return active.turns(scope, selector, read);
  const turns: ReadTurn[] = [];
  for (const item of Array.from(scope.querySelectorAll(selector))) {
    const turn = read(item);
    if (turn) turns.push(turn);
  }
  return turns;
}

/** A page-wide lookup (`document.querySelector`), kept between batches when a cache is active. */
export function cachedQuery<E extends Element = Element>(root: ParentNode, selector: string): E | null {
  return (active && root.nodeType === 9 ? active.query(root, selector) : root.querySelector(selector)) as E | null;
}
