// The classic site: a self-hosted email helpdesk (server-rendered, ids only in the query)
// and a shared webmail inbox under /mail/, over one in-memory store. startDesk({ classic: true }).
//   /index.html                                   the ticket list
//   /Ticket/Display.html?id=N                     a ticket; its history arrives by XHR from
//   /Helpers/TicketHistory?id=N                   … a moment (historyDelayMs) after the page
//   /Ticket/History.html?id=N                     the same history, in the page
//   /Ticket/Update.html?id=N&Action=Respond[&QuoteTransaction=T][&editor=plain|rich]
//                                                 the reply page (no thread); POST appends the reply
//   /mail/?_task=mail&_mbox=INBOX                 the inbox; &_uid=N&_action=show one mail
//   /mail/?_task=mail&_reply_uid=N&_action=compose → /mail/?_task=mail&_action=compose&_id=<random>
//   /mail/?_task=mail&_action=send (POST)         sends; the reply joins the conversation
//   /REST/2.0/tickets                             every ticket as JSON (kizukiClassic.tickets())
//   /REST/1.0/NoAuth/mail-gateway (POST ticket, message)   a customer's mail arriving
//   /static/…, /static/RichText/… (CKEditor 4), /mail/skins/…, /mail/program/js/tinymce/… (TinyMCE 6)
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { send, sendFile, sendVendor } from '../serve-static.mjs';
import { stringsFor } from './strings.mjs';
import { displayPage, historyFragment, homePage, notFoundPage, updatePage } from './helpdesk.mjs';
import { createStore } from './store.mjs';
import { composePage, listPage, mailNotFound, replyDraftHtml, showPage } from './webmail.mjs';

const STATIC_DIR = fileURLToPath(new URL('./static/', import.meta.url));
const COMPOSERS_DIR = fileURLToPath(new URL('../app/assets/composers/', import.meta.url));
const HTML = 'text/html; charset=utf-8';

/** Query fields split on "&" and ";", as classic tools write their links. @param {string} search */
export function queryFields(search) {
  const fields = new Map();
  for (const part of search.replace(/^\?/, '').split(/[&;]/)) {
    if (!part) continue;
    const [k = '', v = ''] = part.split('=');
    fields.set(decodeURIComponent(k.replace(/\+/g, ' ')), decodeURIComponent(v.replace(/\+/g, ' ')));
  }
  return fields;
}

/** @param {import('node:http').IncomingMessage} req @returns {Promise<Map<string, string>>} */
async function formBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const body = Buffer.concat(chunks).toString('utf8');
  if ((req.headers['content-type'] ?? '').includes('application/json')) return new Map(Object.entries(JSON.parse(body || '{}')).map(([k, v]) => [k, String(v)]));
  return new Map(new URLSearchParams(body));
}

/** @param {import('node:http').IncomingMessage} req */
function cookies(req) {
  return new Map((req.headers.cookie ?? '').split(/;\s*/).filter(Boolean).map((c) => /** @type {[string, string]} */ (c.split('=').map(decodeURIComponent))));
}

