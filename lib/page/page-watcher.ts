import type { Adapter } from './adapters/types';
import { diffSnapshot, emptySnapshot, type Snapshot, type SnapshotPatch } from '../conversation/snapshot';
import { steadyCall } from '../conversation/call-time';
import { ReadCache, withReadCache } from './adapters/read-cache';
import { emptyList } from './adapters/fallback';
import { draftOf, readPage } from './adapters/read';
import { idleScheduler, soonScheduler, type Scheduler } from './schedule';
import { reportFailure } from '../diagnostics/log';

export interface PageWatcherOptions {
  document: Document;
  /** The page's current URL (a function, because single-page tools change it without reloading). */
  url: () => string;
  /** Chooses the adapter for the page, or null when the page is not a conversation Kizuki can read. */
  pickAdapter: (root: ParentNode, url: URL) => Adapter | null;
  /** Whether some tool Kizuki reads claims this address (to say why nothing was detected). */
  claims?: (url: URL) => boolean;
  /** Receives only what changed since the last call. */
  send: (patch: SnapshotPatch) => void;
  /** When the page is idle: whole-page reads. */
  schedule?: Scheduler;
  /** As soon as possible: re-reading the reply box after a keystroke. */
  scheduleSoon?: Scheduler;
  /** The least time between two whole-page reads (default 100 ms). */
  fullReadGapMs?: number;
  /** How long readings are reused before the whole page is read afresh (default 5 s). */
  refreshMs?: number;
  /** Attributes whose change means the page changed: the union of what the adapters declare (`Adapter.observe`). */
  observedAttributes?: readonly string[];
}

export interface PageWatcher {
  start(): void;
  stop(): void;
  /** Forget what was sent, so the next batch sends the whole snapshot (after a reconnect). */
  resync(): void;
  /** Process queued changes now (tests and benchmarks). */
  flush(): void;
  composer(): HTMLElement | null;
}

const FULL_READ_GAP_MS = 100;
/**
 * Readings follow the page's mutation records. Now and then everything is read afresh, so a
 * change no record reports (an attribute the observer does not watch) is not missed for long.
 */
const REFRESH_MS = 5000;

/**
 * Watches the support tool's page. The MutationObserver callback and the input listener
 * only mark work as queued; reading happens once per batch when the page is idle, and a
 * keystroke re-reads only the reply box, never the whole conversation.
 */
