// @ts-check
// One open conversation's state, and the scripted steps that change it. Scripted steps
// are stamped at the scenario's own times (startedAt + the `after`s so far), exactly as
// tests/desk/scenarios.ts computes them, so a node test and the desk agree on `at`.
import { VirtualClock, defaultTimeZone } from './clock.js';

/**
 * @typedef {'customer' | 'agent'} Speaker
 * @typedef {'ringing' | 'connected' | 'on-hold' | 'ended'} CallState
 * @typedef {{ after: number, from: Speaker, text: string } | { after: number, call: CallState } | { after: number, draft: string }} Step
 * @typedef {{
 *   id: string, title: string, lang: 'ja' | 'en', channel: 'chat' | 'voice' | 'email', direction: 'inbound' | 'outbound',
 *   startedAt?: string, timeZone?: string, agent?: { name: string },
 *   customer: { name: string, key: string, email?: string, phone?: string },
 *   history: { startedAt: string, summary: string, channel?: string }[],
 *   steps: Step[],
 * }} Scenario
 * @typedef {{ id: string, from: Speaker, text: string, at: number }} Message
 * @typedef {{ text: string, at: number }} Note
 * @typedef {{ state: CallState, since: number, stateSince: number }} Call
 * @typedef {{
 *   scenario: Scenario, startedAt: number, timeZone: string, clock: VirtualClock,
 *   messages: Message[], notes: Note[], call: Call | null,
 *   stepIndex: number, draft: string, lastStamp: number, adHocCount: number,
 * }} Conversation
 */

export const DEFAULT_STARTED_AT = '2026-11-20T01:00:00Z';
export const CALL_STATES = /** @type {const} */ (['ringing', 'connected', 'on-hold', 'ended']);

/** @param {Scenario} scenario @returns {Conversation} */
export function newConversation(scenario) {
  const startedAt = Date.parse(scenario.startedAt ?? DEFAULT_STARTED_AT);
  return {
    scenario,
    startedAt,
    timeZone: scenario.timeZone ?? defaultTimeZone(scenario.lang),
    clock: new VirtualClock(startedAt),
    messages: [],
    notes: [],
    call: null,
    stepIndex: 0,
    draft: '',
    lastStamp: startedAt,
    adHocCount: 0,
  };
}

/** When scripted step `index` happens. @param {Conversation} conv @param {number} index */
export function scriptedTime(conv, index) {
  return conv.scenario.steps.slice(0, index + 1).reduce((t, step) => t + step.after, conv.startedAt);
}

/** A time for the next event that never runs backwards. @param {Conversation} conv @param {number} [wanted] */
function stamp(conv, wanted = conv.clock.now()) {
  conv.lastStamp = Math.max(wanted, conv.lastStamp);
  conv.clock.jumpTo(Math.max(conv.clock.now(), conv.lastStamp));
  return conv.lastStamp;
}

/**
 * Apply the next scripted step. Draft steps are returned for the desk to type into the
 * composer, since only the composer knows how its editor takes text.
 * @param {Conversation} conv
 * @returns {{ step: Step, message?: Message, draft?: string } | null}
 */
export function applyNextStep(conv) {
  const index = conv.stepIndex;
  const step = conv.scenario.steps[index];
  if (!step) return null;
  conv.stepIndex += 1;
  const scripted = scriptedTime(conv, index);
  // Scripted stamps stay exactly on the script unless someone appended later events.
  conv.lastStamp = Math.max(scripted, conv.lastStamp);
  conv.clock.jumpTo(conv.lastStamp);
  if ('from' in step) {
    const message = { id: `${conv.scenario.id}-${index + 1}`, from: step.from, text: step.text, at: conv.lastStamp };
    conv.messages.push(message);
    return { step, message };
  }
  if ('call' in step) {
    setCall(conv, step.call, conv.lastStamp);
    return { step };
  }
  return { step, draft: step.draft };
}

/** @param {Conversation} conv @param {Speaker} from @param {string} text */
export function addMessage(conv, from, text) {
  conv.adHocCount += 1;
  const message = { id: `${conv.scenario.id}-x${conv.adHocCount}`, from, text, at: stamp(conv) };
  conv.messages.push(message);
  return message;
}

/** @param {Conversation} conv @param {string} text */
export function addNote(conv, text) {
  const note = { text, at: stamp(conv) };
  conv.notes.push(note);
  return note;
}

/**
 * A call's `since` is when it started: ringing starts it, and connecting after ringing
 * restarts it so the timer counts talk time. Hold keeps it running.
 * @param {Conversation} conv @param {CallState} state @param {number} [at]
 */
export function setCall(conv, state, at = stamp(conv)) {
  const previous = conv.call;
  const restart = !previous || previous.state === 'ended' || (previous.state === 'ringing' && state === 'connected');
  conv.call = { state, since: restart ? at : previous.since, stateSince: at };
}

/** How long the call has run, frozen once it ended. @param {Conversation} conv */
export function callElapsed(conv) {
  const call = conv.call;
  if (!call) return 0;
  const end = call.state === 'ended' ? call.stateSince : conv.clock.now();
  return call.state === 'ringing' ? 0 : Math.max(0, end - call.since);
}
