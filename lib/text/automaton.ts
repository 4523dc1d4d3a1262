/**
 * One Aho–Corasick automaton over every phrase of a pack, so a text is scanned once,
 * in time linear in its length, however many rules and lexicons there are.
 * Transitions live in a single Map keyed by (state, UTF-16 unit) to keep 10,000+ phrases
 * compact; output links make reporting every overlapping phrase cheap.
 */
export class PhraseAutomaton {
  private readonly edges = new Map<number, number>();
  private fail: Int32Array = new Int32Array(1);
  /** Phrase ids ending exactly at each state. */
  private readonly outputs: (number[] | undefined)[] = [undefined];
  /** Next state along the fail chain that has outputs (-1: none). */
  private outLink: Int32Array = new Int32Array(1);
  private readonly lengths: number[] = [];
  private stateCount = 1;
  private built = false;

  private static key(state: number, unit: number): number {
    return state * 65536 + unit;
  }

  /** Adds a (normalised) phrase; returns its id. Ids are dense and in insertion order. */
  add(phrase: string): number {
    if (this.built) throw new Error('PhraseAutomaton: add() after build()');
    const id = this.lengths.length;
    this.lengths.push(phrase.length);
    let state = 0;
    for (let i = 0; i < phrase.length; i++) {
      const k = PhraseAutomaton.key(state, phrase.charCodeAt(i));
      let next = this.edges.get(k);
      if (next === undefined) {
        next = this.stateCount++;
        this.edges.set(k, next);
        this.outputs.push(undefined);
      }
      state = next;
    }
    (this.outputs[state] ??= []).push(id);
    return id;
  }

  get size(): number {
    return this.lengths.length;
  }

  phraseLength(id: number): number {
    return this.lengths[id] ?? 0;
  }

  build(): void {
    const children: number[][] = Array.from({ length: this.stateCount }, () => []);
    const units: number[][] = Array.from({ length: this.stateCount }, () => []);
    for (const [k, child] of this.edges) {
      const parent = Math.floor(k / 65536);
      children[parent]?.push(child);
      units[parent]?.push(k % 65536);
    }
    this.fail = new Int32Array(this.stateCount);
    this.outLink = new Int32Array(this.stateCount).fill(-1);
    const queue: number[] = [];
    for (const child of children[0] ?? []) queue.push(child); // depth-1 states fail to the root
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      const kids = children[state] ?? [];
      const kidUnits = units[state] ?? [];
      for (let j = 0; j < kids.length; j++) {
        const child = kids[j] as number;
        const unit = kidUnits[j] as number;
        let f = this.fail[state] as number;
        let target = this.edges.get(PhraseAutomaton.key(f, unit));
        while (target === undefined && f !== 0) {
          f = this.fail[f] as number;
          target = this.edges.get(PhraseAutomaton.key(f, unit));
        }
        const failTo = target !== undefined && target !== child ? target : 0;
        this.fail[child] = failTo;
        this.outLink[child] = this.outputs[failTo] ? failTo : (this.outLink[failTo] as number);
        queue.push(child);
      }
    }
    this.built = true;
  }

  /**
   * Calls `onHit(phraseId, start, end)` for every occurrence, overlapping ones included.
   * `from`/`state` resume a scan part-way (the state the scan was in before unit `from`);
   * `states`, when given, receives the state after each unit, so a later text that shares a
   * prefix with this one can resume instead of starting over.
   */
  scan(text: string, onHit: (id: number, start: number, end: number) => void, from = 0, state = 0, states?: Int32Array): void {
    if (!this.built) this.build();
    for (let i = from; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      let next = this.edges.get(state * 65536 + unit);
      while (next === undefined && state !== 0) {
        state = this.fail[state] as number;
        next = this.edges.get(state * 65536 + unit);
      }
      state = next ?? 0;
      if (states) states[i] = state;
      for (let s = this.outputs[state] ? state : (this.outLink[state] as number); s > 0; s = this.outLink[s] as number) {
        for (const id of this.outputs[s] ?? []) {
          const len = this.lengths[id] as number;
          onHit(id, i + 1 - len, i + 1);
        }
      }
    }
  }
}
