import { describe, expect, it } from 'vitest';
import { detectorCases } from './cases.testing';
import { promise } from './promise';

detectorCases('promise', promise, [
  ["I'll ring you back after lunch", 'ring you back'],
  ['Let me chase this and update you', 'chase this and update you'],
  ['I will email you the invoice by 5pm today.', 'email you'],
  ["We'll send a replacement tomorrow.", 'send'],
  ["I'm going to look into this and get back to you.", 'get back to you'],
  ['Our engineer will call you this afternoon.', 'call you'],
  ["I'll keep you posted.", 'keep you posted'],
  ['I’ll definitely call you back once I hear from the warehouse.', 'call you back'],
  ['Let me check with the warehouse and come back to you', 'come back to you'],
  ["OK! I'll send you the label 今日中に", 'send you'],
  ['確認でき次第ご連絡します', 'ご連絡します'],
  ['折り返します', '折り返します'],
  ['後ほどメールでお送りします', 'お送りします'],
  ['本日17時までにご連絡いたします', 'ご連絡いたします'],
  ['改めてお電話差し上げます', 'お電話差し上げます'],
  ['確認して、明日メールを送付いたします', '送付いたします'],
  ['担当部署に確認のうえ、ご連絡致します。', 'ご連絡致します'],
  ["I'll get back to you by end of day.", 'get back to you'],
  ['We will call you tomorrow morning.', 'call you'],
  ["I'll have a look and email you later.", 'email you'],
  ["I'm going to send you a new label right now", 'send you'],
  ["I'll personally make sure this gets sorted and update you.", 'update you'],
  ['I will forward this to our returns team and come back to you.', 'come back to you'],
  ['明日改めてご連絡いたします', 'ご連絡いたします'],
  ['確認して折り返しご連絡いたします', 'ご連絡いたします'],
  ['本日中にメールでご案内いたします', 'ご案内いたします'],
  ['調べてからお電話しますね', 'お電話します'],
  ["I'll call you back in 10 minutes", 'call you back'],
  ['We will email you a returns label today', 'email you'],
  ["I'll be in touch once I hear from the courier", 'be in touch'],
  ["Let me look into this for you and I'll get back to you", 'look into this'],
  ['Someone will call you back within the hour', 'call you back'],
  ['折り返しお電話いたします', 'お電話いたします'],
  ['後ほど担当者からご連絡させていただきます', 'ご連絡させていただきます'],
  ['改めてご案内いたします', 'ご案内いたします'],
  ['確認のうえ、改めてお電話にてご説明いたします。', 'ご説明いたします'],
], [
  '先ほど折り返しのご連絡を差し上げました',
  'I called you back earlier',
  'Shall I call you back?',
  "I'll send the photo tonight",
  'Would you like me to call you back?',
  "I've emailed you the invoice.",
  "I won't be able to call you back today.",
  'Let me know if you need anything.',
  'Can you call me back?',
  'I sent you the label yesterday.',
  "I'll check my spam folder",
  "I'll be here if you need anything",
  '折り返しお電話いたしましょうか？',
  'ご連絡ください',
  'ご連絡いただけますでしょうか',
  'ご連絡できません',
  '写真を送ります',
  'お電話ありがとうございます',
  'We received your email',
  'I called you yesterday.',
  'Could you send me the photo?',
  'We sent the replacement on Monday.',
  'If you email us the receipt we can help.',
  "I'll wait for your reply.",
  'ご連絡ありがとうございます',
  '昨日お電話いたしました',
  'メールをお送りしましたのでご確認ください',
  'お電話をお待ちしております',
  "I'll be honest, I don't know",
  "I'll transfer you now",
  'Did you get my email?',
  'We emailed you on Friday.',
  'Shall I email you the label?',
  'Can I call you back?',
  'お電話いたしましたがご不在でした',
  'ご連絡いたしましょうか',
  'ご連絡させていただきました',
  // Done on the line, not later; thanks for a call returned.
  'お調べいたしますので、少々お待ちください。',
  'それでは、お手続きの流れをご説明いたします。',
  '折り返しありがとうございます。',
]);

describe('promise: is a time given?', () => {
  it.each([
    ["I'll ring you back after lunch", 'after lunch'],
    ['I will email you the invoice by 5pm today.', 'by 5pm'],
    ['本日17時までにご連絡いたします', '本日17時までに'],
    ['明日の午前中にお電話差し上げます', '明日の午前中'],
    ["I'll send you the label within the hour", 'within the hour'],
  ])('%s names %s', (text, time) => {
    const hit = promise(text);
    expect(hit?.hasTime).toBe(true);
    expect(hit?.time?.phrase).toBe(time);
    expect(text.slice(hit!.time!.start, hit!.time!.end)).toBe(time);
  });

  it.each(['Let me chase this and update you', '確認でき次第ご連絡します', "I'll get back to you shortly", '後ほどメールでお送りします'])('%s names no time', (text) => {
    const hit = promise(text);
    expect(hit).not.toBeNull();
    expect(hit?.hasTime).toBe(false);
    expect(hit?.time).toBeUndefined();
  });
});
