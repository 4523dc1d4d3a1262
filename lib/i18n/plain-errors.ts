import { z } from 'zod';
import { has, t, tn, type MessageKey } from './index';

/**
 * The validator's wording ("Too small: expected string to have >=1 characters") turned into
 * plain sentences in the UI language, naming the field: installed with `z.config` by every
 * extension page that validates (the console), before any schema parses. A message a schema
 * gives itself (a rule id's "lower-case letters, digits and hyphens") still wins: zod asks this
 * map only for issues without one.
 */
type Issue = z.core.$ZodRawIssue;
type Path = readonly PropertyKey[];

const RULE_FIELDS: Partial<Record<string, MessageKey>> = {
  id: 'console_ruleId', level: 'console_ruleLevel', category: 'console_ruleCategory', message: 'console_ruleMessage',
  why: 'console_ruleWhy', lesson: 'console_ruleLesson', when: 'console_ruleWhen', check: 'console_ruleCheck',
  fatigue: 'console_ruleFatigue', phrasings: 'validation_field_phrasings', examples: 'console_examplesTitle',
};

/** What a person calls the field at `path`: the console's own label where it has one. */
export function fieldLabel(path: Path): string {
  const keys = path.filter((k): k is string => typeof k === 'string');
  const last = keys.at(-1);
  const inLanguage = (label: string) => (keys.length > 2 && (last === 'en' || last === 'ja') ? t('validation_in_lang', label, t(last === 'en' ? 'validation_lang_en' : 'validation_lang_ja')) : label);
  if (keys[0] === 'tools' && keys[1]) {
    const key = `console_tool_${keys[1]}`;
    return has(key) ? t(key) : `"${keys[1]}"`;
  }
  // A rule in a pack (rules[3].level), or the one rule the editor checks.
  const ruleKey = keys[0] === 'rules' ? keys[1] : undefined;
  const known = ruleKey ? RULE_FIELDS[ruleKey] : undefined;
  if (known) return inLanguage(t(known));
  if (!last) return keys[0] === 'rules' ? t('validation_the_rule') : t('validation_the_pack');
  return `"${last}"`;
}

const TYPE_WORDS: Partial<Record<string, MessageKey>> = {
  string: 'validation_type_text', number: 'validation_type_number', int: 'validation_type_number', array: 'validation_type_list',
  boolean: 'validation_type_boolean', object: 'validation_type_object',
};

function sentence(issue: Issue, field: string): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return t('validation_required', field);
      return t('validation_type', field, t(TYPE_WORDS[issue.expected] ?? 'validation_type_unknown'));
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string') return n <= 1 ? t('validation_required', field) : tn('validation_min_chars', n, field, n);
      if (issue.origin === 'array') return tn('validation_min_items', n, field, n);
      return t('validation_min_number', field, n);
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') return tn('validation_max_chars', n, field, n);
      if (issue.origin === 'array') return tn('validation_max_items', n, field, n);
      return t('validation_max_number', field, n);
    }
    case 'invalid_value':
      return t('validation_one_of', field, issue.values.map((v) => JSON.stringify(v)).join(', '));
    case 'unrecognized_keys':
      return tn('validation_unknown_keys', issue.keys.length, field, issue.keys.map((k) => `"${k}"`).join(', '));
    case 'invalid_union':
      return t('validation_union', field);
    case 'not_multiple_of':
      return t('validation_integer', field);
    case 'invalid_format':
      return t('validation_format', field);
    default:
      return t('validation_invalid', field);
  }
}

/** The plain sentence for one issue (the zod error map). */
export function plainIssue(issue: Issue): string {
  return sentence(issue, fieldLabel(issue.path ?? []));
}

/** From now on, every schema parsed here words its problems plainly. */
export function installPlainErrors(): void {
  z.config({ customError: plainIssue });
}
