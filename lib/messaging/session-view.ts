import type { Lang } from '../conversation/schema';
import type { Snapshot } from '../conversation/snapshot';
import type { Prompt } from '../engine/types';

/** What the side panel shows for one tab. Plain data: it crosses the extension's messaging. */
export interface SessionView {
  tabId: number;
  /** `tool:conversationId`, or null when no conversation is detected. */
  key: string | null;
  snapshot: Snapshot;
  startedAt: string;
  lang: Lang;
  /** Changes exactly when the conversation's lines (messages, transcript) change. */
  linesVersion: number;
  prompts: Prompt[];
  satisfied: string[];
  /** The page named no conversation: Kizuki continues the one the agent came from in this tab. */
  assumed?: true;
  /** The page shows no thread (a reply page): its lines were read earlier on the conversation's own page. */
  carried?: true;
  /** True while the call state comes from the agent's manual call controls. */
  manualCall: boolean;
  updatedAt: number;
}

export function conversationKey(snapshot: Snapshot): string | null {
  return snapshot.tool && snapshot.conversationId ? `${snapshot.tool}:${snapshot.conversationId}` : null;
}
