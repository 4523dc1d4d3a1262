import type { Fatigue } from './schema';

/**
 * How often a prompt has appeared. An appearance is a transition into "shown"; a prompt
 * that stays on screen while the agent types is still one appearance.
 */
interface RuleFatigue {
  visible: boolean;
  appearances: number;
  lastVisibleMs: number;
  /** The evaluation that last let it show. */
  shownIn: number;
}

export class FatigueTracker {
  private readonly state = new Map<string, RuleFatigue>();
  /** Rules on screen now: only these can go away, so only these are looked at after each evaluation. */
  private readonly visible = new Map<string, RuleFatigue>();
  /** Counts evaluations, so that settling tells which prompts on screen the last one let show. */
  private evaluation = 0;

  /**
   * Called on every evaluation for a rule that wants to show. Returns null when it may
   * show (and records the appearance), or the reason it is held back.
   */
  wantsToShow(ruleId: string, fatigue: Fatigue | undefined, nowMs: number): string | null {
    let s = this.state.get(ruleId);
    if (!s) this.state.set(ruleId, (s = { visible: false, appearances: 0, lastVisibleMs: -Infinity, shownIn: -1 }));
    if (s.visible) {
      s.lastVisibleMs = nowMs;
      s.shownIn = this.evaluation;
      return null;
    }
    if (fatigue && s.appearances > 0) {
      if (fatigue.oncePerConversation) return 'fatigue: already shown once in this conversation';
      if (fatigue.maxPerConversation !== undefined && s.appearances >= fatigue.maxPerConversation) {
        return `fatigue: already shown ${s.appearances} time(s), the most allowed`;
      }
      const waitMs = (fatigue.cooldownSeconds ?? 0) * 1000 - (nowMs - s.lastVisibleMs);
      if (waitMs > 0) return `fatigue: cooling down for ${Math.ceil(waitMs / 1000)} more second(s)`;
    }
    s.visible = true;
    this.visible.set(ruleId, s);
    s.appearances++;
    s.lastVisibleMs = nowMs;
    s.shownIn = this.evaluation;
    return null;
  }

  /** The rule does not want to show (any more). */
  hide(ruleId: string, nowMs: number): void {
    const s = this.state.get(ruleId);
    if (s?.visible) {
      s.visible = false;
      s.lastVisibleMs = nowMs;
    }
    this.visible.delete(ruleId);
  }

  /**
   * After an evaluation: every rule that was on screen and was not let show (by `wantsToShow`)
   * in it has gone away. Costs as much as the prompts on screen, not as much as the rules in the pack.
   */
  settle(nowMs: number): void {
    for (const [ruleId, s] of this.visible) if (s.shownIn !== this.evaluation) this.hide(ruleId, nowMs);
    this.evaluation++;
  }

  appearances(ruleId: string): number {
    return this.state.get(ruleId)?.appearances ?? 0;
  }
}
