// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { expectListRemovalDegrades, loadFixture } from '../../../tests/fixtures/adapters/load';
import { zendeskAdapter } from './zendesk';
import { readPage } from './read';

describe('zendesk adapter', () => {
  const { doc, url } = loadFixture('zendesk');

  it('detects a Zendesk ticket page and not the same markup on another host', () => {
    expect(zendeskAdapter.detect(doc, url)).toBe(true);
    expect(zendeskAdapter.detect(doc, new URL('https://example.com/agent/tickets/4821'))).toBe(false);
  });

  it('reads the active ticket only: id, requester, public turns with authors, draft', () => {
    const reading = readPage(zendeskAdapter, doc, url).reading;
    expect(reading.conversationId).toBe('4821');
    expect(reading.customer).toEqual({ name: '山田 花子', key: 'hanako@example.com' });
    expect(reading.channel).toBe('chat');
    expect(reading.turns).toEqual([
      { from: 'customer', text: '先週注文した商品がまだ届きません。\n明日までに必要なのですが、どうなっていますか？', at: '2026-11-20T07:01:00.000Z', id: '9001' },
      { from: 'agent', text: 'お問い合わせありがとうございます。担当の佐藤です。', at: '2026-11-20T07:02:00.000Z', id: '9002' },
      { from: 'customer', text: '前にも問い合わせたのですが…', at: '2026-11-20T07:03:00.000Z', id: '9004' },
    ]);
    expect(reading.draft).toBe('お待たせして申し訳ございません。\nただいま配送状況を確認いたします。');
  });

  it('finds the composer of the active ticket', () => {
    expect(zendeskAdapter.composer(doc)?.getAttribute('data-test-id')).toBe('omnicomposer-plain-text-ckeditor');
  });

  it('falls back to the agent badge when the message has no type attribute', () => {
    const copy = loadFixture('zendesk');
    copy.doc.querySelectorAll('[data-test-id="omni-log-item-message"]').forEach((m) => m.removeAttribute('type'));
    const froms = readPage(zendeskAdapter, copy.doc, copy.url).reading.turns.map((t) => t.from);
    expect(froms).toEqual(['customer', 'agent', 'customer']);
  });

  it('degrades when the log is redrawn away', () => {
    expectListRemovalDegrades(zendeskAdapter, 'zendesk', '[data-test-id="omni-log-container"]');
  });
});
