import type { Rule } from '../../schema';
import { active, onCall } from '../situations';

/**
 * No check: the situation is the blaming words. In a draft the prompt goes once they are
 * rephrased; on a call, once said, it stays as a cue to steady the rest of the call.
 */
export const noBlameOrArgument: Rule = {
  id: 'no-blame-or-argument',
  level: 'warning',
  category: 'tone',
  lesson: 'The clinic director during consultation hours',
  when: {
    any: [{ draft: { lexicon: 'blame', hears: 'blame' } }, { all: [onCall, active, { agentTurns: { lexicon: 'blame', hears: 'blame' } }] }],
  },
  message: {
    ja: '正しさを競わず、落ち着いて要点を言い直し、次の一歩に進みましょう。',
    en: "Don't win the point. Restate it calmly and move things forward.",
  },
  why: {
    ja: '一つひとつ言い返すと、お客様もこちらも疲れるだけで、何も前に進みません。',
    en: 'Answering point by point wins nothing and wears out you and the customer.',
  },
  phrasings: {
    ja: [
      'ご不便をおかけして失礼いたしました。すぐに確認いたします。',
      '分かりにくいご案内になっていたかもしれません。もう一度、要点だけご説明いたします。',
    ],
    en: [
      "I'm sorry about that — let me look into it right away.",
      'Let me go over the key point again, briefly.',
    ],
  },
  examples: {
    fire: [
      { lang: 'ja', turns: [{ from: 'customer', text: 'おたくから資料なんて一度も届いてないですよ。' }], draft: '先ほども申し上げた通り、資料は先週メールでお送りしております。ご覧になっていないのではないでしょうか。' },
      { lang: 'en', turns: [{ from: 'customer', text: 'You never sent us anything.' }], draft: 'As I said, we sent the brochure last week. You probably just didn\'t read it.' },
      { note: 'Paraphrase: blame without "as I said".', lang: 'en', turns: [{ from: 'customer', text: 'The import deleted my contacts.' }], draft: "That's user error, you should have made a backup first." },
      { note: 'Said aloud on a call.', lang: 'ja', channel: 'voice', call: { state: 'connected' }, turns: [{ from: 'customer', text: '資料なんて届いてないですよ。' }, { from: 'agent', text: '申し上げた通り、先週お送りしております。' }] },
    ],
    quiet: [
      { lang: 'ja', turns: [{ from: 'customer', text: 'おたくから資料なんて一度も届いてないですよ。' }], draft: '届いていなかったとのこと、失礼いたしました。本日あらためてお送りいたします。' },
      { note: '"No problem" is not blame.', lang: 'en', turns: [{ from: 'customer', text: 'Sorry, I forgot to attach the file.' }], draft: 'No problem at all, just send it when you can.' },
      { note: 'Keeping a promise is not an argument.', lang: 'en', turns: [{ from: 'customer', text: 'Did you send it?' }], draft: "As promised, I've sent the brochure again. As I said I would, I also added the price list." },
      { lang: 'en', turns: [{ from: 'customer', text: 'You never sent us anything.' }], draft: "Sorry it didn't reach you. I'll send it again right now." },
    ],
  },
};
