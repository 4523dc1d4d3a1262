// The shared support inbox's pages, shaped like a self-hosted webmail: a message list, one
// message at ?_uid=N&_mbox=INBOX, and a compose page that knows its reply only by a random
// compose id; the thread is in the draft, quoted. The HTML editor is TinyMCE in an iframe.
import { escape, html, raw, scriptJson } from './html.mjs';
import { classicDate, stringsFor } from './strings.mjs';

/**
 * @typedef {import('./store.mjs').Ticket} Ticket
 * @typedef {import('./store.mjs').Message} Message
 * @typedef {ReturnType<typeof import('./store.mjs').createStore>} Store
 * @typedef {{ store: Store, lang: 'ja' | 'en' }} Context
 */

const MAILBOXES = /** @type {const} */ (['INBOX', 'Drafts', 'Sent', 'Junk', 'Trash']);

/** @param {Context} ctx @param {{ title: string, action: string, mbox: string, main: unknown, scripts?: unknown }} page */
function layout(ctx, page) {
  const s = stringsFor(ctx.lang);
  const names = { INBOX: s.inbox, Drafts: s.drafts, Sent: s.sent, Junk: s.junk, Trash: s.trash };
  return html`<!doctype html>
<html lang="${ctx.lang}">
<head><meta charset="utf-8"><title>${ctx.store.site.mailName} :: ${page.title}</title><link rel="stylesheet" href="/mail/skins/mail.css"></head>
<body class="task-mail action-${page.action}">
<div id="layout">
<div id="layout-menu"><div class="logo">${ctx.store.site.mailName}</div>
  <a class="compose" href="/mail/?_task=mail&amp;_action=compose">${s.compose}</a>
  <ul id="mailboxlist">${MAILBOXES.map((m) => html`<li class="mailbox${m === page.mbox ? ' selected' : ''}"><a href="/mail/?_task=mail&amp;_mbox=${m}">${names[m]}</a></li>`)}</ul>
  <div class="user">${ctx.store.site.address}</div></div>
<div id="layout-content">${page.main}</div>
</div>
${page.scripts ?? ''}
<script type="module" src="/static/js/editors.js"></script>
</body></html>`;
}

/** Every mail in a mailbox: INBOX holds the customers' mails, Sent the agents'. @param {Store} store @param {string} mbox */
function mailsIn(store, mbox) {
  const by = mbox === 'Sent' ? 'agent' : mbox === 'INBOX' ? 'customer' : null;
  return store.tickets.flatMap((ticket) => ticket.messages.filter((m) => m.by === by).map((message) => ({ ticket, message })))
    .sort((a, b) => b.message.at.localeCompare(a.message.at));
}

/** @param {Context} ctx @param {string} mbox @param {string | null} notice */
export function listPage(ctx, mbox, notice) {
  const s = stringsFor(ctx.lang);
  const rows = mailsIn(ctx.store, mbox).map(({ ticket, message }) => {
    const replied = ticket.messages.some((m) => m.by === 'agent' && m.at > message.at);
    const who = mbox === 'Sent' ? ticket.customer.email : ticket.customer.name;
    return html`<tr class="message${replied ? ' replied' : ' unread'}"><td class="flags">${replied ? '↩' : '●'}</td><td class="fromto">${who}</td><td class="subject"><a href="/mail/?_task=mail&amp;_mbox=${mbox}&amp;_uid=${message.uid}&amp;_action=show">${message.subject}</a></td><td class="date">${classicDate(message.at, ctx.lang)}</td></tr>`;
  });
  return layout(ctx, { title: s.inbox, action: 'list', mbox, main: html`${notice ? html`<div id="messagestack"><div class="confirmation">${notice}</div></div>` : ''}
<table id="messagelist" class="records-table"><thead><tr><th></th><th>${mbox === 'Sent' ? s.to : s.from}</th><th>${s.subject}</th><th>${s.date}</th></tr></thead><tbody>${rows}</tbody></table>` });
}

/** @param {Context} ctx @param {Ticket} ticket @param {Message} message @param {string} mbox */
export function showPage(ctx, ticket, message, mbox) {
  const s = stringsFor(ctx.lang);
  const from = message.by === 'customer' ? `${ticket.customer.name} <${ticket.customer.email}>` : `${ctx.store.site.mailName.replace(/ .*/, '')} <${ctx.store.site.address}>`;
  const to = message.by === 'customer' ? ctx.store.site.address : ticket.customer.email;
  const main = html`<div id="message-header"><h2 class="subject">${message.subject}</h2>
<table class="headers-table"><tr><td class="header-title">${s.fromLabel}</td><td class="header from">${from}</td></tr><tr><td class="header-title">${s.toLabel}</td><td class="header to">${to}</td></tr><tr><td class="header-title">${s.date}</td><td class="header date">${classicDate(message.at, ctx.lang)}</td></tr></table>
<div id="message-buttons"><a class="button reply" href="/mail/?_task=mail&amp;_reply_uid=${message.uid}&amp;_mbox=${mbox}&amp;_action=compose">${s.reply}</a> <a class="button reply-all" href="/mail/?_task=mail&amp;_reply_uid=${message.uid}&amp;_all=all&amp;_mbox=${mbox}&amp;_action=compose">${s.replyAll}</a> <a class="button forward" href="/mail/?_task=mail&amp;_forward_uid=${message.uid}&amp;_mbox=${mbox}&amp;_action=compose">${s.forward}</a> <a class="button" href="/mail/?_task=mail&amp;_mbox=${mbox}">${s.backToList}</a></div></div>
<div id="messagebody">${message.html ? html`<div class="message-htmlpart">${bodyMarkup(message.html)}</div>` : html`<div class="message-part"><div class="pre">${plainAsQuotes(message.text)}</div></div>`}</div>`;
  return layout(ctx, { title: message.subject, action: 'show', mbox, main });
}

