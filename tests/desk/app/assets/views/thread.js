// @ts-check
// The centre log: chat bubbles, email cards, or a call's live transcript. New messages are
// appended, never re-rendered, as in real tools, so a page observer sees one added node.
import { formatDuration, formatTime } from '../clock.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { avatar } from './avatar.js';

/**
 * `?markup=next` plays a vendor's next release: messages are marked `data-desk-entry` instead of
 * `data-desk-message`, so Kizuki's desk adapter no longer finds them and a pack's fix to it
 * (`extends: "desk"`) is what reads them (tests/e2e/pack-tools.e2e.ts).
 */
const MESSAGE = new URLSearchParams(location.search).get('markup') === 'next' ? 'data-desk-entry' : 'data-desk-message';

/** @typedef {import('../conversation.js').Conversation} Conversation */
/** @typedef {import('../conversation.js').Message} Message */

/** @param {Conversation} conv @param {Message} m */
function authorName(conv, m) {
  return m.from === 'customer' ? conv.scenario.customer.name : t('agentName', { name: conv.scenario.agent?.name ?? t('you') });
}

/** The name without its organisation in brackets, for the narrow transcript column. @param {string} name */
function shortName(name) {
  return name.replace(/\s*[（(].*$/, '');
}

/** @param {Conversation} conv @param {Message} m */
function chatMessage(conv, m) {
  return h('article', { class: `desk-msg desk-msg--${m.from}`, [MESSAGE]: '', 'data-author': m.from, [`${MESSAGE}-id`]: m.id },
    avatar(m.from === 'customer' ? conv.scenario.customer.name : (conv.scenario.agent?.name ?? t('you')), 'sm'),
    h('div', { class: 'desk-msg__body' },
      h('div', { class: 'desk-msg__meta' },
        h('span', { class: 'desk-msg__author' }, authorName(conv, m)),
        h('time', { datetime: new Date(m.at).toISOString() }, formatTime(m.at, conv.scenario.lang, conv.timeZone))),
      h('div', { class: 'desk-msg__text', [`${MESSAGE}-text`]: '' }, m.text)));
}

/** @param {Conversation} conv @param {Message} m */
function emailMessage(conv, m) {
  const c = conv.scenario.customer;
  const from = m.from === 'customer' ? `${c.name} <${c.email ?? c.key}>` : authorName(conv, m);
  return h('article', { class: `desk-mail desk-mail--${m.from}`, [MESSAGE]: '', 'data-author': m.from, [`${MESSAGE}-id`]: m.id },
    h('header', { class: 'desk-mail__head' },
      avatar(m.from === 'customer' ? c.name : (conv.scenario.agent?.name ?? t('you')), 'sm'),
      h('span', { class: 'desk-mail__from' }, h('span', { class: 'desk-muted' }, `${t('from')}: `), from),
      h('time', { datetime: new Date(m.at).toISOString() }, formatTime(m.at, conv.scenario.lang, conv.timeZone))),
    h('div', { class: 'desk-mail__text', [`${MESSAGE}-text`]: '' }, m.text));
}

/** @param {Conversation} conv @param {Message} m */
function transcriptLine(conv, m) {
  const offset = conv.call ? m.at - conv.call.since : 0;
  return h('li', { class: `desk-line desk-line--${m.from}`, 'data-desk-transcript-line': '', 'data-author': m.from, 'data-desk-line-id': m.id },
    h('time', { class: 'desk-line__time', datetime: new Date(m.at).toISOString() }, formatDuration(offset)),
    h('span', { class: 'desk-line__who' }, shortName(authorName(conv, m))),
    h('p', { class: 'desk-line__text', 'data-desk-transcript-text': '' }, m.text));
}

/** @param {Conversation} conv @param {import('../conversation.js').Note} note */
function noteCard(conv, note) {
  return h('aside', { class: 'desk-note', 'data-desk-note': '' },
    h('span', { class: 'desk-note__label' }, t('note')),
    h('time', { datetime: new Date(note.at).toISOString() }, formatTime(note.at, conv.scenario.lang, conv.timeZone)),
    h('p', {}, note.text));
}

/** @param {Conversation} conv */
export function createThread(conv) {
  const voice = conv.scenario.channel === 'voice';
  const list = voice
    ? h('ol', { class: 'desk-transcript', 'aria-label': t('transcript') })
    : h('div', { class: 'desk-thread__messages' });
  const empty = h('p', { class: 'desk-thread__empty' }, voice ? t('transcriptEmpty') : t('emptyThread'));
  const el = h('div', { class: `desk-thread desk-thread--${conv.scenario.channel}`, role: 'log', 'aria-live': 'polite' },
    voice ? h('h3', { class: 'desk-section-title desk-transcript__title' }, h('span', { class: 'desk-live-dot', 'aria-hidden': 'true' }), t('transcript')) : null,
    list, empty);
  let shownMessages = 0;
  let shownNotes = 0;
  const render = voice ? transcriptLine : conv.scenario.channel === 'email' ? emailMessage : chatMessage;

  /** Append whatever the conversation gained since the last sync. */
  const sync = () => {
    const fresh = conv.messages.slice(shownMessages).map((m) => render(conv, m));
    const notes = conv.notes.slice(shownNotes).map((n) => noteCard(conv, n));
    if (fresh.length + notes.length === 0) return;
    list.append(...fresh, ...notes);
    shownMessages = conv.messages.length;
    shownNotes = conv.notes.length;
    empty.hidden = shownMessages + shownNotes > 0;
    el.scrollTop = el.scrollHeight;
  };
  empty.hidden = false;
  sync();
  return { el, sync };
}
