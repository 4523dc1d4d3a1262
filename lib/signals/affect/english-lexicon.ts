/**
 * A compact English affect lexicon for support conversations, with VADER's rules' constants.
 *
 * Valences are VADER's (Hutto & Gilbert 2014, "VADER: A Parsimonious Rule-based Model for
 * Sentiment Analysis of Social Media Text", ICWSM-14; lexicon MIT, JavaScript port
 * vader-sentiment 1.1.3 © 2018 Comcast, Apache-2.0) for the words support hears, on VADER's
 * −4…+4 scale. Where support talk departs from general social media, the value is ours and
 * marked `// ours`: VADER rates "ridiculous" −1.5 and "unbelievable" +0.8, but at a help
 * desk both are anger. The full 7,500-word lexicon was measured and left out (see README.md).
 */
import type { AffectKind } from './types';

export type WordKind = Extract<AffectKind, 'anger' | 'frustration' | 'distress'> | 'positive';
export interface Word { valence: number; kind: WordKind }

const w = (valence: number, kind: WordKind): Word => ({ valence, kind });
const group = (kind: WordKind, entries: Record<string, number>) => Object.entries(entries).map(([word, v]) => [word, w(v, kind)] as const);

export const LEXICON: ReadonlyMap<string, Word> = new Map([
  ...group('anger', {
    angry: -2.3, furious: -2.7, livid: -2.5, fuming: -2.7, outraged: -2.5, enraged: -1.7, infuriated: -3.0, infuriating: -2.4,
    pissed: -3.2, mad: -2.2, ridiculous: -2.4 /* ours */, unacceptable: -2.0, outrageous: -2.0, absurd: -2.0 /* ours */,
    disgusting: -2.4, disgusted: -2.4, disgraceful: -2.2, disgrace: -2.2, shameful: -2.2, pathetic: -2.7, useless: -1.8,
    incompetent: -2.1, worst: -3.1, terrible: -2.1, awful: -2.0, horrible: -2.5, appalling: -2.2 /* ours */, shocking: -1.7,
    rubbish: -2.0 /* ours */, garbage: -2.0 /* ours */, scam: -2.7, fraud: -2.8, liar: -2.3, lied: -1.6, lies: -1.8, rude: -2.0,
    hate: -2.7, unbelievable: -2.0 /* ours */, bullshit: -2.8, wtf: -2.8, crap: -1.6, sucks: -1.5, stupid: -2.4, lousy: -2.5,
    screwed: -2.2, ruined: -2.1, ruin: -2.8, shocked: -1.8 /* ours */, badly: -2.1, unreal: -1.8 /* ours */, cheated: -2.3, robbed: -2.3 /* ours */, unprofessional: -2.0 /* ours */, insulting: -2.3 /* ours */, embarrassed: -2.0 /* ours */, embarrassing: -2.0 /* ours */,
  }),
  ...group('frustration', {
    annoyed: -1.6, annoying: -1.7, frustrated: -2.4, frustrating: -1.9, frustration: -2.1, disappointed: -2.1,
    disappointing: -2.2, disappointment: -2.3, upset: -1.6, irritated: -2.0, irritating: -2.0, unhappy: -1.8, ugh: -1.8,
    hassle: -1.5 /* ours */, waste: -1.8, wasted: -2.2, wasting: -1.8 /* ours */, nightmare: -2.0 /* ours */, hopeless: -2.0, ignored: -2.0 /* ours */, ignores: -1.3 /* ours */, ignoring: -1.3 /* ours */, neglected: -2.4, unfair: -2.1,
    bad: -1.5 /* ours: "bad" is mild at a desk */, poor: -1.5 /* ours */, worse: -2.1, tedious: -1.5 /* ours */,
    unreliable: -1.7 /* ours */, exasperated: -2.4 /* ours */, exasperating: -2.2 /* ours */,
  }),
  ...group('distress', {
    worried: -1.2, worry: -1.9, worrying: -1.4, anxious: -1.0, panic: -2.3, panicking: -1.9, desperate: -2.3 /* ours */,
    stressed: -1.4, stressful: -2.3, scared: -1.9, afraid: -1.5 /* ours */, helpless: -2.0, distraught: -2.6 /* ours */,
  }),
  ...group('positive', {
    happy: 2.7, good: 1.9, great: 3.1, fine: 0.8, ok: 1.6, okay: 0.9, helpful: 1.8, fair: 1.3, acceptable: 1.3,
    pleased: 1.9, satisfied: 1.8, thanks: 1.9, thank: 1.5, appreciate: 1.7, appreciated: 2.3, perfect: 2.7, wonderful: 2.7,
    brilliant: 2.8, fantastic: 2.6, excellent: 2.7, awesome: 3.1, amazing: 2.8, lovely: 2.8, nice: 1.8, love: 3.2, glad: 2.0,
    relieved: 1.6, impressed: 2.8 /* ours */, reasonable: 1.3 /* ours */, sorted: 1.5 /* ours */, cheers: 2.0,
  }),
].filter(([, word]) => word.valence !== 0));

/** VADER's empirically derived increments. */
export const BOOST = 0.293;
export const CAPS_BOOST = 0.733;
export const NEGATION_SCALAR = -0.74;

/** VADER's degree adverbs that matter here (a shorter list; the rest are rare in support). */
export const BOOSTERS: ReadonlyMap<string, number> = new Map([
  ...['absolutely', 'completely', 'extremely', 'incredibly', 'really', 'so', 'totally', 'utterly', 'very', 'truly', 'seriously',
    'honestly', 'deeply', 'highly', 'entirely', 'thoroughly', 'beyond', 'fucking', 'bloody', 'damn', 'super', 'such', 'too']
    .map((word) => [word, BOOST] as const),
  ...['almost', 'barely', 'hardly', 'kinda', 'sorta', 'slightly', 'somewhat', 'little', 'bit', 'marginally', 'partly', 'mildly', 'fairly']
    .map((word) => [word, -BOOST] as const),
]);

/** VADER's negators; "n't" endings are negators too. */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'nowhere', 'without', 'cannot', 'rarely', 'seldom',
  'aint', 'cant', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'arent', 'werent', 'wont', 'wouldnt', 'shouldnt', 'couldnt', 'havent', 'hasnt', 'hadnt',
]);
export const isNegator = (token: string) => NEGATORS.has(token) || token.endsWith("n't");

/** Capitals are emphasis on words that carry feeling or insistence ("NOT", "STILL", "FURIOUS"), not on acronyms ("VAT", "USB"). */
const INSISTENCE = new Set(['still', 'again', 'never', 'always', 'every', 'twice', 'wrong', 'broken', 'ever', 'now', 'nothing']);
export const isEmphasisWord = (word: string) => LEXICON.has(word) || isNegator(word) || BOOSTERS.has(word) || INSISTENCE.has(word);
