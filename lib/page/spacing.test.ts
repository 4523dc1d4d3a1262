import { describe, expect, it } from 'vitest';
import { spaceForInsert } from './spacing';

const at = (before: string, after = '', multiline = true) => ({ before, after, multiline });

describe('spacing a phrasing into the draft', () => {
  it('puts one space between English sentences, on either side of the caret', () => {
    expect(spaceForInsert('I understand.', at('I will ask my supervisor.', 'Let me check.'))).toBe(' I understand. ');
    expect(spaceForInsert('I understand.', at('I will ask my supervisor. ', ' Let me check.'))).toBe('I understand.');
    expect(spaceForInsert('I understand.', at(''))).toBe('I understand.');
  });

  it('adds no space to Japanese, after 。 or anywhere else', () => {
    expect(spaceForInsert('申し訳ございません。', at('確認いたします。', 'ご連絡いたします。'))).toBe('申し訳ございません。');
    expect(spaceForInsert('申し訳ございません。', at('お待たせしました', ''))).toBe('申し訳ございません。');
  });

  it('starts a new paragraph after a greeting line where the composer keeps line breaks', () => {
    expect(spaceForInsert("I'm sorry for the trouble.", at('Hi Robert,'))).toBe("\n\nI'm sorry for the trouble.");
    expect(spaceForInsert('申し訳ございません。', at('山田様'))).toBe('\n\n申し訳ございません。');
    expect(spaceForInsert("I'm sorry for the trouble.", at('Hi Robert,', '', false))).toBe(" I'm sorry for the trouble.");
    expect(spaceForInsert("I'm sorry.", at('Hi Robert,\n\n'))).toBe("I'm sorry.");
    expect(spaceForInsert('dear', at('Hi ', 'Robert.'))).toBe('dear '); // mid-line: no paragraph
  });

  it('keeps closing punctuation and opening brackets tight', () => {
    expect(spaceForInsert('as agreed', at('(', ')'))).toBe('as agreed');
    expect(spaceForInsert('today', at('by', '.'))).toBe(' today');
  });

  it('trims the phrasing itself', () => {
    expect(spaceForInsert('  Thanks!  ', at('Hello there.', ''))).toBe(' Thanks!');
  });
});
