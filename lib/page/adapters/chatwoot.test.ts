// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { expectListRemovalDegrades, loadFixture, parseFixture } from '../../../tests/fixtures/adapters/load';
import { chatwootAdapter } from './chatwoot';
import { readPage } from './read';

describe('chatwoot adapter', () => {
  const { doc, url } = loadFixture('chatwoot');

  it('detects a conversation on the cloud host and on a self-hosted one', () => {
    expect(chatwootAdapter.detect(doc, url)).toBe(true);
    expect(chatwootAdapter.detect(doc, new URL('https://support.example.co.jp/app/accounts/1/inbox/4/conversations/55'))).toBe(true);
    expect(chatwootAdapter.detect(doc, new URL('https://app.chatwoot.com/app/accounts/3/dashboard'))).toBe(false);
  });

  it('reads id, contact, turns (no notes or activity) and the draft', () => {
    const reading = readPage(chatwootAdapter, doc, url).reading;
    expect(reading.conversationId).toBe('1287');
    expect(reading.customer).toEqual({ name: '鈴木 一郎', key: 'ichiro.suzuki@example.jp' });
    expect(reading.turns).toEqual([
      { from: 'customer', text: 'パスワードを再設定したのにログインできません。\n今日中に使えるようにしたいです。', id: '9101' },
      { from: 'agent', text: 'ご不便をおかけして申し訳ございません。担当の田中です。', id: '9103' },
      { from: 'customer', text: '急いでいるのでお願いします。', id: '9105' },
    ]);
    expect(reading.draft).toBe('鈴木様、確認いたしますので少々お待ちください。\nロックを解除しました。');
  });

  it('reads the older markup (li.left / li.right, private notes skipped)', () => {
    const legacy = parseFixture(`<ul class="conversation-panel">
      <li class="left"><div class="wrap"><div class="bubble is-text"><div class="message-text__wrap"><div class="text-content"><p>Hello?</p></div><div class="message-text--metadata"><span class="time">4:01 PM</span></div></div></div></div></li>
      <li class="center"><div class="activity-wrap"><div class="message-text__wrap">Assigned to Ann</div></div></li>
      <li class="right"><div class="wrap"><div class="bubble is-private"><div class="message-text__wrap">note</div></div></div></li>
      <li class="right"><div class="wrap"><div class="bubble is-text"><div class="message-text__wrap"><div class="text-content">Hi, Ann here.</div></div></div></div></li>
    </ul>`);
    const url5 = new URL('https://chat.example.org/app/accounts/1/conversations/5');
    expect(chatwootAdapter.detect(legacy.doc, url5)).toBe(true);
    expect(readPage(chatwootAdapter, legacy.doc, url5).reading.turns).toEqual([
      { from: 'customer', text: 'Hello?' },
      { from: 'agent', text: 'Hi, Ann here.' },
    ]);
  });

  it('degrades when the message list is redrawn away', () => {
    expectListRemovalDegrades(chatwootAdapter, 'chatwoot', 'ul.px-4');
  });
});
