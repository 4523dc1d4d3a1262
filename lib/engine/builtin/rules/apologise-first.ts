import type { Rule } from '../../schema';
import { active, customerTroubled } from '../situations';

/**
 * When the customer is troubled, the apology comes before the reason. On a chat or email
 * the draft is read; on a call the prompt stays until the agent has apologised aloud.
 */
export const apologiseFirst: Rule = {
  id: 'apologise-first',
  level: 'warning',
  category: 'empathy',
  lesson: '"You just laughed, didn\'t you?"',
  when: {
    all: [
      active,
      customerTroubled,
      { any: [{ draft: { lexicon: 'explanation' } }, { not: { agentTurns: { lexicon: 'apology' } } }] },
    ],
  },
  check: {
    all: [
      // The order check first, so the prompt points at the reason that came too early.
      { order: { first: { lexicon: 'apology' }, then: { lexicon: 'explanation', hears: 'explains' } } },
      { exists: { lexicon: 'apology' } },
    ],
  },
  message: {
    ja: 'まずお詫びを。理由や仕様のご説明は、そのあとに。',
    en: 'Apologise first. The reason or the policy can come right after.',
  },
  why: {
    ja: '先にお詫びすると、そのあとの説明の受け取られ方が変わります。',
    en: 'An apology before the explanation changes how everything after it is heard.',
  },
  phrasings: {
    ja: [
      '[{customer}様、]このたびはご迷惑をおかけしており、誠に申し訳ございません。',
      'ご不便をおかけしてしまい、大変申し訳ございません。状況をご説明させてください。',
      'お困りのところ、お手数をおかけして申し訳ございません。',
    ],
    en: [
      "I'm really sorry for the trouble this has caused you[, {customer}].",
      "I'm sorry — I can see how frustrating this is. Let me explain what's happening.",
    ],
  },
  examples: {
    fire: [
      { note: 'Policy before any apology.', lang: 'ja', turns: [{ from: 'customer', text: 'いい加減にしてください！何度言えばわかるんですか！！' }], draft: 'システム上、その設定は変更できません。' },
      { note: 'The apology is there, but after the reason.', lang: 'en', turns: [{ from: 'customer', text: 'This is ridiculous!! I am furious, nothing works.' }], draft: 'Our system does not allow that change. Sorry.' },
      { note: 'No angry words, but still not fixed: troubled all the same.', lang: 'ja', turns: [{ from: 'customer', text: 'CSVの文字化け、先週お伝えしたのに全然直っていません。' }], draft: 'CSVはUTF-8で出力される仕様のため、Excelで開くと文字化けします。' },
      { note: '「すみませんが、」 is a cushion before a refusal, not an apology.', lang: 'ja', turns: [{ from: 'customer', text: 'ありえない対応ですね。どうなってるんですか。' }], draft: 'すみませんが、規定により返金はできかねます。' },
      { note: 'On a call: the customer is upset and the agent has not apologised yet.', lang: 'en', channel: 'voice', call: { state: 'connected' }, turns: [{ from: 'customer', text: "Did you just laugh? I'm losing work here." }] },
    ],
    quiet: [
      { lang: 'ja', turns: [{ from: 'customer', text: 'いい加減にしてください！何度言えばわかるんですか！！' }], draft: 'ご迷惑をおかけし、誠に申し訳ございません。システム上、変更ができないためです。' },
      { lang: 'en', turns: [{ from: 'customer', text: 'This is unacceptable, my order is still not here.' }], draft: "I'm so sorry about this. The reason is a delay at the warehouse, and I've already chased it." },
      { note: 'A calm how-to may mention the system.', lang: 'en', turns: [{ from: 'customer', text: 'How do I change my password?' }], draft: 'Our system lets you change it under Settings, because it keeps your account safe.' },
      { note: '「また同じ商品を」 is a reorder, not a recurring fault.', lang: 'ja', turns: [{ from: 'customer', text: 'また同じ商品を注文したいのですが、在庫はありますか？' }], draft: 'あいにく在庫切れのため、入荷は来週の予定です。' },
      { note: 'Calm question with a reason in Japanese.', lang: 'ja', turns: [{ from: 'customer', text: '領収書の宛名は変更できますか？' }], draft: '宛名は発行前であれば変更できますので、マイページからお手続きください。' },
      { note: 'Someone else\'s words, quoted: the shop owner asking is calm.', lang: 'ja', turns: [{ from: 'customer', text: 'お客さまから「二度と買わない！最悪の店」とレビューが入ってしまって…。返信する機能ってどこにありますか？' }], draft: '管理画面の「レビュー」を開くと、各レビューの下に「返信する」ボタンがございます。' },
      { note: 'Anger only supposed ("if it\'s a scam").', lang: 'en', turns: [{ from: 'customer', text: "my mum got a text saying her account is locked - she won't click it if it's a scam. is it from you?" }], draft: "That text isn't from us. Please don't click the link." },
      { note: 'Already apologised aloud on the call.', lang: 'en', channel: 'voice', call: { state: 'connected' }, turns: [{ from: 'customer', text: 'This is ridiculous, it broke again.' }, { from: 'agent', text: "I'm really sorry about that." }] },
    ],
  },
};
