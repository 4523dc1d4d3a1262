import { describe, expect, it } from 'vitest';
import { HEARING_NAMES } from '../signals/hearing';
import { builtinPack } from './builtin';
import { compilePack } from './compile';
import { ScannedText } from './scanned';

const compiled = compilePack(builtinPack);
const drafts = [
  "Hi Sam. As I said in my last email, you should have read the manual. I'll call you back. lol. You'll get a text when the engineer is on his way.",
  'お問い合わせありがとうございます。先ほども申し上げた通り、規約に記載がございます。確認でき次第ご連絡いたします（笑）。在庫引当が完了次第、発送いたします。',
];

describe('a draft heard keystroke by keystroke', () => {
  it('hears what a fresh reading hears, after typing, edits in the middle and deletions', () => {
    let checked = 0;
    for (const target of drafts) {
      const versions: string[] = [];
      for (let i = 1; i <= target.length; i += 2) versions.push(target.slice(0, i));
      for (let i = 5; i < target.length; i += 11) versions.push(target.slice(0, i) + target.slice(i + 4), target.slice(0, i) + 'sorry. ' + target.slice(i), target);
      // The same length, other words: a sentence that ends where it did but says something else.
      for (let i = 3; i < target.length - 8; i += 9) versions.push(target.slice(0, i) + 'lol haha' + target.slice(i + 8), target);
      let typed: ScannedText | undefined;
      for (const v of versions) {
        typed = new ScannedText(v, compiled, typed, 'bySentence');
        const fresh = new ScannedText(v, compiled, undefined, 'bySentence');
        for (const name of HEARING_NAMES) expect(typed.heard(name), `${name} on ${v}`).toEqual(fresh.heard(name));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
