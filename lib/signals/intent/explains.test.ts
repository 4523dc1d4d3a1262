import { describe, expect, it } from 'vitest';
import { explains } from './explains';

describe('explains: a sentence that states a reason, a cause, a policy or what happened', () => {
  it.each([
    ['Cancellations made after the 20th take effect from the next billing cycle, which is why the payment was collected. Sorry.', 'Cancellations made after the 20th take effect from the next billing cycle, which is why the payment was collected.'],
    ['Thanks Dana. The artwork that went to print was the file from last autumn.', 'The artwork that went to print was the file from last autumn.'],
    ['Hi Tom, the courier marks parcels as delivered when they reach the depot.', 'the courier marks parcels as delivered when they reach the depot.'],
    ['お問い合わせありがとうございます。さくら堂の田中でございます。繁忙期は出荷までに五日ほどかかっております。', '繁忙期は出荷までに五日ほどかかっております。'],
    ['配送中に箱が重ねて積まれると、袋に力がかかることがございます。申し訳ございません。', '配送中に箱が重ねて積まれると、袋に力がかかることがございます。'],
    // A noun after の is not a name: 明日の予定です states when.
    ['担当の野々村です。発送は明日の予定です。', '発送は明日の予定です。'],
  ])('%s', (text, sentence) => {
    expect(explains(text)?.phrase).toBe(sentence);
  });

  it.each([
    'Hi Dana, I’m Marcus. Thanks for letting me know.',
    "I'm so sorry about this. Could you send me a photo?",
    "I understand how annoying this is. I'll sort a replacement today.",
    "Let me check that for you. Kind regards, Priya",
    'お問い合わせありがとうございます。担当の佐藤です。',
    '承知しました。在庫を確認いたします。',
    'ご不便をおかけして申し訳ございません。お写真を送っていただけますか。',
    // Names with 々 or in katakana, and empathy before the apology.
    'やまびこアウトドアの佐々木です。',
    'サポートデスクのマリアです。',
    '思いがけず2回目が届き、驚かれたことと存じます。',
    'ご不安な思いをさせてしまいましたね。',
  ])('not an explanation: %s', (text) => {
    expect(explains(text)).toBeNull();
  });

  it('points at the sentence in the original text', () => {
    const text = 'Hello!\n\nOur warehouse closes at noon on Fridays.';
    const hit = explains(text);
    expect(hit && text.slice(hit.start, hit.end)).toBe('Our warehouse closes at noon on Fridays.');
  });
});
