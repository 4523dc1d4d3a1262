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

/** Text a registry record carries in both languages, in the current UI language. */
export function pick(text: { en: string; ja: string }): string {
  return text[current];
}

/** The base names of messages written per plural category (`sessionMessages_one`, `sessionMessages_other`). */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

const pluralRules = new Map<UiLang, Intl.PluralRules>();

/**
 * A message that depends on a number, in the form the language uses for it ("1 message",
 * "2 messages"; Japanese has one form), chosen by Intl.PluralRules. `count` only chooses the
 * form: pass it in `subs` where the message shows it.
 */
export function tn(key: PluralKey, count: number, ...subs: (string | number)[]): string {
  let rules = pluralRules.get(current);
  if (!rules) pluralRules.set(current, (rules = new Intl.PluralRules(current)));
  const exact = `${key}_${rules.select(count)}`;
  const known = exact in catalogs[current] || exact in catalogs.en;
  return translate(current, (known ? exact : `${key}_other`) as MessageKey, ...subs);
}

/** A rule's category in the UI language: the built-in ones are translated, a team's own shows as written. */
export function categoryLabel(category: string): string {
  const key = `category_${category}`;
  return key in catalogs[current] ? translate(current, key as MessageKey) : category;
}
