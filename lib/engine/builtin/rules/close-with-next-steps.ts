import type { Rule } from '../../schema';
import { active, onCall, writtenChannel } from '../situations';

/**
 * In writing: when the customer wraps up (or the draft does), the reply should thank and
 * say what happens next. On a call: once the agent has started closing ("anything
 * else?"), until they tell the customer they will end the call.
 */
export const closeWithNextSteps: Rule = {
  id: 'close-with-next-steps',
  level: 'tip',
  category: 'process',
  lesson: 'A late catalog, and the second call at 16:00',
  when: {
    all: [
      active,
      {
        any: [
          {
            all: [
              writtenChannel,
              { draftEmpty: false },
              { any: [{ customerLast: { hears: 'wrapUp' } }, { draft: { lexicon: 'closingAsk' } }] },
            ],
          },
          {
            all: [
              onCall,
              // The agent starts to close, or the customer has: thanks and it is settled.
              { any: [{ agentTurns: { lexicon: 'closingAsk' } }, { customerLast: { hears: 'wrapUp' } }] },
              { not: { agentTurns: { lexicon: 'callEnding' } } },
            ],
          },
        ],
      },
    ],
  },
  check: { all: [{ exists: { lexicon: 'warmth' } }, { exists: { lexicon: 'nextStep', hears: 'nextSteps' } }] },
  message: {
    ja: '温かく締めくくりを。お礼、このあとの流れ、お電話なら先に失礼する旨をお伝えします。',
    en: 'Close warmly: thank them, say what happens next, and on a call say you will end it.',
  },
  why: {
    ja: '次に何が起きるか分かると、お客様は安心して電話を切れます。',
    en: 'Knowing what happens next is what lets a customer hang up at ease.',
  },
  phrasings: {
    ja: [
      { text: '本日はお電話ありがとうございました。ほかにご不明な点がございましたら、いつでもお問い合わせください。それでは、失礼いたします。', channels: ['voice'] },
      { text: 'ご確認いただきありがとうございます。ほかにもご不明な点がございましたら、いつでもお気軽にお問い合わせください。', channels: ['chat', 'email'] },
    ],
    en: [
      { text: "Thanks so much for your patience[, {customer}]. If anything else comes up, just give us a call. I'll let you go now — take care.", channels: ['voice'] },
      { text: 'Glad I could help[, {customer}]! If anything else comes up, just reply here.', channels: ['chat', 'email'] },
    ],
  },
  examples: {
    fire: [
      { note: 'A goodbye in place of thanks closes too; the reply has next steps but no thanks.', lang: 'en', channel: 'email', turns: [{ from: 'customer', text: "Brilliant, that's everything. Have a lovely weekend!" }], draft: 'Hi Tom,\n\nThe refund will reach your card within 5 working days.\n\nAmy' },
      { note: '「またのご利用を」 is a pleasantry, not what happens next.', lang: 'ja', channel: 'email', turns: [{ from: 'customer', text: 'ご丁寧にありがとうございました。返送用の伝票も届きました。\nよろしくお願いいたします。' }], draft: 'ご連絡ありがとうございます。またのご利用を心よりお待ちしております。' },
      { lang: 'en', turns: [{ from: 'customer', text: 'Found it, the invite is sent. Thanks!' }], draft: 'Ok.' },
      { lang: 'ja', turns: [{ from: 'customer', text: 'できました！助かりました。' }], draft: 'よかったです。' },
      { note: 'On a call: closing started, no clear ending yet.', lang: 'ja', channel: 'voice', call: { state: 'connected' }, turns: [{ from: 'customer', text: '明後日、ですよね。' }, { from: 'agent', text: 'ほかに何かご不明な点はございますか。' }, { from: 'customer', text: '……いえ、そういうわけじゃないんですけど……。' }] },
      { note: 'The agent closes without saying what happens next.', lang: 'en', turns: [{ from: 'customer', text: 'So the replacement is on its way?' }], draft: 'Yes. Anything else?' },
    ],
    quiet: [
      { lang: 'en', turns: [{ from: 'customer', text: 'Found it, the invite is sent. Thanks!' }], draft: 'Great, glad that worked! Your teammate will get an email with a link to join. If anything else comes up, just reply here.' },
      { lang: 'ja', turns: [{ from: 'customer', text: 'できました！助かりました。' }], draft: 'ご確認いただきありがとうございます。ほかにもご不明な点がございましたら、いつでもお気軽にお問い合わせください。' },
      { note: 'A mid-conversation thanks is not a close.', lang: 'ja', turns: [{ from: 'customer', text: 'ありがとうございます。ご注文履歴のどこを押せばいいでしょうか。' }], draft: '右上の「お届け先を変更」を押してください。' },
      { note: 'On a call the agent said they will end it.', lang: 'ja', channel: 'voice', call: { state: 'connected' }, turns: [{ from: 'agent', text: 'ほかに何かございますか。' }, { from: 'customer', text: 'いえ、大丈夫です。' }, { from: 'agent', text: 'ありがとうございました。それでは、お先に失礼いたします。' }] },
    ],
  },
};
