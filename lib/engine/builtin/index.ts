import type { Pack, Rule } from '../schema';
import { builtinLexicons } from './lexicons';
import { apologiseFirst } from './rules/apologise-first';
import { checkItIsAGoodTime } from './rules/check-it-is-a-good-time';
import { closeWithNextSteps } from './rules/close-with-next-steps';
import { confirmTheDeadline } from './rules/confirm-the-deadline';
import { escalateGracefully } from './rules/escalate-gracefully';
import { explainPlainly } from './rules/explain-plainly';
import { greetAndIntroduce } from './rules/greet-and-introduce';
import { noBlameOrArgument } from './rules/no-blame-or-argument';
import { noLaughterWhenUpset } from './rules/no-laughter-when-upset';
import { noteThePromise } from './rules/note-the-promise';
import { ownTheRepeatContact } from './rules/own-the-repeat-contact';
import { takeABreath } from './rules/take-a-breath';

/**
 * The built-in rules, in the order the side panel lists prompts of the same level.
 * Ids never change once shipped: team leads' packs and adherence history refer to them.
 */
export const builtinRules: Rule[] = [
  apologiseFirst,
  noLaughterWhenUpset,
  noBlameOrArgument,
  confirmTheDeadline,
  ownTheRepeatContact,
  checkItIsAGoodTime,
  escalateGracefully,
  greetAndIntroduce,
  explainPlainly,
  closeWithNextSteps,
  noteThePromise,
  takeABreath,
];

/**
 * The built-in bilingual pack. Every rule traces back to a lesson experienced support
 * staff wrote down (see each rule's `lesson`).
 */
export const builtinPack: Pack = {
  format: 1,
  id: 'kizuki-builtin',
  name: 'Kizuki built-in coaching',
  version: '1.0.0',
  description: 'Lessons from experienced support staff, in Japanese and English.',
  lexicons: builtinLexicons,
  rules: builtinRules,
};
