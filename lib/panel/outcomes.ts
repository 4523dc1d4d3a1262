import type { Snapshot } from '../conversation/snapshot';
import type { Prompt } from '../engine';
import { triggerContext, type TriggerContext } from './trigger';

/**
 * What happened to each prompt the agent saw, worked out from the sessions the background
 * sends. Pure: the panel store feeds it session views and the clock, and records the
 * events it returns.
 *
 *   active ──rule id moves to `satisfied`──▶ done (a moment, then gone)       → followed
 *   active ──disappears otherwise──▶ leaving (a grace, then gone)             → ignored
 *   active ──agent dismisses / snoozes──▶ gone, hidden for this conversation  → dismissed / snoozed
 * A leaving card that comes back within the grace is the same card: no flicker, no event.
 */
export type CardState = 'active' | 'done' | 'leaving';

export interface Card {
  ruleId: string;
  level: Prompt['level'];
  prompt: Prompt;
  context: TriggerContext | null;
  state: CardState;
  firstSeenAt: number;
  changedAt: number;
}

export type OutcomeKind = 'shown' | 'followed' | 'dismissed' | 'ignored' | 'snoozed' | 'inserted' | 'copied';
export type DismissReason = 'not-relevant' | 'already-handled' | 'wrong';

export interface OutcomeEvent {
  sessionId: string;
  ruleId: string;
  kind: OutcomeKind;
  reason?: DismissReason;
  lang: string;
  at: number;
}

/** What the panel remembers about one conversation (from the database, so it survives reopening). */
export interface ConversationMemory {
  /** Rules the agent dismissed or snoozed: hidden for the rest of this conversation. */
  hidden: Record<string, 'dismissed' | 'snoozed'>;
  /** Rules last recorded as shown and not yet resolved, with when: not "shown" twice. */
  open: Record<string, number>;
}

export interface Tracker {
  key: string | null;
  cards: Card[];
  memory: ConversationMemory;
}

export interface SessionInput {
  key: string | null;
  prompts: Prompt[];
  satisfied: string[];
  snapshot: Pick<Snapshot, 'turns' | 'transcript' | 'draft'>;
}

/** How long a followed card shows "done" before it leaves. */
export const DONE_MS = 1600;
/** How long an unexplained disappearance waits before it counts: typing must never make a card flicker. */
export const GRACE_MS = 900;

export const emptyMemory = (): ConversationMemory => ({ hidden: {}, open: {} });

export function newTracker(key: string | null = null, memory: ConversationMemory = emptyMemory()): Tracker {
  return { key, cards: [], memory };
}

export interface Step {
  tracker: Tracker;
  events: OutcomeEvent[];
}

/** Every card still on screen counts as ignored when the conversation changes under it. */
export function leaveConversation(tracker: Tracker, nowMs: number): OutcomeEvent[] {
  if (!tracker.key) return [];
  return tracker.cards
    .filter((card) => card.state !== 'done')
    .map((card) => event(tracker.key!, card, 'ignored', nowMs));
}

/**
 * Brings the cards up to date with a session of the SAME conversation (the caller starts a
 * new tracker, with that conversation's memory, when the key changes). Unchanged cards keep
 * their identity, so React re-renders nothing while the agent types.
 */
export function reconcile(tracker: Tracker, session: SessionInput, nowMs: number): Step {
  const key = tracker.key;
  if (!key || session.key !== key) return { tracker, events: [] };
  const events: OutcomeEvent[] = [];
  const memory: ConversationMemory = { hidden: tracker.memory.hidden, open: { ...tracker.memory.open } };
  const wanted = new Map(session.prompts.filter((p) => !memory.hidden[p.ruleId]).map((p) => [p.ruleId, p]));
  const satisfied = new Set(session.satisfied);
  const cards: Card[] = [];

  for (const card of tracker.cards) {
    const prompt = wanted.get(card.ruleId);
    wanted.delete(card.ruleId);
    if (memory.hidden[card.ruleId]) continue;
    if (prompt) {
      if (card.state === 'done') {
        events.push(event(key, card, 'shown', nowMs));
        memory.open[card.ruleId] = nowMs;
      }
      cards.push(refresh(card, prompt, session, nowMs));
    } else if (card.state === 'done') {
      cards.push(card);
    } else if (satisfied.has(card.ruleId)) {
      events.push(event(key, card, 'followed', nowMs));
      delete memory.open[card.ruleId];
      cards.push({ ...card, state: 'done', changedAt: nowMs });
    } else {
      cards.push(card.state === 'leaving' ? card : { ...card, state: 'leaving', changedAt: nowMs });
    }
  }
  for (const prompt of wanted.values()) {
    const seenAt = memory.open[prompt.ruleId];
    const card: Card = {
      ruleId: prompt.ruleId, level: prompt.level, prompt, context: triggerContext(prompt.trigger, session.snapshot, prompt.lang),
      state: 'active', firstSeenAt: seenAt ?? nowMs, changedAt: nowMs,
    };
    if (seenAt === undefined) events.push(event(key, card, 'shown', nowMs));
    memory.open[prompt.ruleId] = card.firstSeenAt;
    cards.push(card);
  }
  return { tracker: { key, cards, memory }, events };
}

