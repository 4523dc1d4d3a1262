import { applyPatch, type Snapshot, type SnapshotPatch } from '../conversation/snapshot';
import type { CallState, HistoryEntry, Lang } from '../conversation/schema';
import type { ManualCallAction } from '../messaging/messages';
import type { SessionView } from '../messaging/session-view';

export type { SessionView } from '../messaging/session-view';
import type { LoadedPack } from '../engine/api';
import type { EngineSession } from '../engine/session';
import { conversationTurns, snapshotContext } from '../conversation/to-conversation';
import { ConversationMemory, continueConversation } from './continuity';
import { earlierContacts } from '../conversation/history';

/**
 * The live session of one tab: the latest snapshot and the engine's session, which keeps its
 * scans, per-turn signals and fatigue counts for as long as the same conversation stays open.
 * The page's lines get a new version exactly when a patch changes them; the engine and the
 * side panels read that version instead of comparing 2,000 lines on every keystroke.
 */
export class LiveSession {
  /** What the page shows, as its patches build it. */
  private page: Snapshot | null = null;
  /** What the engine reads: the page, continued from earlier pages of the same conversation. */
  private snapshot: Snapshot | null = null;
  private continued: { assumed: boolean; carried: boolean } = { assumed: false, carried: false };
  private engine: EngineSession;
  private key: string | null = null;
  private startedAt: string;
  private history: HistoryEntry[] = [];
  private view: SessionView | null = null;
  private manual: { state: CallState; since: string } | null = null;
  /** When Kizuki first saw this conversation's call, for pages whose clock cannot be trusted. */
  private callSeenAt: string | null = null;
  /** The start the tool's own timer last gave (steadyCall), for when it stops showing a running time. */
  private shownStart: string | null = null;
  private linesVersion = 0;
  private engineLines = -1;
  private agent: AgentProfile = { name: '', uiLang: 'en' };

  constructor(readonly tabId: number, private pack: LoadedPack, nowMs: number, restored?: SessionView, private readonly memory = new ConversationMemory()) {
    this.engine = pack.session();
    this.startedAt = restored?.startedAt ?? new Date(nowMs).toISOString();
    if (restored) {
      this.page = restored.snapshot;
      this.snapshot = restored.snapshot;
      this.key = restored.key;
      this.view = restored;
      this.linesVersion = restored.linesVersion ?? 0;
    }
  }

  /** Applies a page change and re-evaluates; returns the new view. */
  apply(patch: SnapshotPatch, nowMs: number): SessionView {
    this.page = applyPatch(this.page, patch);
    const { snapshot: next, key, assumed, carried } = continueConversation(this.page, this.key, this.memory);
    this.continued = { assumed, carried };
    if (key !== this.key) {
      // A different conversation: fresh caches, fresh fatigue counts, a new start time.
      this.engine = this.pack.session();
      this.engineLines = -1;
      this.startedAt = new Date(nowMs).toISOString();
      this.history = [];
      this.manual = null;
      this.callSeenAt = null;
      this.shownStart = null;
    }
    // The lines the engine reads are new objects exactly when they changed (a patch, or lines carried over).
    if (!this.snapshot || next.turns !== this.snapshot.turns || next.transcript !== this.snapshot.transcript || key !== this.key) this.linesVersion++;
    this.key = key;
    this.snapshot = next;
    return this.evaluate(nowMs);
  }

  /**
   * The agent's own call controls, for tools that show no call state: they stand in for
   * the page's call state until the page reports one itself.
   */
  manualCall(action: ManualCallAction, nowMs: number): SessionView | null {
    if (!this.snapshot) return null;
    const at = new Date(nowMs).toISOString();
    const current = this.manual;
    if (action === 'start') this.manual = { state: 'connected', since: at };
    else if (action === 'hold' && current) this.manual = { ...current, state: 'on-hold' };
    else if (action === 'resume' && current) this.manual = { ...current, state: 'connected' };
    else if (action === 'end' && current) this.manual = { ...current, state: 'ended' };
    return this.evaluate(nowMs);
  }

  /** Earlier contacts of this customer (from the notes database); re-evaluates. */
  setHistory(history: HistoryEntry[], nowMs: number): SessionView | null {
    this.history = history;
    return this.snapshot ? this.evaluate(nowMs) : null;
  }

