// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { buildSelector } from './selector';

/**
 * Pages as support tools write them, and what a team lead means when they click on a part:
 * the selector must find that part (every message, for a message) and keep finding it after
 * the tool's next build renames its generated classes.
 */
const page = (html: string) => {
  document.body.innerHTML = html;
};
const el = (selector: string) => document.querySelector(selector) as Element;
const found = (selector: string) => Array.from(document.querySelectorAll(selector));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('picking a message', () => {
  it('on a page with test ids, takes every message of the thread, not the one clicked', () => {
    page(`
      <aside><ul><li data-testid="ticket-row">Refund?</li><li data-testid="ticket-row">Invoice</li></ul></aside>
      <section data-testid="conversation-log">
        <article data-testid="comment-item" data-comment-id="48213"><header>Hanako Yamada</header><div class="body"><p>My order has not arrived.</p><p>It was due Monday.</p></div></article>
        <article data-testid="comment-item" data-comment-id="48214"><header>Sato (agent)</header><div class="body"><p>I am sorry, let me check.</p></div></article>
        <article data-testid="comment-item" data-comment-id="48215"><header>Hanako Yamada</header><div class="body"><p>Thank you.</p></div></article>
      </section>`);
    const built = buildSelector(el('article:nth-of-type(2) p'), 'messages');
    expect(built).not.toBeNull();
    expect(found(built!.selector)).toEqual(found('article'));
    expect(built!.count).toBe(3);
    expect(built!.selector).not.toMatch(/nth-/);
  });

  it('in a chat with left and right bubbles and hashed class names, takes both sides and survives a rebuild of the styles', () => {
    page(`
      <div class="chat-window css-1x2y3z">
        <div class="message-list sc-bdVaJa">
          <div class="day-separator css-8d7f6e">Today</div>
          <div class="bubble bubble--left css-a1b2c3"><span class="bubble__text jss123">Where is my parcel?</span><time>10:02</time></div>
          <div class="bubble bubble--right active css-d4e5f6"><span class="bubble__text jss124">Let me check for you.</span><time>10:03</time></div>
          <div class="bubble bubble--left css-a1b2c3"><span class="bubble__text jss123">Thanks!</span><time>10:04</time></div>
        </div>
      </div>`);
    const built = buildSelector(el('.bubble--right .bubble__text'), 'messages')!;
    expect(found(built.selector)).toEqual(found('.bubble'));
    expect(built.selector).not.toMatch(/css-|sc-|jss|active/);
    // The next release of the tool renames every generated class and adds a wrapper.
    document.body.innerHTML = document.body.innerHTML.replace(/css-[a-z0-9]+/g, 'css-zz9y8x').replace(/jss\d+/g, 'jss900').replace('<div class="message-list', '<div class="scroller"><div class="message-list') + '</div>';
    expect(found(built.selector)).toHaveLength(3);
  });

  it('takes bubbles whose classes differ only by side', () => {
    page(`
      <main id="chat">
        <div class="msg-customer"><p>Hello, my card was charged twice.</p></div>
        <div class="msg-agent"><p>I am sorry to hear that.</p></div>
        <div class="msg-customer"><p>Can you refund one?</p></div>
      </main>`);
    const built = buildSelector(el('.msg-agent p'), 'messages')!;
    expect(found(built.selector)).toEqual(found('#chat > div'));
  });

  it('falls back on the structure under a stable ancestor when every class is generated, without counting siblings', () => {
    page(`
      <div role="log" aria-label="Conversation">
        <div class="css-9k8j7h"><div class="css-1q2w3e">Hi, I need help with my booking.</div></div>
        <div class="css-9k8j7h"><div class="css-1q2w3e">Of course, what is the reference?</div></div>
      </div>
      <div class="css-9k8j7h">Unrelated box using the same component</div>`);
    const built = buildSelector(el('[role="log"] > div:nth-child(2) > div'), 'messages')!;
    expect(found(built.selector)).toEqual(found('[role="log"] > div'));
    expect(built.selector).not.toMatch(/nth-|css-/);
  });

  it('tells the customer\'s side apart from the agent\'s', () => {
    page(`
      <div class="thread">
        <div class="bubble bubble--left">Where is my parcel?</div>
        <div class="bubble bubble--right">Let me check.</div>
        <div class="bubble bubble--left">Thanks.</div>
      </div>`);
    const built = buildSelector(el('.bubble--left'), 'customerMessage')!;
    expect(found(built.selector)).toEqual(found('.bubble--left'));
  });

  it('reads a side from a data attribute when no class tells it', () => {
    page(`
      <ol class="messages">
        <li class="message" data-author="customer">A</li><li class="message" data-author="agent">B</li><li class="message" data-author="customer">C</li>
      </ol>`);
    expect(buildSelector(el('li:nth-child(3)'), 'customerMessage')!.selector).toBe('[data-author="customer"]');
  });

  it('says nothing can tell the side apart when nothing does', () => {
    page(`<ul class="log"><li class="entry">A</li><li class="entry">B</li></ul>`);
    expect(buildSelector(el('li'), 'customerMessage')).toBeNull();
  });
});

