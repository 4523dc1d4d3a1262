import type { Channel, Conversation, Direction, Lang, Turn } from './schema';

/** A conversation with every default filled in, as the engine sees it. */
export interface NormalizedConversation {
  id?: string;
  lang: Lang;
  channel: Channel;
  direction: Direction;
  state: 'active' | 'ended';
  call?: Conversation['call'];
  startedAt?: string;
  now?: string;
  /** Where the conversation's local times are read: always a valid IANA zone. */
  timeZone: string;
  agent: NonNullable<Conversation['agent']>;
  customer: NonNullable<Conversation['customer']>;
  history: NonNullable<Conversation['history']>;
  turns: readonly Turn[];
  draft: string;
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/;

/** Kana or kanji anywhere in the customer's and agent's words → Japanese; otherwise English. */
export function detectLang(texts: Iterable<string>): Lang {
  for (const text of texts) if (JAPANESE.test(text)) return 'ja';
  return 'en';
}

/** Every default filled in; the language is detected from the turns and the draft when not given. */
export function normalizeConversation(conv: Omit<Conversation, 'turns'> & { turns: readonly Turn[] }): NormalizedConversation {
  const draft = conv.draft ?? '';
  const lang = conv.lang ?? detectLang([...conv.turns.map((t) => t.text), draft]);
  return {
    ...conv,
    lang,
    channel: conv.channel ?? (conv.call ? 'voice' : 'chat'),
    direction: conv.direction ?? 'inbound',
    state: conv.state ?? (conv.call?.state === 'ended' ? 'ended' : 'active'),
    agent: conv.agent ?? {},
    customer: conv.customer ?? {},
    history: conv.history ?? [],
    turns: conv.turns,
    draft,
    timeZone: zoneOf(conv.timeZone, lang),
  };
}

/**
 * The machine's own zone: the agent's, in the extension. Read once: asking Intl costs more than
 * a whole keystroke's check, and a zone's name does not change with the clocks.
 */
let machineZone: string | undefined;
function systemZone(): string {
  if (machineZone) return machineZone;
  try {
    machineZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    machineZone = 'UTC';
  }
  return machineZone;
}

/** Zone names Intl has already accepted or refused (checking one builds a formatter). */
const knownZones = new Map<string, boolean>();
function isZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false; // an unknown zone name falls back to the language's
    }
    if (knownZones.size < 64) knownZones.set(zone, known);
  }
  return known;
}

/** A zone the clock can use: the conversation's, if Intl knows it; else Tokyo for Japanese, else the agent's. */
export function zoneOf(zone: string | undefined, lang: Lang): string {
  if (zone && isZone(zone)) return zone;
  return lang === 'ja' ? 'Asia/Tokyo' : systemZone();
}

/** Milliseconds since the epoch, or undefined for a missing or unparseable time. */
export function parseTime(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}
