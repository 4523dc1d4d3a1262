import type { KizukiDB } from '../db/db';
import { guardStorage } from '../db/errors';

export type TemplateField = 'need' | 'promised' | 'followUpBy';

/** What the team lead configures for the note editor. */
export interface NoteTemplate {
  fields: TemplateField[];
  suggestedTags: string[];
}

export interface NoteSettings {
  /** Delete notes and transcripts older than this many days; 0 keeps everything. */
  retentionDays: number;
  noteTemplate: NoteTemplate;
  lastPurgeAt: number;
}

export const DEFAULT_SETTINGS: NoteSettings = {
  retentionDays: 0,
  noteTemplate: { fields: ['need', 'promised', 'followUpBy'], suggestedTags: [] },
  lastPurgeAt: 0,
};

export async function getSetting<K extends keyof NoteSettings>(db: KizukiDB, key: K): Promise<NoteSettings[K]> {
  const row = await db.settings.get(key);
  // Settings are written only through setSetting, which is typed by key.
  return row ? (row.value as NoteSettings[K]) : DEFAULT_SETTINGS[key];
}

export async function setSetting<K extends keyof NoteSettings>(db: KizukiDB, key: K, value: NoteSettings[K]): Promise<void> {
  await guardStorage(() => db.settings.put({ key, value }));
}
