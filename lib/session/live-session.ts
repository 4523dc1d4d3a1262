import { detectLang } from '../conversation/normalize';
import { applyPatch, type Snapshot, type SnapshotPatch } from '../conversation/snapshot';
import type { CallState, HistoryEntry, Lang, Turn } from '../conversation/schema';
import type { ManualCallAction } from './messages';
import { createEvaluator, type CompiledPack, type Evaluator, type Prompt } from '../rules';
import { conversationTurns, snapshotToConversation } from './to-conversation';

/** What the side panel shows for one tab. Plain data: it crosses the extension's messaging. */
export interface SessionView {
  tabId: number;
  /** `tool:conversationId`, or null when no conversation is detected. */
  key: string | null;
  snapshot: Snapshot;
  startedAt: string;
  lang: Lang;
  prompts: Prompt[];
  satisfied: string[];
  /** True while the call state comes from the agent's manual call controls. */
  manualCall: boolean;
  updatedAt: number;
}

export function conversationKey(snapshot: Snapshot): string | null {
  return snapshot.tool && snapshot.conversationId ? `${snapshot.tool}:${snapshot.conversationId}` : null;
}

/**
 * The live session of one tab: the latest snapshot and an evaluator that keeps its scan
 * caches and fatigue counts for as long as the same conversation stays open.
 */
export class LiveSession {
  private snapshot: Snapshot | null = null;
  private evaluator: Evaluator;
  private key: string | null = null;
  private startedAt: string;
  private history: HistoryEntry[] = [];
  private view: SessionView | null = null;
  private manual: { state: CallState; since: string } | null = null;
  /** When Kizuki first saw this conversation's call, for pages whose clock cannot be trusted. */
  private callSeenAt: string | null = null;
  /** The engine's turns and whether any is Japanese, kept while the page's lines stay the same (the agent is typing). */
  private lines: { turns: Snapshot['turns']; transcript: Snapshot['transcript']; conversation: Turn[]; japanese: boolean } | null = null;

  constructor(readonly tabId: number, private pack: CompiledPack, nowMs: number, restored?: SessionView) {
    this.evaluator = createEvaluator(pack);
    this.startedAt = restored?.startedAt ?? new Date(nowMs).toISOString();
    if (restored) {
      this.snapshot = restored.snapshot;
      this.key = restored.key;
      this.view = restored;
    }
  }

  /** Applies a page change and re-evaluates; returns the new view. */
  apply(patch: SnapshotPatch, nowMs: number): SessionView {
    const next = applyPatch(this.snapshot, patch);
    const key = conversationKey(next);
    if (key !== this.key) {
      // A different conversation: fresh caches, fresh fatigue counts, a new start time.
      this.evaluator = createEvaluator(this.pack);
      this.startedAt = new Date(nowMs).toISOString();
      this.history = [];
      this.manual = null;
      this.callSeenAt = null;
      this.key = key;
    }
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

  /** The team lead changed the rules: keep the page, start the evaluator afresh. */
  setPack(pack: CompiledPack, nowMs: number): SessionView | null {
    this.pack = pack;
    this.evaluator = createEvaluator(pack);
    return this.snapshot ? this.evaluate(nowMs) : null;
  }

  /**
   * A call's start as the page shows it, unless the page's clock is off (a softphone in another
   * time zone, a replayed call): then from when Kizuki first saw the call, so the timer and
   * call-length rules stay right.
   */
  private withTrustedCallStart(snapshot: Snapshot, nowMs: number): Snapshot {
    if (!snapshot.call) return snapshot;
    this.callSeenAt ??= new Date(nowMs).toISOString();
    if (plausibleStart(snapshot.call.since, nowMs)) return snapshot;
    return { ...snapshot, call: { ...snapshot.call, since: this.callSeenAt } };
  }

  private linesOf(snapshot: Snapshot): NonNullable<LiveSession['lines']> {
    const known = this.lines;
    if (known && known.turns === snapshot.turns && known.transcript === snapshot.transcript) return known;
    const conversation = conversationTurns(snapshot);
    this.lines = { turns: snapshot.turns, transcript: snapshot.transcript, conversation, japanese: detectLang(conversation.map((t) => t.text)) === 'ja' };
    return this.lines;
  }

  current(): SessionView | null {
    return this.view;
  }

  private evaluate(nowMs: number): SessionView {
    const snapshot = this.withTrustedCallStart(
      this.manual && !this.snapshot!.call ? { ...this.snapshot!, call: this.manual, channel: 'voice' } : this.snapshot!,
      nowMs,
    );
    const lines = this.linesOf(snapshot);
    const conversation = snapshotToConversation(snapshot, { startedAt: this.startedAt, nowMs, history: this.history, turns: lines.conversation });
    // The same answer as the engine's own detection over every turn and the draft, without reading 2,000 turns per keystroke.
    const lang: Lang = lines.japanese || detectLang([conversation.draft ?? '']) === 'ja' ? 'ja' : 'en';
    conversation.lang = lang;
    const evaluation = this.key
      ? this.evaluator.evaluate(conversation, { nowMs, explain: false })
      : { prompts: [], satisfied: [] };
    this.view = {
      tabId: this.tabId, key: this.key, snapshot, startedAt: this.startedAt, lang,
      prompts: evaluation.prompts, satisfied: evaluation.satisfied, manualCall: !!this.manual && !this.snapshot!.call, updatedAt: nowMs,
    };
    return this.view;
  }
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
