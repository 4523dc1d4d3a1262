import { conversationUpset } from './affect';
import { turnAffect } from './heat';
import { BACKCHANNEL } from './affect/score';
import type { TurnAffect } from './affect';
import { evidence, type Evidence, type SignalContext, type SignalKind, type SignalLexicon } from './types';

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
    let agentSaid = '';
    const read: { affect: TurnAffect; afterApology: boolean; turnIndex: number; agentSaid: string }[] = [];
    turns.forEach((turn, i) => {
      if (turn.from === 'agent') {
        if (ctx.turn(i).lexicon('upset.apology').length) apologised = true;
        agentSaid = turn.text;
        return;
      }
      read.push({ affect: turnAffect(ctx.turn(i)), afterApology: apologised, turnIndex: i, agentSaid });
      apologised = false;
    });
    const built = conversationUpset(read);
    const problem = openProblem(ctx, read);
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
function openProblem(ctx: SignalContext, read: readonly { affect: TurnAffect; turnIndex: number; agentSaid: string }[]): Evidence | undefined {
  let open: Evidence | undefined;
  for (const { affect, turnIndex, agentSaid } of read) {
    if (affect.problem) open = evidence({ phrase: affect.problem.phrase, start: affect.problem.start, end: affect.problem.end }, 'customer', turnIndex);
    else if (open && affect.settled && !echoesFlatly(ctx.conv.turns[turnIndex]!.text, agentSaid)) open = undefined;
  }
  return open;
}

const squash = (text: string) => text.toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();

/**
 * The agent's words handed back flatly ("The next scheduled route. Right.", 「通常の流れ、ですか。はい。」):
 * every sentence of the turn is either words the agent just said or a bare backchannel. It is
 * resignation, not a customer settled.
 */
function echoesFlatly(customer: string, agent: string): boolean {
  if (!agent) return false;
  const said = squash(agent);
  const sentences = customer.split(/(?<=[.!?。！？…])/).map((s) => s.trim()).filter(Boolean);
  let echoed = false;
  for (const sentence of sentences) {
    const words = squash(sentence).replace(/(?:ですか|ですね|ね|か)$/, '').trim();
    if (BACKCHANNEL.test(sentence)) continue;
    if (words.length >= 4 && said.includes(words)) echoed = true;
    else return false;
  }
  return echoed;
}