describe('picking one part of the page', () => {
  it('takes the reply box by its name, not the search box beside it, and the editor rather than a paragraph in it', () => {
    page(`
      <header><input type="search" class="search-input" placeholder="Search"></header>
      <form class="composer css-4r5t6y"><textarea class="css-7u8i9o" name="reply_body"></textarea></form>`);
    expect(buildSelector(el('textarea'), 'draft')!.selector).toBe('textarea[name="reply_body"]');

    page(`<div class="editor"><div class="ProseMirror" contenteditable="true" aria-label="Reply"><p>Hello <strong>Hanako</strong></p></div></div>`);
    const built = buildSelector(el('strong'), 'draft')!;
    expect(found(built.selector)).toEqual([el('[contenteditable]')]);
  });

  it('skips numbered framework ids and anchors on a stable ancestor', () => {
    page(`
      <div id="ember412" class="ember-view customer-card"><span id="ember413" class="ember-view name">Hanako Yamada</span><span class="name-kana">ヤマダ</span></div>
      <div class="requester-list"><span class="name">Someone else</span></div>`);
    const built = buildSelector(el('#ember413'), 'customerName')!;
    expect(built.selector).not.toMatch(/ember/);
    expect(found(built.selector)).toEqual([el('#ember413')]);
  });

  it('prefers a stable id, and uses a numbered path only when nothing else tells the element apart', () => {
    page(`<div id="customer-email">hanako@example.com</div>`);
    expect(buildSelector(el('#customer-email'), 'customerKey')!.selector).toBe('#customer-email');

    page(`<main><div><span>a</span><span>hanako@example.com</span></div></main>`);
    const built = buildSelector(el('span:nth-child(2)'), 'customerKey')!;
    expect(found(built.selector)).toEqual([el('span:nth-child(2)')]);
  });

  it('points a reply box inside an iframe into the frame', () => {
    page(`<div class="cke"></div>`);
    // Built by hand: the test DOM loads no frame pages.
    const frame = Object.assign(document.createElement('iframe'), { className: 'cke_wysiwyg_frame', title: 'Rich text editor' });
    el('.cke').append(frame);
    expect(buildSelector(el('iframe'), 'draft')!.selector).toBe('.cke_wysiwyg_frame >>> body');
  });

  it('takes the author line relative to its message, so it is found in every message', () => {
    page(`
      <div class="thread">
        <div class="message"><div class="meta"><b class="from">Hanako Yamada</b> <i>10:02</i></div><div class="body">Hello</div></div>
        <div class="message"><div class="meta"><b class="from">Sato</b> <i>10:03</i></div><div class="body">Hi</div></div>
      </div>`);
    const built = buildSelector(el('.message:nth-child(2) .from'), 'author', { messages: '.thread .message' })!;
    expect(built.selector).toBe('.from');
    expect(built.count).toBe(2);
  });
});
