import type { Rule } from '../../schema';
import { active } from '../situations';

/**
 * Two situations: the first two minutes of an outbound call, and any customer who says
 * they are busy (in chat too). Offering to call back is not enough — the check wants a
 * question about the time or an agreed time, in the draft or already said on the call.
 */
export const checkItIsAGoodTime: Rule = {
  id: 'check-it-is-a-good-time',
  level: 'nudge',
  category: 'process',
  lesson: 'The clinic director during consultation hours',
  when: {
    all: [
      active,
      { not: { agentTurns: { lexicon: 'goodTime', hears: 'goodTimeOffer' } } },
      {
        any: [
          // Busy in any turn, unless the latest says they are free now ("all done now, I've got time").
          { all: [{ customerThread: { hears: 'busy' } }, { not: { customerLast: { hears: 'free' } } }] },
          { all: [{ channel: 'voice' }, { direction: 'outbound' }, { any: [{ callState: 'ringing' }, { callState: 'connected' }] }, { callMinutes: { atMost: 2 } }] },
        ],
      },
    ],
  },
  check: { exists: { lexicon: 'goodTime', hears: 'goodTimeOffer' } },
  message: {
    ja: '今お話しできる状況か伺い、難しければご都合のよい時間を決めて折り返しましょう。',
    en: 'Ask if now is a good time; if not, agree a time that suits them and call back then.',
  },
  why: {
    ja: '忙しい最中の電話は、内容より先に「今かけてきたこと」が記憶に残ります。',
    en: 'Reached at a bad moment, people remember the interruption more than what you said.',
  },
  phrasings: {
    ja: [
      { text: '[{customer}様、]ただいまお時間よろしいでしょうか。', channels: ['voice'] },
      { text: 'お忙しいところ失礼いたしました。何時頃でしたらご都合がよろしいでしょうか。改めてお電話いたします。', channels: ['voice'] },
      { text: 'お忙しいところ失礼いたしました。ご都合のよいお時間を教えていただければ、改めてご連絡いたします。', channels: ['chat', 'email'] },
    ],
    en: [
      { text: 'Is now a good time to talk[, {customer}]?', channels: ['voice'] },
      { text: "I'll let you get back to it. What time would suit you for a call back?", channels: ['voice'] },
      { text: "No problem — what time would suit you? I'll get back to you then.", channels: ['chat', 'email'] },
    ],
  },
  examples: {
    fire: [
      { note: 'Start of an outbound call.', lang: 'ja', channel: 'voice', direction: 'outbound', startedAt: '2026-11-20T01:30:00Z', now: '2026-11-20T01:30:20Z', call: { state: 'connected', since: '2026-11-20T01:30:05Z' }, turns: [{ from: 'agent', text: 'お世話になっております。メディコネクトの鈴木と申します。折り返しお電話いたしました。' }] },
      { note: 'Offering a call-back without agreeing a time.', lang: 'ja', channel: 'voice', direction: 'inbound', call: { state: 'connected' }, turns: [{ from: 'customer', text: '今ちょっと診療中なんですよ。' }, { from: 'agent', text: '失礼いたしました。では改めてお電話いたしますね。' }] },
      { lang: 'en', turns: [{ from: 'customer', text: "I'm in a meeting, can we sort this out later?" }], draft: 'Sure, no problem.' },
      { lang: 'en', channel: 'voice', direction: 'outbound', startedAt: '2026-11-19T15:15:00Z', now: '2026-11-19T15:15:30Z', call: { state: 'connected', since: '2026-11-19T15:15:05Z' }, turns: [{ from: 'customer', text: "I'm with a patient right now." }] },
    ],
    quiet: [
      { lang: 'ja', channel: 'voice', direction: 'outbound', startedAt: '2026-11-20T01:30:00Z', now: '2026-11-20T01:30:20Z', call: { state: 'connected', since: '2026-11-20T01:30:05Z' }, turns: [{ from: 'agent', text: 'メディコネクトの鈴木と申します。ただいまお時間よろしいでしょうか。' }] },
      { lang: 'en', turns: [{ from: 'customer', text: "I'm in a meeting, can we sort this out later?" }], draft: 'Of course. What time would suit you for a quick call?' },
      { note: 'Inbound chat, no sign of being busy.', lang: 'en', turns: [{ from: 'customer', text: 'How do I add a second user?' }], draft: 'Go to Settings > Team.' },
      { note: 'Someone else is busy; the customer writing is free.', lang: 'ja', turns: [{ from: 'customer', text: '主人が今運転中なので、代わりに私が問い合わせています。予約の時間を確認したいです。' }], draft: 'ご予約は明日10時からでございます。' },
      { note: 'Busy earlier, free now.', lang: 'en', turns: [{ from: 'customer', text: 'sorry, got pulled into a meeting' }, { from: 'agent', text: 'No problem.' }, { from: 'customer', text: "all done now, I've got time to go through it" }], draft: 'Great, so the first step is the new address.' },
      { note: '運転中 as a feature, not as a state.', lang: 'ja', turns: [{ from: 'customer', text: '運転中に使えるナビの設定方法を教えてください。' }], draft: '設定画面の「ナビ」からご利用いただけます。' },
      { note: '「今ちょっとよろしいですか」 is the customer asking for our time, not short of theirs.', lang: 'ja', turns: [{ from: 'customer', text: '今ちょっとよろしいですか？患者さんの予約の変更方法を教えてください。' }], draft: '予約一覧から該当の予約を開き、「変更」を押してください。' },
      { note: '"Driving me crazy" is not driving.', lang: 'en', turns: [{ from: 'customer', text: 'This export bug is driving me crazy.' }], draft: 'Let me take a look.' },
    ],
  },
};
