import type { Lang } from '../../conversation/schema';
import type { PlaceholderValues } from './template';

/**
 * The values a phrasing's placeholders take, from what the conversation knows of the agent and
 * the customer. A name is what a person would say, in the phrasing's own language:
 * - `{customer}`: English phrasings address by the given name ("Robert" for "Robert Chen",
 *   "Dr. Shah" for "Dr. Priya Shah"); Japanese ones by the family name, to be followed by 様
 *   (山田 for 山田 花子). A name written in the other script is used whole.
 * - `{customerFull}`: the name as the tool shows it, without a company in brackets or an address.
 * - `{agent}`: the agent's name as they set it.
 * Anything that is not a plausible name (an email address, a ticket number, an empty string)
 * counts as unknown, so the phrasing takes its variant without it.
 */
export interface PeopleNames {
  agent?: string;
  customer?: string;
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/;
const TITLE = /^(dr|mr|mrs|ms|mx|miss|prof)\.?$/i;
const MAX_NAME = 40;

export function placeholderValues(names: PeopleNames, lang: Lang): PlaceholderValues {
  const agent = plausible(names.agent);
  const full = plausible(cleanCustomer(names.customer));
  return {
    ...(agent ? { agent } : {}),
    ...(full ? { customerFull: full, customer: addressForm(full, lang) } : {}),
  };
}

/** "Dr. Priya Shah (Lakeside Family Clinic)" → "Dr. Priya Shah"; "Hanako <h@example.jp>" → "Hanako". */
function cleanCustomer(name: string | undefined): string | undefined {
  return name?.replace(/\([^)]*\)|（[^）]*）|<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}

function plausible(name: string | undefined): string | undefined {
  const value = name?.replace(/\s+/g, ' ').trim();
  if (!value || value.length > MAX_NAME || /[@{}[\]|#\d]/.test(value)) return undefined;
  return value;
}

function addressForm(full: string, lang: Lang): string {
  const words = full.split(' ');
  const japanese = JAPANESE.test(full);
  if (lang === 'ja') return japanese ? words[0]! : full;
  if (japanese) return full;
  if (words.length > 1 && TITLE.test(words[0]!)) return `${words[0]!.replace(/\.?$/, '.')} ${words[words.length - 1]}`;
  return words[0]!;
}
