/**
 * English: limit words around the time atoms ("by", "before", "no later than", "at the
 * latest"), urgency ("asap", "right away") and its negation ("no rush", "whenever"), expiry
 * facts ("expires on"), and needs tied to an event ("before my flight on Thursday morning").
 *
 * A lone "today" counts only when it qualifies a need: a need or request word (need, must,
 * please, can you, …) comes before it in its clause with no inquiry word (why, ask, know, …)
 * in between, or "if possible"/"please"/"at the latest" follows it. "Today I just want to
 * ask…" and "how are you today" fail that test; "can you ship it today" passes.
 */
import { applyAnaphora, applyContext, clauseOf, clauses, mergeAtoms, pickLongest, scan, type ContextRules, type Joiner } from './compose';
import { enAtoms } from './en-atoms';
import type { Atom, Draft } from './types';

const JOIN: Joiner = (gap) => {
  if (/^(?:\s+|\s*,\s*|\s+(?:at|on|around|the|of|of the)\s+)$/i.test(gap)) return 'plain';
  const m = /^\s+(by|before|until|no later than)\s+$/i.exec(gap);
  return m ? (/before/i.test(m[1] ?? '') ? 'start' : 'end') : false;
};

const PREFIX_BY = /\b(?:by|before|no later than|not later than|until|till|til|prior to|ahead of|in time for|on or before|due(?: by| on)?|deadline (?:is|of)|deadline:|latest by)\s+$/i;
const STARTS = /\b(?:before|prior to|ahead of|in time for)\s+$/i;
const SUFFIX_BY = /^,?\s*at the (?:very )?latest\b/i;

