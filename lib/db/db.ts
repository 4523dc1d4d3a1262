import Dexie, { type EntityTable } from 'dexie';
import { SCHEMA_HISTORY, type SchemaVersion } from './schema-history';
import type {
  FollowUpRecord,
  NoteRecord,
  PromptEventRecord,
  RuleHistoryRecord,
  RuleRecord,
  SessionRecord,
  SettingRecord,
} from './types';

export const DB_NAME = 'kizuki';

/**
 * The one Kizuki database. Open it only from extension pages and the background: a content
 * script would open the support tool's IndexedDB instead of ours.
 */
export class KizukiDB extends Dexie {
  sessions!: EntityTable<SessionRecord, 'id'>;
  notes!: EntityTable<NoteRecord, 'id'>;
  followUps!: EntityTable<FollowUpRecord, 'id'>;
  promptEvents!: EntityTable<PromptEventRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  rules!: EntityTable<RuleRecord, 'id'>;
  ruleHistory!: EntityTable<RuleHistoryRecord, 'id'>;

  /** `history` is injectable so migration tests can append a version that is not shipped yet. */
  constructor(name: string = DB_NAME, history: readonly SchemaVersion[] = SCHEMA_HISTORY) {
    super(name);
    for (const entry of history) {
      const version = this.version(entry.version).stores(entry.stores);
      if (entry.upgrade) version.upgrade(entry.upgrade);
    }
  }
}

let shared: KizukiDB | undefined;

/** The page's single connection; Dexie opens it lazily on first use. */
export function getDb(): KizukiDB {
  shared ??= new KizukiDB();
  return shared;
}
