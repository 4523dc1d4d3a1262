import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandJaForms, findJaForms, foldWidth, normalizeJa, normalizeJaColloquial, toOriginal } from './ja-forms';

const hears = (text: string, ...phrases: string[]) => findJaForms(text, phrases).map((f) => f.phrase);

describe('expandJaForms: verbs', () => {
  it('届く~ gives the stems and the forms a customer writes', () => {
    const forms = expandJaForms('届く~');
    for (const f of ['届く', '届か', '届き', '届いて', '届いた', '届け', '届こ', '届かない', '届かなかった', '届いていない', '届いてない', '届いてません', '届きません', '届きます', '届いちゃった']) {
      expect(forms).toContain(f);
    }
  });

  it.each([
    ['読む~', ['読んで', '読んだ', '読まない', '読みます', '読んでる', '読んじゃった']],
    ['急ぐ~', ['急いで', '急いだ', '急がない']],
    ['言う~', ['言って', '言わない', '言います']],
    ['待つ~', ['待って', '待たない', '待ちます', '待ってます']],
    ['話す~', ['話して', '話さない', '話します', '話した']],
    ['帰る~', ['帰って', '帰らない', '帰ります']],
    ['直る~', ['直って', '直らない', '直りました']],
    ['行く~', ['行って', '行った', '行かない']],
  ])('godan %s', (lemma, expected) => {
    expect(expandJaForms(lemma)).toEqual(expect.arrayContaining(expected));
  });

  it('行く~ has the irregular 行って, not 行いて', () => {
    expect(expandJaForms('行く~')).not.toContain('行いて');
  });

  it('ichidan by its e-row or i-row kana: 届ける~, 起きる~', () => {
    expect(expandJaForms('届ける~')).toEqual(expect.arrayContaining(['届けて', '届けない', '届けます', '届けてる', '届け']));
    expect(expandJaForms('届ける~')).not.toContain('届けらない');
    expect(expandJaForms('起きる~')).toEqual(expect.arrayContaining(['起きて', '起きない', '起きません']));
  });

  it('one-kanji ichidan verbs conjugate as ichidan and never yield a one-kanji stem', () => {
    const forms = expandJaForms('見る~');
    expect(forms).toEqual(expect.arrayContaining(['見て', '見ない', '見ます', '見てる']));
    expect(forms).not.toContain('見');
    expect(forms).not.toContain('見らない');
  });

  it('~5 forces godan where the ending looks ichidan', () => {
    expect(expandJaForms('しゃべる~5')).toEqual(expect.arrayContaining(['しゃべって', 'しゃべらない']));
    expect(expandJaForms('しゃべる~')).toContain('しゃべない');
  });

  it('~1 forces ichidan', () => {
    expect(expandJaForms('ねる~1')).toEqual(expect.arrayContaining(['ねて', 'ねない']));
  });

  it('する verbs include せず, the potential できる and the humble いたす', () => {
    const forms = expandJaForms('確認する~');
    expect(forms).toEqual(expect.arrayContaining(['確認します', '確認しない', '確認せず', '確認できます', '確認でき', '確認いたします', '確認いたしました', '確認してない']));
    expect(forms).not.toContain('確認しず');
  });

  it('来る~ in kanji and くる~ in kana', () => {
    expect(expandJaForms('来る~')).toEqual(expect.arrayContaining(['来て', '来ない', '来ます', '来てる']));
    expect(expandJaForms('くる~')).toEqual(expect.arrayContaining(['きて', 'こない', 'きます', 'きた']));
  });

  it('honorific くださる~ has the polite stem ください', () => {
    expect(expandJaForms('くださる~')).toEqual(expect.arrayContaining(['くださいます', 'くださって', 'くださらない']));
    expect(expandJaForms('くださる~')).not.toContain('くださります');
  });

  it('ある~ says ない for its negative, never あらない', () => {
    const forms = expandJaForms('問題がある~');
    expect(forms).toEqual(expect.arrayContaining(['問題があります', '問題がない', '問題がありません', '問題がなかった']));
    expect(forms.some((f) => f.includes('あらな'))).toBe(false);
  });

  it('okurigana left out between kanji is heard too', () => {
    expect(expandJaForms('折り返す~')).toEqual(expect.arrayContaining(['折り返します', '折返します', '折返し']));
    expect(expandJaForms('取り込む~')).toContain('取込んで');
    expect(expandJaForms('問い合わせる~')).toContain('問合わせる');
    expect(expandJaForms('手が離せる~')).not.toContain('手離せない');
  });

  it('a phrase without a marker is itself; an ending nothing conjugates is an error', () => {
    expect(expandJaForms('運転中')).toEqual(['運転中']);
    expect(() => expandJaForms('テスト~')).toThrow(/cannot conjugate/);
  });
});

