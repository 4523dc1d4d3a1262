import type { NormalizedConversation } from '../conversation/normalize';
import type { Lang } from '../conversation/schema';
import type { Evidence } from '../signals/types';
import { fillPhrasings } from './phrasings/fill';
import type { LocalizedText, Rule } from './schema';
import type { Prompt } from './types';

/** The text in the conversation's language, or the other one when the pack lacks it. */
export function localize(text: LocalizedText, lang: Lang): string {
  return (lang === 'ja' ? (text.ja ?? text.en) : (text.en ?? text.ja)) ?? '';
}

export function toPrompt(rule: Rule, conv: NormalizedConversation, trigger: Evidence | undefined): Prompt {
  const { lang } = conv;
  const phrasings = fillPhrasings(rule.phrasings, {
    lang, channel: conv.channel, direction: conv.direction, agent: conv.agent.name, customer: conv.customer.name,
  });
  return {
    ruleId: rule.id,
    level: rule.level,
    category: rule.category,
    lang,
    message: localize(rule.message, lang),
    why: localize(rule.why, lang),
    phrasings: phrasings.texts,
    ...(phrasings.missing.length ? { unfilled: phrasings.missing } : {}),
    ...(trigger ? { trigger } : {}),
  };
}
