import { describe, expect, it } from 'vitest';
import { prepare, type Match } from './grammar';
import { timeNear } from './time';

const near = (text: string): string | null => {
  const source = prepare(text);
  const t = timeNear({ text: source.text, start: 0, end: 1, source });
  return t && source.text.slice(t.start, t.end);
};

describe('timeNear', () => {
  it.each([
    ["I'll call you by 5pm", 'by 5pm'], ['back at 4, ok', 'at 4'], ['ready at 5.30pm', 'at 5.30pm'], ['within 24 hours', 'within 24 hours'],
    ['in a few minutes', 'in a few minutes'], ['next friday then', 'next friday'], ['first thing tomorrow', 'first thing'],
    ['本日17時までに', '本日17時までに'], ['明日の午前中に', '明日の午前中'], ['１５時半頃', '15時半頃'], ['3営業日以内', '3営業日以内'],
  ])('%s names %s', (text, time) => {
    expect(near(text)).toBe(time);
  });

  it.each(["I'll call you shortly", 'soon, later, in a bit', 'I have 4 items', '後ほどご連絡します', '確認でき次第ご連絡します', '十七時にお電話します', 'We sat down'])(
    '%s names no time (kanji numerals are left to lib/signals/time)',
    (text) => {
      expect(near(text)).toBeNull();
    },
  );

  it('looks only in the sentence of the match', () => {
    const source = prepare("I'll call you. Tomorrow is a holiday.");
    const m: Match = { text: source.text, start: 0, end: 4, source };
    expect(timeNear(m)).toBeNull();
  });
});