describe('expandJaForms: adjectives and polarity', () => {
  it('忙しい~', () => {
    expect(expandJaForms('忙しい~')).toEqual(expect.arrayContaining(['忙しい', '忙しくて', '忙しかった', '忙しくない', '忙しくありません', '忙しそう']));
  });

  it('いい conjugates through よ: 都合がいい~', () => {
    expect(expandJaForms('都合がいい~')).toEqual(expect.arrayContaining(['都合がいい', '都合がよい', '都合がよかった', '都合がよくない', '都合がよければ']));
  });

  it('ない~ also hears the polite ありません and ございません', () => {
    expect(expandJaForms('時間がない~')).toEqual(expect.arrayContaining(['時間がない', '時間がなくて', '時間がなかった', '時間がありません', '時間がございません']));
  });

  it('たい~ conjugates like an adjective', () => {
    expect(expandJaForms('話したい~')).toEqual(expect.arrayContaining(['話したくない', '話したかった', '話したくて']));
  });

  it('~- keeps only negative forms', () => {
    const forms = expandJaForms('話せる~-');
    expect(forms).toEqual(expect.arrayContaining(['話せない', '話せません', '話せなくて', '話せず', '話せてない']));
    expect(forms).not.toContain('話せます');
    expect(forms).not.toContain('話せる');
  });

  it('~+ keeps only affirmative forms', () => {
    const forms = expandJaForms('忙しい~+');
    expect(forms).toContain('忙しくて');
    expect(forms).not.toContain('忙しくない');
  });
});

describe('normalizeJaColloquial', () => {
  it.each([
    ['見てる', '見ている'], ['届いてない', '届いていない'], ['待ってます', '待っています'], ['読んでた', '読んでいた'],
    ['してません', 'していません'], ['待っててね', '待っていてね'], ['忘れちゃった', '忘れてしまった'], ['読んじゃう', '読んでしまう'],
    ['壊れちゃいました', '壊れてしまいました'], ['しちゃだめ', 'してはだめ'], ['そうじゃない', 'そうではない'], ['本物じゃありません', '本物ではありません'],
  ])('%s → %s', (text, expected) => {
    expect(normalizeJaColloquial(text).text).toBe(expected);
  });

  it.each(['捨てる', '当てた', '育てて', '初めてなので', '決してない', 'すべてなくなった', 'めっちゃいい', 'ちゃんと届いた', 'じゃあ、またね', '改めてご連絡'])(
    'leaves %s alone: its て or ちゃ is not a contraction',
    (text) => {
      expect(normalizeJaColloquial(text).text).toBe(text);
    },
  );

  it.each([
    ['確認致します', '確認いたします'], ['ご確認頂けますか', 'ご確認いただけますか'], ['お待ち下さい', 'お待ちください'], ['対応出来ます', '対応できます'],
    ['宜しいでしょうか', 'よろしいでしょうか'], ['良かった', 'よかった'], ['分かりました', 'わかりました'], ['御連絡', 'ご連絡'], ['御電話', 'お電話'],
  ])('writes the auxiliary of %s in kana', (text, expected) => {
    expect(normalizeJaColloquial(text).text).toBe(expected);
  });

  it('maps the expanded ている back to the てる the customer typed', () => {
    const m = normalizeJaColloquial('もう見てるよ');
    const at = m.text.indexOf('ている');
    const span = toOriginal(m, at, at + 3);
    expect(m.original.slice(span.start, span.end)).toBe('てる');
  });

  it('maps てしまった back to ちゃった', () => {
    const m = normalizeJaColloquial('忘れちゃった');
    const span = toOriginal(m, 2, m.text.length);
    expect(m.original.slice(span.start, span.end)).toBe('ちゃった');
  });
});

