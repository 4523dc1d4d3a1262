// The helpdesk's pages, rendered on the server as a classic self-hosted tool does: the
// ticket list, the ticket page (its history arrives by XHR), and the reply page (no thread).
// Nothing here is marked for Kizuki: a page is read the way a person reads it.
import { escape, html, htmlBody, plainBody, quoteForReply, raw, scriptJson } from './html.mjs';
import { classicDate, stringsFor } from './strings.mjs';

/**
 * @typedef {import('./store.mjs').Ticket} Ticket
 * @typedef {import('./store.mjs').Message} Message
 * @typedef {ReturnType<typeof import('./store.mjs').createStore>} Store
 * @typedef {{ store: Store, lang: 'ja' | 'en', editor: 'plain' | 'rich', historyDelayMs: number }} Context
 */

/** People's user ids: the agents are 14 and 15, each customer 30 and up. */
const customerUserId = (/** @type {Store} */ store, /** @type {Ticket} */ ticket) => 30 + store.tickets.indexOf(ticket);
const agentUserId = (/** @type {'ja' | 'en'} */ lang) => (lang === 'ja' ? 14 : 15);

/** The author as the history shows it: "Name <address>" for a customer, "user (Name)" for an agent. */
function author(/** @type {Context} */ ctx, /** @type {Ticket} */ ticket, /** @type {Message} */ m) {
  if (m.by === 'customer') return html`<a class="person" href="/User/Summary.html?id=${customerUserId(ctx.store, ticket)}">${ticket.customer.name} &lt;${ticket.customer.email}&gt;</a>`;
  const agent = ctx.store.agent(ticket.lang);
  return html`<a class="person" href="/User/Summary.html?id=${agentUserId(ticket.lang)}">${agent.user} (${agent.name})</a>`;
}

/** @param {Context} ctx @param {{ title: string, bodyId: string, main: unknown, current?: number, scripts?: unknown }} page */
function layout(ctx, page) {
  const s = stringsFor(ctx.lang);
  const agent = ctx.store.agent(ctx.lang);
  const sideTickets = ctx.store.tickets.filter((t) => t.lang === ctx.lang);
  return html`<!doctype html>
<html lang="${ctx.lang}">
<head><meta charset="utf-8"><title>${page.title}</title><link rel="stylesheet" href="/static/css/helpdesk.css"></head>
<body id="${page.bodyId}">
<div id="header"><a class="site-name" href="/index.html">${ctx.store.site.name}</a>
  <ul id="topnav"><li><a href="/index.html">${s.home}</a></li><li><a href="/index.html">${s.tickets}</a></li><li><a href="/Search/Build.html">${s.search}</a></li><li><a href="/Tools/index.html">${s.tools}</a></li></ul>
  <div id="session">${s.loggedInAs} ${agent.user}</div></div>
<div id="layout">
<div id="sidebar"><ul class="side-menu"><li><a href="/index.html">${s.home}</a></li><li><a href="/Ticket/Create.html">${s.newTicket}</a></li></ul>
  <div class="side-box"><div class="side-title">${s.tickets}</div><ul class="side-tickets">${sideTickets.map((t) => html`<li${t.id === page.current ? raw(' class="current"') : ''}><a href="/Ticket/Display.html?id=${t.id}">#${t.id} ${t.subject}</a></li>`)}</ul></div></div>
<div id="body">${page.main}</div>
</div>
${page.scripts ?? ''}
<script type="module" src="/static/js/editors.js"></script>
</body></html>`;
}

/** @param {Context} ctx */
export function homePage(ctx) {
  const s = stringsFor(ctx.lang);
  const rows = ctx.store.tickets.map((t, i) => html`<tr class="${i % 2 ? 'evenline' : 'oddline'}"><td class="collection-as-table"><a href="/Ticket/Display.html?id=${t.id}">${t.id}</a></td><td><a href="/Ticket/Display.html?id=${t.id}">${t.subject}</a></td><td>${t.queue}</td><td>${s[/** @type {'open' | 'new'} */ (t.status)] ?? t.status}</td><td>${t.customer.email}</td><td>${classicDate(t.messages.at(-1)?.at ?? '', ctx.lang)}</td></tr>`);
  return layout(ctx, { title: `${ctx.store.site.name}: ${s.home}`, bodyId: 'page-home', main: html`<h1>${s.home}</h1>
<div class="titlebox"><div class="titlebox-title">${s.myTickets}</div><div class="titlebox-content">
<table class="collection-list"><tr><th>#</th><th>${s.subject}</th><th>${s.queue}</th><th>${s.status}</th><th>${s.requestor}</th><th>${s.lastUpdated}</th></tr>${rows}</table></div></div>` });
}

