import type { Rule } from '../../schema';
import { active, customerTroubled, onCall } from '../situations';

/**
 * No check: the situation itself is the laugh. In a draft the prompt goes as soon as the
 * laugh is deleted; on a call it stays while the customer is troubled, as a cue to repair.
 */
export const noLaughterWhenUpset: Rule = {
  id: 'no-laughter-when-upset',
  level: 'warning',
  category: 'tone',
  lesson: '"You just laughed, didn\'t you?"',
  when: {
    all: [
      { any: [{ draft: { lexicon: 'laughter', hears: 'laughter' } }, { all: [onCall, active, { agentTurns: { lexicon: 'laughter', hears: 'laughter' } }] }] },
      customerTroubled,
    ],
  },
  message: {
    ja: 'お客様はお困りです。（笑）や「ｗ」、絵文字は外して、落ち着いたトーンで。',
    en: 'The customer is upset. Drop the "haha", "lol" or emoji and keep a calm tone.',
  },
  why: {
    ja: '場を和ませるつもりの笑いも、困っている方には嘲笑に聞こえます。',
    en: 'Light-heartedness meant to ease the mood reads as mockery to someone who is upset.',
  },
  phrasings: {
    ja: [
      'ご不快な思いをおかけし、大変申し訳ございません。',
      '配慮に欠ける言い方をしてしまい、大変失礼いたしました。',
    ],
    en: [
      "I'm sorry, that came across badly. I understand this is serious for you.",
      'You are right to be frustrated, and I want to get this fixed for you.',
    ],
  },
  examples: {
    fire: [
      { lang: 'ja', turns: [{ from: 'customer', text: 'CSVで出力すると、また文字化けします。全然直っていません。' }], draft: 'Excelで開くと文字化けするのは、実は仕様なんです（笑）' },
      { note: 'A trailing ｗ reads as laughter too.', lang: 'ja', turns: [{ from: 'customer', text: '注文した商品がまだ届かないんですけど、どうなってるんですか？' }], draft: 'あー、配送遅れてますねｗ 確認します' },
      { lang: 'en', turns: [{ from: 'customer', text: 'This is the worst service. My invoices keep disappearing!!' }], draft: 'Haha yeah, sync can be a bit weird sometimes 😅' },
      { note: 'Said aloud on a call: the customer heard it.', lang: 'en', channel: 'voice', call: { state: 'connected' }, turns: [{ from: 'customer', text: 'Your app keeps overwriting my invoices.' }, { from: 'agent', text: "Haha, that's just how syncing works!" }, { from: 'customer', text: 'Did you just laugh? I am losing work here.' }] },
    ],
    quiet: [
      { note: 'A happy customer: shared laughter is fine.', lang: 'en', turns: [{ from: 'customer', text: 'It worked, thank you so much! You saved my weekend.' }], draft: 'Haha, glad to hear it! Enjoy your weekend.' },
      { note: '笑顔 is a smile, not laughter.', lang: 'ja', turns: [{ from: 'customer', text: 'いつまで待たせるんですか、いい加減にしてください！' }], draft: 'お待たせして申し訳ございません。すぐに確認いたします。笑顔でお届けできるよう努めます。' },
      { note: 'Upset customer, calm draft.', lang: 'en', turns: [{ from: 'customer', text: 'This is ridiculous, I was charged twice.' }], draft: "I'm sorry about the double charge. I've refunded the second one." },
      { note: 'A URL is not a trailing ｗ.', lang: 'ja', turns: [{ from: 'customer', text: '届いていません。どうなってるんですか。' }], draft: '申し訳ございません。追跡はこちらwww.example.jp/trackからご確認いただけます。' },
      { lang: 'ja', turns: [{ from: 'customer', text: '無事に届きました！ありがとうございます（笑）' }], draft: 'よかったです（笑）またのご利用をお待ちしております。' },
    ],
  },
};
