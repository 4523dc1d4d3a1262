import fc from 'fast-check';

/**
 * For property tests of the doors: arbitrary hostile variants of a valid JSON document — a
 * value replaced by any JSON, a key deleted, a node nested hundreds or thousands deep, an own
 * "__proto__" key, an array item repeated — one to three at a time, anywhere in the document.
 */
type Path = (string | number)[];
type Json = unknown;
interface Mutation {
  at: number;
  op: 'set' | 'delete' | 'nest' | 'proto' | 'repeat';
  value: Json;
  depth: number;
  arrays: boolean;
}

function pathsOf(value: Json, limit = 400): Path[] {
  const found: Path[] = [[]];
  const stack: { value: Json; path: Path }[] = [{ value, path: [] }];
  while (stack.length && found.length < limit) {
    const { value: current, path } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    const keys: (string | number)[] = Array.isArray(current) ? current.map((_, i) => i) : Object.keys(current);
    for (const key of keys) {
      found.push([...path, key]);
      stack.push({ value: (current as Record<string | number, Json>)[key], path: [...path, key] });
    }
  }
  return found;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom<Mutation['op']>('set', 'delete', 'nest', 'proto', 'repeat'),
  value: fc.jsonValue({ maxDepth: 3 }),
  depth: fc.oneof(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 500, max: 3000 })),
  arrays: fc.boolean(),
});

/** A deep copy that does not recurse (a variant may nest thousands deep). */
export function cloneJson(value: Json): Json {
  const copy = (node: Json): Json => (Array.isArray(node) ? [...node] : typeof node === 'object' && node !== null ? Object.fromEntries(Object.entries(node)) : node);
  const root = copy(value);
  const stack: Json[] = [root];
  while (stack.length) {
    const node = stack.pop() as Record<string | number, Json>;
    if (typeof node !== 'object' || node === null) continue;
    for (const key of Object.keys(node)) {
      node[key] = copy(node[key]);
      stack.push(node[key]);
    }
  }
  return root;
}

/** Deep equality of JSON values, without recursing. */
export function sameJson(a: Json, b: Json): boolean {
  const stack: [Json, Json][] = [[a, b]];
  while (stack.length) {
    const [x, y] = stack.pop()!;
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null || Array.isArray(x) !== Array.isArray(y)) return false;
    const kx = Object.keys(x);
    const ky = Object.keys(y);
    if (kx.length !== ky.length || kx.some((k, i) => k !== ky[i])) return false;
    for (const k of kx) stack.push([(x as Record<string, Json>)[k], (y as Record<string, Json>)[k]]);
  }
  return true;
}

function apply(document: Json, { at, op, value, depth, arrays }: Mutation): Json {
  const root = cloneJson(document);
  const paths = pathsOf(root);
  const path = paths[at % paths.length]!;
  if (path.length === 0) return op === 'set' ? value : root;
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string | number, Json>)[key], root) as Record<string | number, Json>;
  const key = path.at(-1)!;
  if (op === 'set') parent[key] = value;
  else if (op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (op === 'nest') {
    let nested = parent[key];
    for (let i = 0; i < depth; i++) nested = arrays ? [nested] : { not: nested };
    parent[key] = nested;
  } else if (op === 'proto') {
    // An own "__proto__", as JSON.parse makes it (an assignment would set the prototype).
    parent[key] = JSON.parse(`{"__proto__": ${JSON.stringify(value) ?? 'null'}}`);
  } else if (Array.isArray(parent)) parent.push(cloneJson(parent[Number(key)]));
  return root;
}

/** Any JSON at all, or the document with one to three hostile changes. */
export function hostileVariants(document: Json): fc.Arbitrary<Json> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    { weight: 4, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }).map((steps) => steps.reduce((doc, step) => apply(doc, step), document)) },
  );
}
