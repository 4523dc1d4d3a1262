import { describe, expect, it } from 'vitest';
import { hearSentence } from '../hearing';
import { namesWhen, sameDay } from './when';

describe('sameDay: a visit or a delivery, waited in for or booked, placed on this very day', () => {
  it.each([
    "I've been in all afternoon and the card says the driver couldn't get access.",
    'The engineer was due between 1 and 5 today and nobody came.',
    '今日エアコンの修理に来てもらう予定だったんですけど、結局誰も来ませんでした。',
    '朝から家で待っていたのに、配達に来なかったんです。',
  ])('hears: %s', (text) => expect(sameDay(text)).toBe(true));

  it.each([
    "The school photo pack came today and it's someone else's child.",
    'Can the engineer come today?',
    '今日届いた商品の色が違いました。',
  ])('leaves what only happened today, or is still to come: %s', (text) => expect(sameDay(text)).toBe(false));

  it('failedToday needs the failure as well', () => {
    expect(hearSentence('failedToday', 'I was home all day. Nobody knocked, nobody rang, nothing.')).not.toBeNull();
    expect(hearSentence('failedToday', 'I was home all day, so the parcel came in fine.')).toBeNull();
  });
});

describe('namesWhen: the agent commits to a day or a time and what happens then', () => {
  it.each([
    "It's booked for 8 to 12 tomorrow morning.",
    "I've rebooked the engineer for Thursday at 9am.",
    '明日の午前中に伺います。',
    '再配達は本日19時以降でお手配いたしました。',
  ])('hears: %s', (text) => expect(namesWhen(text)).not.toBeNull());

  it.each([
    'We deliver every weekday between 8 and 6.',
    "It's back in the normal flow, so it's all in hand now.",
    '通常1〜2日でお届けとなります。',
    '日程調整の担当より、あらためてご連絡いたします。',
  ])('leaves habits, policies and a when left open: %s', (text) => expect(namesWhen(text)).toBeNull());
});
