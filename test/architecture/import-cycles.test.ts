import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '../../src');

/** Every .ts and .tsx file under `folder`, as absolute paths. */
const sourceFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });

// Static imports and re-exports (types too: a type cycle is still two modules that need each other), side-effect
// imports and import() calls, of relative paths.
const importPattern = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)'(\.{1,2}\/[^']+)'/gm;

/** The files of `src/` each file imports by relative path, resolved from `.js` to the `.ts` or `.tsx` source. */
const importGraph = (files: readonly string[]): Map<string, string[]> =>
  new Map(
    files.map((file) => {
      const text = readFileSync(file, 'utf8');
      const targets = [...text.matchAll(importPattern)].flatMap((m) => {
        const base = join(dirname(file), m[1]!).replace(/\.js$/, '');
        return [`${base}.ts`, `${base}.tsx`].filter((candidate) => existsSync(candidate));
      });
      return [file, targets];
    }),
  );

/** The strongly connected groups of more than one node (Tarjan): each is an import cycle. */
const cycles = (graph: ReadonlyMap<string, readonly string[]>): string[][] => {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next++;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(group.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
};

describe('the import graph of src/', () => {
  const graph = importGraph(sourceFiles(src));
  const shown = (group: string[]): string[] => group.map((file) => relative(src, file));

  it('should find the imports of a file, type imports and import() included', () => {
    const specs = graph.get(join(src, 'cli/commands.ts'))!.map((file) => relative(src, file));
    expect(specs).toContain('commands/check.ts');
    expect(specs).toContain('io/cli-io.ts');
  });

  it('should have no cycle between files', () => {
    expect(cycles(graph).map(shown)).toEqual([]);
  });

  it('should have no cycle between the folders of src/ (cli, commands, io, report, ui, ...)', () => {
    const folders = new Map<string, string[]>();
    for (const [file, targets] of graph) {
      const from = relative(src, file).split('/')[0]!;
      const edges = folders.get(from) ?? [];
      for (const target of targets) {
        const to = relative(src, target).split('/')[0]!;
        if (to !== from && !edges.includes(to)) edges.push(to);
      }
      folders.set(from, edges);
    }
    expect(cycles(folders)).toEqual([]);
  });

  it('should report a cycle when there is one', () => {
    const graphWithCycle = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(graphWithCycle)).toEqual([['a', 'b', 'c']]);
  });
});
