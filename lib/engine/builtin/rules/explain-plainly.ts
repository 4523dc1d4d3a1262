import type { Rule } from '../../schema';
import { active, customerTroubled, writtenChannel } from '../situations';

/**
 * Two situations. (1) Any written draft: no internal jargon, no overlong sentence.
 * (2) The agent already used jargon and the customer is lost or upset: the next reply
 * (or, on a call, the next thing said) should put it plainly — `anyText` keeps the prompt
 * up until the agent starts that reply, since an empty draft has no jargon to find.
 */
export const explainPlainly: Rule = {
  id: 'explain-plainly',
  level: 'tip',
  category: 'clarity',
  lesson: 'Caught between the company and the customer',
  when: {
    any: [
      { all: [writtenChannel, { draftEmpty: false }] },
      {
        all: [
          active,
          { agentTurns: { lexicon: 'jargon', hears: 'jargon' } },
          { any: [{ customerLast: { lexicon: 'confusion' } }, customerTroubled] },
          { not: { agentTurns: { lexicon: 'plainRestatement' } } },
        ],
      },
    ],
  },
  check: {
    all: [
      { exists: { lexicon: 'anyText' } },
      { absent: { lexicon: 'jargon', hears: 'jargon' } },
      { metric: { measure: 'sentence-length', max: { ja: 70, en: 30 } } },
    ],
  },
  message: {
    ja: '社内用語を使わず、短い文で噛み砕いてご説明しましょう。',
    en: 'Say it in plain words: short sentences, no internal terms.',
  },
  why: {
    ja: 'こちらの事情を、お客様に分かる言葉に置き換えるのが私たちの仕事です。',
    en: 'Turning our internal process into something clear and orderly is the job.',
  },
  phrasings: {
    ja: [
      'わかりにくい言い方で失礼いたしました。簡単にご説明いたします。',
      'ポイントを一つずつご説明いたします。',
    ],
    en: [
      'Let me put that more simply.',
      "Here's what that means for you, step by step.",
    ],
  },
  examples: {
    fire: [
      { lang: 'ja', turns: [{ from: 'customer', text: 'エラーE-04が出ます。' }], draft: 'E-04はシステム上センサー異常の扱いとなり、RMA番号を発行してからの対応となります。' },
      { lang: 'en', turns: [{ from: 'customer', text: 'Where is my refund?' }], draft: 'Per policy, RMA requests for SKU BL-220 need a proof of purchase before the refund workflow can proceed.' },
      { note: 'One sentence that runs on and on.', lang: 'en', turns: [{ from: 'customer', text: 'Why was I charged twice?' }], draft: 'The reason you see two charges is that the first authorisation was placed when you started the checkout and then a second one was placed when you confirmed it and the first one will drop off automatically within a few days depending on your bank.' },
      { note: 'Jargon already sent, and the customer is lost.', lang: 'ja', turns: [{ from: 'customer', text: 'エラーが出ます。' }, { from: 'agent', text: 'システム上センサー異常の扱いとなり、RMA番号の発行が必要です。' }, { from: 'customer', text: '意味が分かりません。' }] },
    ],
    quiet: [
      { lang: 'ja', turns: [{ from: 'customer', text: 'エラーE-04が出ます。' }], draft: 'E-04は、センサーという部品の故障を示しています。新しい商品と交換いたしますので、交換用の番号をお送りします。' },
      { lang: 'en', turns: [{ from: 'customer', text: 'Where is my refund?' }], draft: 'We need a copy of your receipt first. Once we have it, the refund takes about 3 days.' },
      { note: 'Calm how-to, short and plain.', lang: 'en', turns: [{ from: 'customer', text: 'How do I add a second user?' }], draft: 'Go to Settings > Team and click "Invite teammate".' },
      { note: 'Jargon sent, customer lost, and the agent now says it plainly.', lang: 'ja', turns: [{ from: 'customer', text: 'エラーが出ます。' }, { from: 'agent', text: 'システム上センサー異常の扱いとなり、RMA番号の発行が必要です。' }, { from: 'customer', text: '意味が分かりません。' }], draft: '分かりにくくて申し訳ございません。部品が壊れているので、新しい商品と交換いたします。' },
      { note: '"Process" and "system" in plain use are fine.', lang: 'ja', turns: [{ from: 'customer', text: '領収書はどこで発行できますか？' }], draft: 'マイページの「ご注文履歴」から発行いただけます。' },
    ],
  },
};
