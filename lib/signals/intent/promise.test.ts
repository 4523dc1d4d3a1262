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
