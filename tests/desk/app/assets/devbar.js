// @ts-check
// The scenario player strip. It belongs to the test harness, not to the pretend product,
// so it sits apart (bottom left), is marked data-desk-devtools, and `devtools=0` hides it.
import { COMPOSER_KINDS } from './composers/index.js';
import { h } from './dom.js';

/** @param {ReturnType<typeof import('./desk.js').createDesk>} desk */
export function createDevbar(desk) {
  const scenarioSelect = /** @type {HTMLSelectElement} */ (h('select', { 'aria-label': 'Scenario', 'data-devbar': 'scenario' },
    ...desk.scenarios().map((s) => h('option', { value: s.id }, `${s.lang.toUpperCase()} · ${s.channel} · ${s.title}`))));
  scenarioSelect.addEventListener('change', () => desk.openConversation(scenarioSelect.value));
  const playButton = h('button', { type: 'button', 'data-devbar': 'play', title: 'Play / pause' }, '▶');
  playButton.addEventListener('click', () => (desk.state().playing ? desk.pause() : desk.play()));
  const stepButton = h('button', { type: 'button', 'data-devbar': 'step', title: 'Next step' }, '⇥');
  stepButton.addEventListener('click', () => desk.step());
  const restartButton = h('button', { type: 'button', 'data-devbar': 'restart', title: 'Restart scenario' }, '↺');
  restartButton.addEventListener('click', () => { const id = desk.state().scenarioId; if (id) desk.load(id); });
  const speedSelect = /** @type {HTMLSelectElement} */ (h('select', { 'aria-label': 'Speed', 'data-devbar': 'speed' },
    ...[0.5, 1, 2, 5, 10, 20].map((n) => h('option', { value: String(n) }, `${n}×`))));
  speedSelect.addEventListener('change', () => desk.setSpeed(Number(speedSelect.value)));
  const composerSelect = /** @type {HTMLSelectElement} */ (h('select', { 'aria-label': 'Composer', 'data-devbar': 'composer' },
    ...COMPOSER_KINDS.map((k) => h('option', { value: k }, k))));
  composerSelect.addEventListener('change', () => desk.setComposer(composerSelect.value));
  const progress = h('span', { class: 'desk-devbar__progress' });
  const el = h('div', { class: 'desk-devbar', 'data-desk-devtools': '', role: 'region', 'aria-label': 'Scenario player' },
    h('div', { class: 'desk-devbar__row' }, h('strong', { class: 'desk-devbar__title' }, 'Scenario'), scenarioSelect),
    h('div', { class: 'desk-devbar__row' }, restartButton, playButton, stepButton, progress, speedSelect, composerSelect));

  const refresh = () => {
    const s = desk.state();
    if (s.scenarioId) scenarioSelect.value = s.scenarioId;
    playButton.textContent = s.playing ? '⏸' : '▶';
    progress.textContent = 'steps' in s ? `${s.step}/${s.steps}` : '';
    speedSelect.value = String(s.speed);
    if (!Array.from(speedSelect.options).some((o) => o.value === String(s.speed))) speedSelect.append(h('option', { value: String(s.speed) }, `${s.speed}×`));
    speedSelect.value = String(s.speed);
    composerSelect.value = s.composer;
  };
  return { el, refresh };
}
