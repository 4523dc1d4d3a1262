/**
 * Deterministic inputs for the engine benchmark: 1,000 generated rules on top of the
 * built-in pack, a 100-turn conversation and a 600-character draft, in Japanese and English.
 */
import { builtinPack } from '../../lib/engine/builtin';
import type { Conversation } from '../../lib/conversation/schema';
import type { Check, Pack, Rule } from '../../lib/engine/schema';

/** Small seeded PRNG so every run measures the same texts. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const KANA = 'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん';
const KANJI = '発送注文確認返金交換配達連絡担当商品請求予約変更支払住所番号期限対応状況説明申込';
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function word(r: () => number, lang: 'ja' | 'en'): string {
  const pick = (s: string) => s[Math.floor(r() * s.length)] as string;
  if (lang === 'en') return Array.from({ length: 4 + Math.floor(r() * 5) }, () => pick(LETTERS)).join('');
  return pick(KANJI) + pick(KANJI) + pick(KANA) + (r() < 0.5 ? pick(KANA) : '');
}

export function vocabulary(lang: 'ja' | 'en', size: number, seed: number): string[] {
  const r = rng(seed);
  return [...new Set(Array.from({ length: size * 2 }, () => word(r, lang)))].slice(0, size);
}

/** 1,000 rules: half in each language, mixing every check type; about a third apply to the test conversation. */
export function generatedRules(count: number): { rules: Rule[]; phrases: string[] } {
  const r = rng(42);
  const vocab = { ja: vocabulary('ja', 3000, 1), en: vocabulary('en', 3000, 2) };
  const phrases = new Set<string>();
  const some = (lang: 'ja' | 'en', n: number) => Array.from({ length: n }, () => {
    const p = vocab[lang][Math.floor(r() * vocab[lang].length)] as string;
    phrases.add(p);
    return p;
  });
  const common = (lang: 'ja' | 'en', k: number) => {
    const p = vocab[lang][k] as string;
    phrases.add(p);
    return p;
  };
  const rules: Rule[] = [];
  for (let i = 0; i < count; i++) {
    const lang = i % 2 ? 'en' : 'ja';
    const kinds: (() => Check)[] = [
      () => ({ exists: { phrases: some(lang, 6) } }),
      () => ({ absent: { phrases: some(lang, 6) } }),
      () => ({ order: { first: { phrases: some(lang, 4) }, then: { phrases: some(lang, 4) } } }),
      () => ({ near: { anchor: { phrases: some(lang, 4) }, expect: { phrases: some(lang, 4) }, within: 30 } }),
      () => ({ conditional: { if: { phrases: some(lang, 4) }, then: { phrases: some(lang, 4) } } }),
    ];
    rules.push({
      id: `generated-${i}`,
      level: (['tip', 'nudge', 'warning'] as const)[i % 3] as Rule['level'],
      category: 'generated',
      // Phrases from the low end of the vocabulary appear in the conversation, so ~1/3 of rules apply.
      when: i % 3 === 0 ? { customerThread: { phrases: [common(lang, i % 200)] } } : { customerThread: { phrases: some(lang, 3) } },
      check: (kinds[i % kinds.length] as () => Check)(),
      message: { ja: `生成ルール${i}`, en: `Generated rule ${i}` },
      why: { ja: '負荷試験用', en: 'Load test' },
    });
  }
  return { rules, phrases: [...phrases] };
}

export function largePack(count = 1000): { pack: Pack; phrases: string[] } {
  const { rules, phrases } = generatedRules(count);
  const builtinPhrases = Object.values(builtinPack.lexicons ?? {}).flatMap((l) => [...(l.ja ?? []), ...(l.en ?? [])]);
  return { pack: { ...builtinPack, id: 'bench', rules: [...builtinPack.rules, ...rules] }, phrases: [...new Set([...phrases, ...builtinPhrases.map((p) => p.replace(/\*$/, ''))])] };
}

/** A 100-turn conversation whose customer turns use the first 200 vocabulary words. */
export function conversation(lang: 'ja' | 'en'): Conversation {
  const vocab = vocabulary(lang, 3000, lang === 'ja' ? 1 : 2);
  const r = rng(7);
  const sep = lang === 'ja' ? '' : ' ';
  const turns = Array.from({ length: 100 }, (_, i) => ({
    from: i % 2 ? ('agent' as const) : ('customer' as const),
    text: Array.from({ length: 12 }, () => vocab[Math.floor(r() * 200)]).join(sep) + (lang === 'ja' ? '。今日中にお願いします！！' : '. I need it by Friday!!'),
  }));
  return { lang, turns, draft: '' };
}

/** A 600-character draft made of vocabulary words (so checks have something to find). */
export function draftText(lang: 'ja' | 'en'): string {
  const vocab = vocabulary(lang, 3000, lang === 'ja' ? 1 : 2);
  const r = rng(9);
  let out = lang === 'ja' ? '申し訳ございません。' : 'I am so sorry. ';
  while (out.length < 600) out += vocab[Math.floor(r() * vocab.length)] + (lang === 'ja' ? (r() < 0.15 ? '。' : '') : r() < 0.15 ? '. ' : ' ');
  return out.slice(0, 600);
}
