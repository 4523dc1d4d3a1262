import { describe, expect, it } from 'vitest';
import { committing, counterfactual, generic } from './modality';

/** What `reads` says of the sentence holding `words` in `text`. */
const at = (reads: typeof counterfactual, text: string, words: string) => {
  const start = text.toLowerCase().indexOf(words.toLowerCase());
  if (start < 0) throw new Error(`"${words}" is not in "${text}"`);
  return reads(text, { start, end: start + words.length });
};

/** [text, the words a reading is asked about, whether the reading holds]. */
type Row = [string, string, boolean];

describe('a sentence about what would have been', () => {
  it.each<Row>([
    // Could-have-beens in English and in Japanese.
    ['Had you checked the proof email, it would have gone out the same day.', 'same day', true],
    ["If you'd told us sooner we could've sent it express.", 'express', true],
    ['If you had approved it on Monday, it might have arrived before the party.', 'before the', true],
    ['If only the form had been sent, it would be there by Friday.', 'by friday', true],
    ['ご確認いただいていれば、当日中に発送できました。', '当日', true],
    ['もう少し早くご注文いただいていたら、間に合ったのですが。', '間に合', true],
    ['校正をご承認いただければ本日発送できたのに。', '本日発送', true],
    // What is, will be, or is offered under a condition.
    ["I've upgraded it to express, so it arrives by Thursday.", 'express', false],
    ['If you need it sooner, we can send it express.', 'express', false],
    ["If you'd like, I can send it same day.", 'same day', false],
    ['We had you down for Friday; I have moved it to Thursday, in time for the party.', 'in time', false],
    ['ご希望であれば本日発送いたします。', '本日発送', false],
    ['ご承認いただければ、本日中に発送いたします。', '本日中', false],
    ['届いていたら教えてください。明日までにお届けします。', '明日まで', false],
    // Only the sentence the words are in is read.
    ['It would have been nicer to ask. I have sent it express today.', 'express', false],
  ])('%s («%s»): %s', (text, words, holds) => expect(at(counterfactual, text, words)).toBe(holds));
});

describe('a sentence about what generally happens', () => {
  it.each<Row>([
    // Habits and policies quoted for everyone.
    ['We draw blood from 7:30 to 11 every weekday.', '7:30', true],
    ['Orders placed before 2pm ship the same day.', 'same day', true],
    ['It usually arrives within 2 working days.', 'within', true],
    ['So what happens when a delivery fails is it goes back to the depot overnight.', 'overnight', true],
    ['平日14時までにいただいたご注文は、当日中に発送しております。', '当日', true],
    ['発送後は、通常1〜2日でお届けとなります。', '1〜2日', true],
    // What is promised for this customer, and an offer under a condition.
    ["I've booked your bloods for 7:30 tomorrow.", '7:30', false],
    ['Your order will ship today, so it arrives by Thursday.', 'today', false],
    ['ご希望の場合は、本日中に発送いたします。', '本日中', false],
    ['木曜日中にお届けできるよう、本日発送いたします。', '本日発送', false],
  ])('%s («%s»): %s', (text, words, holds) => expect(at(generic, text, words)).toBe(holds));
});

describe('committing: "today" as when we did something commits to nothing', () => {
  it.each<Row>([
    ["I've sent your request for the certificate to our team today.", 'today', false],
    ['We spoke to the courier today and they are looking into it.', 'today', false],
    ['本日発送いたしました。', '本日', false],
    // A time still ahead, for today, or when it arrives commits.
    ["I've booked you in for today at 3pm.", 'today', true],
    ["I've upgraded it so it arrives today.", 'today', true],
    ['It will go out today by express.', 'today', true],
    ['本日発送いたします。', '本日', true],
  ])('%s («%s»): %s', (text, words, holds) => expect(at(committing, text, words)).toBe(holds));
});
