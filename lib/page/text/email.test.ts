import { describe, expect, it } from 'vitest';
import { ownWords, withoutQuotedHistory, withoutSignature } from './email';

describe('email-shaped text', () => {
  it('leaves out what a mail client quoted below the reply, in English and Japanese', () => {
    expect(ownWords('Still nothing. This is the third time.\n\nOn Tue, 3 Jun 2025 at 15:40, Support <help@example.com> wrote:\n> Your order ships today.\n> Thanks'))
      .toBe('Still nothing. This is the third time.');
    expect(ownWords('届いた商品が割れていました。\n\n-----Original Message-----\nFrom: サポート <help@example.jp>\nSent: Tuesday\n本日発送いたします。')).toBe('届いた商品が割れていました。');
    expect(ownWords('まだ届きません。\n\n2025年6月3日(火) 15:40 サポート <help@example.jp>:\n> 本日発送いたします。')).toBe('まだ届きません。');
    expect(ownWords('It broke again.\nOn Mon, 2 Jun 2025 at 09:12, Ken Ito <ken@example.org>\nwrote:\n> earlier')).toBe('It broke again.');
  });

  it('drops "> " lines wherever they are, keeping the new words around them', () => {
    expect(withoutQuotedHistory('> Did you restart it?\nYes, twice.\n> And the router?\nAlso yes.')).toBe('Yes, twice.\nAlso yes.');
  });

  it('recognises Outlook headers only when a quoted mail really follows', () => {
    expect(ownWords('Please call me.\n\nFrom: Ann Lee\nSent: Monday, 2 June\nTo: Support\nSubject: Broken')).toBe('Please call me.');
    expect(ownWords('From: the moment I opened it, the lid was cracked.')).toBe('From: the moment I opened it, the lid was cracked.');
  });

  it('leaves out the signature after "-- " and a phone\'s footer, but keeps a plain sign-off', () => {
    expect(withoutSignature('I need it by Friday.\nThanks,\nKen\n-- \nKen Ito | Acme Ltd | +81 90 1234 5678')).toBe('I need it by Friday.\nThanks,\nKen');
    expect(ownWords('Where is my refund?\n\nSent from my iPhone')).toBe('Where is my refund?');
    expect(ownWords('返金はまだですか。\n\niPhoneから送信')).toBe('返金はまだですか。');
  });

  it('keeps a trailing space the agent is still typing, and text with no quote or signature as it is', () => {
    expect(ownWords("I'm so sorry ")).toBe("I'm so sorry ");
    expect(ownWords('Line one\n\nLine two')).toBe('Line one\n\nLine two');
  });
});