const NEED = /\b(?:need(?:s|ed)?|must|have to|has to|got to|gotta|want(?:s|ed)?|would like|'d like|please|pls|(?:can|could|will|would) (?:you|it|this|that|they|someone|somebody|we)|possible|hoping|hope|expect(?:ing)?|require[ds]?|asap|urgent(?:ly)?)\b/i;
const INQUIRY = /\b(?:why|how|what|when|where|who|which|ask|know|wonder(?:ing)?|tell me|curious)\b/i;
/** Wanting to learn something: what comes "before" it is the customer's own next step. */
const LEARN_FIRST = /\b(?:understand|know|check|ask|find out|confirm|clarify|make sure|be sure|see|think about|decide|compare|read|look at)\b/i;
const AFTER_OK = /^\s*,?\s*(?:if (?:at all )?possible|if you can|please|at the latest)\b/i;
/** A lone part or holiday needs a preposition ("on Christmas", "at night") when nothing joins it. */
const LONE_PREP = /\b(?:on|at|for|over|around|by|before|until|during)\s+(?:the\s+)?$/i;

const ASAP = /\b(?:asap|a\.s\.a\.p\.?|as soon as (?:possible|you can|you're able)|urgent(?:ly)?|right away|straight away|at your earliest convenience|as (?:quickly|fast) as possible|(immediately|soon|quickly|promptly))(?![\w])/gi;

const RULES: ContextRules = {
  bounds: /[.!?;,\n]+(?:\s|$)|\s(?:but|and|so|because|although|though)\s/gi,
  expiry: /\b(?:expir(?:y|es|ed|ing|ation)|best before|use by|sell by|valid (?:until|till|through|thru)|good (?:until|till|through))\b/gi,
  expiryReach: 24,
  negation: /\b(?:no (?:rush|hurry|urgency|pressure)|not (?:urgent|in a (?:rush|hurry)|a (?:rush|priority)|time[- ]sensitive|that urgent|super urgent)|(?:isn't|is not|not really) urgent|non-?urgent|nothing urgent|whenever|take your time|no need to (?:rush|hurry)|in no (?:rush|hurry)|low priority)\b/gi,
};

const EVENT_CUE = /\b(before|ahead of|prior to|in time for|by the time|for)\s+/gi;
/** Events in a customer's life that a need can hang on; time-plans.ts reads the same list in a whole sentence. */
/** Events a need can hang on ("before my flight", "in time for the recital"), each also in the plural. */
export const EVENT_WORDS_EN: readonly string[] = 'flight|trip|wedding|party|birthday|meeting|event|conference|interview|exam|presentation|holiday|vacation|move|ceremony|graduation|concert|show|launch|funeral|anniversary|reunion|match|game|recital|festival|appointment|shower|dinner|visit|departure|demo|workshop|opening|celebration|race|tournament|gig|performance|surgery|operation|hearing|christening|memorial|inspection|viewing|handover|fair|expo'.split('|');
export const EVENT_NOUNS_EN = `(?:${EVENT_WORDS_EN.join('|')})s?`;
const EVENT_NOUN = new RegExp(`\\b${EVENT_NOUNS_EN}$`, 'i');
const DETERMINER = /^(?:my|our|the|his|her|their|a|an)\s+\S/i;
/** "before we leave", "before she arrives": a clause with its own subject names the event. */
const SUBJECT = /^(?:I|we|he|she|they)\s+[a-z]+/i;
const STOP = /[,.;!?\n]|\s(?:so|because|and|but|please|if|or|which|that|when|since|then|as|to)\b/i;

function withMarkers(a: Atom, text: string): Atom {
  let out = a;
  const head = text.slice(Math.max(0, a.s - 24), a.s);
  const p = PREFIX_BY.exec(head);
  // "for Christmas" is a limit too: the gift is needed before the day.
  const forEvent = a.event ? /\bfor\s+$/i.exec(head) : null;
  const hit = p ?? forEvent;
  if (hit) out = { ...out, s: a.s - hit[0].length, by: STARTS.test(hit[0]) || forEvent ? 'start' : (a.by ?? 'end'), lone: undefined };
  const q = SUFFIX_BY.exec(text.slice(a.e, a.e + 20));
  if (q) out = { ...out, e: a.e + q[0].length, by: out.by ?? 'end', lone: undefined };
  return out;
}

function keepLone(a: Atom, text: string, clause: [number, number]): boolean {
  if (!a.lone || a.by) return true;
  if (a.lone === 'part') return LONE_PREP.test(text.slice(Math.max(0, a.s - 16), a.s));
  if (AFTER_OK.test(text.slice(a.e, clause[1]))) return true;
  const head = text.slice(clause[0], a.s);
  const need = NEED.exec(head);
  return need !== null && !INQUIRY.test(head.slice(need.index));
}

function events(text: string, atoms: readonly Atom[], list: ReadonlyArray<[number, number]>): Draft[] {
  return scan(text, EVENT_CUE, (m): Draft | undefined => {
    const q = m.index + m[0].length;
    if (atoms.some((a) => a.s <= q && a.e > q)) return undefined; // "before Friday": a plain limit
    const [cs, ce] = clauseOf(list, m.index);
    const stop = STOP.exec(text.slice(q, ce));
    const end = stop ? q + stop.index : ce;
    const atom = atoms.find((a) => a.s > q && a.s <= end + 1);
    const raw = text.slice(q, atom ? atom.s : end).replace(/\s+(?:on|at|this|by)?\s*$/i, '').trimEnd();
    const cue = (m[1] ?? '').toLowerCase();
    if (!raw || raw.split(/\s+/).length > 7 || /^(?:it|that|this|then|now|you|the end)\b/i.test(raw)) return undefined;
    if (cue === 'for' && !(DETERMINER.test(raw) && EVENT_NOUN.test(raw))) return undefined;
    if (cue !== 'for' && cue !== 'in time for' && !DETERMINER.test(raw) && !SUBJECT.test(raw)) return undefined;
    // Without a day, only a need in the clause makes it one ("I paid for the event" is not).
    if (!atom && cue !== 'in time for' && !NEED.test(text.slice(cs, ce))) return undefined;
    // "I want to understand the excess before I book the vet": wanting to know first orders two
    // steps the customer controls; it sets no time.
    if (!atom && SUBJECT.test(raw) && LEARN_FIRST.test(text.slice(cs, m.index))) return undefined;
    const event = { s: q, e: q + raw.length };
    if (!atom) return { s: m.index, e: event.e, kind: 'by', event };
    return { s: m.index, e: atom.e, kind: 'by', event, atom: { ...atom, event } };
  });
}

/**
 * An event said to be near with no day ("her recital's coming up", "the wedding is fast
 * approaching"): with a need in the same sentence ("she has to wear them in first", "we need them
 * before then"), it is a limit at the event, like "before the recital".
 */
const UPCOMING = new RegExp(`\\b(?:my|our|her|his|their|the|a)\\s+(?:[a-z'-]+\\s+){0,2}?${EVENT_NOUNS_EN}(?:'s|’s|\\s+is|\\s+are)\\s+(?:coming up|around the corner|fast approaching|approaching|getting close|nearly here|almost here|soon)\\b`, 'gi');
function upcoming(text: string): Draft[] {
  return scan(text, UPCOMING, (m) => {
    const from = text.lastIndexOf('.', m.index) + 1;
    const stop = text.slice(m.index).search(/[.!?\n]/);
    const sentence = text.slice(from, stop === -1 ? text.length : m.index + stop);
    if (!NEED.test(sentence) && !/\b(?:first|beforehand|before then|in time)\b/i.test(sentence)) return undefined;
    return { s: m.index, e: m.index + m[0].length, kind: 'by', event: { s: m.index, e: m.index + m[0].length } };
  });
}

/**
 * The end of a period with no calendar of ours to place it on ("by the end of the financial
 * year", "before year end", "ahead of the end of term"): a limit at that event.
 */
const PERIOD_END = /\b(?:by|before|ahead of|prior to|until|in time for)\s+((?:the\s+)?end of (?:the\s+|this\s+|our\s+|my\s+)?(?:financial\s+|fiscal\s+|tax\s+|school\s+|academic\s+|calendar\s+)?(?:year|quarter|term|semester|half)|(?:the\s+)?(?:financial\s+|fiscal\s+|tax\s+)?(?:year|quarter|term)[- ]end|EOY|EOQ)\b/gi;
function periodEnds(text: string): Draft[] {
  return scan(text, PERIOD_END, (m) => {
    const q = m.index + m[0].length - (m[1] ?? '').length;
    return { s: m.index, e: m.index + m[0].length, kind: 'by', event: { s: q, e: m.index + m[0].length } };
  });
}

function asap(text: string, list: ReadonlyArray<[number, number]>): Draft[] {
  return scan(text, ASAP, (m) => {
    const [cs, ce] = clauseOf(list, m.index);
    // "soon", "immediately" also describe what happened ("it broke immediately"); a request makes them urgency.
    if (m[1] && !NEED.test(text.slice(cs, ce).replace(m[0], ''))) return undefined;
    return { s: m.index, e: m.index + m[0].length, kind: 'asap' };
  });
}

export function parseEn(text: string, dayFirst: boolean): Draft[] {
  const list = clauses(text, RULES.bounds);
  const atoms = mergeAtoms(enAtoms(text, dayFirst), text, JOIN).map((a) => withMarkers(a, text));
  const drafts: Draft[] = [];
  for (const a of atoms) {
    if (!keepLone(a, text, clauseOf(list, a.s))) continue;
    const d: Draft = { s: a.s, e: a.e, kind: a.by ? 'by' : 'at', atom: a };
    if (a.event) d.event = a.event;
    drafts.push(d);
  }
  drafts.push(...events(text, atoms, list), ...upcoming(text), ...periodEnds(text), ...asap(text, list));
  return applyAnaphora(pickLongest(applyContext(drafts, text, RULES)), text, /\b(?:by then|before then|before that)\b/gi);
}
