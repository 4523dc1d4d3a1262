import { z } from 'zod';
import { ChannelSchema, DirectionSchema } from '../../conversation/schema';
import { PLACEHOLDERS, templateProblem } from './template';

/**
 * A rule's phrasings in the pack: per language, each a template (template.ts), either on its
 * own or with the channels and direction it suits ("Thanks for calling" only on calls).
 * Format 1 only grows: a plain list of strings stays valid.
 */
const TemplateSchema = z
  .string()
  .min(1)
  .superRefine((text, ctx) => {
    const problem = templateProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({
    description: `Words the agent can insert. ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')} are filled in from the conversation; `
      + '"[…]" is said only when its placeholders are known, "[A|B]" says A when it can, else B.',
    examples: ["Thanks for reaching out[, {customer}]! [I'm {agent} and ]I'll be helping you today."],
  });

export const PhrasingSchema = z.union([
  TemplateSchema,
  z.strictObject({
    text: TemplateSchema,
    channels: z.array(ChannelSchema).min(1).optional().meta({ description: 'Offer it only in these channels.' }),
    direction: DirectionSchema.optional().meta({ description: 'Offer it only on inbound or only on outbound conversations.' }),
  }),
]).meta({ id: 'Phrasing', description: 'A phrasing template, alone or with the channels and direction it suits.' });

export const PhrasingsSchema = z
  .strictObject({ ja: z.array(PhrasingSchema).optional(), en: z.array(PhrasingSchema).optional() })
  .meta({ description: 'Phrasings the agent can copy or insert, per language. When the conversation\'s language has none, the other language\'s are offered.' });

export type Phrasing = z.infer<typeof PhrasingSchema>;
export type Phrasings = z.infer<typeof PhrasingsSchema>;
