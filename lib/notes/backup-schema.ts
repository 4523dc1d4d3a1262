import { z } from 'zod';
import { TurnSchema } from '../conversation/schema';
import { NOTE_ID_PATTERN } from './ids';
import { followUpIdFor } from './notes';
import { PROMPT_EVENT_KINDS } from '../db/types';

/**
 * The JSON backup: versioned, dates as ISO strings (readable, and what a person fixing a
 * file by hand expects), no derived data (search terms are rebuilt on import).
 */
export const BACKUP_FORMAT = 'kizuki-notes-backup';
export const BACKUP_FORMAT_VERSION = 1;

const date = z
  .string({ error: 'not a date' })
  .refine((s) => !Number.isNaN(Date.parse(s)), { message: 'not a date' })
  .transform((s) => Date.parse(s));
const text = z.string({ error: 'not text' });
const optionalText = text.optional();

export const BackupSessionSchema = z.object({
  id: text.min(1),
  tool: text,
  conversationId: text.nullable(),
  tabUrl: optionalText,
  customerName: optionalText,
  customerKeys: z.array(text),
  channel: z.enum(['chat', 'voice', 'email']).optional(),
  direction: z.enum(['inbound', 'outbound']).optional(),
  startedAt: date,
  endedAt: date.optional(),
  lastSeenAt: date,
  turns: z.array(TurnSchema),
  callState: z.enum(['ringing', 'connected', 'on-hold', 'ended']).optional(),
});

export const BackupNoteSchema = z.object({
  id: text.regex(NOTE_ID_PATTERN, { message: 'not a Kizuki note id' }),
  sessionId: text.min(1),
  customerKeys: z.array(text),
  customerName: optionalText,
  body: text,
  fields: z.object({ need: text, promised: text, followUpBy: date.nullable() }),
  tags: z.array(text),
  createdAt: date,
  updatedAt: date,
});

export const BackupFollowUpSchema = z.object({
  id: text.min(1),
  noteId: text.min(1),
  sessionId: text,
  customerName: optionalText,
  text: optionalText,
  dueAt: date,
  done: z.boolean({ error: 'not true or false' }),
  doneAt: date.optional(),
}).refine((f) => f.id === followUpIdFor(f.noteId), { message: 'id does not match noteId (expected "fu-" + noteId)', path: ['id'] });

export const BackupPromptEventSchema = z.object({
  sessionId: text,
  ruleId: text,
  kind: z.enum(PROMPT_EVENT_KINDS),
  reason: optionalText,
  at: date,
  lang: optionalText,
});

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { error: 'not a Kizuki notes backup' }),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION, { error: `unsupported backup version (expected ${BACKUP_FORMAT_VERSION})` }),
  exportedAt: date,
  sessions: z.array(BackupSessionSchema),
  notes: z.array(BackupNoteSchema),
  followUps: z.array(BackupFollowUpSchema),
  promptEvents: z.array(BackupPromptEventSchema),
  settings: z.array(z.object({ key: text, value: z.unknown() })),
});

export type Backup = z.infer<typeof BackupSchema>;
/** The backup as written: dates as ISO strings. */
export type BackupFile = z.input<typeof BackupSchema>;
