import { z } from 'zod';
import {
  CallStateSchema,
  ChannelSchema,
  ConversationSchema,
  ConversationStateSchema,
  DirectionSchema,
  LangSchema,
} from '../conversation/schema';

/**
 * The rule-pack format, version 1. Packs are data only (JSON): no code, no eval.
 * The published JSON Schema (public/kizuki-pack.schema.json) is generated from this file,
 * so the TypeScript types, the validator and a team lead's editor never drift apart.
 * Compatibility promise: format 1 only grows; an existing valid pack stays valid.
 */

export const RULE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** "Exactly one key" keeps each object readable; JSON Schema mirrors it with min/maxProperties. */
function exactlyOne(what: string, combine: string) {
  return [
    (value: object) => Object.values(value).filter((v) => v !== undefined).length === 1,
    { message: `Give exactly one ${what} in each object; combine several with ${combine}.` },
  ] as const;
}

export const LocalizedTextSchema = z
  .strictObject({ ja: z.string().min(1).optional(), en: z.string().min(1).optional() })
  .refine((t) => t.ja !== undefined || t.en !== undefined, 'Give the text in Japanese ("ja"), English ("en"), or both.')
  .meta({ description: 'Text per language. When the conversation language is missing, the other one is shown.' });

export const LocalizedListSchema = z
  .strictObject({ ja: z.array(z.string().min(1)).optional(), en: z.array(z.string().min(1)).optional() })
  .meta({ description: 'A list of texts per language.' });

const Phrase = z.string().min(1).max(200);
const Pattern = z.string().min(1).max(500).meta({ description: 'A regular expression in RE2 syntax (linear time; no look-around, no back-references). Matched against the normalised text: lower case, full-width letters folded to half-width.' });

export const LexiconSchema = z
  .strictObject({
    description: z.string().optional(),
    ja: z.array(Phrase).optional().meta({ description: 'Japanese phrases, matched anywhere in the text.' }),
    en: z.array(Phrase).optional().meta({ description: 'English phrases, matched on word boundaries. A trailing * matches any word ending ("apologi*").' }),
    patterns: z.array(Pattern).optional(),
    except: z.array(Phrase).optional().meta({ description: 'Phrases that cancel a match they overlap ("not sorry", "すみませんが").' }),
  })
  .meta({ description: 'A named set of phrases. Every language is matched in every conversation, so mixed-language text still works.' });

export const MatcherSchema = z
  .strictObject({
    lexicon: z.string().min(1).optional().meta({ description: 'Name of a lexicon in this pack.' }),
    phrases: z.array(Phrase).min(1).optional().meta({ description: 'Inline phrases in any language.' }),
    pattern: Pattern.optional(),
    except: z.array(Phrase).optional().meta({ description: 'Extra phrases that cancel a match they overlap.' }),
  })
  .refine((m) => m.lexicon !== undefined || m.phrases !== undefined || m.pattern !== undefined, 'A matcher needs "lexicon", "phrases" or "pattern".')
  .meta({ id: 'Matcher', description: 'What to look for: a named lexicon, inline phrases, and/or an RE2 pattern.' });

export const RangeSchema = z
  .strictObject({ atLeast: z.number().min(0).optional(), atMost: z.number().min(0).optional() })
  .refine((r) => r.atLeast !== undefined || r.atMost !== undefined, 'A range needs "atLeast", "atMost" or both.');

const HeatSchema = z.strictObject({
  atLeast: z.number().min(0).optional(),
  atMost: z.number().min(0).optional(),
  of: z.enum(['last', 'recent', 'max']).optional().meta({ description: 'last = the latest customer turn (default); recent = the hottest of the last three; max = the hottest of the whole conversation.' }),
});

