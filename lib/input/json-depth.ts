import { MAX_JSON_DEPTH } from './limits';

/**
 * The path to the first place where `value` nests deeper than `max` objects and arrays, or
 * null when it does not. Iterative on purpose: the point is to measure input that would
 * overflow a recursive walk, so this walk must not recurse.
 */
export function firstTooDeep(value: unknown, max: number = MAX_JSON_DEPTH): (string | number)[] | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length) {
    const { value: current, path } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (path.length >= max) return path;
    // Reverse order onto the stack, so the first too-deep place found is the first in the file.
    const entries: [string | number, unknown][] = Array.isArray(current)
      ? current.map((item, i) => [i, item])
      : Object.keys(current).map((key) => [key, (current as Record<string, unknown>)[key]]);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, inner] = entries[i]!;
      if (typeof inner === 'object' && inner !== null) stack.push({ value: inner, path: [...path, key] });
    }
  }
  return null;
}

/**
 * Paths to every own key called `name`, walking iteratively in file order (call it on a value
 * `firstTooDeep` accepted). For "__proto__": JSON.parse keeps it as a key, but validators and
 * object spreads drop it or turn it into a prototype, so it must be refused where it is.
 */
export function pathsOfKey(value: unknown, name: string): (string | number)[][] {
  const found: (string | number)[][] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length) {
    const { value: current, path } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    const keys: (string | number)[] = Array.isArray(current) ? current.map((_, i) => i) : Object.keys(current);
    if (!Array.isArray(current) && Object.hasOwn(current, name)) found.push([...path, name]);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (key === name) continue;
      stack.push({ value: (current as Record<string | number, unknown>)[key], path: [...path, key] });
    }
  }
  return found;
}
