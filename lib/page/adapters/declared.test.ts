// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { declaredAdapter } from './declared';
import { readPage } from './read';

/** A built-in tool declared in the custom-tool format, read by selectors alone. */
const page = `
  <ol>
    <li class="msg in"><p>Where is my order?</p><blockquote>old mail</blockquote><time datetime="2026-11-20T09:00:00Z"></time></li>
    <li class="msg note"><p>Internal: check the warehouse</p></li>
    <li class="msg out"><p>Let me check.</p><time datetime="2026-11-20T09:05:00Z"></time></li>
  </ol>
  <aside><b class="who">Ken Ito</b><a href="mailto:ken@example.org">ken@example.org</a></aside>
  <div contenteditable="true" class="reply">Thanks<div class="sig">-- Sato</div></div>`;
const declared = {
  id: 'sample', name: 'Sample', matches: ['https://help.example/*'],
  messages: 'li.msg', text: 'p', skip: 'blockquote',
  speakers: { customer: { selector: '.in' }, agent: { selector: '.out' } },
  customerName: '.who', customerKey: 'a[href^="mailto:"]',
  draft: ['textarea.reply', '.reply[contenteditable="true"]'], draftSkip: '.sig',
  conversationIdFromUrl: '/tickets/{id}',
};
const url = new URL('https://help.example/tickets/77');

describe('a declared tool', () => {
  it('reads messages by selector, leaving out what no speaker rule claims, with the customer, id and draft', () => {
    document.body.innerHTML = page;
    const { reading } = readPage(declaredAdapter(declared), document, url);
    expect(reading).toMatchObject({ conversationId: '77', customer: { name: 'Ken Ito', key: 'ken@example.org' }, draft: 'Thanks' });
    expect(reading.turns.map((t) => [t.from, t.text])).toEqual([['customer', 'Where is my order?'], ['agent', 'Let me check.']]);
  });

  it('gives unclaimed messages to the side `otherwise` names', () => {
    document.body.innerHTML = page;
    const adapter = declaredAdapter({ ...declared, speakers: { customer: { selector: '.in' }, otherwise: 'agent' } });
    expect(readPage(adapter, document, url).reading.turns.map((t) => t.from)).toEqual(['customer', 'agent', 'agent']);
  });

  it('puts a newest-first list in the order it was written, by the messages\' times', () => {
    document.body.innerHTML = page.replace('<ol>', '<ol>').replace(/<li class="msg in">[\s\S]*?<\/li>([\s\S]*?)(<li class="msg out">[\s\S]*?<\/li>)/, '$2$1<li class="msg in"><p>Where is my order?</p><time datetime="2026-11-20T09:00:00Z"></time></li>');
    const adapter = declaredAdapter(declared, { newestFirst: true });
    expect(readPage(adapter, document, url).reading.turns.map((t) => t.from)).toEqual(['customer', 'agent']);
  });

  it('recognises only its own pages when code says which they are', () => {
    document.body.innerHTML = page;
    const adapter = declaredAdapter(declared, { onPage: (u) => u.hostname === 'help.example' });
    expect(adapter.detect(document, url)).toBe(true);
    expect(adapter.detect(document, new URL('https://elsewhere.example/tickets/77'))).toBe(false);
  });
});
