import { z } from 'zod';
import { HEARING_NAMES, hearings } from '../../signals/hearing';

/** The pieces many kinds share: phrases, patterns, matchers, ranges, localized text. */

export const LocalizedTextSchema = z
  .strictObject({ ja: z.string().min(1).optional(), en: z.string().min(1).optional() })
  .refine((t) => t.ja !== undefined || t.en !== undefined, 'Give the text in Japanese ("ja"), English ("en"), or both.')
  .meta({ description: 'Text per language. When the conversation language is missing, the other one is shown.' });

export const LocalizedListSchema = z
  .strictObject({ ja: z.array(z.string().min(1)).optional(), en: z.array(z.string().min(1)).optional() })
  .meta({ description: 'A list of texts per language.' });

export const PhraseSchema = z.string().min(1).max(200);
export const PatternSchema = z.string().min(1).max(500).meta({ description: 'A regular expression in RE2 syntax (linear time; no look-around, no back-references). Matched against the normalised text: lower case, full-width letters folded to half-width.' });

export const LexiconSchema = z
  .strictObject({
    description: z.string().optional(),
    ja: z.array(PhraseSchema).optional().meta({ description: 'Japanese phrases, matched anywhere in the text.' }),
    en: z.array(PhraseSchema).optional().meta({ description: 'English phrases, matched on word boundaries. A trailing * matches any word ending ("apologi*").' }),
    patterns: z.array(PatternSchema).optional(),
    except: z.array(PhraseSchema).optional().meta({ description: 'Phrases that cancel a match they overlap ("not sorry", "すみませんが").' }),
  })
  .meta({ description: 'A named set of phrases. Every language is matched in every conversation, so mixed-language text still works.' });

export const MatcherSchema = z
  .strictObject({
    lexicon: z.string().min(1).optional().meta({ description: 'Name of a lexicon in this pack.' }),
    phrases: z.array(PhraseSchema).min(1).optional().meta({ description: 'Inline phrases in any language.' }),
    pattern: PatternSchema.optional(),
    except: z.array(PhraseSchema).optional().meta({ description: 'Extra phrases that cancel a match they overlap.' }),
    committed: z
      .boolean()
      .optional()
      .meta({ description: 'true: a match counts only in a sentence that can commit to this customer: not what would have been ("had you checked, it would have gone the same day", 「ご確認いただいていれば当日発送できました」), not what generally happens ("orders placed before 2pm ship the same day", 「通常1〜2日でお届けとなります」).' }),
    hears: z
      .enum(HEARING_NAMES)
      .optional()
      .meta({ description: `Something Kizuki hears by grammar, in Japanese and English, however it is worded: ${HEARING_NAMES.map((n) => `"${n}" (${hearings[n].doc.en})`).join('; ')}.` }),
  })
  .refine((m) => m.lexicon !== undefined || m.phrases !== undefined || m.pattern !== undefined || m.hears !== undefined, 'A matcher needs "lexicon", "phrases", "pattern" or "hears".')
  .meta({ id: 'Matcher', description: 'What to look for: a named lexicon, inline phrases, an RE2 pattern, and/or something Kizuki hears by grammar.' });

export const RangeSchema = z
  .strictObject({ atLeast: z.number().min(0).optional(), atMost: z.number().min(0).optional() })
  .refine((r) => r.atLeast !== undefined || r.atMost !== undefined, 'A range needs "atLeast", "atMost" or both.');

export type Matcher = z.infer<typeof MatcherSchema>;
export type Lexicon = z.infer<typeof LexiconSchema>;
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type Range = z.infer<typeof RangeSchema>;

export function inRange(value: number | null, range: Range): boolean {
  if (value === null) return false;
  return (range.atLeast === undefined || value >= range.atLeast) && (range.atMost === undefined || value <= range.atMost);
}
