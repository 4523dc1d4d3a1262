// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { expectListRemovalDegrades, loadFixture } from '../../../tests/fixtures/adapters/load';
import { freescoutAdapter } from './freescout';
import { readPage } from './read';

describe('freescout adapter', () => {
  const { doc, url } = loadFixture('freescout');

  it('detects a conversation on the agent-enabled host by route and markup', () => {
    expect(freescoutAdapter.detect(doc, url)).toBe(true);
    expect(freescoutAdapter.detect(doc, new URL('https://support.example.jp/mailbox/1'))).toBe(false);
  });

  it('reads id, customer, turns oldest first without notes or line items, and the editor draft', () => {
    const reading = readPage(freescoutAdapter, doc, url).reading;
    expect(reading.conversationId).toBe('512');
    expect(reading.customer).toEqual({ name: '中村 優子', key: 'yuko.nakamura@example.jp' });
    expect(reading.turns.map(({ from, text, id }) => ({ from, text, id }))).toEqual([
      { from: 'customer', text: '注文した商品の配送先を実家に変更したいです。', id: '2001' },
      { from: 'agent', text: '中村様\n配送先の変更は注文番号をお知らせください。', id: '2002' },
      { from: 'customer', text: '明日届く予定なので、今日中に変更してほしいです。', id: '2005' },
    ]);
    expect(reading.draft).toBe('中村様\n配送先の変更を承りました。\n\nよろしくお願いいたします。');
  });

  it('keeps the page order when the times say it is already oldest first', () => {
    const copy = loadFixture('freescout');
    const main = copy.doc.getElementById('conv-layout-main');
    Array.from(main?.children ?? []).reverse().forEach((thread) => main?.appendChild(thread));
    expect(readPage(freescoutAdapter, copy.doc, copy.url).reading.turns.map((t) => t.id)).toEqual(['2001', '2002', '2005']);
  });

  it('reads the textarea and the To field when Summernote is not loaded', () => {
    const copy = loadFixture('freescout');
    copy.doc.querySelector('.note-editor')?.remove();
    copy.doc.querySelector('.conv-customer-block')?.remove();
    const textarea = copy.doc.querySelector<HTMLTextAreaElement>('textarea#body');
    if (textarea) textarea.value = 'ご連絡ありがとうございます。\r\n確認します。';
    const reading = readPage(freescoutAdapter, copy.doc, copy.url).reading;
    expect(reading.draft).toBe('ご連絡ありがとうございます。\n確認します。');
    expect(reading.customer).toEqual({ key: 'yuko.nakamura@example.jp' });
  });

  it('degrades when the thread list is redrawn away', () => {
    expectListRemovalDegrades(freescoutAdapter, 'freescout', '#conv-layout-main');
  });
});
