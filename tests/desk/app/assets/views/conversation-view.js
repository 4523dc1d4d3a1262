// @ts-check
// The centre pane for one conversation: header, (softphone strip), log, composer frame.
// Everything the adapter reads hangs off the section's data-desk-* attributes.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { avatar } from './avatar.js';
import { createCallBar } from './call-bar.js';
import { icon } from './icons.js';
import { createThread } from './thread.js';

/**
 * @param {import('../conversation.js').Conversation} conv
 * @param {{ setCallState: (state: import('../conversation.js').CallState) => void, send: () => void }} actions
 */
export function createConversationView(conv, actions) {
  const s = conv.scenario;
  const voice = s.channel === 'voice';
  const thread = createThread(conv);
  const callBar = voice ? createCallBar(conv, actions.setCallState) : null;
  const composerSlot = h('div', { class: 'desk-composer__slot' });
  const counter = h('span', { class: 'desk-composer__count', 'data-desk-composer-count': '', 'aria-live': 'off' });
  const sendButton = h('button', { type: 'button', class: 'desk-btn desk-btn--primary', 'data-desk-send': '' }, voice ? t('saveNote') : t('send'));
  sendButton.addEventListener('click', actions.send);
  composerSlot.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      actions.send();
    }
  });

  const el = h('section', {
    class: `desk-conversation desk-conversation--${s.channel}`,
    'data-desk-conversation-id': s.id,
    'data-desk-channel': s.channel,
    'data-desk-direction': s.direction,
    'aria-label': s.title,
  },
  h('header', { class: 'desk-conv-header' },
    avatar(s.customer.name),
    h('div', { class: 'desk-conv-header__text' },
      h('h2', { class: 'desk-conv-header__name' }, s.customer.name),
      h('p', { class: 'desk-conv-header__sub' },
        h('span', { class: 'desk-badge' }, icon(s.channel), t(s.channel)),
        h('span', { class: 'desk-badge desk-badge--quiet' }, icon(s.direction), t(s.direction)),
        h('span', { class: 'desk-conv-header__id' }, `#${s.id}`))),
    h('p', { class: 'desk-conv-header__title' }, s.title)),
  callBar?.el ?? null,
  thread.el,
  h('footer', { class: `desk-composer desk-composer--${voice ? 'notes' : 'reply'}` },
    voice ? h('div', { class: 'desk-composer__label' }, t('notesLabel')) : null,
    composerSlot,
    h('div', { class: 'desk-composer__footer' },
      counter,
      h('span', { class: 'desk-composer__hint' }, t('sendHint')),
      sendButton)));

  /** @param {string} text */
  const showCount = (text) => {
    counter.textContent = t('characters', { n: Array.from(text).length });
    counter.dataset.deskComposerLength = String(Array.from(text).length);
    sendButton.toggleAttribute('disabled', text.trim() === '');
  };
  return { el, thread, callBar, composerSlot, showCount };
}
