// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { customAdapter } from './custom';
import { validateCustomTool, type CustomTool } from '../../tools/schema';
import { readPage } from './read';
import { compileIdTemplate } from '../../tools/url';

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

  it('refuses a description with a broken selector or id pattern, naming every field at once', () => {
    const result = validateCustomTool({ ...tool, messages: 'div[[', conversationIdFromUrl: '/tickets/', urlPattern: 'support.acme' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(expect.arrayContaining([
      { field: 'messages', code: 'selector', value: 'div[[' },
      { field: 'conversationIdFromUrl', code: 'id-template-one', value: '/tickets/' },
      { field: 'urlPattern', code: 'pattern-format', value: 'support.acme' },
    ]));
    expect(validateCustomTool(tool)).toMatchObject({ ok: true });
  });

  it('accepts a port where the browser honours one, and refuses it for Firefox', () => {
    const rt = { ...tool, urlPattern: 'http://127.0.0.1:8080/*' };
    expect(validateCustomTool(rt, 'chrome').ok).toBe(true);
    expect(validateCustomTool(rt, 'firefox')).toMatchObject({ ok: false, problems: [{ field: 'urlPattern', code: 'pattern-port-on-firefox' }] });
  });
});

describe('a classic helpdesk described in the console', () => {
  // Authors only in a header line; the requester's address in a people box; the id in the query.
  const classic: CustomTool = {
    id: 'classic', name: 'Classic desk', urlPattern: 'http://desk.local:8080/*',
    messages: 'div.entry', text: '.body', author: '.who',
    speakers: { customer: { authorHas: ['{customer.email}'] }, otherwise: 'agent' },
    customerKey: '.requester',
    draft: ['iframe.editor >>> body', 'textarea[name=content]'],
    conversationIdFromUrl: '?id={id}',
  };
  const ticket = `
    <div class="people">Requester: <span class="requester">Ken Ito &lt;ken@example.org&gt;</span></div>
    <div class="entry"><div class="who">Ken Ito &lt;ken@example.org&gt; - created</div><div class="body">It arrived broken.<br><br>-- <br>Ken</div></div>
    <div class="entry"><div class="who">agent-sato (Sato) - replied</div><div class="body">I'm sorry. We will send a new one.</div></div>
    <div class="entry"><div class="who">Ken Ito &lt;ken@example.org&gt; - replied</div><div class="body">When?<br><br>On Mon, 2 Jun 2025 at 10:00, Sato wrote:<br>&gt; I'm sorry.</div></div>
    <textarea name="content" style="display:none">stale mirror text</textarea>`;

  it('tells customer from agent by the header, drops quoted history and signatures, reads the id from the query and the customer from "Name <address>"', () => {
    document.body.innerHTML = ticket;
    const reading = readPage(customAdapter(classic), document, new URL('http://desk.local:8080/Ticket/Display.html?id=42')).reading;
    expect(reading.conversationId).toBe('42');
    expect(reading.customer).toEqual({ name: 'Ken Ito', key: 'ken@example.org' });
    expect(reading.turns).toEqual([
      { from: 'customer', text: 'It arrived broken.' },
      { from: 'agent', text: "I'm sorry. We will send a new one." },
      { from: 'customer', text: 'When?' },
    ]);
    expect(reading.how).toMatchObject({ thread: 'tool', id: 'tool' });
  });

  it('reads the rich editor inside its iframe, not the hidden mirror textarea beside it', async () => {
    document.body.innerHTML = `<iframe class="editor" srcdoc="<body contenteditable=true><p>We are sorry about this.</p><p>-- </p><p>Sato</p></body>"></iframe><textarea name="content" style="display:none">stale mirror text</textarea>`;
    await new Promise((resolve) => setTimeout(resolve, 20));
    const adapter = customAdapter(classic);
    expect(adapter.composer(document)?.tagName).toBe('BODY');
    expect(readPage(adapter, document, new URL('http://desk.local:8080/Ticket/Update.html?id=42&Action=Respond')).reading.draft).toBe('We are sorry about this.');
  });

  it('reads no thread on a reply page whose editor is in an iframe, so the one read on the ticket page is kept', async () => {
    // A sidebar and the reply form are two blocks alike: with the editor in a frame neither contains it.
    document.body.innerHTML = `<div id="layout">
      <div id="sidebar"><div class="side-title">Tickets</div><ul><li><a href="?id=42">#42 My planter arrived SMASHED</a></li><li><a href="?id=43">#43 Need my adapter before Friday</a></li></ul></div>
      <div id="body"><h1>Update ticket #42: My planter arrived SMASHED</h1><form><p>Reply will be sent to: Ken Ito &lt;ken@example.org&gt;. Type your message below, then update the ticket.</p>
        <textarea name="content" style="display:none"></textarea><iframe class="editor" srcdoc="<body contenteditable=true><p>The courier needs a photo first.</p></body>"></iframe></form></div>
    </div>`;
    await new Promise((resolve) => setTimeout(resolve, 20));
    const reading = readPage(customAdapter(classic), document, new URL('http://desk.local:8080/Ticket/Update.html?id=42&Action=Respond')).reading;
    expect(reading.turns).toEqual([]);
    expect(reading.how).toMatchObject({ thread: 'none', replyApart: true });
    expect(reading.draft).toBe('The courier needs a photo first.');
  });

  it('falls back on the page structure when its message selector finds nothing', () => {
    document.body.innerHTML = ticket.replaceAll('class="entry"', 'class="transaction"');
    const reading = readPage(customAdapter(classic), document, new URL('http://desk.local:8080/Ticket/Display.html?id=42')).reading;
    expect(reading.how?.thread).toBe('structure');
    expect(reading.turns.map((t) => t.from)).toEqual(['customer', 'agent', 'customer']);
  });
});

describe('conversation ids from the address', () => {
  it('reads the id where the template says, with * skipping a path part', () => {
    const at = (template: string, url: string) => compileIdTemplate(template)!(new URL(url, 'https://x.example'));
    expect(at('/tickets/{id}', '/tickets/881/edit')).toBe('881');
    expect(at('#/inbox/*/conversation/{id}', '/app#/inbox/7/conversation/c%2042')).toBe('c 42');
    expect(at('/tickets/{id}', '/users/3')).toBeNull();
    expect(at('/a.b/{id}', '/aXb/1')).toBeNull();
  });
});
