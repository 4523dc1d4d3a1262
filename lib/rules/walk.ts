import type { Check, Matcher, Rule, When } from './schema';

/** Visits every matcher of a rule with its JSON path ("rules[2].when.all[0].customerLast"). */
export function forEachMatcher(rule: Rule, rulePath: string, visit: (m: Matcher, path: string) => void): void {
  walkWhen(rule.when, `${rulePath}.when`, visit);
  if (rule.check) walkCheck(rule.check, `${rulePath}.check`, visit);
}

const WHEN_MATCHERS = ['customerLast', 'customerThread', 'agentTurns', 'draft', 'history'] as const;

function walkWhen(when: When, path: string, visit: (m: Matcher, path: string) => void): void {
  when.all?.forEach((w, i) => walkWhen(w, `${path}.all[${i}]`, visit));
  when.any?.forEach((w, i) => walkWhen(w, `${path}.any[${i}]`, visit));
  if (when.not) walkWhen(when.not, `${path}.not`, visit);
  for (const key of WHEN_MATCHERS) {
    const m = when[key];
    if (m) visit(m, `${path}.${key}`);
  }
}

function walkCheck(check: Check, path: string, visit: (m: Matcher, path: string) => void): void {
  check.all?.forEach((c, i) => walkCheck(c, `${path}.all[${i}]`, visit));
  check.any?.forEach((c, i) => walkCheck(c, `${path}.any[${i}]`, visit));
  if (check.exists) visit(check.exists, `${path}.exists`);
  if (check.absent) visit(check.absent, `${path}.absent`);
  if (check.order) {
    visit(check.order.first, `${path}.order.first`);
    visit(check.order.then, `${path}.order.then`);
  }
  if (check.conditional) {
    visit(check.conditional.if, `${path}.conditional.if`);
    visit(check.conditional.then, `${path}.conditional.then`);
  }
  if (check.near) {
    visit(check.near.anchor, `${path}.near.anchor`);
    visit(check.near.expect, `${path}.near.expect`);
  }
}

/** Does the `when` tree read the draft or the clock? Then it cannot be cached across keystrokes. */
export function whenIsVolatile(when: When): boolean {
  if (when.draft || when.draftEmpty !== undefined || when.promiseMade !== undefined) return true;
  if (when.elapsedMinutes || when.callMinutes) return true;
  if (when.not && whenIsVolatile(when.not)) return true;
  return (when.all ?? []).some(whenIsVolatile) || (when.any ?? []).some(whenIsVolatile);
}
