// @ts-check
// The softphone strip above a voice conversation: call state, running timer, controls.
import { formatDuration } from '../clock.js';
import { callElapsed } from '../conversation.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';

/**
 * @param {import('../conversation.js').Conversation} conv
 * @param {(state: import('../conversation.js').CallState) => void} setState
 */
export function createCallBar(conv, setState) {
  const pill = h('span', { class: 'desk-call__state' });
  const timer = h('time', { class: 'desk-call__timer', 'data-desk-call-timer': '' }, '00:00');
  const controls = h('div', { class: 'desk-call__controls' });
  const el = h('div', { class: 'desk-call', 'data-desk-call': '' },
    h('span', { class: 'desk-call__icon', 'aria-hidden': 'true' }, '☎'), pill, timer, controls);
  /** @type {string} */
  let shownState = '';

  /** @param {string} label @param {import('../conversation.js').CallState} next @param {string} tone */
  const button = (label, next, tone) => {
    const b = h('button', { type: 'button', class: `desk-btn desk-btn--${tone}`, 'data-desk-call-action': next }, label);
    b.addEventListener('click', () => setState(next));
    return b;
  };

  const stateLabel = () => {
    const state = conv.call?.state;
    if (!state) return t('noCall');
    if (state === 'ringing' && conv.scenario.direction === 'outbound') return t('calling');
    return t(state);
  };

  /** Cheap enough to run on every tick: only the timer text changes unless the state did. */
  const update = () => {
    const call = conv.call;
    const elapsed = formatDuration(callElapsed(conv));
    if (timer.textContent !== elapsed) timer.textContent = elapsed;
    const key = call ? `${call.state}@${call.since}` : '';
    if (key === shownState) return;
    shownState = key;
    if (call) {
      el.dataset.deskCallState = call.state;
      el.dataset.deskCallStarted = new Date(call.since).toISOString();
      el.dataset.deskCallStateSince = new Date(call.stateSince).toISOString();
    } else {
      delete el.dataset.deskCallState;
      delete el.dataset.deskCallStarted;
      delete el.dataset.deskCallStateSince;
    }
    el.className = `desk-call desk-call--${call?.state ?? 'idle'}`;
    pill.textContent = stateLabel();
    const outbound = conv.scenario.direction === 'outbound';
    const buttons = {
      ringing: outbound ? [button(t('cancelCall'), 'ended', 'danger')] : [button(t('answer'), 'connected', 'success')],
      connected: [button(t('hold'), 'on-hold', 'ghost'), button(t('hangUp'), 'ended', 'danger')],
      'on-hold': [button(t('resume'), 'connected', 'ghost'), button(t('hangUp'), 'ended', 'danger')],
      ended: [],
    };
    controls.replaceChildren(...(call ? buttons[call.state] : []));
  };
  update();
  return { el, update };
}
