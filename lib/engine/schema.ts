import { z } from 'zod';
import { ConversationSchema } from '../conversation/schema';
import { PackToolsSchema } from '../tools/pack-tools';
import { checkKinds } from './checks';
import { conditionKinds } from './conditions';
import { createLanguage, type Language } from './language/language';
import { LexiconSchema, LocalizedTextSchema } from './language/matcher';
import { PhrasingsSchema } from './phrasings/schema';

/**
 * The rule-pack format, version 1. Packs are data only (JSON): no code, no eval.
 * The `when` conditions and `check` kinds come from their registries (conditions/, checks/);
 * the published JSON Schema (public/kizuki-pack.schema.json) and the tables in
 * docs/pack-format.md are generated from them, so the types, the validator, the console and a
 * team lead's editor never drift apart.
 * Compatibility promise: format 1 only grows; an existing valid pack stays valid.
 */

export const RULE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
/**
 * A lexicon's name. "__proto__" is refused by name: as the key of a plain object it sets the
 * object's prototype instead of naming a lexicon, so it would be dropped without a word.
 */
export const LEXICON_NAME_PATTERN = /^(?!__proto__$)[A-Za-z0-9_-]{1,64}$/;

/** The rule language Kizuki ships: every registered condition, check and signal. */
export const language: Language = createLanguage({ conditions: conditionKinds, checks: checkKinds });

export const WhenSchema = language.WhenSchema;
export const CheckSchema = language.CheckSchema;
export { LexiconSchema, LocalizedListSchema, LocalizedTextSchema, MatcherSchema } from './language/matcher';
export type { Lexicon, LocalizedText, Matcher } from './language/matcher';
export type { Check, When } from './language/types';
export type { Phrasing, Phrasings } from './phrasings/schema';

export const FatigueSchema = z
  .strictObject({
    oncePerConversation: z.boolean().optional().meta({ description: 'After it has been shown and gone away, never show it again in this conversation.' }),
    cooldownSeconds: z.number().min(0).max(86400).optional().meta({ description: 'Wait this long after it was last visible before showing it again.' }),
    maxPerConversation: z.number().int().min(1).max(1000).optional().meta({ description: 'Show it at most this many times in a conversation.' }),
  })
  .meta({ description: 'Limits on how often the prompt appears. An appearance counts once, however many keys are typed while it shows.' });

export const ExampleSchema = ConversationSchema.extend({
  note: z.string().optional().meta({ description: 'Why this example matters, for the next person editing the rule.' }),
}).meta({ description: 'A conversation in the Kizuki conversation JSON format.' });

/** The rule and pack schemas of a language (the shipped one, or one a test extends). */
export function packSchemas(lang: Language) {
  const RuleSchema = z
    .strictObject({
      id: z.string().regex(RULE_ID_PATTERN, 'A rule id is lower-case letters, digits and hyphens, like "confirm-the-deadline".'),
      level: z.enum(['tip', 'nudge', 'warning']),
      category: z.string().min(1).max(40).meta({ examples: ['empathy', 'tone', 'clarity', 'process', 'wellbeing'] }),
      enabled: z.boolean().optional().meta({ description: 'false keeps the rule in the pack but never shows it.' }),
      lesson: z.string().optional().meta({ description: 'The story or lesson this rule comes from.' }),
      when: lang.WhenSchema,
      check: lang.CheckSchema.optional().meta({ description: 'Omit to show the prompt whenever "when" holds.' }),
      message: LocalizedTextSchema,
      why: LocalizedTextSchema,
      phrasings: PhrasingsSchema.optional(),
      fatigue: FatigueSchema.optional(),
      examples: z
        .strictObject({ fire: z.array(ExampleSchema).optional(), quiet: z.array(ExampleSchema).optional() })
        .optional()
        .meta({ description: 'Conversations where the rule must fire, and where it must stay quiet. `kizuki test` runs them.' }),
    })
    .meta({ id: 'Rule' });

  const PackSchema = z
    .strictObject({
      $schema: z.string().optional(),
      format: z.literal(1).meta({ description: 'Pack format version. Always 1 for this schema.' }),
      id: z.string().regex(RULE_ID_PATTERN, 'A pack id is lower-case letters, digits and hyphens.'),
      name: z.string().min(1),
      version: z.string().optional(),
      description: z.string().optional(),
      author: z.string().optional(),
      lexicons: z.record(z.string().regex(LEXICON_NAME_PATTERN, 'A lexicon name is 1 to 64 letters, digits, "_" or "-", and not "__proto__".'), LexiconSchema).optional(),
      rules: z.array(RuleSchema),
      tools: PackToolsSchema.optional(),
    })
    .meta({ title: 'Kizuki rule pack', description: 'Coaching rules for Kizuki: lexicons of phrases and rules built on them.' });
  return { RuleSchema, PackSchema };
}

export const { RuleSchema, PackSchema } = packSchemas(language);

export type Fatigue = z.infer<typeof FatigueSchema>;
export type RuleExample = z.infer<typeof ExampleSchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type Pack = z.infer<typeof PackSchema>;
export type Level = Rule['level'];
