// @ts-check
// The desk controller: which conversation is open, the scenario player, the composer,
// and the window.kizukiDesk test API built on them.
import { COMPOSER_KINDS, composerKind, createComposer, typeOver } from './composers/index.js';
import { CALL_STATES, addMessage, addNote, applyNextStep, callElapsed, newConversation, setCall } from './conversation.js';
import { setLang, t, translateChrome } from './i18n.js';
import { renderCustomer } from './views/customer.js';
import { createConversationView } from './views/conversation-view.js';
import { renderList } from './views/list.js';

/**
 * @typedef {import('./conversation.js').Scenario} Scenario
 * @typedef {import('./conversation.js').Conversation} Conversation
 * @typedef {{ list: HTMLElement, main: HTMLElement, customer: HTMLElement, agent: HTMLElement }} Mounts
 * @typedef {{ composer: string | null, speed: number, autoplay: boolean }} Settings
 */

/** @param {Scenario[]} scenarios @param {Mounts} mounts @param {Settings} settings @param {() => void} onChange */
export function createDesk(scenarios, mounts, settings, onChange) {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  /** @type {Map<string, Conversation>} */
  const conversations = new Map();
  /** @type {Conversation | null} */
  let current = null;
  /** @type {ReturnType<typeof createConversationView> | null} */
  let view = null;
  /** @type {import('./composers/types.js').Composer | null} */
  let composer = null;
  let kind = composerKind(settings.composer);
  let speed = settings.speed > 0 ? settings.speed : 1;
  let playing = false;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;

  /** @param {string} id */
  const scenarioFor = (id) => {
    const s = byId.get(id);
    if (!s) throw new Error(`Unknown scenario "${id}". Known: ${[...byId.keys()].join(', ')}`);
    return s;
  };

  const renderSideLists = () => {
    if (!current) return;
    renderList(mounts.list, {
      scenarios: scenarios.filter((s) => s.lang === current?.scenario.lang),
      currentId: current.scenario.id,
      conversations,
      lang: current.scenario.lang,
      onOpen: (id) => api.openConversation(id),
    });
  };

  // The real editors load and start asynchronously. Builds run one after another; until the
  // newest is ready, `pendingDraft` holds the text it will start with, and calls that need
  // the composer wait for it (`withComposer`).
  /** @type {Promise<void>} */
  let mounting = Promise.resolve();
  let requested = 0;
  let built = 0;
  let pendingDraft = '';

  const mountComposer = (text = '') => {
    if (!current || !view) return mounting;
    composer?.destroy();
    composer = null;
    pendingDraft = text;
    const ticket = ++requested;
    const slot = view.composerSlot;
    const voice = current.scenario.channel === 'voice';
    const options = {
      role: /** @type {const} */ (voice ? 'notes' : 'reply'),
      label: voice ? t('notesLabel') : t('replyLabel'),
      placeholder: voice ? t('notesPlaceholder') : current.scenario.channel === 'email' ? t('emailPlaceholder') : t('replyPlaceholder'),
      lang: current.scenario.lang,
      strings: { undo: t('undo'), redo: t('redo'), bold: t('bold'), italic: t('italic'), list: t('list'), link: t('link') },
      onChange: (/** @type {string} */ value) => { if (ticket === built) { view?.showCount(value); onChange(); } },
    };
    const build = async () => {
      if (ticket !== requested) return; // a newer composer was asked for before this one began
      const made = await createComposer(kind, options, slot).catch((error) => {
        console.error(`The ${kind} composer did not start`, error);
        slot.replaceChildren(String(error instanceof Error ? error.message : error));
        return null;
      });
      if (!made) return;
      if (ticket !== requested) { made.destroy(); return; }
      composer = made;
      built = ticket;
      made.load(pendingDraft);
      onChange();
    };
    mounting = mounting.then(build);
    return mounting;
  };

  /** What the composer holds, or will hold once it is ready. */
  const draftNow = () => composer?.value() ?? pendingDraft;

  /**
   * Run `fn` on the composer now when it is ready (so tests and the player stay synchronous),
   * else once it is.
   * @template T @param {(c: import('./composers/types.js').Composer) => T} fn @returns {T | null | Promise<T | null>}
   */
  const withComposer = (fn) => {
    if (composer && built === requested) return fn(composer);
    return mounting.then(() => (composer ? fn(composer) : null));
  };

  /** @param {Conversation} conv */
  const show = (conv) => {
    stopTimer();
    if (current) current.draft = draftNow();
    current = conv;
    setLang(conv.scenario.lang);
    translateChrome(document);
    document.title = `${conv.scenario.customer.name} · Sora Desk`;
    mounts.agent.textContent = conv.scenario.agent?.name ?? t('you');
    view = createConversationView(conv, { setCallState: (state) => api.setCallState(state), send: () => api.sendDraft() });
    mounts.main.replaceChildren(view.el);
    renderCustomer(mounts.customer, conv);
    renderSideLists();
    mountComposer(conv.draft);
    if (playing || settings.autoplay) api.play();
    onChange();
  };

  const stopTimer = () => {
    clearTimeout(timer);
    timer = undefined;
  };

  const schedule = () => {
    stopTimer();
    if (!playing || !current) return;
    const next = current.scenario.steps[current.stepIndex];
    if (!next) {
      playing = false;
      current.clock.setRate(1);
      onChange();
      return;
    }
    timer = setTimeout(() => { runStep(); schedule(); }, next.after / speed);
  };

  const runStep = () => {
    if (!current || !view) return null;
    const applied = applyNextStep(current);
    if (!applied) return null;
    const { draft, message } = applied;
    if (draft !== undefined) withComposer((c) => typeOver(c, draft));
    if (message) {
      // The agent sent what they had drafted: the composer empties, as after pressing Send.
      if (message.from === 'agent') withComposer((c) => { if (c.value().trim() === message.text.trim()) c.load(''); });
      view.thread.sync();
      renderSideLists();
    }
    view.callBar?.update();
    onChange();
    return applied.step;
  };

  /** @param {'customer' | 'agent'} from @param {string} text */
  const append = (from, text) => {
    if (!current || !view) return null;
    const message = addMessage(current, from, text);
    view.thread.sync();
    renderSideLists();
    onChange();
    return { ...message, at: new Date(message.at).toISOString() };
  };

  setInterval(() => view?.callBar?.update(), 250);

  const api = {
    /** Start scenario `id` afresh (a new conversation state) and show it. */
    load(/** @type {string} */ id) {
      const conv = newConversation(scenarioFor(id));
      conversations.set(id, conv);
      if (location.pathname.startsWith('/desk/c/')) history.replaceState(null, '', `/desk/c/${encodeURIComponent(id)}${location.search}`);
      if (current) current.draft = draftNow();
      current = null; // the old draft was saved above; the fresh conversation starts empty
      show(conv);
      return api.state();
    },
    /** Open a conversation from the list: single-page navigation to /desk/c/<id>. */
    openConversation(/** @type {string} */ id, push = true) {
      const conv = conversations.get(id) ?? newConversation(scenarioFor(id));
      conversations.set(id, conv);
      const url = `/desk/c/${encodeURIComponent(id)}${location.search}`;
      if (push && location.pathname + location.search !== url) history.pushState({ conversationId: id }, '', url);
      show(conv);
      return api.state();
    },
    play() {
      if (!current) return;
      playing = true;
      current.clock.setRate(speed);
      schedule();
      onChange();
    },
    pause() {
      playing = false;
      stopTimer();
      current?.clock.setRate(1);
      onChange();
    },
    /** Apply the next scripted step now; returns it, or null at the end. */
    step() {
      const step = runStep();
      if (playing) schedule();
      return step;
    },
    setSpeed(/** @type {number} */ factor) {
      if (!(factor > 0)) throw new Error(`Speed must be a positive number, got ${factor}`);
      speed = factor;
      if (playing) { current?.clock.setRate(speed); schedule(); }
      onChange();
    },
    appendCustomer: (/** @type {string} */ text) => append('customer', text),
    appendAgent: (/** @type {string} */ text) => append('agent', text),
    /** Move the composer's text into the conversation (a note on a call), then empty it. */
    sendDraft() {
      return withComposer((c) => {
        if (!current || !view) return null;
        const text = c.value().replace(/\s+$/, '');
        if (text.trim() === '') return null;
        if (current.scenario.channel === 'voice') addNote(current, text);
        else addMessage(current, 'agent', text);
        c.load('');
        view.thread.sync();
        renderSideLists();
        onChange();
        return text;
      });
    },
    /** Replace the composer's content by selecting all and typing, with real input events. */
    setDraft(/** @type {string} */ text) {
      return withComposer((c) => {
        const typing = typeOver(c, text);
        return typing ? typing.then(() => c.value()) : c.value();
      });
    },
    /** The editor's own idea of its text (its model, not the DOM). */
    composerValue: () => withComposer((c) => c.value()),
    undo: () => withComposer((c) => c.undo()) ?? false,
    /** Resolves once the composer asked for last is ready (after boot, setComposer, opening a conversation). */
    composerReady: () => withComposer(() => true),
    setCallState(/** @type {import('./conversation.js').CallState} */ state) {
      if (!CALL_STATES.includes(state)) throw new Error(`Call state must be one of ${CALL_STATES.join(', ')}, got "${state}"`);
      if (!current) return;
      setCall(current, state);
      view?.callBar?.update();
      onChange();
    },
    setComposer(/** @type {string} */ next) {
      if (!COMPOSER_KINDS.some((k) => k === next)) throw new Error(`Composer must be one of ${COMPOSER_KINDS.join(', ')}, got "${next}"`);
      kind = composerKind(next);
      const params = new URLSearchParams(location.search);
      params.set('composer', kind);
      history.replaceState(history.state, '', `${location.pathname}?${params}`);
      const ready = mountComposer(draftNow());
      onChange();
      return ready;
    },
    scenarios: () => scenarios.map((s) => ({ id: s.id, title: s.title, lang: s.lang, channel: s.channel })),
    state() {
      const conv = current;
      const iso = (/** @type {number} */ ms) => new Date(ms).toISOString();
      return {
        url: location.pathname + location.search,
        composer: kind,
        speed,
        playing,
        ...(conv ? {
          scenarioId: conv.scenario.id,
          conversationId: conv.scenario.id,
          title: conv.scenario.title,
          lang: conv.scenario.lang,
          channel: conv.scenario.channel,
          direction: conv.scenario.direction,
          customer: conv.scenario.customer,
          history: conv.scenario.history,
          step: conv.stepIndex,
          steps: conv.scenario.steps.length,
          done: conv.stepIndex >= conv.scenario.steps.length,
          now: iso(conv.clock.now()),
          turns: conv.messages.map((m) => ({ ...m, at: iso(m.at) })),
          notes: conv.notes.map((n) => ({ ...n, at: iso(n.at) })),
          call: conv.call ? { state: conv.call.state, since: iso(conv.call.since), stateSince: iso(conv.call.stateSince), elapsedMs: callElapsed(conv) } : null,
          draft: draftNow(),
          composerRole: conv.scenario.channel === 'voice' ? 'notes' : 'reply',
        } : { scenarioId: null, conversationId: null }),
      };
    },
  };
  return api;
}
