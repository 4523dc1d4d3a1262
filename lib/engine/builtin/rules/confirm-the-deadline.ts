import type { Rule } from '../../schema';
import { active } from '../situations';

/**
 * Reads the engine's time grammar (timeNeed: a date, a time or an event the customer needs,
 * parsed against the conversation's clock), never a word list: 「至急ではありません」 or an expiry asked
 * about is no need. The prompt shows while the customer's latest turn carries a need, while an
 * earlier one has never been answered, on a late-day repeat contact about something that went
 * wrong, and after a visit that failed today while they waited; the draft satisfies it by
 * committing to the date or the fastest option ("it would have gone the same day" and "orders
 * placed before 2pm ship the same day" do not).
 */
export const confirmTheDeadline: Rule = {
  id: 'confirm-the-deadline',
  level: 'nudge',
  category: 'process',
  lesson: 'A late catalog, and the second call at 16:00',
  when: {
    all: [
      active,
      {
        any: [
          // A time the customer tied the request to, however it was said ("my flight is on Thursday").
          { timeNeed: { in: 'latest' } },
          // Unsaid: back about a failure late in the afternoon, they may need it today (the late catalog).
          { all: [{ repeatContact: true }, { any: [{ problem: true }, { recentContact: { withinHours: 36, says: { hears: 'problem' } } }] }, { localHour: { atLeast: 15, atMost: 19 } }, { not: { agentTurns: { lexicon: 'deadlineAnswer' } } }] },
          // A dated need is answered by a time that makes it, or by the fastest way: "on the van today" does not make 3 pm.
          { all: [{ timeNeed: { in: 'any' } }, { not: { agentTurns: { lexicon: 'fastestOffer', committed: true } } }] },
          // A visit or delivery failed today while they waited, and it is late in their day: when is the next one?
          { all: [{ customerThread: { hears: 'failedToday' } }, { problem: true }, { localHour: { atLeast: 15, atMost: 19 } }, { not: { agentTurns: { hears: 'namesWhen' } } }, { not: { agentTurns: { lexicon: 'fastestOffer', committed: true } } }] },
        ],
      },
    ],
  },
  // What would have been ("had you checked, it would have gone the same day") or what generally
  // happens ("orders placed before 2pm ship the same day") answers nothing.
  // A day that misses the need ("arrives Monday" for Friday night) answers nothing either.
  check: { all: [{ exists: { lexicon: 'deadlineAnswer', committed: true } }, { keepsTimeNeed: true }] },
  message: {
    ja: 'お客様には期限があるようです。日付を復唱し、間に合う最短の手段をご提案しましょう。',
    en: 'There is a deadline here. Restate the date and offer the fastest way to make it.',
  },
  why: {
    ja: '言葉にされない期限に気づいて応えることが、いちばんの安心につながります。',
    en: 'Hearing the unspoken deadline, and answering it, is what reassures.',
  },
  phrasings: {
    ja: [
      'ご希望の日に間に合うよう、最短でお届けできる方法をお調べいたします。',
      'お急ぎとのこと、承知いたしました。間に合うかどうか、すぐに確認いたします。',
    ],
    en: [
      'I understand you need it in time — let me check the fastest way to get it to you.',
      'Let me see what we can do to get it to you sooner.',
    ],
  },
  fatigue: { cooldownSeconds: 60 },
  examples: {
    fire: [
      { lang: 'ja', turns: [{ from: 'customer', text: '今日中に発送してもらえますか？' }], draft: '承知いたしました。手配いたします。' },
      { note: 'Unspoken deadline: 間に合えば.', lang: 'ja', turns: [{ from: 'customer', text: 'うーん……土曜日に間に合えばいいんですけど。' }], draft: 'ほかにご不明な点はございますか。' },
      { note: 'Paraphrase: a use on the weekend.', lang: 'ja', turns: [{ from: 'customer', text: '週末に使いたくて注文したんです。' }], draft: 'ご注文ありがとうございます。明後日のお届け予定です。' },
      { note: 'Paraphrase: a flight, no "deadline" word.', lang: 'en', turns: [{ from: 'customer', text: 'I need it before my flight on Friday.' }], draft: 'Sure, it has been dispatched and should arrive on Friday.' },
      { lang: 'en', turns: [{ from: 'customer', text: 'I was hoping to order the gift boxes before the party.' }], draft: 'The tracking shows it is on its way.' },
      { note: 'What would have been answers nothing.', lang: 'en', turns: [{ from: 'customer', text: 'The party is on Saturday and the invitations still have not gone out.' }], draft: 'Had you approved the proof on Monday, it would have gone out the same day.' },
      { note: '"before the" answers only before an event of theirs, not before a step of ours.', lang: 'en', turns: [{ from: 'customer', text: 'Term begins on Monday and I rely on the laptop for my lectures.' }], draft: 'A technician will assess the device before the repair is carried out.' },
      { note: 'The same in Japanese.', lang: 'ja', turns: [{ from: 'customer', text: '土曜の式に使う席札なんです。まだ届かないんですか。' }], draft: '校正をご承認いただいていれば、当日中に発送できました。' },
      { note: 'A fast way that still lands after the need answers nothing.', lang: 'en', now: '2026-03-04T10:00:00Z', timeZone: 'Europe/London', turns: [{ from: 'customer', text: 'I need the banner by Friday night, the fair opens Saturday morning.' }], draft: 'Thanks! It ships today by express and will arrive on Monday 9 March.' },
      { note: '"Today" as when we passed it on answers nothing about the 9th.', lang: 'en', turns: [{ from: 'customer', text: 'The movers are booked for the morning of the 9th and the building needs the certificate first.' }], draft: "Thanks, Marco. I've sent your request to our certificates team today." },
      { note: 'Speed with no way and no day answers nothing.', lang: 'en', turns: [{ from: 'customer', text: 'The council needs the signed form by the 14th or we lose the grant.' }], draft: "Thanks, Priya. I'll get the form back to you as soon as possible." },
      { note: 'The same in Japanese: できるだけ早く is not 「14日に間に合います」.', lang: 'ja', turns: [{ from: 'customer', text: '14日までに役所へ提出しないといけない書類です。' }], draft: 'かしこまりました。できるだけ早くお送りいたします。' },
      { note: 'The same in Japanese: 本日発送 does not make up for a Monday delivery.', lang: 'ja', now: '2026-03-04T01:00:00Z', turns: [{ from: 'customer', text: '金曜の夜までに必要なんです。土曜の朝から使うので。' }], draft: '本日発送いたしますので、9日（月）にお届けの予定です。' },
    ],
    quiet: [
      { lang: 'ja', turns: [{ from: 'customer', text: '今日中に発送してもらえますか？' }], draft: '本日15時までの手配で、本日中に発送いたします。' },
      { lang: 'en', turns: [{ from: 'customer', text: 'I need it before my flight on Friday.' }], draft: "I'll upgrade it to express so it arrives by Thursday, in time for your flight." },
      { note: 'The need restated with the day it will make.', lang: 'ja', now: '2026-03-04T01:00:00Z', turns: [{ from: 'customer', text: '金曜の夜までに必要なんです。土曜の朝から使うので。' }], draft: '本日発送いたしますので、金曜日の午前中にお届けできます。' },
      { note: '"In good time for" says it makes it.', lang: 'en', turns: [{ from: 'customer', text: 'The forms close on Friday, can you sign the letter?' }], draft: 'It is signed and ready to collect tomorrow morning, in good time for Friday.' },
      { note: 'An offer under a condition still offers.', lang: 'en', turns: [{ from: 'customer', text: 'I need it before my flight on Friday.' }], draft: 'If you need it sooner than Thursday, we can send it express at no charge.' },
      { note: 'Small talk, not a deadline.', lang: 'ja', turns: [{ from: 'customer', text: '今日はいい天気ですね。ポイントの有効期限を教えてください。' }], draft: 'ポイントの有効期限は付与から1年間です。' },
      { note: '"Today" without urgency.', lang: 'en', turns: [{ from: 'customer', text: 'Today I just want to ask about changing my plan.' }], draft: 'Of course! You can change it under Billing.' },
      { note: 'Explicitly no rush.', lang: 'en', turns: [{ from: 'customer', text: 'No rush at all, but could you resend the invoice?' }], draft: 'Of course, here it is.' },
      { note: 'The deadline was already answered; later small talk is left alone.', lang: 'en', turns: [{ from: 'customer', text: 'I need it by Friday.' }, { from: 'agent', text: "I've sent it express, so it arrives by Thursday." }, { from: 'customer', text: 'Great, thanks!' }], draft: "You're welcome!" },
      { note: 'Opening hours asked as information.', lang: 'en', turns: [{ from: 'customer', text: 'What time is the Leeds store open on Sunday?' }], draft: 'Hi, this is Sam. Leeds is open 10am to 4pm on Sundays.' },
      { note: 'When to call is a preference, not a limit to make.', lang: 'ja', turns: [{ from: 'customer', text: '日中は仕事なので、お電話は18時以降にお願いできますか。' }], draft: '承知いたしました。18時以降にお電話いたします。' },
      { note: 'A day the agent named, taken happily, then a new question.', lang: 'en', turns: [{ from: 'customer', text: 'We move in on Thursday, will the sofa make the weekend?' }, { from: 'agent', text: "It's booked for Friday morning at the new address." }, { from: 'customer', text: 'perfect. can I add a footstool?' }], draft: 'Yes, the footstool is £89, shall I add it?' },
    ],
  },
};