export function createPageWatcher(options: PageWatcherOptions): PageWatcher {
  const { document: doc, send } = options;
  const schedule = options.schedule ?? idleScheduler();
  const scheduleSoon = options.scheduleSoon ?? options.schedule ?? soonScheduler;
  const fullReadGapMs = options.fullReadGapMs ?? FULL_READ_GAP_MS;
  const refreshMs = options.refreshMs ?? REFRESH_MS;
  let last: Snapshot | null = null;
  let adapter: Adapter | null = null;
  let adapterUrl = '';
  let composerEl: HTMLElement | null = null;
  let fullReadNeeded = true;
  let cancelPending: (() => void) | null = null;
  let running = false;

  let pendingIsSoon = false;
  let lastFullReadAt = -Infinity;
  /**
   * `full`: something outside the reply box changed, so the whole page is read again.
   * `soon`: the agent is typing and waiting for the prompt to react — process right after this
   * event instead of waiting for the page to be idle (a keystroke re-reads one element).
   */
  const queue = (full: boolean, soon = !full) => {
    if (full) fullReadNeeded = true;
    if (!running) return;
    if (soon) {
      if (cancelPending && pendingIsSoon) return;
      cancelPending?.();
      pendingIsSoon = true;
      cancelPending = scheduleSoon(process);
      return;
    }
    if (cancelPending) return;
    pendingIsSoon = false;
    // A busy conversation (many messages a second) is read at most every FULL_READ_GAP_MS:
    // batching more changes per read is what keeps the page's cost low.
    const wait = lastFullReadAt + fullReadGapMs - performance.now();
    if (wait <= 0) {
      cancelPending = schedule(process);
      return;
    }
    // The read has already waited out the gap: one task for it, not a timer and then an idle callback.
    const gap = setTimeout(process, wait);
    cancelPending = () => clearTimeout(gap);
  };
  let cache = new ReadCache();
  let cacheSince = performance.now();
  const freshCache = () => {
    cache = new ReadCache();
    cacheSince = performance.now();
  };
  let pendingRecords: MutationRecord[] = [];
  const observer = new MutationObserver((records) => {
    pendingRecords = pendingRecords.length ? pendingRecords.concat(records) : records;
    const insideComposer = composerEl !== null && records.every((r) => composerEl!.contains(r.target));
    queue(!insideComposer);
  });
  const onInput = (event: Event) => {
    const target = event.target as Node | null;
    queue(!(composerEl && target && composerEl.contains(target)), true);
  };

  // A rich editor is written into its iframe after the page has settled (CKEditor 4 loads its
  // frame twice, TinyMCE builds its frame late): nothing this document's observer sees tells that
  // the reply box is there now. A frame's load does not bubble, but a capturing listener on the
  // document hears it.
  const onFrameLoad = (event: Event) => {
    const tag = (event.target as Element | null)?.tagName;
    if (tag === 'IFRAME' || tag === 'FRAME') queue(true);
  };

  // A reply box inside a same-origin iframe (CKEditor 4, TinyMCE) lives in another document:
  // its keystrokes and edits never reach this one's listener and observer, so watch that document too.
  let frameDoc: Document | null = null;
  const frameObserver = new MutationObserver((records) => {
    pendingRecords = pendingRecords.length ? pendingRecords.concat(records) : records;
    queue(false);
  });

  function followComposerDocument() {
    const next = composerEl && composerEl.ownerDocument !== doc ? composerEl.ownerDocument : null;
    if (next === frameDoc) return;
    if (frameDoc) {
      frameObserver.disconnect();
      frameDoc.removeEventListener('input', onInput, { capture: true });
    }
    frameDoc = next;
    if (frameDoc && running) {
      frameObserver.observe(frameDoc, { subtree: true, childList: true, characterData: true });
      frameDoc.addEventListener('input', onInput, { capture: true, passive: true });
    }
  }

  function process() {
    cancelPending = null;
    try {
      const href = options.url();
      // Detection runs when the page changed; a keystroke on the same address keeps the adapter.
      if (href !== adapterUrl || (fullReadNeeded && (!adapter || !adapter.detect(doc, new URL(href))))) {
        const next = options.pickAdapter(doc, new URL(href));
        if (next !== adapter) freshCache();
        adapter = next;
        adapterUrl = href;
        fullReadNeeded = true;
      }
      // A tool may replace its reply box (switching editors, re-rendering): then read everything.
      const draftOnly = !fullReadNeeded && last && composerEl?.isConnected;
      // Changes only inside the reply box are covered by reading the draft; others go to the cache.
      if (!draftOnly) cache.note(pendingRecords);
      pendingRecords = [];
      const next: Snapshot = draftOnly
        ? { ...last!, draft: adapter ? draftOf(adapter, composerEl) : null }
        : readAll(href);
      fullReadNeeded = false;
      followComposerDocument();
      const patch = diffSnapshot(last, next);
      last = next;
      if (patch) send(patch);
    } catch (error) {
      // An unreadable page degrades to "not detected"; the support tool must never see our errors.
      reportFailure('page: watch', error);
      const empty = emptySnapshot(options.url());
      const next: Snapshot = { ...empty, health: { ...empty.health, reason: 'unreadable' } };
      const patch = diffSnapshot(last, next);
      last = next;
      adapter = null;
      composerEl = null;
      if (patch) send(patch);
    }
  }

  function readAll(href: string): Snapshot {
    if (!adapter) {
      composerEl = null;
      const empty = emptySnapshot(href);
      return { ...empty, health: { ...empty.health, reason: options.claims?.(new URL(href)) ? 'no-conversation' : 'no-tool' } };
    }
    const current = adapter;
    lastFullReadAt = performance.now();
    if (lastFullReadAt - cacheSince > refreshMs) freshCache();
    const { reading, composer } = withReadCache(cache, () => readPage(current, doc, new URL(href)));
    cache.settle();
    composerEl = composer;
    const messages = reading.turns.length + (reading.transcript?.length ?? 0);
    return {
      ...reading,
      // A tool's ticking display becomes one start time, so its seconds send nothing.
      ...(reading.call ? { call: steadyCall(reading.call, last?.call, Date.now()) } : {}),
      tool: adapter.id,
      toolName: adapter.name,
      url: href,
      health: {
        detected: true,
        // No message read: an open conversation with none yet is no failure, while a list
        // showing text Kizuki could not read is ("message list not found").
        messageList: messages > 0 || emptyList(current, doc),
        replyBox: reading.draft !== null,
        messages,
      },
    };
  }

  return {
    start() {
      if (running) return;
      running = true;
      const attributeFilter = [...new Set(options.observedAttributes ?? [])];
      observer.observe(doc, { subtree: true, childList: true, characterData: true, ...(attributeFilter.length ? { attributes: true, attributeFilter } : {}) });
      doc.addEventListener('input', onInput, { capture: true, passive: true });
      doc.addEventListener('load', onFrameLoad, { capture: true, passive: true });
      queue(true);
    },
    stop() {
      running = false;
      observer.disconnect();
      composerEl = null;
      followComposerDocument();
      pendingRecords = [];
      doc.removeEventListener('input', onInput, { capture: true });
      doc.removeEventListener('load', onFrameLoad, { capture: true });
      cancelPending?.();
      cancelPending = null;
    },
    resync() {
      last = null;
      freshCache();
      queue(true);
    },
    flush() {
      cancelPending?.();
      process();
    },
    // The tool may have re-rendered its reply box since the last read: never hand out a detached one.
    composer: () => (composerEl?.isConnected ? composerEl : (adapter?.composer(doc) ?? null)),
  };
}
