import { describe, expect, it } from 'vitest';
import { dueFromPromise } from './promise-due';

// Local time on purpose: promises are kept on the agent's clock, whatever the machine's zone.
const NOW = new Date(2026, 10, 20, 14, 0); // Friday 20 Nov 2026, 14:00
const local = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).getTime();

describe('when a promise falls due', () => {
  it.each([
    ['明日の15時までに折り返しご連絡いたします。', local(21, 15)],
    ['本日16時までにお電話いたします', local(20, 16)],
    ['15時半までに確認します', local(20, 15, 30)],
    ['明後日の午前中にお届けします', local(22, 10)],
    ['午後3時にお電話します', local(20, 15)],
    ['3時までにご連絡します', local(20, 15)],
    ["I'll call you back by 3pm tomorrow.", local(21, 15)],
    ["I'll email you the tracking link tomorrow morning.", local(21, 10)],
    ['I will get back to you by 4:30 p.m. today', local(20, 16, 30)],
    ['by 17:00', local(20, 17)],
    ["I'll ring you at 9 am", local(21, 9)], // 9 am has passed: tomorrow
    ['Let me check and get back to you by end of day', local(20, 17)],
    ['明日ご連絡いたします', local(21, 10)],
  ])('%s', (text, due) => {
    expect(dueFromPromise(text, NOW)).toBe(due);
  });

  it('counts from now for relative promises', () => {
    expect(dueFromPromise('30分後に折り返します', NOW)).toBe(NOW.getTime() + 30 * 60_000);
    expect(dueFromPromise('1時間以内にご連絡します', NOW)).toBe(NOW.getTime() + 3_600_000);
    expect(dueFromPromise("I'll get back to you in an hour", NOW)).toBe(NOW.getTime() + 3_600_000);
    expect(dueFromPromise("I'll call back in 20 minutes", NOW)).toBe(NOW.getTime() + 20 * 60_000);
  });

  it('reads full-width digits as typed by Japanese input', () => {
    expect(dueFromPromise('明日の１５時までに', NOW)).toBe(local(21, 15));
  });

  it('says nothing when the promise names no time', () => {
    expect(dueFromPromise('確認して折り返しご連絡いたします。', NOW)).toBeNull();
    expect(dueFromPromise("Sure, I'll get back to you once I hear from them.", NOW)).toBeNull();
    expect(dueFromPromise('I will sort it out today', NOW)).toBeNull();
    expect(dueFromPromise('we have 3 items in 2 boxes', NOW)).toBeNull();
  });
});
