// @ts-check
// Boot: fetch the scenarios, read the URL contract, expose window.kizukiDesk.
//   /desk/?scenario=<id>&composer=<kind>&autoplay=1&speed=<factor>&devtools=0
//   /desk/c/<conversationId>   (what opening a conversation from the list navigates to)
import { createDesk } from './desk.js';
import { createDevbar } from './devbar.js';

const params = new URLSearchParams(location.search);
const root = /** @type {HTMLElement} */ (document.querySelector('[data-desk-root]'));
/** @param {string} name */
const mount = (name) => /** @type {HTMLElement} */ (root.querySelector(`[data-mount="${name}"]`));

/** @param {string} pathname */
const conversationFromPath = (pathname) => {
  const match = /^\/desk\/c\/([^/]+)/.exec(pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
};

async function boot() {
  const response = await fetch('/desk/assets/scenarios.json', { cache: 'no-store' });
  const scenarios = /** @type {import('./conversation.js').Scenario[]} */ (await response.json());
  /** @type {ReturnType<typeof createDevbar> | null} */
  let devbar = null;
  const desk = createDesk(scenarios, { list: mount('list'), main: mount('main'), customer: mount('customer'), agent: mount('agent') }, {
    composer: params.get('composer'),
    speed: Number(params.get('speed') ?? '1') || 1,
    autoplay: params.get('autoplay') === '1',
  }, () => {
    devbar?.refresh();
    const s = desk.state();
    root.dataset.deskPlayback = s.playing ? 'playing' : 'done' in s && s.done ? 'done' : 'paused';
    root.dataset.deskStep = 'step' in s ? String(s.step) : '0';
  });

  devbar = createDevbar(desk);
  if (params.get('devtools') !== '0') document.body.append(devbar.el);

  window.addEventListener('popstate', () => {
    const id = conversationFromPath(location.pathname) ?? params.get('scenario');
    if (id) desk.openConversation(id, false);
  });

  const first = conversationFromPath(location.pathname) ?? params.get('scenario') ?? scenarios[0]?.id;
  if (first) {
    if (conversationFromPath(location.pathname)) desk.openConversation(first, false);
    else desk.load(first);
  }
  await desk.composerReady(); // the real editors load their code first
  devbar.refresh();
  return desk;
}

/** @type {any} the test API is untyped on window by design: tests reach it through page.evaluate */
const w = window;
const ready = boot().then((desk) => {
  Object.assign(w.kizukiDesk, desk);
  root.dataset.deskReady = 'true';
  return desk;
}, (error) => {
  root.dataset.deskReady = 'error';
  root.dataset.deskError = String(error instanceof Error ? error.message : error);
  console.error('Desk failed to start', error);
  throw error;
});
w.kizukiDesk = { ready };
