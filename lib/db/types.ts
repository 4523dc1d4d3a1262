import type { CallState, Channel, Direction, Turn } from '../conversation/schema';

/**
 * Records as they are stored in IndexedDB. Times are epoch milliseconds (numbers index and
 * sort cheaply and survive structured cloning unchanged); export formats turn them into ISO.
 */
export interface SessionRecord {
  /** `${tool}:${conversationId}` when the tool names the conversation, else a uuid. */
  id: string;
  tool: string;
  conversationId: string | null;
  tabUrl?: string;
  customerName?: string;
  /** Normalised identities of the customer (see customer-keys.ts); multi-entry indexed. */
  customerKeys: string[];
  channel?: Channel;
  direction?: Direction;
  startedAt: number;
  endedAt?: number;
  lastSeenAt: number;
  /** The transcript as the adapter read it. */
  turns: Turn[];
  callState?: CallState;
}

export interface NoteFields {
  need: string;
  promised: string;
  /** Epoch ms of "call back by", or null when no follow-up was promised. */
  followUpBy: number | null;
}

export interface NoteRecord {
  id: string;
  sessionId: string;
  customerKeys: string[];
  customerName?: string;
  body: string;
  fields: NoteFields;
  tags: string[];
  createdAt: number;
  updatedAt: number;
  /** Derived search terms (English words, CJK bigrams); rebuilt on every save and import. */
  terms: string[];
}

export interface FollowUpRecord {
  id: string;
  noteId: string;
  sessionId: string;
  customerName?: string;
  /** What was promised, so the reminder can say it without opening the note. */
  text?: string;
  dueAt: number;
  /** 0 | 1 rather than boolean: IndexedDB cannot index booleans, and the open list is a hot query. */
  done: 0 | 1;
  doneAt?: number;
}

export const PROMPT_EVENT_KINDS = ['shown', 'followed', 'dismissed', 'ignored', 'snoozed', 'inserted', 'copied'] as const;
export type PromptEventKind = (typeof PROMPT_EVENT_KINDS)[number];

export interface PromptEventRecord {
  id?: number;
  sessionId: string;
  ruleId: string;
  kind: PromptEventKind;
  reason?: string;
  at: number;
  lang?: string;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export interface RuleRecord {
  id: string;
  pack: string;
  /** The rule as JSON text, exactly as the team lead saved it. */
  json: string;
  enabled: boolean;
  updatedAt: number;
}

export interface RuleHistoryRecord {
  id?: number;
  ruleId: string;
  at: number;
  author: string;
  before: string | null;
  after: string | null;
}
