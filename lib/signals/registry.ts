import { callTimeSignal } from './call-time';
import { deadlineSignal } from './deadline';
import { elapsedSignal } from './elapsed';
import { heatSignal } from './heat';
import { promisesSignal } from './promises';
import { repeatContactSignal } from './repeat-contact';
import type { SignalId, SignalKind, SignalLexicon, SignalValues, Volatility } from './types';
import { timeNeedsSignal } from './time-needs';
import { upsetSignal } from './upset';

/** Every conversation signal, by id. A signal declared in `SignalValues` but missing here does not compile. */
export const signalKinds: { [K in SignalId]: SignalKind<SignalValues[K]> } = {
  heat: heatSignal,
  upset: upsetSignal,
  timeNeeds: timeNeedsSignal,
  deadline: deadlineSignal,
  repeatContact: repeatContactSignal,
  promises: promisesSignal,
  elapsedMinutes: elapsedSignal,
  callSeconds: callTimeSignal,
};

export type SignalRegistry = Readonly<Record<string, SignalKind<unknown>>>;

/** Every signal lexicon, named "<signal>.<lexicon>", for the pack compiler's automaton. */
export function signalLexicons(registry: SignalRegistry = signalKinds): Map<string, SignalLexicon> {
  const all = new Map<string, SignalLexicon>();
  for (const kind of Object.values(registry)) {
    for (const [name, lexicon] of Object.entries(kind.lexicons ?? {})) all.set(`${kind.id}.${name}`, lexicon);
  }
  return all;
}

/** A signal's own volatility and that of every signal it reads. */
export function signalVolatility(id: string, registry: SignalRegistry = signalKinds, seen = new Set<string>()): Volatility {
  const kind = registry[id];
  if (!kind) throw new Error(`Unknown signal "${id}".`);
  if (seen.has(id)) throw new Error(`Signal "${id}" reads itself.`);
  seen.add(id);
  const out: Volatility = { ...kind.volatile };
  for (const dep of kind.reads ?? []) {
    const v = signalVolatility(dep, registry, new Set(seen));
    if (v.draft) out.draft = true;
    if (v.clock) out.clock = true;
  }
  return out;
}
