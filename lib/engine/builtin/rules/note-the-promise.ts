import type { Rule } from '../../schema';
import { onCall } from '../situations';

/**
 * In writing, a promise in the draft must carry a time ("by 5 pm today"). On a call the
 * agent's notes are not visible to the rules, so once a promise has been said the prompt
 * stays as a reminder to write it down with its time — through the end of the call.
 */
export const noteThePromise: Rule = {
  id: 'note-the-promise',
  level: 'tip',
  category: 'process',
  lesson: 'A late catalog, and the second call at 16:00',
  when: {
    any: [{ draft: { lexicon: 'promise', hears: 'promise' } }, { all: [onCall, { agentTurns: { lexicon: 'promise', hears: 'promise' } }] }],
  },
  check: {
    all: [
      { exists: { lexicon: 'promise', hears: 'promise' } },
      // The time belongs in the promise's own sentence: 「本日の配送ができませんでした。改めてご案内いたします。」 has none.
      { near: { anchor: { lexicon: 'promise', hears: 'promise' }, expect: { lexicon: 'timeExpr' }, within: 1, sameSentence: true } },
    ],
  },
  message: {
    ja: 'お約束には期限を。いつ・何をするかを具体的にお伝えし、時刻つきでメモに残しましょう。',
    en: 'A promise is a debt. Give it a time, and write it in your notes with that time.',
  },
  why: {
    ja: '約束した折り返しを忘れないことが、二度目のがっかりを防ぎます。',
    en: 'A call-back that happens when promised prevents the second disappointment.',
  },
  phrasings: {
    ja: [
      '確認でき次第、本日中にご連絡いたします。',
      '何時頃までにご連絡を差し上げればよろしいでしょうか。',
    ],
    en: [
      "I'll get back to you by the end of today with an update.",
      'By what time would you like an update from me?',
    ],
  },
  fatigue: { maxPerConversation: 3 },
  examples: {
    fire: [
      { lang: 'ja', turns: [{ from: 'customer', text: '発送日が分かったら教えてください。' }], draft: '確認して折り返しご連絡いたします。' },
      { lang: 'en', turns: [{ from: 'customer', text: 'Can you check with the warehouse?' }], draft: "Sure, I'll get back to you once I hear from them." },
      { note: 'Promised aloud on a call: note it down.', lang: 'ja', channel: 'voice', call: { state: 'connected' }, turns: [{ from: 'customer', text: '今ちょっと手が離せなくて。' }, { from: 'agent', text: 'では、改めてお電話いたします。' }] },
      { lang: 'en', channel: 'voice', call: { state: 'ended' }, state: 'ended', turns: [{ from: 'agent', text: "I'll call you back tomorrow at 10 am." }] },
    ],
    quiet: [
      { lang: 'ja', turns: [{ from: 'customer', text: '発送日が分かったら教えてください。' }], draft: '確認のうえ、本日16時までに折り返しご連絡いたします。' },
      { lang: 'en', turns: [{ from: 'customer', text: 'Can you check with the warehouse?' }], draft: "Sure, I'll get back to you by 3 pm today." },
      { note: 'The time comes later in the same sentence.', lang: 'en', turns: [{ from: 'customer', text: 'Can it go on tomorrow’s van?' }], draft: "I'll check with the warehouse team whether there's room on tomorrow's van and message you back here by 3pm today." },
      { note: 'Looked up on the line, not later.', lang: 'ja', turns: [{ from: 'customer', text: '注文番号は4481です。' }], draft: 'ありがとうございます。お調べいたしますので、少々お待ちください。' },
      { note: 'Returning a call is not a new promise.', lang: 'ja', channel: 'voice', direction: 'outbound', call: { state: 'connected' }, turns: [{ from: 'agent', text: '予約システムの件で、折り返しお電話いたしました。' }] },
      { note: 'No promise at all.', lang: 'en', turns: [{ from: 'customer', text: 'How do I add a user?' }], draft: 'Go to Settings > Team.' },
    ],
  },
};
