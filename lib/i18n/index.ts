import en from './locales/en.json';
import ja from './locales/ja.json';

/**
 * UI strings. The same JSON files feed the browser's own `_locales` (through WXT's i18n
 * module, for the manifest and the store listing) and this runtime lookup, so the agent can
 * switch the panel's language in settings without changing the browser's language.
 */
export type MessageKey = keyof typeof en;
export type UiLang = 'en' | 'ja';

const catalogs: Record<UiLang, Record<string, string>> = { en, ja };
let current: UiLang = detectLanguage(typeof navigator === 'undefined' ? 'en' : navigator.language);
const listeners = new Set<(lang: UiLang) => void>();

export function detectLanguage(tag: string | undefined): UiLang {
  return tag?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export function getLanguage(): UiLang {
  return current;
}

export function setLanguage(lang: UiLang): void {
  if (lang === current) return;
  current = lang;
  listeners.forEach((listener) => listener(lang));
}

export function onLanguageChange(listener: (lang: UiLang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Looks a message up in the current language, falling back to English; `$1`… are replaced by `subs`. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return translate(current, key, ...subs);
}

export function translate(lang: UiLang, key: MessageKey, ...subs: (string | number)[]): string {
  const text = catalogs[lang][key] ?? catalogs.en[key] ?? key;
  return text.replace(/\$([1-9])/g, (match, n: string) => String(subs[Number(n) - 1] ?? match));
}

/** Whether a key is in the catalogue (for labels looked up by a field's name). */
export function has(key: string): key is MessageKey {
  return Object.hasOwn(catalogs.en, key);
}

/** Keys that come as `KEY_one` / `KEY_other` (Japanese needs only `_other`). */
export type CountedKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

/**
 * A message about `count` things, in the plural form the language uses for that number
 * (Intl.PluralRules: English "1 problem" / "2 problems"; Japanese has one form).
 */
export function tCount(key: CountedKey, count: number, ...subs: (string | number)[]): string {
  const form = new Intl.PluralRules(current === 'ja' ? 'ja-JP' : 'en-GB').select(count);
  const exact = `${key}_${form}`;
  return t(has(exact) ? exact : (`${key}_other` as MessageKey), ...subs);
}

/** Text a registry record carries in both languages, in the current UI language. */
export function pick(text: { en: string; ja: string }): string {
  return text[current];
}
