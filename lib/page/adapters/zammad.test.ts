// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { expectListRemovalDegrades, loadFixture } from '../../../tests/fixtures/adapters/load';
import { zammadAdapter } from './zammad';
import { readPage } from './read';

describe('zammad adapter', () => {
  const { doc, url } = loadFixture('zammad');

  it('detects a ticket zoom on the hosted and on a self-hosted install, not the overview', () => {
    expect(zammadAdapter.detect(doc, url)).toBe(true);
    expect(zammadAdapter.detect(doc, new URL('https://helpdesk.example.co.jp/#ticket/zoom/318'))).toBe(true);
    expect(zammadAdapter.detect(doc, new URL('https://helpdesk.example.co.jp/#ticket/view/my_tickets'))).toBe(false);
  });

  it('reads the active task: id, customer from the From row, public turns, draft', () => {
    const reading = readPage(zammadAdapter, doc, url).reading;
    expect(reading.conversationId).toBe('318');
    expect(reading.customer).toEqual({ name: '高橋 美咲', key: 'misaki.takahashi@example.jp' });
    expect(reading.turns).toEqual([
      {
        from: 'customer',
        text: 'いつもお世話になっております。\n今月の請求書が先月の倍になっています。\n説明してください。',
        at: '2026-11-20T01:10:00.000Z',
        id: '3181',
      },
      { from: 'agent', text: '高橋様\nご連絡ありがとうございます。確認いたします。', at: '2026-11-20T01:30:00.000Z', id: '3182' },
      { from: 'customer', text: 'まだですか？今日中に返事をください。', at: '2026-11-20T02:45:00.000Z', id: '3185' },
    ]);
    expect(reading.draft).toBe('高橋様\n\n大変お待たせいたしました。');
  });

  it('accepts the is-customer / is-agent spelling of the sender class', () => {
    const copy = loadFixture('zammad');
    copy.doc.querySelectorAll('.ticket-article-item.customer').forEach((el) => el.classList.replace('customer', 'is-customer'));
    copy.doc.querySelectorAll('.ticket-article-item.agent').forEach((el) => el.classList.replace('agent', 'is-agent'));
    expect(readPage(zammadAdapter, copy.doc, copy.url).reading.turns.map((t) => t.from)).toEqual(['customer', 'agent', 'customer']);
  });

  it('degrades when the article list is redrawn away', () => {
    expectListRemovalDegrades(zammadAdapter, 'zammad', '.ticket-article');
  });
});
