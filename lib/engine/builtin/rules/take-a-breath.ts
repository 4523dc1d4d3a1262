import type { Rule } from '../../schema';

/**
 * After the conversation ends, if it was heated (the engine's heat, the pack's distress
 * phrases, blaming words said, a request for a manager) or long. No check: nothing to
 * type, only a pause and fresh notes.
 */
export const takeABreath: Rule = {
  id: 'take-a-breath',
  level: 'tip',
  category: 'wellbeing',
  lesson: 'The clinic director during consultation hours',
  when: {
    all: [
      { state: 'ended' },
      {
        any: [
          { heat: { atLeast: 3, of: 'max' } },
          { customerThread: { lexicon: 'distress' } },
          { customerThread: { lexicon: 'escalationAsk', hears: 'escalation' } },
          { agentTurns: { lexicon: 'blame', hears: 'blame' } },
          { callMinutes: { atLeast: 20 } },
          { elapsedMinutes: { atLeast: 45 } },
        ],
      },
    ],
  },
  message: {
    ja: 'おつかれさまでした。次の対応の前にひと息ついて、記憶が新しいうちにメモを残しましょう。',
    en: 'Well done. Take a minute before the next one, and write your notes while they are fresh.',
  },
  why: {
    ja: '消耗したまま次の電話に出ると、その疲れが次のお客様に伝わります。',
    en: 'Carrying a draining call into the next one shows in your voice.',
  },
  phrasings: {
    ja: [
      '（メモ）[{customerFull}様　]ご用件：　／お約束したこと：　／次の対応：',
      '（チームへ）次の対応の前に、5分だけ席を外します。',
    ],
    en: [
      '(Note)[ {customerFull}:] What they needed: … What I promised: … Next step: …',
      { text: '(To the team) Taking five minutes before my next call.', channels: ['voice'] },
      { text: '(To the team) Taking five minutes before my next conversation.', channels: ['chat', 'email'] },
    ],
  },
  fatigue: { oncePerConversation: true },
  examples: {
    fire: [
      { lang: 'ja', channel: 'voice', state: 'ended', call: { state: 'ended' }, turns: [{ from: 'customer', text: 'そもそも、診療時間中に電話してくるのはどうなんですかね。' }, { from: 'agent', text: '先ほども申し上げた通り、資料はお送りしております。' }, { from: 'customer', text: 'もういいです。失礼します。' }] },
      { lang: 'en', channel: 'chat', state: 'ended', turns: [{ from: 'customer', text: 'This is unacceptable. I am furious.' }, { from: 'agent', text: "I'm sorry, I've refunded you." }] },
      { note: 'A long call, even a calm one.', lang: 'en', channel: 'voice', state: 'ended', startedAt: '2026-11-20T10:00:00Z', now: '2026-11-20T10:35:00Z', call: { state: 'ended', since: '2026-11-20T10:00:00Z' }, turns: [{ from: 'customer', text: 'Can you walk me through the setup?' }] },
    ],
    quiet: [
      { note: 'Still on the call: not yet.', lang: 'ja', channel: 'voice', call: { state: 'connected' }, turns: [{ from: 'customer', text: 'もういいです。ふざけないでください。' }] },
      { note: 'A short, calm conversation that ended.', lang: 'en', channel: 'chat', state: 'ended', startedAt: '2026-11-20T10:00:00Z', now: '2026-11-20T10:05:00Z', turns: [{ from: 'customer', text: 'How do I add a user?' }, { from: 'agent', text: 'Go to Settings > Team.' }, { from: 'customer', text: 'Thanks!' }] },
      { lang: 'ja', channel: 'voice', state: 'ended', startedAt: '2026-11-20T01:00:00Z', now: '2026-11-20T01:04:00Z', call: { state: 'ended', since: '2026-11-20T01:00:00Z' }, turns: [{ from: 'customer', text: 'ありがとうございました。助かりました。' }] },
    ],
  },
};
