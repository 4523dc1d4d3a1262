// Vitest's reporter uses Map.groupBy / Object.groupBy (Node 21+). Kizuki's tooling supports
// Node 20, so the two are added here when missing; vitest configs import this first.
type GroupBy = <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => Map<K, T[]>;

if (typeof (Map as unknown as { groupBy?: GroupBy }).groupBy !== 'function') {
  const groupBy: GroupBy = (items, key) => {
    const groups = new Map();
    let index = 0;
    for (const item of items) {
      const k = key(item, index++);
      const group = groups.get(k);
      if (group) group.push(item);
      else groups.set(k, [item]);
    }
    return groups;
  };
  Object.defineProperty(Map, 'groupBy', { value: groupBy, configurable: true, writable: true });
}

if (typeof (Object as unknown as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Object, 'groupBy', {
    value: <T>(items: Iterable<T>, key: (item: T, index: number) => PropertyKey) => {
      const out: Record<PropertyKey, T[]> = Object.create(null);
      let index = 0;
      for (const item of items) (out[key(item, index++)] ??= []).push(item);
      return out;
    },
    configurable: true,
    writable: true,
  });
}