const whenDoc = {
  all: 'Every condition holds.',
  any: 'At least one condition holds.',
  not: 'The condition does not hold.',
  customerLast: "The customer's latest turn contains a match.",
  customerThread: 'Any customer turn contains a match.',
  agentTurns: 'Any turn the agent already sent contains a match.',
  draft: 'The reply being written contains a match.',
  history: "A summary of this customer's earlier contacts contains a match.",
  heat: 'How upset the customer sounds (0 calm … 10 furious; 3 or more reads as upset).',
  upset: 'The customer sounds upset in one of their last three turns.',
  deadline: 'The customer mentioned a deadline or urgency.',
  repeatContact: 'The customer is contacting again (they said so, or an earlier contact within 7 days).',
  promiseMade: 'The agent promised something (a call-back, an email) in a sent turn or the draft.',
  firstReply: 'The agent has not sent anything yet: the draft is the first reply.',
  draftEmpty: 'The draft is empty (only spaces).',
  elapsedMinutes: 'Minutes since the conversation started.',
  callMinutes: 'Minutes the call has been connected (voice only).',
} as const;

export type When = {
  all?: When[];
  any?: When[];
  not?: When;
  customerLast?: Matcher;
  customerThread?: Matcher;
  agentTurns?: Matcher;
  draft?: Matcher;
  history?: Matcher;
  channel?: z.infer<typeof ChannelSchema> | z.infer<typeof ChannelSchema>[];
  direction?: z.infer<typeof DirectionSchema>;
  state?: z.infer<typeof ConversationStateSchema>;
  callState?: z.infer<typeof CallStateSchema>;
  lang?: z.infer<typeof LangSchema>;
  heat?: z.infer<typeof HeatSchema>;
  upset?: boolean;
  deadline?: boolean;
  repeatContact?: boolean;
  promiseMade?: boolean;
  firstReply?: boolean;
  draftEmpty?: boolean;
  elapsedMinutes?: z.infer<typeof RangeSchema>;
  callMinutes?: z.infer<typeof RangeSchema>;
};

export const WhenSchema: z.ZodType<When> = z
  .strictObject({
    get all() { return z.array(WhenSchema).min(1).optional().meta({ description: whenDoc.all }); },
    get any() { return z.array(WhenSchema).min(1).optional().meta({ description: whenDoc.any }); },
    get not() { return WhenSchema.optional().meta({ description: whenDoc.not }); },
    customerLast: MatcherSchema.optional().meta({ description: whenDoc.customerLast }),
    customerThread: MatcherSchema.optional().meta({ description: whenDoc.customerThread }),
    agentTurns: MatcherSchema.optional().meta({ description: whenDoc.agentTurns }),
    draft: MatcherSchema.optional().meta({ description: whenDoc.draft }),
    history: MatcherSchema.optional().meta({ description: whenDoc.history }),
    channel: z.union([ChannelSchema, z.array(ChannelSchema).min(1)]).optional(),
    direction: DirectionSchema.optional(),
    state: ConversationStateSchema.optional(),
    callState: CallStateSchema.optional(),
    lang: LangSchema.optional(),
    heat: HeatSchema.optional().meta({ description: whenDoc.heat }),
    upset: z.boolean().optional().meta({ description: whenDoc.upset }),
    deadline: z.boolean().optional().meta({ description: whenDoc.deadline }),
    repeatContact: z.boolean().optional().meta({ description: whenDoc.repeatContact }),
    promiseMade: z.boolean().optional().meta({ description: whenDoc.promiseMade }),
    firstReply: z.boolean().optional().meta({ description: whenDoc.firstReply }),
    draftEmpty: z.boolean().optional().meta({ description: whenDoc.draftEmpty }),
    elapsedMinutes: RangeSchema.optional().meta({ description: whenDoc.elapsedMinutes }),
    callMinutes: RangeSchema.optional().meta({ description: whenDoc.callMinutes }),
  })
  .refine(...exactlyOne('condition', 'all / any / not'))
  .meta({ id: 'When', minProperties: 1, maxProperties: 1, description: 'A condition on the situation. Combine with all / any / not.' });

export type Check = {
  exists?: Matcher;
  absent?: Matcher;
  order?: { first: Matcher; then: Matcher; firstRequired?: boolean };
  conditional?: { if: Matcher; then: Matcher };
  near?: { anchor: Matcher; expect: Matcher; within: number };
  metric?: { measure: 'sentence-length' | 'draft-length'; max: number | { ja?: number; en?: number } };
  all?: Check[];
  any?: Check[];
};

