// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { customAdapter } from './custom';
import { validateCustomTool, type CustomTool } from '../../tools/schema';
import { readPage } from './read';

const tool: CustomTool = {
  id: 'acme-desk',
  name: 'ACME サポート',
  urlPattern: 'https://support.acme.example/*',
  messages: '.msg',
  customerMessage: '.from-customer',
  text: '.body',
  draft: '#reply',
  conversationIdFromUrl: '/tickets/{id}',
  customerName: '.cust-name',
  customerKey: '.cust-mail',
  callState: { selector: '.call', labels: { connected: '通話中', 'on-hold': '保留中' } },
};

const page = `
  <div class="cust-name">山田 花子</div><div class="cust-mail">hanako@example.jp</div>
  <div class="call">通話中 03:12</div>
  <div class="msg from-customer"><span class="body">カタログがまだ届きません</span></div>
  <div class="msg"><span class="body">大変申し訳ございません。</span></div>
  <textarea id="reply">お調べいたします</textarea>`;

describe('custom tools described by a team lead', () => {
  it('reads an in-house tool from its selectors', () => {
    document.body.innerHTML = page;
    const adapter = customAdapter(tool);
    const url = new URL('https://support.acme.example/tickets/881?tab=1');
    expect(adapter.detect(document, url)).toBe(true);
    expect(readPage(adapter, document, url).reading).toMatchObject({
      conversationId: '881',
      customer: { name: '山田 花子', key: 'hanako@example.jp' },
      turns: [{ from: 'customer', text: 'カタログがまだ届きません' }, { from: 'agent', text: '大変申し訳ございません。' }],
      draft: 'お調べいたします',
      call: { state: 'connected' },
      channel: 'voice',
    });
    expect(adapter.composer(document)?.id).toBe('reply');
  });

  it('reads nothing, without throwing, when the markup changed', () => {
    document.body.innerHTML = '<main>new layout</main>';
    const adapter = customAdapter(tool);
    const url = new URL('https://support.acme.example/tickets/881');
    expect(adapter.detect(document, url)).toBe(false);
    expect(readPage(adapter, document, url).reading).toMatchObject({ turns: [], draft: null });
  });

  it('refuses a description with a broken selector or id pattern, naming the field', () => {
    const result = validateCustomTool({ ...tool, messages: 'div[[', conversationIdFromUrl: '/tickets/' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      'messages: "div[[" is not a valid CSS selector.',
      'conversationIdFromUrl: put {id} exactly once where the id is, like /tickets/{id}.',
    ]);
    expect(validateCustomTool({ ...tool, urlPattern: 'support.acme' })).toMatchObject({ ok: false });
    expect(validateCustomTool(tool)).toMatchObject({ ok: true });
  });
});

describe('conversation ids from the address', () => {
  it('reads the id where the template says, with * skipping a path part', async () => {
    const { compileUrlTemplate } = await import('../../tools/url-template');
    expect(compileUrlTemplate('/tickets/{id}')!('/tickets/881/edit')).toBe('881');
    expect(compileUrlTemplate('#/inbox/*/conversation/{id}')!('/app#/inbox/7/conversation/c%2042')).toBe('c 42');
    expect(compileUrlTemplate('/tickets/{id}')!('/users/3')).toBeNull();
    expect(compileUrlTemplate('/a.b/{id}')!('/aXb/1')).toBeNull();
  });
});
