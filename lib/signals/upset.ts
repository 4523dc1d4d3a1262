import { conversationUpset } from './affect';
import { turnAffect } from './heat';
import type { TurnAffect } from './affect';
import { evidence, type Evidence, type SignalKind, type SignalLexicon } from './types';

export interface Upset {
  /** The customer sounds upset now: in one of their last three turns, or built up across turns and not yet calmed. */
  upset: boolean;
  /** The phrase that showed it, in the hottest recent turn. */
  evidence?: Evidence;
  /** The conversation's level, 0 … 10: heat carries across turns and an apology that lands cools it. */
  level: number;
  /**
   * A failure the company caused that the customer reported and has not since sounded settled
   * about ("it still hasn't come" stays open until a later turn is calm: "ok, I'll try that").
   */
  problem?: Evidence;
}

declare module './types' {
  interface SignalValues {
    upset: Upset;
  }
}

/** Heat at which a turn reads as upset. */
export const UPSET_HEAT = 3;

/** An apology in the agent's turn before a customer's: a calm reply after it is the apology landing. */
const APOLOGY: SignalLexicon = {
  phrases: ['申し訳', 'お詫び', 'おわび', 'すみません', 'ごめんなさい', 'sorry', 'apologi*', 'apologize*', 'my apologies'],
  except: ['すみませんが', '申し訳ございませんが', '申し訳ありませんが', 'sorry, but', 'sorry but', 'not sorry'],
};

export const upsetSignal: SignalKind<Upset> = {
  id: 'upset',
  doc: `The customer sounds upset (heat ${UPSET_HEAT} or more) in one of their last three turns, or annoyance has built up across turns and no apology has calmed it, with the words that showed it.`,
  reads: ['heat'],
  lexicons: { apology: APOLOGY },
  compute(ctx) {
    const heat = ctx.signal('heat');
    const turns = ctx.conv.turns;
    let apologised = false;
    const read: { affect: TurnAffect; afterApology: boolean; turnIndex: number }[] = [];
    turns.forEach((turn, i) => {
      if (turn.from === 'agent') {
        if (ctx.turn(i).lexicon('upset.apology').length) apologised = true;
        return;
      }
      read.push({ affect: turnAffect(ctx.turn(i)), afterApology: apologised, turnIndex: i });
      apologised = false;
    });
    const built = conversationUpset(read);
    const problem = openProblem(read);
    const recent = heat.turns.slice(-3);
    const hot = recent.filter((t) => t.heat >= UPSET_HEAT && t.found).at(-1);
    const upset = built.upset || recent.some((t) => t.heat >= UPSET_HEAT);
    if (!upset) return { upset: false, level: built.score, ...(problem ? { problem } : {}) };
    const fromBuild = built.hottest && read[built.hottest.turn];
    const found = hot
      ? evidence(hot.found, 'customer', hot.turnIndex)
      : fromBuild && built.hottest
        ? evidence({ phrase: built.hottest.evidence.phrase, start: built.hottest.evidence.start, end: built.hottest.evidence.end }, 'customer', fromBuild.turnIndex)
        : undefined;
    return { upset: true, ...(found ? { evidence: found } : {}), level: built.score, ...(problem ? { problem } : {}) };
  },
};

/** The latest problem report, unless a later customer turn sounds settled (calm words that close it, nothing new reported) */
function openProblem(read: readonly { affect: TurnAffect; turnIndex: number }[]): Evidence | undefined {
  let open: Evidence | undefined;
  for (const { affect, turnIndex } of read) {
    if (affect.problem) open = evidence({ phrase: affect.problem.phrase, start: affect.problem.start, end: affect.problem.end }, 'customer', turnIndex);
    else if (affect.settled) open = undefined;
  }
  return open;
}
