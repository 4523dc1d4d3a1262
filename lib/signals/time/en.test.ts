import { describe, expect, it } from 'vitest';
import { findTimeMentions, hoursLeft, type TimeMention } from './index';

// Thursday 27 March 2025, 09:00 in London (GMT). British Summer Time starts on Sunday the 30th.
const LONDON = { nowMs: Date.parse('2025-03-27T09:00:00Z'), timeZone: 'Europe/London' };
const TOKYO = { nowMs: Date.parse('2025-03-05T10:00:00+09:00'), timeZone: 'Asia/Tokyo' };
const utc = (iso: string): number => Date.parse(`${iso}Z`);
const find = (text: string, ref = LONDON): TimeMention[] => findTimeMentions(text, 'en', ref);

function only(text: string, ref = LONDON): TimeMention {
  const found = find(text, ref);
  expect(found, text).toHaveLength(1);
  const m = found[0] as TimeMention;
  expect(text.slice(m.start, m.end)).toBe(m.phrase);
  return m;
}

describe('limits', () => {
  it('by Friday ends at the end of Friday, London time', () => {
    const m = only('I really need it by Friday, thanks.');
    expect(m).toMatchObject({ phrase: 'by Friday', kind: 'by', grain: 'day', interval: { start: LONDON.nowMs, end: utc('2025-03-29T00:00:00') } });
  });

  it('by Monday ends at midnight BST, after the clocks change', () => {
    expect(only('Please sort it out by Monday.').interval?.end).toBe(utc('2025-03-31T23:00:00'));
  });

  it.each([
    ['I need a refund no later than the 12th.', 'no later than the 12th', '2025-04-12T23:00:00'],
    ['Can I get it by next week?', 'by next week', '2025-03-30T23:00:00'],
    ['I need it by the end of the month.', 'by the end of the month', '2025-03-31T23:00:00'],
    ["I'll be away until Friday.", 'until Friday', '2025-03-29T00:00:00'],
    ['Please reply within 48 hours.', 'within 48 hours', '2025-03-29T09:00:00'],
    ['Please deliver tomorrow morning before 10am.', 'tomorrow morning before 10am', '2025-03-28T10:00:00'],
    ['End of next week at the latest, please.', 'End of next week at the latest', '2025-04-06T23:00:00'],
  ])('%s', (text, phrase, end) => {
    expect(only(text)).toMatchObject({ phrase, kind: 'by', interval: { end: utc(end) } });
  });

  it.each([
    ['Please fix this by EOD.', 'by EOD', '2025-03-27T17:00:00'],
    ['Can you get back to me by COB tomorrow?', 'by COB tomorrow', '2025-03-28T17:00:00'],
    ['We need it by close of business on Monday.', 'by close of business on Monday', '2025-03-31T16:00:00'],
  ])('business limits are 17:00 local: %s', (text, phrase, end) => {
    expect(only(text)).toMatchObject({ phrase, kind: 'by', grain: 'hour', interval: { end: utc(end) } });
  });

  it('by 5pm at 6pm means tomorrow, but by 5pm today has passed', () => {
    const evening = { ...LONDON, nowMs: utc('2025-03-27T18:00:00') };
    expect(only('Can you send it by 5pm?', evening).interval?.end).toBe(utc('2025-03-28T17:00:00'));
    const late = only('I needed it by 5pm today!', evening);
    expect(late.interval).toEqual({ start: utc('2025-03-27T17:00:00'), end: utc('2025-03-27T17:00:00') });
    expect(hoursLeft(late, evening.nowMs)).toBe(-1);
  });

  it('local times follow the reference zone', () => {
    expect(only('Could you call me by 5pm?', TOKYO).interval?.end).toBe(Date.parse('2025-03-05T17:00:00+09:00'));
  });
});

