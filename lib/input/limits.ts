/**
 * The limits every door checks before it believes what came in: a pack file, a pack URL, the
 * enterprise policy, the console, the `kizuki` command and a notes backup. One home, so the
 * doors cannot drift apart; each number says why it is what it is.
 */

/**
 * Nesting of JSON objects and arrays, checked before any validator walks the value: the
 * validator and the compiler recurse, and a `when` nested a few thousand levels deep would
 * overflow their stack. A real pack needs about 12 levels (rules → when → all → not → …);
 * 64 leaves room for any condition a person can still read.
 */
export const MAX_JSON_DEPTH = 64;

/** Packs are small (the built-in one is about 30 kB); anything over 1 MB is a mistake or an attack. */
export const MAX_PACK_BYTES = 1_000_000;

/**
 * Rules in one pack. The engine benchmark keeps a keystroke under 1 ms with 1,012 rules; twice
 * that is still usable, and more is not a team's coaching but generated noise.
 */
export const MAX_RULES = 2_000;

/**
 * Phrases (and exceptions and patterns) in one lexicon. The built-in lexicons hold a few dozen
 * each; 5,000 is a generous dictionary, and the limit keeps one lexicon from making the phrase
 * automaton the whole pack's cost.
 */
export const MAX_LEXICON_PHRASES = 5_000;

/**
 * Problems listed one by one when something is refused: the first 50, then "and N more". A
 * person fixes a file from the top, and a list of 100,000 would freeze the page that shows it.
 */
export const MAX_PROBLEMS_LISTED = 50;

/**
 * How long one fetch of a pack URL may take, headers and body together. A server that answers
 * a byte at a time must not keep the refresh (and every refresh queued behind it) waiting
 * forever; 30 s fetches 1 MB even over a slow office link.
 */
export const PACK_FETCH_TIMEOUT_MS = 30_000;

/** Redirects followed for a pack URL, each checked before it is followed. */
export const MAX_PACK_REDIRECTS = 5;

/**
 * Tool definitions in one pack. A team uses a handful of support tools, and a fix to a
 * built-in one is one entry; 100 is room for a whole organisation's in-house tools, and each
 * one is tried against every page the content script loads on.
 */
export const MAX_PACK_TOOLS = 100;