describe('foldWidth and normalizeJa', () => {
  it('folds full-width ASCII, half-width kana, case and curly quotes', () => {
    expect(foldWidth('ＡＢＣ１７時').text).toBe('abc17時');
    expect(foldWidth('ｶﾞｲﾄﾞ').text).toBe('ガイド');
    expect(foldWidth('I’m DRIVING').text).toBe("i'm driving");
  });

  it('a half-width voiced kana is one character of the original', () => {
    const m = foldWidth('ｶﾞ');
    expect(toOriginal(m, 0, 1)).toEqual({ start: 0, end: 2 });
  });

  it('composes width folding and colloquial rewriting with one map', () => {
    const m = normalizeJa('ＯＫ、もう見てる');
    expect(m.text).toBe('ok、もう見ている');
    const span = toOriginal(m, 0, 2);
    expect(m.original.slice(span.start, span.end)).toBe('ＯＫ');
  });

  it('property: every unit maps inside the original, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'見てるちゃったじゃない致頂ＡＢｶﾞ’ ab.。い'.split('')), maxLength: 40 }), (text) => {
        const m = normalizeJa(text);
        expect(m.starts.length).toBe(m.text.length);
        for (let i = 0; i < m.text.length; i++) {
          expect(m.starts[i]).toBeLessThan(m.ends[i] as number);
          expect(m.ends[i]).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(m.starts[i]).toBeGreaterThanOrEqual(m.starts[i - 1] as number);
        }
      }),
    );
  });

  it('property: text with nothing to fold or rewrite comes back unchanged', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'abc xyz,.!?ありがとう電話'.split('')), maxLength: 40 }), (text) => {
      expect(normalizeJa(text).text).toBe(text);
    }));
  });
});

describe('findJaForms', () => {
  it('届け出 is not 届け, お届け先 is not 届ける', () => {
    expect(hears('届け出を提出しました', '届く~', '届ける~')).toEqual([]);
    expect(hears('お届け先を変更したい', '届ける~')).toEqual([]);
  });

  it('直接 is not 直る, and 直りました is', () => {
    expect(hears('直接お電話ください', '直る~')).toEqual([]);
    expect(hears('やっと直りました', '直る~')).toEqual(['直りました']);
  });

  it('見送る is not 送る; お送りします and 送ります are', () => {
    expect(hears('今回は見送ります', '送る~')).toEqual([]);
    expect(hears('本日お送りします', '送る~')).toEqual(['送り']);
    expect(hears('写真を送ります', '送る~')).toEqual(['送ります']);
  });

  it('話し中 and 話し合い are nouns, not 話す', () => {
    expect(hears('ずっと話し中です', '話す~')).toEqual([]);
    expect(hears('話し合いが必要です', '話す~')).toEqual([]);
  });

  it('a stem may run into the auxiliary 次第', () => {
    expect(hears('届き次第ご連絡します', '届く~')).toEqual(['届き']);
  });

  it('points at the colloquial form the customer typed, with its offsets', () => {
    const text = '荷物がまだ届いてないです';
    const [hit] = findJaForms(text, ['届く~']);
    expect(hit).toEqual({ phrase: '届いてない', start: 5, end: 10 });
    expect(text.slice(hit!.start, hit!.end)).toBe('届いてない');
  });

  it('hears kanji spellings of auxiliaries and shortened okurigana', () => {
    expect(hears('折返しご連絡致します', '折り返す~', 'ご連絡する~')).toEqual(['折返し', 'ご連絡致します']);
    expect(hears('折返し確認の件', '折り返す~')).toEqual([]);
  });

  it('~+ refuses a match followed by a negation', () => {
    expect(hears('今は忙しくないです', '忙しい~+')).toEqual([]);
    expect(hears('商品はまだ届いていません', '届く~+')).toEqual([]);
    expect(hears('今ちょっと忙しくて', '忙しい~+')).toEqual(['忙しくて']);
  });

  it('~- hears only the negative', () => {
    expect(hears('今は話せません', '話せる~-')).toEqual(['話せません']);
    expect(hears('今なら話せます', '話せる~-')).toEqual([]);
    expect(hears('ちょっと今話せないです', '話せる~-')).toEqual(['話せない']);
  });

  it('full-width text is matched and reported as typed', () => {
    expect(findJaForms('ＯＫ、届いてる', ['届く~'])).toEqual([{ phrase: '届いてる', start: 3, end: 7 }]);
  });
});