  /** The agent renamed themselves or changed the panel's language: phrasings and the fallback language follow. */
  setAgent(agent: AgentProfile, nowMs: number): SessionView | null {
    if (agent.name === this.agent.name && agent.uiLang === this.agent.uiLang) return null;
    this.agent = agent;
    return this.snapshot ? this.evaluate(nowMs) : null;
  }

  /** The team lead changed the rules: keep the page, start the engine's session afresh. */
  setPack(pack: LoadedPack, nowMs: number): SessionView | null {
    this.pack = pack;
    this.engine = pack.session();
    this.engineLines = -1;
    return this.snapshot ? this.evaluate(nowMs) : null;
  }

  /**
   * Where the call's time counts from, so the panel's timer and call-length rules agree with the
   * tool: its own elapsed-time display when it shows one (already on this computer's clock, see
   * steadyCall), else the start it gives unless its clock is off (a softphone in another time zone,
   * a replayed call), else when Kizuki first saw the call.
   */
  private withTrustedCallStart(snapshot: Snapshot, nowMs: number): Snapshot {
    const call = snapshot.call;
    if (!call) return snapshot;
    this.callSeenAt ??= new Date(nowMs).toISOString();
    if (call.shownStart) this.shownStart = call.shownStart;
    // An ended call shows its display's frozen time; its start is the last one the display gave.
    const shown = call.shownStart ?? (call.shownElapsedMs !== undefined ? this.shownStart ?? new Date(nowMs - call.shownElapsedMs).toISOString() : null);
    if (shown) return { ...snapshot, call: { ...call, since: shown, timing: 'tool-timer' } };
    if (plausibleStart(call.since, nowMs)) return { ...snapshot, call: { ...call, timing: 'tool-start' } };
    return { ...snapshot, call: { ...call, since: this.callSeenAt, timing: 'seen' } };
  }

  current(): SessionView | null {
    return this.view;
  }

  private evaluate(nowMs: number): SessionView {
    const snapshot = this.withTrustedCallStart(
      this.manual && !this.snapshot!.call ? { ...this.snapshot!, call: this.manual, channel: 'voice' } : this.snapshot!,
      nowMs,
    );
    const extras = { startedAt: this.startedAt, history: earlierContacts(snapshot.history, this.history), ...(this.agent.name ? { agent: { name: this.agent.name } } : {}) };
    this.engine.setContext({ ...snapshotContext(snapshot, extras), fallbackLang: this.agent.uiLang });
    if (this.engineLines !== this.linesVersion) {
      this.engine.setTurns(conversationTurns(snapshot), this.linesVersion);
      this.engineLines = this.linesVersion;
    }
    // On a call the box under the transcript holds notes, not a reply: rules read what was said.
    this.engine.setDraft(snapshot.draft ?? '');
    const evaluation = this.key ? this.engine.evaluate({ nowMs, explain: false }) : { prompts: [], satisfied: [] };
    this.view = {
      tabId: this.tabId, key: this.key, snapshot, startedAt: this.startedAt, lang: this.engine.lang, linesVersion: this.linesVersion,
      ...(this.continued.assumed ? { assumed: true } : {}), ...(this.continued.carried ? { carried: true } : {}),
      prompts: evaluation.prompts, satisfied: evaluation.satisfied, manualCall: !!this.manual && !this.snapshot!.call, updatedAt: nowMs,
    };
    return this.view;
  }
}

/** What the background knows of the agent: the name they gave in the panel's settings, and their UI language. */
export interface AgentProfile {
  name: string;
  uiLang: Lang;
}

/** Lines kept per session in session storage: enough for the panel until the page resends everything. */
const STORED_LINES = 50;

/**
 * A session as kept for a worker restart. The page's content script sends its whole snapshot
 * again as soon as it reconnects, so only the latest lines are kept: rewriting a 2,000-message
 * conversation several times a second would cost the browser more than the restart saves.
 */
export function forStorage(view: SessionView): SessionView {
  const { turns, transcript } = view.snapshot;
  if (turns.length <= STORED_LINES && (transcript?.length ?? 0) <= STORED_LINES) return view;
  return {
    ...view,
    snapshot: { ...view.snapshot, turns: turns.slice(-STORED_LINES), ...(transcript ? { transcript: transcript.slice(-STORED_LINES) } : {}) },
  };
}

const TWELVE_HOURS = 12 * 3600_000;

function plausibleStart(iso: string | undefined, nowMs: number): boolean {
  const at = iso ? Date.parse(iso) : NaN;
  return !Number.isNaN(at) && at <= nowMs + 60_000 && nowMs - at < TWELVE_HOURS;
}

