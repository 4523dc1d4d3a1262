import { z } from 'zod';
import type { CheckKind } from '../language/kinds';
import { met, unmet } from './shared';

declare module '../language/types' {
  interface CheckValues {
    namesAgent: boolean;
  }
}

const LATIN = /^[a-z]/i;

/** Where the agent's own name (any part of it: 田中, Priya, Sam Reed → Reed) stands in the draft, or null. */
function nameAt(draft: string, name: string): { start: number; end: number } | null {
  const lower = draft.toLowerCase();
  for (const part of name.split(/[\s\u3000・.]+/).filter((p) => p.length >= 2)) {
    const p = part.toLowerCase();
    for (let at = lower.indexOf(p); at !== -1; at = lower.indexOf(p, at + 1)) {
      // A Latin name is a whole word ("Al" is not in "also"); a Japanese one stands as written.
      if (LATIN.test(p) && (/[a-z]/i.test(lower[at - 1] ?? '') || /[a-z]/i.test(lower[at + p.length] ?? ''))) continue;
      return { start: at, end: at + p.length };
    }
  }
  return null;
}

/**
 * The draft gives the agent's own name, as the conversation knows it (`agent.name`): however
 * the introduction is worded (雑貨店ことりの田中でございます, "Priya here", a sign-off), the name
 * itself is the introduction. `false` asks for the opposite. Without a known name nothing in
 * the draft gives it: `true` is not met.
 */
export const namesAgentCheck: CheckKind<boolean> = {
  key: 'namesAgent',
  readsWholeDraft: true,
  schema: () => z.boolean(),
  compile: (wanted, _compiler, path) => (ctx) => {
    const name = ctx.conv.agent.name?.trim();
    const found = !!name && nameAt(ctx.draft.text, name) !== null;
    return found === wanted ? met() : unmet(ctx, `${path}: the draft ${wanted ? 'does not give' : 'gives'} the agent's name`);
  },
  form: {
    label: { en: "The draft gives the agent's name", ja: '下書きに担当者の名前がある' },
    help: { en: "The draft contains the agent's own name (from the agent's profile or the page), however the introduction is worded.", ja: '下書きに担当者本人の名前（プロフィールまたはページから）が含まれる。名乗り方は問わない。' },
    starter: true, field: { type: 'flag' }, docValue: '`true` / `false`',
  },
};
