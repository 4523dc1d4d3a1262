// @ts-check
// The conversation list: every scenario in the open conversation's language, like a
// team inbox. Links are real hrefs; the desk turns clicks into pushState navigation.
import { defaultTimeZone, formatTime } from '../clock.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { avatar } from './avatar.js';
import { icon } from './icons.js';

/**
 * @param {HTMLElement} container
 * @param {{ scenarios: import('../conversation.js').Scenario[], currentId: string | null,
 *   conversations: Map<string, import('../conversation.js').Conversation>, lang: string,
 *   onOpen: (id: string) => void }} model
 */
export function renderList(container, { scenarios, currentId, conversations, lang, onOpen }) {
  const items = scenarios.map((s) => {
    const conv = conversations.get(s.id);
    const last = conv?.messages.at(-1);
    const firstText = s.steps.find((step) => 'text' in step);
    const preview = last?.text ?? (firstText && 'text' in firstText ? firstText.text : '');
    const time = last?.at ?? Date.parse(s.startedAt ?? '2026-11-20T01:00:00Z');
    const active = s.id === currentId;
    const link = h('a', {
      href: `/desk/c/${encodeURIComponent(s.id)}${location.search}`,
      class: `desk-list-item${active ? ' is-active' : ''}`,
      'data-desk-list-item': '',
      'data-desk-list-id': s.id,
      'aria-current': active ? 'page' : null,
    },
    avatar(s.customer.name),
    h('span', { class: 'desk-list-item__main' },
      h('span', { class: 'desk-list-item__top' },
        h('span', { class: 'desk-list-item__name' }, s.customer.name),
        h('time', { class: 'desk-list-item__time', datetime: new Date(time).toISOString() }, formatTime(time, lang, s.timeZone ?? defaultTimeZone(s.lang)))),
      h('span', { class: 'desk-list-item__preview' }, icon(s.channel, 'desk-list-item__channel'), preview.replace(/\s+/g, ' '))));
    link.addEventListener('click', (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      onOpen(s.id);
    });
    return h('li', {}, link);
  });
  container.replaceChildren(
    h('div', { class: 'desk-list__head' },
      h('h1', { class: 'desk-list__title' }, t('inbox'), h('span', { class: 'desk-count' }, String(scenarios.length))),
      h('label', { class: 'desk-search' }, icon('search'), h('input', { type: 'search', placeholder: t('searchPlaceholder'), 'aria-label': t('searchPlaceholder') })),
      h('div', { class: 'desk-tabs', role: 'tablist' },
        h('button', { type: 'button', role: 'tab', class: 'desk-tab is-active', 'aria-selected': 'true' }, t('openTab')),
        h('button', { type: 'button', role: 'tab', class: 'desk-tab', 'aria-selected': 'false' }, t('mineTab')))),
    h('ul', { class: 'desk-list__items', 'aria-label': t('inbox') }, ...items));
}
