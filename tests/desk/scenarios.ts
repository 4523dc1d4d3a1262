import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import {
  CallStateSchema,
  ChannelSchema,
  DirectionSchema,
  LangSchema,
  SpeakerSchema,
  type CallState,
  type Conversation,
  type Turn,
} from '../../lib/conversation/schema';

/**
 * Scripted desk scenarios (tests/desk/scenarios/*.json). The desk app plays them in the
 * browser; these helpers let node code (CLI tests, benches) see the same conversation
 * the desk shows after N steps. Times are deterministic: a step happens `after` ms
 * after the one before it, starting at `startedAt`.
 */

const MessageStepSchema = z.object({ after: z.number().nonnegative(), from: SpeakerSchema, text: z.string().min(1) }).strict();
const CallStepSchema = z.object({ after: z.number().nonnegative(), call: CallStateSchema }).strict();
const DraftStepSchema = z.object({ after: z.number().nonnegative(), draft: z.string() }).strict();
export const ScenarioStepSchema = z.union([MessageStepSchema, CallStepSchema, DraftStepSchema]);

export const ScenarioSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes (it becomes a URL path)'),
  title: z.string().min(1),
  lang: LangSchema,
  channel: ChannelSchema,
  direction: DirectionSchema,
  /** When the conversation begins; the catalog story needs "near 16:00 in Tokyo". */
  startedAt: z.string().datetime().default('2026-11-20T01:00:00Z'),
  /** IANA zone the desk shows times in; defaults by language. */
  timeZone: z.string().optional(),
  /** The agent working the desk, shown in the top bar and used in greetings. */
  agent: z.object({ name: z.string() }).optional(),
  customer: z.object({
    name: z.string(),
    key: z.string(),
    email: z.string().optional(),
    phone: z.string().optional(),
  }),
  history: z.array(z.object({
    startedAt: z.string().datetime(),
    summary: z.string(),
    channel: ChannelSchema.optional(),
  })),
  /** Built-in rule ids this scenario is drawn from; empty for the calm ones a coach should leave alone. */
  lessons: z.array(z.string()).default([]),
  steps: z.array(ScenarioStepSchema).min(1),
});

export type ScenarioStep = z.infer<typeof ScenarioStepSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;

// Path arithmetic on the string, not `new URL(…, import.meta.url)`: under Vitest's
// happy-dom environment the global URL is happy-dom's, which node's fileURLToPath refuses.
export const SCENARIO_DIR = join(dirname(fileURLToPath(import.meta.url)), 'scenarios');

/** Parse one scenario file's JSON; the error names the file and the JSON path. */
export function parseScenario(json: unknown, source = 'scenario'): Scenario {
  const result = ScenarioSchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue ? issue.path.join('.') : '';
  throw new Error(`${source}: ${path ? `${path}: ` : ''}${issue?.message ?? 'invalid scenario'}`);
}

/** Every scenario in tests/desk/scenarios, sorted by id. */
export function loadScenarios(dir = SCENARIO_DIR): Scenario[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => parseScenario(JSON.parse(readFileSync(join(dir, name), 'utf8')), name));
}

/** The moment each step happens (ISO), in step order. */
export function stepTimes(s: Scenario): string[] {
  let t = Date.parse(s.startedAt);
  return s.steps.map((step) => {
    t += step.after;
    return new Date(t).toISOString();
  });
}

/**
 * The conversation the desk shows once `uptoStep` steps have played (all by default),
 * as the brief's conversation JSON. On a voice call the transcript lines are the turns,
 * and there is no draft: the box under a call is the agent's notes, not a reply.
 */
export function scenarioToConversation(s: Scenario, uptoStep = s.steps.length): Conversation {
  const times = stepTimes(s);
  const played = Math.max(0, Math.min(uptoStep, s.steps.length));
  const turns: Turn[] = [];
  let draft = '';
  let call: { state: CallState; since: string } | undefined;
  for (let i = 0; i < played; i++) {
    const step = s.steps[i];
    const at = times[i] ?? s.startedAt;
    if (!step) continue;
    if ('from' in step) {
      turns.push({ from: step.from, text: step.text, at, id: `${s.id}-${i + 1}` });
      // The desk's player clears the composer when the agent sends what they drafted.
      if (step.from === 'agent' && draft.trim() === step.text.trim()) draft = '';
    } else if ('call' in step) {
      call = { state: step.call, since: callSince(call, step.call, at) };
    } else {
      draft = step.draft;
    }
  }
  const now = played > 0 ? (times[played - 1] ?? s.startedAt) : s.startedAt;
  const isVoice = s.channel === 'voice';
  return {
    id: s.id,
    lang: s.lang,
    channel: s.channel,
    direction: s.direction,
    state: call?.state === 'ended' ? 'ended' : 'active',
    ...(isVoice && call ? { call } : {}),
    startedAt: s.startedAt,
    now,
    ...(s.agent ? { agent: { name: s.agent.name } } : {}),
    customer: { name: s.customer.name, key: s.customer.key },
    history: s.history.map((h) => ({ ...h })),
    turns,
    ...(isVoice ? {} : { draft }),
  };
}

/** A call's `since` is when it started: ringing begins it, connecting restarts it once. */
function callSince(previous: { state: CallState; since: string } | undefined, next: CallState, at: string): string {
  if (!previous || previous.state === 'ended') return at;
  if (previous.state === 'ringing' && next === 'connected') return at;
  return previous.since;
}
