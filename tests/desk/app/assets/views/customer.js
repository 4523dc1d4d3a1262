// @ts-check
// The right-hand customer panel: who this is and their earlier contacts.
import { formatDateTime } from '../clock.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { avatar } from './avatar.js';
import { icon } from './icons.js';

/** @param {string} label @param {Node | string} value */
const row = (label, value) => [h('dt', {}, label), h('dd', {}, value)];

/** @param {HTMLElement} container @param {import('../conversation.js').Conversation} conv */
export function renderCustomer(container, conv) {
  const { scenario: s, timeZone } = conv;
  const lang = s.lang;
  const c = s.customer;
  const history = s.history.length === 0
    ? h('p', { class: 'desk-muted' }, t('noHistory'))
    : h('ol', { class: 'desk-history' }, ...s.history.map((item) => h('li', { class: 'desk-history__item', 'data-desk-history-item': '' },
      h('span', { class: 'desk-history__icon' }, icon(item.channel ?? 'chat')),
      h('span', {},
        h('time', { datetime: item.startedAt, class: 'desk-history__time' }, formatDateTime(item.startedAt, lang, timeZone)),
        h('span', { class: 'desk-history__summary' }, item.summary)))));
  container.replaceChildren(h('section', { class: 'desk-customer', 'data-desk-customer': '', 'aria-label': t('customer') },
    h('div', { class: 'desk-customer__card' },
      avatar(c.name, 'lg'),
      h('h2', { class: 'desk-customer__name', 'data-desk-customer-name': '' }, c.name),
      h('dl', { class: 'desk-facts' },
        ...(c.email ? row(t('emailLabel'), h('a', { href: `mailto:${c.email}`, 'data-desk-customer-email': '' }, c.email)) : []),
        ...(c.phone ? row(t('phoneLabel'), h('span', { 'data-desk-customer-phone': '' }, c.phone)) : []),
        ...row(t('keyLabel'), h('code', { 'data-desk-customer-key': c.key }, c.key)))),
    h('h3', { class: 'desk-section-title' }, t('earlierContacts'), h('span', { class: 'desk-count' }, String(s.history.length))),
    history,
    h('h3', { class: 'desk-section-title' }, t('thisConversation')),
    h('dl', { class: 'desk-facts' },
      ...row(t('channel'), t(s.channel)),
      ...row(t('direction'), t(s.direction)),
      ...row(t('started'), h('time', { datetime: new Date(conv.startedAt).toISOString() }, formatDateTime(conv.startedAt, lang, timeZone))))));
}
