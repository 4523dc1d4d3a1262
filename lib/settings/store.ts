import { browser, type Browser } from 'wxt/browser';
import { reportFailure } from '../diagnostics/log';

/**
 * Every value Kizuki keeps in the browser's extension storage is declared once, as a setting
 * with a version, migrations and a check of what it reads back. Values are stored as
 * `{ v, value }`; a value written before versions existed reads as version 0.
 */
export interface Setting<T> {
  area: 'local' | 'session';
  key: string;
  version: number;
  fallback: T;
  /** The stored value (migrated to `version`) as a T, or null when it is not one. Never throws. */
  parse(value: unknown): T | null;
  /** `migrations[n]` turns a version n-1 value into a version n value. */
  migrations?: Readonly<Record<number, (old: unknown) => unknown>>;
}

interface Stored {
  v: number;
  value: unknown;
}

type Area = Pick<Browser.storage.StorageArea, 'get' | 'set' | 'remove'>;

/** The storage the settings live in; tests pass an in-memory one. */
export interface SettingsBackend {
  area(name: Setting<unknown>['area']): Area | undefined;
  onChanged(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): () => void;
}

export const browserBackend: SettingsBackend = {
  area: (name) => browser.storage?.[name],
  onChanged(listener) {
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};

export function defineSetting<T>(setting: Setting<T>): Setting<T> {
  return setting;
}

function isStored(raw: unknown): raw is Stored {
  return typeof raw === 'object' && raw !== null && typeof (raw as Stored).v === 'number' && 'value' in raw && Object.keys(raw).length === 2;
}

/** The value at the setting's version, or null when a migration is missing or fails. */
export function migrate<T>(setting: Setting<T>, raw: unknown): { value: T; migrated: boolean } | null {
  if (raw === undefined) return null;
  let version = isStored(raw) ? raw.v : 0;
  let value = isStored(raw) ? raw.value : raw;
  const migrated = version !== setting.version;
  if (version > setting.version) return null; // written by a newer Kizuki: leave it alone
  while (version < setting.version) {
    const step = setting.migrations?.[version + 1];
    if (!step) return null;
    try {
      value = step(value);
    } catch (error) {
      reportFailure(`settings: migrate ${setting.key} to version ${version + 1}`, error);
      return null;
    }
    version++;
  }
  const parsed = setting.parse(value);
  return parsed === null ? null : { value: parsed, migrated };
}

export async function readSetting<T>(setting: Setting<T>, backend: SettingsBackend = browserBackend): Promise<T> {
  const area = backend.area(setting.area);
  if (!area) return setting.fallback;
  const raw = (await area.get(setting.key))[setting.key];
  const result = migrate(setting, raw);
  if (!result) return setting.fallback;
  if (result.migrated) await area.set({ [setting.key]: { v: setting.version, value: result.value } satisfies Stored });
  return result.value;
}

export async function writeSetting<T>(setting: Setting<T>, value: T, backend: SettingsBackend = browserBackend): Promise<void> {
  await backend.area(setting.area)?.set({ [setting.key]: { v: setting.version, value } satisfies Stored });
}

export async function clearSetting(setting: Setting<unknown>, backend: SettingsBackend = browserBackend): Promise<void> {
  await backend.area(setting.area)?.remove(setting.key);
}

/** Calls `listener` with the new value whenever any extension page or the background writes it. */
export function watchSetting<T>(setting: Setting<T>, listener: (value: T) => void, backend: SettingsBackend = browserBackend): () => void {
  return backend.onChanged((changes, area) => {
    if (area !== setting.area || !(setting.key in changes)) return;
    listener(migrate(setting, changes[setting.key]?.newValue)?.value ?? setting.fallback);
  });
}
