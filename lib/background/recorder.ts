import type { HistoryEntry } from '../conversation/schema';
import { customerScope, keysFromCustomerKey } from '../notes/customer-keys';
import type { KizukiDB } from '../db/db';
import { historyForEngine } from '../notes/history';
import { upsertSession } from '../notes/sessions';
import type { SessionView } from './live-session';
import { reportFailure } from '../diagnostics/log';

/** How often a session that keeps changing is written, at most. */
const SAVE_EVERY_MS = 3000;

interface Saved {
  turns: number;
  callState?: string;
  customerKey?: string;
  savedAt: number;
}

/**
 * Keeps each live conversation in the notes database (so notes, customer history and the
 * second call can find it) and looks up the customer's earlier contacts for the engine.
 * Writes are coalesced: a new message, a call-state change or a new customer writes at once;
 * typing alone never does.
 */
export function createSessionRecorder(
  db: KizukiDB,
  onHistory: (tabId: number, key: string, history: HistoryEntry[]) => void,
  { saveEveryMs = SAVE_EVERY_MS } = {},
) {
  const saved = new Map<string, Saved>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const latest = new Map<string, SessionView>();

  async function save(view: SessionView) {
    const { snapshot, key } = view;
    if (!key || !snapshot.tool) return;
    const customerKey = snapshot.customer?.key;
    const previous = saved.get(key);
    saved.set(key, { turns: snapshot.turns.length + (snapshot.transcript?.length ?? 0), callState: snapshot.call?.state, customerKey, savedAt: Date.now() });
    // Scoped to this tool on this site: the page's claim links only to history read there too.
    const customerKeys = keysFromCustomerKey(customerKey, customerScope(snapshot.tool, snapshot.url));
    await upsertSession(db, {
      tool: snapshot.tool,
      conversationId: snapshot.conversationId,
      tabUrl: snapshot.url,
      customerName: snapshot.customer?.name,
      customerKeys,
      channel: snapshot.channel ?? (snapshot.call ? 'voice' : 'chat'),
      direction: snapshot.direction,
      turns: [...snapshot.turns, ...(snapshot.transcript ?? [])].map((t) => ({ from: t.from, text: t.text, ...(t.at ? { at: t.at } : {}) })),
      callState: snapshot.call?.state,
    });
    if (customerKeys.length > 0 && previous?.customerKey !== customerKey) {
      onHistory(view.tabId, key, await historyForEngine(db, customerKeys, key));
    }
  }

  return {
    /** Called on every session change; decides whether and when to write. */
    record(view: SessionView): void {
      const key = view.key;
      if (!key) return;
      latest.set(key, view);
      const last = saved.get(key);
      const snapshot = view.snapshot;
      const changedNow = !last
        || last.turns !== snapshot.turns.length + (snapshot.transcript?.length ?? 0)
        || last.callState !== snapshot.call?.state
        || last.customerKey !== snapshot.customer?.key;
      if (!changedNow || timers.has(key)) return;
      const wait = last ? Math.max(0, saveEveryMs - (Date.now() - last.savedAt)) : 0;
      timers.set(key, setTimeout(() => {
        timers.delete(key);
        const newest = latest.get(key) ?? view;
        // Storage errors must not stop the coaching; the notes page reports storage problems.
        save(newest).catch((error: unknown) => reportFailure('recorder: save the session', error));
      }, wait));
    },
  };
}
