import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The shape of the code, checked: lib/ folders import each other one way only (no cycle, so no
 * two folders import each other), and no product code reaches into tests/.
 */
const root = path.resolve(__dirname, '../..');
const PRODUCT_DIRS = ['lib', 'components', 'entrypoints'];
const SPEC = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\.meta\.glob[^(]*\(\s*['"]([^'"]+)['"]/g;

function productFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return productFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('testing.ts') ? [full] : [];
  });
}

function target(from: string, spec: string): string | null {
  if (spec.startsWith('@/') || spec.startsWith('~/')) return path.join(root, spec.slice(2));
  if (spec.startsWith('.')) return path.resolve(path.dirname(from), spec);
  if (spec.startsWith('/')) return path.join(root, spec.slice(1));
  return null;
}

/** "lib/engine/checks/order.ts" (or the folder "lib/engine" itself) → "engine"; null outside lib/. */
function libFolder(file: string): string | null {
  const rel = path.relative(path.join(root, 'lib'), file);
  if (rel.startsWith('..')) return null;
  const [first] = rel.split(path.sep);
  return first || null;
}

export function importGraph(): { edges: Map<string, Set<string>>; testImports: string[] } {
  const edges = new Map<string, Set<string>>();
  const testImports: string[] = [];
  for (const file of PRODUCT_DIRS.flatMap((d) => productFiles(path.join(root, d)))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(SPEC)) {
      const spec = match[1] ?? match[2] ?? match[3];
      const to = spec ? target(file, spec) : null;
      if (!to) continue;
      if (path.relative(root, to).startsWith(`tests${path.sep}`)) testImports.push(`${path.relative(root, file)} → ${spec}`);
      const a = libFolder(file);
      const b = libFolder(to);
      if (a && b && a !== b) {
        if (!edges.has(a)) edges.set(a, new Set());
        edges.get(a)!.add(b);
      }
    }
  }
  return { edges, testImports };
}

function findCycle(edges: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of edges.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

/** The layers the README draws: a folder may import only from a lower layer. */
const LAYERS: Record<string, number> = {
  text: 1, conversation: 1, i18n: 1, diagnostics: 1, input: 1,
  signals: 2, tools: 2, settings: 2, db: 2,
  engine: 3, page: 3, notes: 3,
  messaging: 4, packs: 4, cli: 4,
  background: 5, panel: 5, console: 5,
};

describe('the layers of lib/', () => {
  const { edges, testImports } = importGraph();

  it('every lib/ folder has its layer, and imports only from lower layers', () => {
    const folders = fs.readdirSync(path.join(root, 'lib'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((f) => LAYERS[f] === undefined)).toEqual([]);
    const upward = [...edges].flatMap(([from, tos]) => [...tos].filter((to) => (LAYERS[to] ?? 0) >= (LAYERS[from] ?? 0)).map((to) => `${from} → ${to}`));
    expect(upward).toEqual([]);
  });

  it('import one way: no cycle among lib/ folders', () => {
    expect(findCycle(edges)).toBeNull();
  });

  it('no product code imports tests/', () => {
    expect(testImports).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    expect(findCycle(new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])]]))).toEqual(['a', 'b', 'c', 'a']);
  });
});
