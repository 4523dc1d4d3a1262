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

/** Text a registry record carries in both languages, in the current UI language. */
export function pick(text: { en: string; ja: string }): string {
  return text[current];
}