describe('moments and periods', () => {
  it.each([
    ['I will check first thing tomorrow.', 'first thing tomorrow', '2025-03-28T08:00:00', '2025-03-28T10:00:00', 'part-of-day'],
    ['Could you call me this afternoon?', 'this afternoon', '2025-03-27T12:00:00', '2025-03-27T18:00:00', 'part-of-day'],
    ['I need it tonight.', 'tonight', '2025-03-27T18:00:00', '2025-03-28T00:00:00', 'part-of-day'],
    ['Sometime next week works.', 'next week', '2025-03-30T23:00:00', '2025-04-06T23:00:00', 'week'],
    ['Can you deliver over the weekend?', 'over the weekend', '2025-03-29T00:00:00', '2025-03-30T23:00:00', 'day'],
    ['Can you deliver on Sunday at 5pm?', 'Sunday at 5pm', '2025-03-30T16:00:00', '2025-03-30T16:00:00', 'hour'],
    ['The engineer can come in 3 days.', 'in 3 days', '2025-03-30T00:00:00', '2025-03-30T23:00:00', 'day'],
    ['The meeting is at 3 tomorrow.', '3 tomorrow', '2025-03-28T15:00:00', '2025-03-28T15:00:00', 'hour'],
    ['Please call me at 5.', '5', '2025-03-27T17:00:00', '2025-03-27T17:00:00', 'hour'],
    ['Can it come on April 3rd at 3:30pm?', 'April 3rd at 3:30pm', '2025-04-03T14:30:00', '2025-04-03T14:30:00', 'minute'],
    ['Delivery on Friday the 4th would be great.', 'Friday the 4th', '2025-04-03T23:00:00', '2025-04-04T23:00:00', 'day'],
  ])('%s', (text, phrase, start, end, grain) => {
    expect(only(text)).toMatchObject({ phrase, kind: 'at', grain, interval: { start: utc(start), end: utc(end) } });
  });

  it("casual writing's lower-case day, where it cannot be a word of its own", () => {
    expect(only('my mum lands sat morning n needs a bed')).toMatchObject({ phrase: 'sat morning', interval: { start: utc('2025-03-29T06:00:00') } });
    expect(only('can it come by fri?')).toMatchObject({ phrase: 'by fri', kind: 'by' });
    expect(find('I sat down and waited for the van.')).toEqual([]);
    expect(find('mon dieu, what a week')).toEqual([]);
  });

  it('a weekday that is today means the next one', () => {
    expect(only('Can someone come on Thursday?').interval?.start).toBe(utc('2025-04-02T23:00:00'));
  });

  it('3/12 is 3 December in London and 12 March in New York', () => {
    expect(only('It should arrive on 3/12.').interval?.start).toBe(utc('2025-12-03T00:00:00'));
    const ny = { nowMs: LONDON.nowMs, timeZone: 'America/New_York' };
    expect(only('It should arrive on 3/12.', ny).interval?.start).toBe(Date.parse('2026-03-12T00:00:00-04:00'));
  });
});

describe('urgency', () => {
  it.each([
    ['This is urgent, please.', 'urgent'], ['Please reply asap.', 'asap'], ['Please do it right away.', 'right away'],
    ['As soon as possible please.', 'As soon as possible'], ['Please respond immediately.', 'immediately'],
  ])('%s', (text, phrase) => {
    expect(only(text)).toMatchObject({ phrase, kind: 'asap' });
  });

  it('today if possible is today', () => {
    expect(only('Could you ship it today if possible?')).toMatchObject({ phrase: 'today', kind: 'at', grain: 'day' });
  });

  it.each(['No rush on this one.', "It's not urgent at all.", 'Whenever you get a chance.', 'Take your time, there is no hurry.', 'It broke immediately after I opened it.'])(
    '%s is no urgency', (text) => {
      expect(find(text)).toEqual([]);
    });

  it('no rush still keeps a stated limit', () => {
    expect(find('No rush, but before Friday would be nice.').map((m) => [m.phrase, m.kind])).toEqual([['before Friday', 'by']]);
  });
});

describe('a lone today', () => {
  it.each(['Today I just want to ask about my bill.', 'Hi, how are you today?', 'Can you tell me why it did not arrive today?', 'I called today and nobody answered.'])(
    '%s is no time need', (text) => {
      expect(find(text)).toEqual([]);
    });

  it.each(['Can you ship it today?', 'I need it delivered today.', 'Please send the code today.'])('%s is one', (text) => {
    expect(only(text)).toMatchObject({ phrase: 'today', kind: 'at', interval: { start: utc('2025-03-27T00:00:00') } });
  });
});

