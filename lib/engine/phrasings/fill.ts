import type { Channel, Direction, Lang } from '../../conversation/schema';
import { placeholderValues, type PeopleNames } from './names';
import type { Phrasing, Phrasings } from './schema';
import { fillTemplate, parseTemplate, type Placeholder, type Template } from './template';

export interface PhrasingContext extends PeopleNames {
  lang: Lang;
  channel: Channel;
  direction: Direction;
}

export interface FilledPhrasings {
  texts: string[];
  /** Placeholders the rule's phrasings would use but this conversation has no value for. */
  missing: Placeholder[];
}

/** Parsed once per template text: the same few phrasings are filled on every evaluation. */
const parsed = new Map<string, Template | null>();

function templateOf(text: string): Template | null {
  let template = parsed.get(text);
  if (template === undefined) {
    const result = parseTemplate(text);
    template = 'problem' in result ? null : result;
    parsed.set(text, template);
  }
  return template;
}

function suits(phrasing: Phrasing, ctx: PhrasingContext): boolean {
  if (typeof phrasing === 'string') return true;
  return (!phrasing.channels || phrasing.channels.includes(ctx.channel)) && (!phrasing.direction || phrasing.direction === ctx.direction);
}

/**
 * The phrasings to offer in this conversation: in its language (else the other one), those
 * that suit its channel and direction, with names filled in. A phrasing that needs a name
 * nobody knows is left out rather than shown with a hole; the same text twice is shown once.
 */
export function fillPhrasings(phrasings: Phrasings | undefined, ctx: PhrasingContext): FilledPhrasings {
  const own = phrasings?.[ctx.lang];
  const lang: Lang = own?.length ? ctx.lang : ctx.lang === 'ja' ? 'en' : 'ja';
  const list = (own?.length ? own : phrasings?.[lang]) ?? [];
  const values = placeholderValues(ctx, lang);
  const texts: string[] = [];
  const missing = new Set<Placeholder>();
  for (const phrasing of list) {
    if (!suits(phrasing, ctx)) continue;
    const template = templateOf(typeof phrasing === 'string' ? phrasing : phrasing.text);
    const filled = template && fillTemplate(template, values);
    if (!filled) {
      if (template) for (const name of requiredSlots(template)) if (!values[name]) missing.add(name);
      continue;
    }
    filled.missing.forEach((name) => missing.add(name));
    if (filled.text && !texts.includes(filled.text)) texts.push(filled.text);
  }
  return { texts, missing: [...missing] };
}

function requiredSlots(template: Template): Placeholder[] {
  return template.parts.flatMap((part) => ('slot' in part ? [part.slot] : []));
}
