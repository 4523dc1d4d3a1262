import type { Pack, Rule } from './schema';

/** A one-rule pack around `rule`, with a couple of lexicons tests can refer to. */
export function packWith(...rules: Partial<Rule>[]): Pack {
  return {
    format: 1,
    id: 'test-pack',
    name: 'Test pack',
    lexicons: {
      apology: { ja: ['申し訳'], en: ['sorry'], except: ['not sorry'] },
      reason: { ja: ['システム上'], en: ['because', 'policy'] },
    },
    rules: rules.map((r, i) => ({
      id: `rule-${i}`,
      level: 'nudge',
      category: 'test',
      when: { state: 'active' },
      message: { ja: 'メッセージ', en: 'Message' },
      why: { ja: '理由', en: 'Why' },
      ...r,
    })) as Rule[],
  };
}