describe('events', () => {
  it('an event said to be near, with a need in its sentence, is a limit at the event', () => {
    expect(only("The christening's coming up and we need the gown altered first.")).toMatchObject({ kind: 'by' });
    expect(only('Our conference is fast approaching, can the banners be ready before then?')).toMatchObject({ kind: 'by' });
    expect(find('The match is coming up, I watched the last one.')).toEqual([]);
  });

  it.each([
    ['Please send the part before my flight on Thursday morning.', 'before my flight on Thursday morning', 'my flight', '2025-04-03T05:00:00', 'part-of-day'],
    ['We need the dress for the wedding on Saturday.', 'for the wedding on Saturday', 'the wedding', '2025-03-29T00:00:00', 'day'],
    ['Can it arrive before we leave for Osaka on Sunday?', 'before we leave for Osaka on Sunday', 'we leave for Osaka', '2025-03-30T00:00:00', 'day'],
    ["I'd love it in time for Christmas.", 'in time for Christmas', 'Christmas', '2025-12-25T00:00:00', 'day'],
  ])('%s', (text, phrase, event, end, grain) => {
    expect(only(text)).toMatchObject({ phrase, kind: 'by', event, grain, interval: { start: LONDON.nowMs, end: utc(end) } });
  });

  it.each([
    ['Can it be done before the kids get home?', 'before the kids get home', 'the kids get home'],
    ['I need it by the time we land.', 'by the time we land', 'we land'],
    ['It has to be invoiced by the end of the financial year.', 'by the end of the financial year', 'the end of the financial year'],
    ['We need the licences before year end.', 'before year end', 'year end'],
    ['Could this ship ahead of the end of term?', 'ahead of the end of term', 'the end of term'],
  ])('%s', (text, phrase, event) => {
    expect(only(text)).toMatchObject({ phrase, kind: 'by', event });
  });

  it.each(['By the time I got home it had gone.', 'By the time you read this I will have left.', 'At the end of the year we moved.'])('%s is no need', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('an event with no day has no interval', () => {
    const m = only("I need it for my daughter's birthday party.");
    expect(m).toMatchObject({ kind: 'by', event: "my daughter's birthday party" });
    expect(hoursLeft(m, LONDON.nowMs)).toBeNull();
  });

  it.each(['I paid for the event already.', 'Good morning, my order is late.', 'The first thing I noticed was the scratch.', 'At the end of the day I just want it to work.', 'My card expires on 03/27, can you update it?', 'The voucher is valid until Friday.'])(
    '%s has no time need', (text) => {
      expect(find(text)).toEqual([]);
    });
});

describe('spelled ordinals, as speech is transcribed', () => {
  it.each([
    ["we're driving up on the twenty-seventh, whole family", 'the twenty-seventh', '2025-03-27T00:00:00'],
    ['can it come by the twenty-eighth?', 'by the twenty-eighth', '2025-03-29T00:00:00'],
    ['the party is Saturday the twenty ninth.', 'Saturday the twenty ninth', '2025-03-29T00:00:00'],
  ])('%s', (text, phrase, start) => {
    const m = only(text);
    expect(m).toMatchObject({ phrase });
    expect(m.kind === 'by' ? m.interval?.end : m.interval?.start).toBe(utc(start));
  });
  it.each(['I rang for the third time today.', 'It was the first thing I checked.', 'In the second email you said otherwise.'])('%s names no day', (text) => {
    expect(find(text).filter((m) => /first|second|third/.test(m.phrase))).toEqual([]);
  });
});

describe('ranges and references', () => {
  it.each([
    ['Delivery between 9am and 12pm is fine.', 'between 9am and 12pm', '2025-03-27T09:00:00', '2025-03-27T12:00:00'],
    ['Any time 2-4pm tomorrow.', '2-4pm tomorrow', '2025-03-28T14:00:00', '2025-03-28T16:00:00'],
    ['Come between 5 and 7 please.', 'between 5 and 7', '2025-03-27T17:00:00', '2025-03-27T19:00:00'],
    // A range in words takes the day named before it.
    ['I have Friday the 28th, between eight and noon.', 'Friday the 28th, between eight and noon', '2025-03-28T08:00:00', '2025-03-28T12:00:00'],
    ['The fitter can come Saturday from nine till twelve.', 'Saturday from nine till twelve', '2025-03-29T09:00:00', '2025-03-29T12:00:00'],
  ])('%s', (text, phrase, start, end) => {
    expect(only(text)).toMatchObject({ phrase, kind: 'at', grain: 'hour', interval: { start: utc(start), end: utc(end) } });
  });

  it('before then makes the moment named before it a limit', () => {
    expect(only("I'm travelling next Friday, can it arrive before then?")).toMatchObject({ phrase: 'next Friday', kind: 'by', interval: { end: utc('2025-04-03T23:00:00') } });
  });

  it('yesterday evening is in the past', () => {
    const m = only('I emailed you yesterday evening.');
    expect(hoursLeft(m, LONDON.nowMs)).toBe(-12);
  });

  it.each(['I need 3 to 5 days off.', 'The 2nd one I got was also broken.', 'Hope you had a good weekend.', 'We march on regardless.', 'I may need to return it.'])(
    '%s has no mention', (text) => {
      expect(find(text)).toEqual([]);
    });
});

it('offsets survive emoji and full-width digits', () => {
  const text = '🙏 Please, by Friday at ５pm 🙏 asap';
  const found = find(text);
  expect(found.map((m) => m.phrase)).toEqual(['by Friday at ５pm', 'asap']);
  for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.phrase);
});
