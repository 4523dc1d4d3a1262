import type { Pack, Rule } from '../engine';

/** A small valid rule for the unit tests. */
export function sampleRule(id = 'say-thanks', overrides: Partial<Rule> = {}): Rule {
  return {
    id,
    level: 'tip',
    category: 'tone',
    when: { customerLast: { phrases: ['refund', '返金'] } },
    check: { exists: { phrases: ['thank you', 'ありがとう'] } },
    message: { en: 'Thank the customer before you explain.', ja: 'まずはお礼をお伝えしましょう。' },
    why: { en: 'Thanks set a kind tone.', ja: 'お礼の一言で、やりとりが和らぎます。' },
    examples: {
      fire: [{ lang: 'en', turns: [{ from: 'customer', text: 'I want a refund.' }], draft: 'The policy says no.' }],
      quiet: [{ lang: 'en', turns: [{ from: 'customer', text: 'I want a refund.' }], draft: 'Thank you for asking.' }],
    },
    ...overrides,
  };
}

export function samplePack(rules: Rule[] = [sampleRule()], extra: Partial<Pack> = {}): Pack {
  return { format: 1, id: 'team', name: 'Team rules', rules, ...extra };
}
