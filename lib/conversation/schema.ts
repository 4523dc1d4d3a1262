import { z } from 'zod';
import { CALL_STATES, CHANNELS, CONVERSATION_STATES, DIRECTIONS, LANGS, SPEAKERS } from './values';

/**
 * The conversation JSON: the engine's input, the CLI's input, the shape of rule examples
 * and of test fixtures. Every field but `turns` is optional; `normalizeConversation`
 * fills the defaults.
 */
export const LangSchema = z.enum(LANGS);
export const ChannelSchema = z.enum(CHANNELS);
export const DirectionSchema = z.enum(DIRECTIONS);
export const ConversationStateSchema = z.enum(CONVERSATION_STATES);
export const CallStateSchema = z.enum(CALL_STATES);
export const SpeakerSchema = z.enum(SPEAKERS);

export const TurnSchema = z.object({
  from: SpeakerSchema,
  text: z.string(),
  at: z.string().optional(),
  id: z.string().optional(),
});

export const HistoryEntrySchema = z.object({
  startedAt: z.string(),
  summary: z.string().optional(),
  channel: ChannelSchema.optional(),
});

/** Who is answering: `name` fills phrasing templates ("I'm {agent}"). */
export const AgentSchema = z.object({
  name: z.string().max(80).optional(),
});

export const CustomerSchema = z.object({
  name: z.string().optional(),
  key: z.string().optional(),
});

export const ConversationSchema = z.object({
  id: z.string().optional(),
  lang: LangSchema.optional(),
  channel: ChannelSchema.optional(),
  direction: DirectionSchema.optional(),
  state: ConversationStateSchema.optional(),
  call: z.object({ state: CallStateSchema, since: z.string().optional() }).optional(),
  startedAt: z.string().optional(),
  now: z.string().optional(),
  /** IANA zone the conversation's local times mean, e.g. "Asia/Tokyo"; by default the agent's own (Japanese: Asia/Tokyo). */
  timeZone: z.string().min(1).max(60).optional(),
  agent: AgentSchema.optional(),
  customer: CustomerSchema.optional(),
  history: z.array(HistoryEntrySchema).optional(),
  turns: z.array(TurnSchema),
  draft: z.string().optional(),
});

export type Lang = z.infer<typeof LangSchema>;
export type Channel = z.infer<typeof ChannelSchema>;
export type Direction = z.infer<typeof DirectionSchema>;
export type ConversationState = z.infer<typeof ConversationStateSchema>;
export type CallState = z.infer<typeof CallStateSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type Turn = z.infer<typeof TurnSchema>;
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export type Customer = z.infer<typeof CustomerSchema>;
export type Agent = z.infer<typeof AgentSchema>;
export type Conversation = z.infer<typeof ConversationSchema>;
/** Everything about a conversation but its turns and its draft: what changes least often. */
export type ConversationContext = Omit<Conversation, 'turns' | 'draft'>;