/** The ticket's menu: links keep ids in the query only, with ";" between fields as such tools do. */
function pageMenu(/** @type {Context} */ ctx, /** @type {Ticket} */ ticket) {
  const s = stringsFor(ctx.lang);
  return html`<ul id="page-menu"><li><a href="/Ticket/Display.html?id=${ticket.id}">${s.display}</a></li><li><a href="/Ticket/History.html?id=${ticket.id}">${s.history}</a></li><li><a href="/Ticket/Update.html?Action=Respond;id=${ticket.id}">${s.reply}</a></li><li><a href="/Ticket/Update.html?Action=Comment;id=${ticket.id}">${s.comment}</a></li></ul>`;
}

/**
 * The ticket page. The history box says "Loading…" until its XHR brings the history, unless
 * `history` is given (/Ticket/History.html shows it in the page).
 * @param {Context} ctx @param {Ticket} ticket @param {string | null} notice @param {unknown} [history]
 */
export function displayPage(ctx, ticket, notice, history) {
  const s = stringsFor(ctx.lang);
  const agent = ctx.store.agent(ticket.lang);
  const main = html`<h1>#${ticket.id}: ${ticket.subject}</h1>${pageMenu(ctx, ticket)}
${notice ? html`<div class="results"><ul><li>${notice}</li></ul></div>` : ''}
<div class="ticket-summary">
<div class="titlebox"><div class="titlebox-title">${s.basics}</div><div class="titlebox-content"><table class="info">
<tr><td class="label">${s.id}:</td><td class="value">${ticket.id}</td></tr><tr><td class="label">${s.status}:</td><td class="value">${s[/** @type {'open' | 'new'} */ (ticket.status)] ?? ticket.status}</td></tr><tr><td class="label">${s.queue}:</td><td class="value">${ticket.queue}</td></tr></table></div></div>
<div class="titlebox people"><div class="titlebox-title">${s.people}</div><div class="titlebox-content"><table class="info">
<tr><td class="label">${s.owner}:</td><td class="value"><a class="person" href="/User/Summary.html?id=${agentUserId(ticket.lang)}">${agent.user} (${agent.name})</a></td></tr>
<tr><td class="label">${s.requestors}:</td><td class="value"><a class="person" href="/User/Summary.html?id=${customerUserId(ctx.store, ticket)}">${ticket.customer.name} &lt;${ticket.customer.email}&gt;</a></td></tr>
<tr><td class="label">${s.cc}:</td><td class="value"></td></tr></table></div></div>
</div>
<div id="ticket-history-box" class="titlebox">${history ?? html`<div class="titlebox-title">${s.history}</div><div class="titlebox-content">${s.loading}</div>`}</div>`;
  const settings = history ? null : { url: `/Helpers/TicketHistory?id=${ticket.id}`, delay: ctx.historyDelayMs };
  const scripts = html`<script>window.historySettings = ${scriptJson(settings)};</script><script src="/static/js/history.js"></script>`;
  return layout(ctx, { title: `#${ticket.id}: ${ticket.subject}`, bodyId: 'page-ticket-display', main, current: ticket.id, scripts });
}

/** The history box's content, as the XHR brings it. @param {Context} ctx @param {Ticket} ticket */
export function historyFragment(ctx, ticket) {
  const s = stringsFor(ctx.lang);
  const fold = { show: s.showQuoted, hide: s.hideQuoted };
  const items = ticket.messages.map((m, i) => {
    const what = i === 0 ? s.ticketCreated : s.correspondenceAdded;
    const headers = m.by === 'customer' && m.via === 'mail' ? mailHeaders(ctx, ticket, m) : '';
    const parts = m.html ? html`<div class="message-body"></div><div class="message-body">${htmlBody(m.html, fold)}</div>` : html`<div class="message-body">${plainBody(m.text, fold)}</div>`;
    return html`<div class="history-item ${i % 2 ? 'even' : 'odd'}" id="txn-${m.id}">
<div class="item-meta"><span class="item-actions"><a href="/Ticket/Update.html?id=${ticket.id}&amp;QuoteTransaction=${m.id}&amp;Action=Respond">${s.reply}</a> <a href="/Ticket/Update.html?id=${ticket.id}&amp;QuoteTransaction=${m.id}&amp;Action=Comment">${s.comment}</a></span>
<span class="item-date">${classicDate(m.at, ctx.lang)}</span> <span class="item-who">${author(ctx, ticket, m)} - ${what}</span></div>
<div class="item-content">${headers}${parts}</div></div>`;
  });
  return html`<div class="titlebox-title">${s.history}</div><div class="titlebox-content"><div class="history-list">${items}</div></div>`;
}