/** Lets "done" and "leaving" cards go once their time is up. */
export function expire(tracker: Tracker, nowMs: number): Step {
  const events: OutcomeEvent[] = [];
  const open = { ...tracker.memory.open };
  const cards = tracker.cards.filter((card) => {
    if (card.state === 'done') return nowMs - card.changedAt < DONE_MS;
    if (card.state === 'leaving' && nowMs - card.changedAt >= GRACE_MS) {
      events.push(event(tracker.key!, card, 'ignored', nowMs));
      delete open[card.ruleId];
      return false;
    }
    return true;
  });
  if (cards.length === tracker.cards.length) return { tracker, events };
  return { tracker: { ...tracker, cards, memory: { ...tracker.memory, open } }, events };
}

/** When the next card changes state on its own, or null when none will. */
export function nextExpiry(tracker: Tracker): number | null {
  const times = tracker.cards
    .map((card) => (card.state === 'done' ? card.changedAt + DONE_MS : card.state === 'leaving' ? card.changedAt + GRACE_MS : Infinity))
    .filter(Number.isFinite);
  return times.length > 0 ? Math.min(...times) : null;
}

/** The agent dismissed (with a reason) or snoozed a prompt: gone now and for the rest of this conversation. */
export function dismiss(tracker: Tracker, ruleId: string, kind: 'dismissed' | 'snoozed', reason: DismissReason | undefined, nowMs: number): Step {
  const card = tracker.cards.find((c) => c.ruleId === ruleId);
  if (!tracker.key || !card) return { tracker, events: [] };
  const open = { ...tracker.memory.open };
  delete open[ruleId];
  return {
    tracker: {
      ...tracker,
      cards: tracker.cards.filter((c) => c.ruleId !== ruleId),
      memory: { hidden: { ...tracker.memory.hidden, [ruleId]: kind }, open },
    },
    events: [{ ...event(tracker.key, card, kind, nowMs), ...(kind === 'dismissed' && reason ? { reason } : {}) }],
  };
}

/** Copy or Insert on a card's phrasing: recorded, nothing else changes. */
export function usedPhrasing(tracker: Tracker, ruleId: string, kind: 'inserted' | 'copied', nowMs: number): OutcomeEvent[] {
  const card = tracker.cards.find((c) => c.ruleId === ruleId);
  return tracker.key && card ? [event(tracker.key, card, kind, nowMs)] : [];
}

function event(sessionId: string, card: Card, kind: OutcomeKind, at: number): OutcomeEvent {
  return { sessionId, ruleId: card.ruleId, kind, lang: card.prompt.lang, at };
}

/** The same card object when nothing the agent would see changed: no re-render. */
function refresh(card: Card, prompt: Prompt, session: SessionInput, nowMs: number): Card {
  const context = triggerContext(prompt.trigger, session.snapshot, prompt.lang);
  const unchanged = card.state === 'active' && samePrompt(card.prompt, prompt) && sameContext(card.context, context);
  if (unchanged) return card;
  return {
    ...card,
    level: prompt.level,
    prompt: samePrompt(card.prompt, prompt) ? card.prompt : prompt,
    context: sameContext(card.context, context) ? card.context : context,
    state: 'active',
    changedAt: card.state === 'active' ? card.changedAt : nowMs,
  };
}

function samePrompt(a: Prompt, b: Prompt): boolean {
  return a.level === b.level && a.lang === b.lang && a.message === b.message && a.why === b.why
    && a.phrasings.length === b.phrasings.length && a.phrasings.every((e, i) => e === b.phrasings[i])
    && a.trigger?.phrase === b.trigger?.phrase && a.trigger?.source === b.trigger?.source;
}

function sameContext(a: TriggerContext | null, b: TriggerContext | null): boolean {
  return a === b || (!!a && !!b && a.source === b.source && a.before === b.before && a.phrase === b.phrase && a.after === b.after && a.sentence === b.sentence);
}
