import { describe, expect, it } from 'vitest';
import { counterfactual, generic } from './modality';

const at = (text: string, words: string) => {
  const lower = text.toLowerCase();
  const start = lower.indexOf(words.toLowerCase());
  if (start < 0) throw new Error(`"${words}" is not in "${text}"`);
  return counterfactual(lower, { start, end: start + words.length });
};

describe('a sentence about what would have been', () => {
  it('hears could-have-beens in English', () => {
    expect(at('Had you checked the proof email, it would have gone out the same day.', 'same day')).toBe(true);
    expect(at("If you'd told us sooner we could've sent it express.", 'express')).toBe(true);
    expect(at('If you had approved it on Monday, it might have arrived before the party.', 'before the')).toBe(true);
    expect(at('If only the form had been sent, it would be there by Friday.', 'by friday')).toBe(true);
  });

  it('hears them in Japanese', () => {
    expect(at('ご確認いただいていれば、当日中に発送できました。', '当日')).toBe(true);
    expect(at('もう少し早くご注文いただいていたら、間に合ったのですが。', '間に合')).toBe(true);
    expect(at('校正をご承認いただければ本日発送できたのに。', '本日発送')).toBe(true);
  });

  it('leaves what is, will be, or is offered under a condition', () => {
    expect(at("I've upgraded it to express, so it arrives by Thursday.", 'express')).toBe(false);
    expect(at('If you need it sooner, we can send it express.', 'express')).toBe(false);
    expect(at("If you'd like, I can send it same day.", 'same day')).toBe(false);
    expect(at('We had you down for Friday; I have moved it to Thursday, in time for the party.', 'in time')).toBe(false);
    expect(at('ご希望であれば本日発送いたします。', '本日発送')).toBe(false);
    expect(at('ご承認いただければ、本日中に発送いたします。', '本日中')).toBe(false);
    expect(at('届いていたら教えてください。明日までにお届けします。', '明日まで')).toBe(false);
  });

  it('reads only the sentence the words are in', () => {
    expect(at('It would have been nicer to ask. I have sent it express today.', 'express')).toBe(false);
  });
});

const gen = (text: string, words: string) => {
  const lower = text.toLowerCase();
  const start = lower.indexOf(words.toLowerCase());
  if (start < 0) throw new Error(`"${words}" is not in "${text}"`);
  return generic(lower, { start, end: start + words.length });
};

describe('a sentence about what generally happens', () => {
  it('hears habits and policies quoted for everyone', () => {
    expect(gen('We draw blood from 7:30 to 11 every weekday.', '7:30')).toBe(true);
    expect(gen('Orders placed before 2pm ship the same day.', 'same day')).toBe(true);
    expect(gen('It usually arrives within 2 working days.', 'within')).toBe(true);
    expect(gen("So what happens when a delivery fails is it goes back to the depot overnight.", 'overnight')).toBe(true);
    expect(gen('平日14時までにいただいたご注文は、当日中に発送しております。', '当日')).toBe(true);
    expect(gen('発送後は、通常1〜2日でお届けとなります。', '1〜2日')).toBe(true);
  });

  it('leaves what is promised for this customer, and an offer under a condition', () => {
    expect(gen("I've booked your bloods for 7:30 tomorrow.", '7:30')).toBe(false);
    expect(gen('Your order will ship today, so it arrives by Thursday.', 'today')).toBe(false);
    expect(gen('ご希望の場合は、本日中に発送いたします。', '本日中')).toBe(false);
    expect(gen('木曜日中にお届けできるよう、本日発送いたします。', '本日発送')).toBe(false);
  });
});
