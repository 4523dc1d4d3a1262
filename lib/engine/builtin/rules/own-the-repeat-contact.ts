import type { Rule } from '../../schema';
import { active } from '../situations';

/**
 * A repeat contact is one the customer names ("it's me again", 「午前中にもお電話した」)
 * or an earlier contact this week (the engine's `repeatContact`). The engine's signal also
 * counts a bare "again", so it is trusted only when there is an earlier contact on file.
 * Outbound calls are excluded: returning a customer's request is not them chasing us.
 */
export const ownTheRepeatContact: Rule = {
  id: 'own-the-repeat-contact',
  level: 'nudge',
  category: 'empathy',
  lesson: 'A late catalog, and the second call at 16:00',
  when: {
    all: [
      active,
      { direction: 'inbound' },
      {
        any: [
          { customerThread: { lexicon: 'repeatCue' } },
          { all: [{ repeatContact: true }, { history: { lexicon: 'anyText' } }] },
        ],
      },
      { not: { agentTurns: { lexicon: 'ownRepeat' } } },
    ],
  },
  check: { exists: { lexicon: 'ownRepeat' } },
  message: {
    ja: '以前にもご連絡をいただいているお客様です。前回の件を把握していることを伝え、お手数をおかけしたことをお詫びしましょう。',
    en: 'This customer has been in touch before. Show you know the earlier contact, and own the trouble of coming back.',
  },
  why: {
    ja: '二度目に連絡してくる方は、もう一度がっかりしています。まずそこを受け止めます。',
    en: 'A customer who has to come back is already let down; acknowledging it comes first.',
  },
  phrasings: {
    ja: [
      { text: '再度のお問い合わせ、お手数をおかけして申し訳ございません。', channels: ['chat', 'email'] },
      { text: '再度お電話をいただき、お手数をおかけして申し訳ございません。', channels: ['voice'], direction: 'inbound' },
      '以前にもご連絡をいただいておりますね。度々ご不便をおかけし、申し訳ございません。',
    ],
    en: [
      { text: "I'm sorry you've had to contact us again about this[, {customer}].", channels: ['chat', 'email'] },
      { text: "I'm sorry you've had to call again about this[, {customer}].", channels: ['voice'], direction: 'inbound' },
      "I can see you've been in touch with us about this before — thank you for your patience.",
    ],
  },
  examples: {
    fire: [
      { note: '何度も with contacting us after it.', lang: 'ja', turns: [{ from: 'customer', text: 'この件、何度もお電話しているんですけど、まだ直っていません。' }], draft: '担当の森です。状況を確認いたします。' },
      { note: 'Calling again, said in passing.', lang: 'ja', channel: 'voice', call: { state: 'connected' }, turns: [{ from: 'customer', text: 'もしもし、午前中にもお電話した、カタログの件なんですが。' }] },
      { lang: 'ja', turns: [{ from: 'customer', text: '先週も問い合わせましたが、まだ直っていません。' }], draft: '状況を確認いたします。' },
      { lang: 'en', turns: [{ from: 'customer', text: "I'm calling again about my refund." }], draft: 'Let me look into that.' },
      { note: 'Not said, but they wrote yesterday.', lang: 'en', startedAt: '2026-11-20T10:00:00Z', history: [{ startedAt: '2026-11-19T09:00:00Z', summary: 'Refund not received' }], turns: [{ from: 'customer', text: 'Where is my refund?' }], draft: 'Let me check the refund status.' },
    ],
    quiet: [
      { note: '何回も about what they did to the product, not about contacting us.', lang: 'ja', turns: [{ from: 'customer', text: 'ルーターも何回も抜き差ししたんですけど、朝からずっとつながらなくて。' }], draft: 'ご不便をおかけして申し訳ございません。担当の森です。すぐにお調べいたします。' },
      { lang: 'ja', turns: [{ from: 'customer', text: '先週も問い合わせましたが、まだ直っていません。' }], draft: '再度のお問い合わせ、お手数をおかけして申し訳ございません。すぐに確認いたします。' },
      { lang: 'en', turns: [{ from: 'customer', text: "I'm calling again about my refund." }], draft: "I'm sorry you've had to contact us again. Let me look into it now." },
      { note: '"Call me again anytime" is not a repeat contact.', lang: 'en', turns: [{ from: 'customer', text: 'Thanks, that fixed it! Feel free to call me again anytime on this number.' }], draft: 'Glad it works now!' },
      { note: 'A returning buyer is not a repeat contact: 「先日も購入」「2回目の購入」.', lang: 'ja', turns: [{ from: 'customer', text: '先日も購入したのですが、2回目の購入でもポイントはつきますか？' }], draft: 'はい、ポイントはご購入のたびに付与されます。' },
      { note: 'Tried many times is not contacted many times.', lang: 'ja', turns: [{ from: 'customer', text: 'パスワードの再設定を何度も試したのですが、うまくいきません。' }], draft: '再設定の手順をご案内いたします。' },
      { note: 'An outbound call returning their request.', lang: 'en', channel: 'voice', direction: 'outbound', call: { state: 'connected' }, startedAt: '2026-11-20T10:00:00Z', history: [{ startedAt: '2026-11-19T09:00:00Z', summary: 'Asked for a call back' }], turns: [{ from: 'agent', text: 'Hello, this is Alex returning your request.' }] },
      { note: 'An old contact about something else.', lang: 'ja', startedAt: '2026-11-20T03:00:00Z', history: [{ startedAt: '2026-10-02T05:00:00Z', summary: 'ポイントの有効期限について' }], turns: [{ from: 'customer', text: 'お届け先を変更したいです。' }], draft: 'マイページから変更いただけます。' },
    ],
  },
};