/** HTML of a draft as text for the conversation: paragraphs and breaks to lines, the quote as "> ". @param {string} markup */
export function htmlToText(markup) {
  return markup
    .replace(/\r?\n/g, '')
    .replace(/<blockquote[^>]*>([\s\S]*?)<\/blockquote>/gi, (_, inner) => `\n${htmlToText(inner).split('\n').map((l) => `> ${l}`.trimEnd()).join('\n')}\n`)
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h\d|pre)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** @param {{ historyDelayMs?: number }} options */
export function createClassicHandler({ historyDelayMs = 700 } = {}) {
  const store = createStore();
  /** compose id → the mail it answers */
  const composes = new Map();
  const token = randomBytes(8).toString('hex');

  /** @param {import('node:http').IncomingMessage} req @param {Map<string, string>} query @param {'ja' | 'en' | undefined} fallback */
  const langOf = (req, query, fallback) => {
    const asked = query.get('lang') ?? query.get('_lang') ?? cookies(req).get('lang');
    return asked === 'ja' || asked === 'en' ? asked : fallback ?? 'en';
  };
  /** The reply editor is a preference: ?editor= sets it (kept in a cookie), else the last one. */
  const editorOf = (/** @type {import('node:http').IncomingMessage} */ req, /** @type {Map<string, string>} */ query) => {
    const asked = query.get('editor') ?? cookies(req).get('editor');
    return asked === 'rich' ? 'rich' : 'plain';
  };
  const ticketOf = (/** @type {Map<string, string>} */ fields) => store.ticket(Number(fields.get('id') ?? fields.get('ticket')));

  /** @type {import('node:http').RequestListener} */
  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://classic.local');
    const { pathname } = url;
    try {
      const query = queryFields(url.search);
      if (req.method === 'POST') return await handlePost(req, res, pathname, query);
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
      if (pathname === '/') return send(res, 302, '', undefined, { Location: '/index.html' });
      if (pathname === '/favicon.ico') return send(res, 204, '');
      if (pathname.startsWith('/static/RichText/')) return sendVendor(req, res, `ckeditor4/${pathname.slice('/static/RichText/'.length)}`);
      if (pathname.startsWith('/mail/program/js/tinymce/')) return sendVendor(req, res, `tinymce/${pathname.slice('/mail/program/js/tinymce/'.length)}`);
      if (pathname === '/static/js/block-text.js') return sendFile(res, COMPOSERS_DIR, 'block-text.js'); // the desk's own plain-text reading
      if (pathname.startsWith('/static/')) return sendFile(res, STATIC_DIR, pathname.slice('/static/'.length));
      if (pathname.startsWith('/mail/skins/')) return sendFile(res, STATIC_DIR, `css/${pathname.slice('/mail/skins/'.length)}`);
      if (pathname === '/mail' || pathname === '/mail/') return mailGet(req, res, query);
      if (pathname === '/REST/2.0/tickets') return send(res, 200, JSON.stringify(store.tickets.map(ticketJson)), 'application/json; charset=utf-8');

      const ticket = ticketOf(query);
      const lang = langOf(req, query, ticket?.lang);
      const ctx = { store, lang, editor: editorOf(req, query), historyDelayMs };
      // Preferences stick only when asked for (?lang=, ?editor=), as a user's settings do.
      const setCookies = { 'Set-Cookie': [query.has('lang') && `lang=${lang}; Path=/`, query.has('editor') && `editor=${ctx.editor}; Path=/`].filter((c) => typeof c === 'string') };
      if (pathname === '/index.html') return send(res, 200, homePage(ctx).toString(), HTML, setCookies);
      if (!ticket && pathname.startsWith('/Ticket/')) return send(res, 404, notFoundPage(ctx, stringsFor(ctx.lang).noTicket).toString(), HTML);
      if (ticket && pathname === '/Ticket/Display.html') return send(res, 200, displayPage(ctx, ticket, query.get('results') ? stringsFor(ctx.lang).results : null).toString(), HTML, setCookies);
      if (ticket && pathname === '/Ticket/History.html') return send(res, 200, displayPage(ctx, ticket, null, historyFragment(ctx, ticket)).toString(), HTML, setCookies);
      if (ticket && pathname === '/Helpers/TicketHistory') return send(res, 200, historyFragment(ctx, ticket).toString(), HTML);
      if (ticket && pathname === '/Ticket/Update.html') {
        const quote = store.transaction(Number(query.get('QuoteTransaction')));
        const action = query.get('Action') === 'Comment' ? 'Comment' : 'Respond';
        return send(res, 200, updatePage(ctx, ticket, { action, quote: quote?.ticket === ticket ? quote.message : null, token }).toString(), HTML, setCookies);
      }
      return send(res, 404, 'Not found');
    } catch (error) {
      return send(res, 500, `Server error: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {Map<string, string>} query */
  function mailGet(req, res, query) {
    const action = query.get('_action') ?? 'list';
    const mbox = query.get('_mbox') ?? 'INBOX';
    if (action === 'compose' && !query.get('_id')) {
      // Like the real thing, the reply's mail goes into the session; the URL keeps a random id.
      const id = randomBytes(12).toString('hex');
      composes.set(id, Number(query.get('_reply_uid') ?? 0));
      return send(res, 302, '', undefined, { Location: `/mail/?_task=mail&_action=compose&_id=${id}` });
    }
    const found = action === 'show' ? store.byUid(Number(query.get('_uid'))) : action === 'compose' ? store.byUid(composes.get(query.get('_id') ?? '') ?? 0) : null;
    const ctx = { store, lang: langOf(req, query, found?.ticket.lang) };
    const setCookie = { 'Set-Cookie': query.has('_lang') ? [`lang=${ctx.lang}; Path=/`] : [] };
    if (action === 'show') return found ? send(res, 200, showPage(ctx, found.ticket, found.message, mbox).toString(), HTML, setCookie) : send(res, 404, mailNotFound(ctx).toString(), HTML);
    if (action === 'compose') {
      const id = query.get('_id') ?? '';
      if (!composes.has(id)) return send(res, 404, mailNotFound(ctx).toString(), HTML);
      const reply = found ? { to: `${found.ticket.customer.name} <${found.ticket.customer.email}>`, subject: `Re: ${found.message.subject.replace(/^Re:\s*/i, '')}`, draftHtml: replyDraftHtml(ctx, found.ticket, found.message) } : { to: '', subject: '', draftHtml: '' };
      return send(res, 200, composePage(ctx, { id, token, ...reply }).toString(), HTML, setCookie);
    }
    return send(res, 200, listPage(ctx, mbox, query.get('_sent') ? stringsFor(ctx.lang).messageSent : null).toString(), HTML, setCookie);
  }

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {string} pathname @param {Map<string, string>} query */
  async function handlePost(req, res, pathname, query) {
    const form = await formBody(req);
    if (pathname === '/Ticket/Update.html') {
      const ticket = ticketOf(form);
      if (!ticket || form.get('Token') !== token) return send(res, 400, 'Bad request');
      const content = form.get('UpdateContent') ?? '';
      const text = /<[a-z][\s\S]*>/i.test(content) ? htmlToText(content) : content.replace(/\r\n?/g, '\n').trim();
      if (text) store.reply(ticket, text, { via: 'web', cc: form.get('UpdateCc') || undefined, ...(content !== text ? { html: content } : {}) });
      return send(res, 303, '', undefined, { Location: `/Ticket/Display.html?id=${ticket.id}${text ? '&results=1' : ''}` });
    }
    if (pathname === '/mail/' && query.get('_action') === 'send') {
      const uid = composes.get(form.get('_id') ?? '');
      const found = uid ? store.byUid(uid) : null;
      if (!found || form.get('_token') !== token) return send(res, 400, 'Bad request');
      const markup = form.get('_message') ?? '';
      store.reply(found.ticket, htmlToText(markup), { html: markup, subject: form.get('_subject') ?? undefined, cc: form.get('_cc') || undefined });
      composes.delete(form.get('_id') ?? '');
      return send(res, 303, '', undefined, { Location: '/mail/?_task=mail&_mbox=INBOX&_sent=1' });
    }
    if (pathname === '/REST/1.0/NoAuth/mail-gateway') {
      const ticket = ticketOf(form);
      const text = form.get('message') ?? '';
      if (!ticket || !text) return send(res, 400, 'ticket and message are needed');
      const message = store.receive(ticket, text);
      return send(res, 200, JSON.stringify({ ticket: ticket.id, transaction: message.id, uid: message.uid }), 'application/json; charset=utf-8');
    }
    return send(res, 404, 'Not found');
  }

  handle.close = () => store.close();
  return handle;
}

/** A ticket as the test hook gives it. @param {import('./store.mjs').Ticket} t */
function ticketJson(t) {
  return {
    id: t.id, key: t.key, lang: t.lang, queue: t.queue, subject: t.subject, status: t.status, customer: t.customer,
    messages: t.messages.map((m) => ({ transaction: m.id, uid: m.uid, from: m.by, at: m.at, subject: m.subject, text: m.text, ...(m.html ? { html: m.html } : {}), ...(m.cc ? { cc: m.cc } : {}) })),
    pendingCustomerMails: t.then.length,
  };
}