/** The mail's header rows; their order differs from mail to mail, as the mails' own headers do. */
function mailHeaders(/** @type {Context} */ ctx, /** @type {Ticket} */ ticket, /** @type {Message} */ m) {
  const rows = [
    ['From:', `"${ticket.customer.name}" <${ticket.customer.email}>`],
    ['To:', ctx.store.site.address],
    ['Subject:', m.subject],
    ['Date:', new Date(m.at).toUTCString()],
  ];
  const shift = m.id % rows.length;
  const ordered = [...rows.slice(shift), ...rows.slice(0, shift)];
  return html`<table class="mail-headers">${ordered.map(([k, v]) => html`<tr><td class="header-key">${k}</td><td class="header-value">${v}</td></tr>`)}</table>`;
}

/**
 * The reply page: what the ticket is and who gets the reply, never the thread. With a
 * quoted message, the box starts with it quoted.
 * @param {Context} ctx @param {Ticket} ticket @param {{ action: string, quote: Message | null, token: string }} form
 */
export function updatePage(ctx, ticket, form) {
  const s = stringsFor(ctx.lang);
  const quoted = form.quote ? `On ${new Date(form.quote.at).toUTCString()}, ${form.quote.by === 'customer' ? ticket.customer.email : ctx.store.site.address} wrote:\n${quoteForReply(form.quote.text)}\n` : '';
  const rich = ctx.editor === 'rich';
  const initial = rich && quoted
    ? `<br /><div class="reply-quote">${escape(quoted.split('\n')[0] ?? '')}<br /><blockquote class="reply-quote" type="cite"><pre style="white-space: pre-wrap">${escape(quoted.split('\n').slice(1).join('\n'))}</pre></blockquote></div>`
    : quoted ? `\n\n${quoted}` : '';
  const main = html`<h1>${s.updateTicket} #${ticket.id}: ${ticket.subject}</h1>
<form action="/Ticket/Update.html" method="post" name="TicketUpdate" enctype="application/x-www-form-urlencoded">
<input type="hidden" name="id" value="${ticket.id}"><input type="hidden" name="Action" value="${form.action}"><input type="hidden" name="QuoteTransaction" value="${form.quote?.id ?? ''}"><input type="hidden" name="Token" value="${form.token}">
<div class="titlebox"><div class="titlebox-title">${s.recipients}</div><div class="titlebox-content" id="recipients">${s.willBeSent}: <label><input type="checkbox" name="SendMailTo" value="${ticket.customer.email}" checked> ${ticket.customer.name} &lt;${ticket.customer.email}&gt;</label></div></div>
<div class="titlebox"><div class="titlebox-title">${s.messageLabel.replace(/[:：]$/, '')}</div><div class="titlebox-content"><table class="form">
<tr><td class="label"><label for="UpdateType">${s.updateType}</label></td><td class="value"><select name="UpdateType" id="UpdateType"><option value="response"${form.action === 'Respond' ? raw(' selected') : ''}>${s.replyToRequestors}</option><option value="private"${form.action === 'Comment' ? raw(' selected') : ''}>${s.commentsPrivate}</option></select></td></tr>
<tr><td class="label"><label for="UpdateSubject">${s.subjectLabel}</label></td><td class="value"><input type="text" name="UpdateSubject" id="UpdateSubject" size="60" value="${ticket.subject}"></td></tr>
<tr><td class="label"><label for="UpdateCc">${s.ccLabel}</label></td><td class="value"><input type="text" name="UpdateCc" id="UpdateCc" size="60" value=""></td></tr>
<tr><td class="label"><label for="UpdateBcc">${s.bccLabel}</label></td><td class="value"><input type="text" name="UpdateBcc" id="UpdateBcc" size="60" value=""></td></tr>
<tr><td class="label"><label for="UpdateContent">${s.messageLabel}</label></td><td class="value"><div class="messagebox">
<textarea class="messagebox${rich ? ' richtext' : ''}" name="UpdateContent" id="UpdateContent" rows="15" cols="72" wrap="soft" placeholder="${s.typeHere}">${initial}</textarea></div></td></tr>
<tr><td class="label">${s.attachLabel}</td><td class="value"><input type="file" name="Attach"></td></tr>
</table></div></div>
<div class="submit"><input type="submit" name="SubmitTicket" value="${s.submit}" class="button"></div>
</form>`;
  const scripts = rich
    ? html`<script src="/static/RichText/ckeditor.js"></script><script>window.editorSettings = ${scriptJson({ kind: 'ckeditor4', field: 'UpdateContent', lang: ctx.lang, placeholder: s.typeHere })};</script>`
    : html`<script>window.editorSettings = ${scriptJson({ kind: 'plain', field: 'UpdateContent' })};</script>`;
  return layout(ctx, { title: `${s.updateTicket} #${ticket.id}: ${ticket.subject}`, bodyId: 'page-ticket-update', main, current: ticket.id, scripts });
}

/** @param {Context} ctx @param {string} message */
export function notFoundPage(ctx, message) {
  return layout(ctx, { title: ctx.store.site.name, bodyId: 'page-error', main: html`<h1>${message}</h1>` });
}
