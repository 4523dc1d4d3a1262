/**
 * Kizuki's notes: sessions, notes, follow-ups, prompt events and settings in IndexedDB.
 * Open the database only from extension pages and the background (see db.ts).
 */
export { KizukiDB, getDb, DB_NAME } from './db';
export { SCHEMA_HISTORY, CURRENT_SCHEMA_VERSION } from './schema-history';
export type * from './types';
export { customerKeys, keysFromCustomerKey, emailKey, phoneKey, type CustomerIdentity } from './customer-keys';
export { saveNote, getNote, getNotesForSession, deleteNote, followUpIdFor, type NoteDraft } from './notes';
export { upsertSession, getSession, sessionIdFor, type SessionUpdate } from './sessions';
export { customerHistory, historyForEngine, type CustomerHistory } from './history';
export { listFollowUps, setFollowUpDone, dueFollowUps, followUpFromPromise, type PromiseInput } from './follow-ups';
export { recordPromptEvent, promptEventsForSession } from './events';
export { searchNotes, type NoteFilters, type SearchOptions } from './search';
export { getSetting, setSetting, DEFAULT_SETTINGS, type NoteSettings, type NoteTemplate } from './settings';
export { purgeOlderThan, runRetentionIfDue, deleteEverything, type PurgeReport } from './retention';
export { exportBackup, importBackup, type ImportResult } from './exchange';
export { notesToCsv, notesToMarkdown } from './human-export';
export { Autosaver, type AutosaveState, type AutosaveStatus } from './autosave';
export { StorageFullError, isQuotaError } from './errors';
export { requestPersistence, storageEstimate, type PersistState } from './storage';
export { syncFollowUpAlarms, followUpIdFromAlarm, reminderNotification, FOLLOW_UP_ALARM_PREFIX, type AlarmsLike } from './reminders';