export const CheckSchema: z.ZodType<Check> = z
  .strictObject({
    exists: MatcherSchema.optional().meta({ description: 'The draft must contain a match (the prompt shows until it does).' }),
    absent: MatcherSchema.optional().meta({ description: 'The draft must not contain a match (the prompt shows while it does).' }),
    order: z
      .strictObject({ first: MatcherSchema, then: MatcherSchema, firstRequired: z.boolean().optional().meta({ description: 'Also prompt when "first" is missing altogether.' }) })
      .optional()
      .meta({ description: '"first" must come before "then" in the draft (an apology before the explanation).' }),
    conditional: z
      .strictObject({ if: MatcherSchema, then: MatcherSchema })
      .optional()
      .meta({ description: 'If the draft contains "if", it must also contain "then".' }),
    near: z
      .strictObject({ anchor: MatcherSchema, expect: MatcherSchema, within: z.number().int().min(1).max(1000).meta({ description: 'Characters either side of the anchor.' }) })
      .optional()
      .meta({ description: 'Wherever "anchor" appears, "expect" must appear within the given number of characters.' }),
    metric: z
      .strictObject({
        measure: z.enum(['sentence-length', 'draft-length']),
        max: z.union([z.number().int().min(1), z.strictObject({ ja: z.number().int().min(1).optional(), en: z.number().int().min(1).optional() })]),
      })
      .optional()
      .meta({ description: 'Length limit. Japanese is counted in characters, English in words.' }),
    get all() { return z.array(CheckSchema).min(1).optional().meta({ description: 'Every check is met.' }); },
    get any() { return z.array(CheckSchema).min(1).optional().meta({ description: 'At least one check is met.' }); },
  })
  .refine(...exactlyOne('check', 'all / any'))
  .meta({ id: 'Check', minProperties: 1, maxProperties: 1, description: 'What the draft must do. The prompt shows while the check is not met and disappears once it is.' });

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

export const RuleSchema = z
  .strictObject({
    id: z.string().regex(RULE_ID_PATTERN, 'A rule id is lower-case letters, digits and hyphens, like "confirm-the-deadline".'),
    level: z.enum(['tip', 'nudge', 'warning']),
    category: z.string().min(1).max(40).meta({ examples: ['empathy', 'tone', 'clarity', 'process', 'wellbeing'] }),
    enabled: z.boolean().optional().meta({ description: 'false keeps the rule in the pack but never shows it.' }),
    lesson: z.string().optional().meta({ description: 'The story or lesson this rule comes from.' }),
    when: WhenSchema,
    check: CheckSchema.optional().meta({ description: 'Omit to show the prompt whenever "when" holds.' }),
    message: LocalizedTextSchema,
    why: LocalizedTextSchema,
    phrasings: LocalizedListSchema.optional().meta({ description: 'Example phrasings the agent can copy or insert.' }),
    fatigue: FatigueSchema.optional(),
    examples: z
      .strictObject({ fire: z.array(ExampleSchema).optional(), quiet: z.array(ExampleSchema).optional() })
      .optional()
      .meta({ description: 'Conversations where the rule must fire, and where it must stay quiet. `kizuki test` runs them.' }),
  })
  .meta({ id: 'Rule' });

export const PackSchema = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(1).meta({ description: 'Pack format version. Always 1 for this schema.' }),
    id: z.string().regex(RULE_ID_PATTERN, 'A pack id is lower-case letters, digits and hyphens.'),
    name: z.string().min(1),
    version: z.string().optional(),
    description: z.string().optional(),
    author: z.string().optional(),
    lexicons: z.record(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), LexiconSchema).optional(),
    rules: z.array(RuleSchema),
  })
  .meta({ title: 'Kizuki rule pack', description: 'Coaching rules for Kizuki: lexicons of phrases and rules built on them.' });

export type Matcher = z.infer<typeof MatcherSchema>;
export type Lexicon = z.infer<typeof LexiconSchema>;
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type Fatigue = z.infer<typeof FatigueSchema>;
export type RuleExample = z.infer<typeof ExampleSchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type Pack = z.infer<typeof PackSchema>;
export type Level = Rule['level'];
