import { ConversationSchema, type Conversation, type Turn } from '../conversation/schema';
import type { SessionRecord } from '../db/types';
import { formatPath, type Pack, type PackProblem, type RuleExample } from '../engine';

export type ParsedConversation = { ok: true; conversation: Conversation } | { ok: false; problems: PackProblem[] };

const SPEAKER_TAGS: [RegExp, 'customer' | 'agent' | 'draft'][] = [
  [/^(customer|c|cust|お客様|顧客)\s*[:：]\s*/i, 'customer'],
  [/^(agent|a|me|担当|担当者|オペレーター)\s*[:：]\s*/i, 'agent'],
  [/^(draft|下書き)\s*[:：]\s*/i, 'draft'],
];

/**
 * What a team lead pastes into the bench: conversation JSON, or a plain transcript with one
 * "customer: …" / "agent: …" / "draft: …" per line (untagged lines continue the line above).
 */
export function parsePastedConversation(text: string): ParsedConversation {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (error) {
      return { ok: false, problems: [{ path: '$', message: error instanceof Error ? error.message : String(error) }] };
    }
    const parsed = ConversationSchema.safeParse(json);
    return parsed.success
      ? { ok: true, conversation: parsed.data }
      : { ok: false, problems: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
  }
  const turns: Turn[] = [];
  let draft: string | undefined;
  let last: 'customer' | 'agent' | 'draft' | null = null;
  for (const raw of trimmed.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const tag = SPEAKER_TAGS.find(([re]) => re.test(line));
    const body = tag ? line.replace(tag[0], '') : line;
    if (tag?.[1] === 'draft' || (!tag && last === 'draft')) {
      draft = draft === undefined || tag ? body : `${draft}\n${body}`;
      last = 'draft';
    } else if (tag) {
      turns.push({ from: tag[1] as 'customer' | 'agent', text: body });
      last = tag[1];
    } else if (last && turns.length) {
      turns[turns.length - 1]!.text += `\n${body}`;
    } else {
      return { ok: false, problems: [{ path: '$', message: 'Start each line with "customer:", "agent:" or "draft:", or paste conversation JSON.' }] };
    }
  }
  if (turns.length === 0 && draft === undefined) return { ok: false, problems: [{ path: '$', message: 'The conversation is empty.' }] };
  return { ok: true, conversation: { turns, ...(draft !== undefined ? { draft } : {}) } };
}

/** A recent session from the notes database, as the engine reads conversations. */
export function sessionToConversation(session: SessionRecord): Conversation {
  return {
    ...(session.channel ? { channel: session.channel } : {}),
    ...(session.direction ? { direction: session.direction } : {}),
    ...(session.callState ? { call: { state: session.callState } } : {}),
    state: session.endedAt ? 'ended' : 'active',
    startedAt: new Date(session.startedAt).toISOString(),
    now: new Date(session.endedAt ?? session.lastSeenAt).toISOString(),
    ...(session.customerName ? { customer: { name: session.customerName } } : {}),
    turns: session.turns.map((t) => ({ from: t.from, text: t.text, ...(t.at ? { at: t.at } : {}) })),
    draft: '',
  };
}

/** One of the pack's own rule examples, to try the rule being edited on. */
export interface PackExample {
  id: string;
  ruleId: string;
  expect: 'fire' | 'quiet';
  index: number;
  note?: string;
  conversation: Conversation;
}

/** Every rule's examples in a pack: the conversations the team has already agreed on. */
export function packExamples(pack: Pack): PackExample[] {
  return pack.rules.flatMap((rule) =>
    (['fire', 'quiet'] as const).flatMap((expect) =>
      (rule.examples?.[expect] ?? []).map(({ note, ...conversation }, index) => ({
        id: `${rule.id}/${expect}/${index}`, ruleId: rule.id, expect, index, ...(note ? { note } : {}), conversation,
      })),
    ),
  );
}

/** A bench conversation as a rule example: only the fields the format knows, nothing empty. */
export function conversationToExample(conversation: Conversation, note?: string): RuleExample {
  const { id: _id, ...rest } = conversation;
  const example = Object.fromEntries(
    Object.entries(rest).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0 && v !== rest.turns)),
  ) as RuleExample;
  return note ? { ...example, note } : example;
}
