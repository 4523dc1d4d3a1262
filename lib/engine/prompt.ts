import type { Lang } from '../conversation/schema';
import type { Evidence } from '../signals/types';
import type { LocalizedText, Rule } from './schema';
import type { Prompt } from './types';

/** The text in the conversation's language, or the other one when the pack lacks it. */
export function localize(text: LocalizedText, lang: Lang): string {
  return (lang === 'ja' ? (text.ja ?? text.en) : (text.en ?? text.ja)) ?? '';
}

export function toPrompt(rule: Rule, lang: Lang, trigger: Evidence | undefined): Prompt {
  const phrasings = rule.phrasings?.[lang] ?? rule.phrasings?.[lang === 'ja' ? 'en' : 'ja'] ?? [];
  return {
    ruleId: rule.id,
    level: rule.level,
    category: rule.category,
    lang,
    message: localize(rule.message, lang),
    why: localize(rule.why, lang),
    examples: [...phrasings],
    ...(trigger ? { trigger } : {}),
  };
}