/** An HTML part, its inline styles dropped, as webmail sanitisers do. @param {string} markup */
const bodyMarkup = (markup) => raw(markup.replace(/\sstyle="[^"]*"/g, ''));

/** Plain text with its "> " lines as nested blockquotes, the way webmail shows them. @param {string} text */
function plainAsQuotes(text) {
  let out = '';
  let depth = 0;
  for (const line of text.split('\n')) {
    const level = /^(>\s?)+/.exec(line)?.[0].replace(/\s/g, '').length ?? 0;
    while (depth < level) { out += '<blockquote>'; depth++; }
    while (depth > level) { out += '</blockquote>'; depth--; }
    out += `${escape(line.replace(/^(>\s?)+/, ''))}<br>`;
  }
  while (depth-- > 0) out += '</blockquote>';
  return raw(out);
}

/**
 * The draft of a reply to `message`: empty lines for the agent to write in, then the mail
 * quoted. Nothing else on the page says which mail it answers.
 * @param {Context} ctx @param {Ticket} ticket @param {Message} message
 */
export function replyDraftHtml(ctx, ticket, message) {
  const s = stringsFor(ctx.lang);
  const who = message.by === 'customer' ? `${ticket.customer.name} <${ticket.customer.email}>` : ctx.store.site.address;
  const attribution = ctx.lang === 'ja' ? `${classicDate(message.at, 'ja')}、${who} ${s.wrote}` : `On ${classicDate(message.at, 'en')}, ${who} ${s.wrote}`;
  const quoted = message.html ? message.html.replace(/\sstyle="[^"]*"/g, '') : message.text.split('\n').map(escape).join('<br>');
  return `<p><br></p><p>${escape(attribution)}</p><blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">${quoted}</blockquote>`;
}

/**
 * @param {Context} ctx
 * @param {{ id: string, to: string, subject: string, draftHtml: string, token: string }} compose
 */
export function composePage(ctx, compose) {
  const s = stringsFor(ctx.lang);
  const main = html`<form name="form" method="post" action="/mail/?_task=mail&amp;_action=send" id="compose-form">
<input type="hidden" name="_token" value="${compose.token}"><input type="hidden" name="_task" value="mail"><input type="hidden" name="_action" value="send"><input type="hidden" name="_id" value="${compose.id}"><input type="hidden" name="_is_html" value="1">
<div id="compose-headers">
<div class="form-group"><label for="_from">${s.fromLabel}</label><select name="_from" id="_from"><option value="1">${ctx.store.site.mailName.replace(/ .*/, '')} &lt;${ctx.store.site.address}&gt;</option></select></div>
<div class="form-group"><label for="_to">${s.toLabel}</label><input type="text" name="_to" id="_to" value="${compose.to}"></div>
<div class="form-group"><label for="_cc">${s.ccLabel.replace(/[:：]$/, '')}</label><input type="text" name="_cc" id="_cc" value=""></div>
<div class="form-group"><label for="compose-subject">${s.subject}</label><input type="text" name="_subject" id="compose-subject" value="${compose.subject}"></div>
<div class="form-group"><label for="editor-selector">${s.editorType}</label><select id="editor-selector" name="editorSelector"><option value="html" selected>${s.htmlEditor}</option></select></div>
</div>
<div id="compose-body"><textarea name="_message" id="composebody" rows="20" cols="80" class="mce_editor">${compose.draftHtml}</textarea></div>
<div id="compose-buttons"><button type="submit" class="button send">${s.send}</button> <button type="button" class="button save">${s.save}</button></div>
</form>`;
  const scripts = html`<script src="/mail/program/js/tinymce/tinymce.min.js"></script><script>window.editorSettings = ${scriptJson({ kind: 'tinymce', field: 'composebody', lang: ctx.lang, base: '/mail/program/js/tinymce' })};</script>`;
  return layout(ctx, { title: s.compose, action: 'compose', mbox: 'INBOX', main, scripts });
}

/** @param {Context} ctx */
export function mailNotFound(ctx) {
  return layout(ctx, { title: stringsFor(ctx.lang).noMessage, action: 'error', mbox: 'INBOX', main: html`<p class="error">${stringsFor(ctx.lang).noMessage}</p>` });
}
