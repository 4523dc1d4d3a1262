import { describe, expect, it, vi } from 'vitest';
import { asks, firstHit, firstMatch, opens, prepare, shape, shapeSet, type Match } from './grammar';

const at = (text: string, words: string): Match => {
  const source = prepare(text);
  const start = source.text.indexOf(words);
  return { text: source.text, start, end: start + words.length, source };
};

describe('firstHit', () => {
  it('reports the earliest match across shapes, in the original spelling', () => {
    const set = shapeSet([shape('world'), shape('ｈｅｌｌｏ|hello')]);
    expect(firstHit('ＨＥＬＬＯ world', set)).toEqual({ phrase: 'ＨＥＬＬＯ', start: 0, end: 5 });
  });

  it('a refused match does not hide one that starts inside it', () => {
    const set = shapeSet([shape('a+b', (m) => m.start === 0)]);
    expect(firstHit('aaab', set)).toEqual({ phrase: 'aab', start: 1, end: 4 });
  });

  it('where the first shape refuses, another shape matching at the same place still counts', () => {
    const set = shapeSet([shape('(a)(b)c', () => true), shape('abc')]);
    expect(firstHit('xabc', set)).toEqual({ phrase: 'abc', start: 1, end: 4 });
  });

  it('asks the refusal of the shape that matched, whatever groups earlier shapes capture', () => {
    const refuse = vi.fn(() => false);
    const set = shapeSet([shape('(x)(y)z'), shape('q', refuse)]);
    expect(firstHit('q', set)?.phrase).toBe('q');
    expect(refuse).toHaveBeenCalledTimes(1);
  });

  it('a shape of neither script (an emoji) runs on any text', () => {
    expect(firstHit('😂', shapeSet([shape('😂')]))).toEqual({ phrase: '😂', start: 0, end: 2 });
  });

  it('points at the colloquial words as typed after they were rewritten', () => {
    const text = 'もう見てるよ';
    expect(firstHit(text, shapeSet([shape('見ている')]))).toEqual({ phrase: '見てる', start: 2, end: 5 });
  });

  it('a text with nothing in it finds nothing', () => {
    expect(firstMatch('', shapeSet([shape('a')]))).toBeNull();
  });
});

describe('asks and opens', () => {
  it('a question mark or a Japanese question ending asks', () => {
    expect(asks(at('Is it ok? I think so.', 'ok'))).toBe(true);
    expect(asks(at('It is ok. Is it?', 'ok'))).toBe(false);
    expect(asks(at('今お時間よろしいでしょうか', 'お時間'))).toBe(true);
    expect(asks(at('届きますか。', '届き'))).toBe(true);
    expect(asks(at('静かです。', '静か'))).toBe(false);
  });

  it('a clause asks on its own: the promise before a comma does not', () => {
    expect(asks(at("I'll call you back, ok?", 'call'), 'clause')).toBe(false);
    expect(asks(at("I'll call you back, ok?", 'call'))).toBe(true);
  });

  it('opens: a sentence start, or a clause after a greeting, not the middle of a word', () => {
    expect(opens(at('Escalate this.', 'escalate'), 'sentence')).toBe(true);
    expect(opens(at("Don't escalate this.", 'escalate'), 'sentence')).toBe(false);
    expect(opens(at('Sorry, driving', 'driving'), 'clause')).toBe(true);
    expect(opens(at('sorry driving', 'driving'), 'clause')).toBe(true);
    expect(opens(at('the engineer busy', 'busy'), 'clause')).toBe(false);
  });
});
