// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { CustomTool } from '../tools/schema';
import { PREVIEW_LIMITS, previewOnPage } from './preview-in-page';

/** An in-house desk's ticket page, as the structural reader (provided in every test) sees it. */
const TICKET = `
  <header class="ticket-head"><h1>Ticket <span class="ticket-no">T-1042</span></h1>
    <div class="customer-card"><span class="name">Hanako Yamada</span> <a class="email" href="mailto:hanako@example.com">hanako@example.com</a></div></header>
  <ol class="thread">
    <li class="message from-customer"><div class="meta">Hanako Yamada</div><div class="body">My order has not arrived. It was due Monday.</div></li>
    <li class="message from-staff"><div class="meta">Sato</div><div class="body">I am sorry about the delay. Let me check.</div></li>
    <li class="message from-customer"><div class="meta">Hanako Yamada</div><div class="body">Thank you, I need it by Friday.</div></li>
  </ol>
  <form class="reply"><textarea name="reply_body">I have checked with the warehouse.</textarea></form>`;

const tool: CustomTool = {
  id: 'inhouse', name: 'In-house desk', urlPattern: 'https://support.example.co.jp/*',
  messages: ['.conversation .item', '.thread .message'], text: '.body', author: '.meta', customerMessage: '.from-customer',
  draft: 'textarea[name=reply_body]', customerName: '.customer-card .name', customerKey: '.customer-card .email',
  conversationIdFromUrl: '/tickets/{id}',
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the preview of a tool description on the open page', () => {
  it('says what each selector found, which one of a list was used, and what Kizuki would read', () => {
    document.body.innerHTML = TICKET;
    window.history.replaceState(null, '', '/tickets/1042');
    const answer = previewOnPage(tool, PREVIEW_LIMITS);
    if (!answer.ok) throw new Error(JSON.stringify(answer));
    const { preview } = answer;
    expect(preview.page.messages).toEqual({ selectors: [{ selector: '.conversation .item', count: 0 }, { selector: '.thread .message', count: 3 }], used: 1 });
    expect(preview.page.draft?.selectors[0]?.count).toBe(1);
    expect(preview.messageCount).toBe(3);
    expect(preview.inMessages.text).toEqual({ selector: '.body', messages: 3 });
    expect(preview.inMessages.customerMessage).toEqual({ selector: '.from-customer', messages: 2 });
    expect(preview.turns.map((turn) => turn.from)).toEqual(['customer', 'agent', 'customer']);
    expect(preview.turns[0]?.text).toBe('My order has not arrived. It was due Monday.');
    expect(preview.customer).toEqual({ name: 'Hanako Yamada', key: 'hanako@example.com' });
    expect(preview.draft).toBe('I have checked with the warehouse.');
    expect(preview.id).toEqual({ value: '1042', from: 'address' });
    expect(preview.how).toMatchObject({ thread: 'tool', replyBox: 'tool' });
    expect(preview.detected).toBe(true);
  });

  it('says where the id came from when it is read off the page, and when nothing matched', () => {
    document.body.innerHTML = TICKET;
    window.history.replaceState(null, '', '/inbox');
    const fromPage = previewOnPage({ ...tool, conversationIdFromUrl: undefined, conversationIdSelector: '.ticket-no' }, PREVIEW_LIMITS);
    expect(fromPage.ok && fromPage.preview.id).toEqual({ value: 'T-1042', from: 'selector' });

    const nothing = previewOnPage({ ...tool, messages: '.conversation .item', draft: '#nowhere' }, PREVIEW_LIMITS);
    if (!nothing.ok) throw new Error(JSON.stringify(nothing));
    expect(nothing.preview.page.messages).toEqual({ selectors: [{ selector: '.conversation .item', count: 0 }], used: null });
    expect(nothing.preview.messageCount).toBe(0);
    expect(nothing.preview.how.thread).not.toBe('tool');
  });

  it('asks for the reader when it is not in the page yet', () => {
    const shared = globalThis as { __kizukiStructure?: unknown };
    const reader = shared.__kizukiStructure;
    shared.__kizukiStructure = undefined;
    try {
      expect(previewOnPage(tool, PREVIEW_LIMITS)).toEqual({ ok: false, reason: 'no-reader' });
    } finally {
      shared.__kizukiStructure = reader;
    }
  });

  it('survives being sent to the page as source text, as executeScript sends it', () => {
    document.body.innerHTML = TICKET;
    // The browser runs the function from its source: nothing outside its body may be used.
    const rebuilt = new Function(`return (${previewOnPage.toString()})`)() as typeof previewOnPage;
    const answer = rebuilt(tool, PREVIEW_LIMITS);
    expect(answer.ok && answer.preview.turns).toHaveLength(3);
  });
});
