// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { expectListRemovalDegrades, loadFixture } from '../../../tests/fixtures/adapters/load';
import { frontAdapter } from './front';
import { readPage } from './read';

describe('front adapter', () => {
  const { doc, url } = loadFixture('front');

  it('detects a conversation on app.frontapp.com only', () => {
    expect(frontAdapter.detect(doc, url)).toBe(true);
    expect(frontAdapter.detect(doc, new URL('https://example.com/cnv_5k2m8q1'))).toBe(false);
  });

  it('reads the cnv_ id, the first inbound sender, directed messages (comments left out) and the draft', () => {
    const reading = readPage(frontAdapter, doc, url).reading;
    expect(reading.conversationId).toBe('cnv_5k2m8q1');
    expect(reading.customer).toEqual({ name: 'Oliver Grant', key: 'oliver@grant.co.uk' });
    expect(reading.turns).toEqual([
      { from: 'customer', text: 'Please change the invoice address to our new office.\nWe need it before month end.', at: '2026-11-20T10:00:00.000Z', id: 'msg_1a2b3c' },
      { from: 'agent', text: 'Hi Oliver, could you send the new address?', at: '2026-11-20T10:20:00.000Z', id: 'msg_1a2b3d' },
      { from: 'customer', text: '12 King Street, Leeds LS1 2HL.', at: '2026-11-20T10:40:00.000Z', id: 'msg_1a2b3e' },
    ]);
    expect(reading.draft).toBe('Thanks Oliver, updated.');
  });

  it('degrades when the message list is redrawn away', () => {
    expectListRemovalDegrades(frontAdapter, 'front', '.message-list');
  });
});
