import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Manifest {
  readonly name: string;
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
}

/** Every workspace package (packages/* and examples/*) by name, with the workspace packages it depends on in any field. */
function workspaceGraph(): Map<string, string[]> {
  const manifests: Manifest[] = [];
  for (const folder of ['packages', 'examples']) {
    const dir = new URL(`../../../${folder}/`, import.meta.url);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = new URL(`${entry.name}/package.json`, dir);
      if (entry.isDirectory() && existsSync(file))
        manifests.push(JSON.parse(readFileSync(file, 'utf8')) as Manifest);
    }
  }
  const names = new Set(manifests.map((m) => m.name));
  return new Map(
    manifests.map((m) => [
      m.name,
      Object.keys({ ...m.dependencies, ...m.devDependencies, ...m.peerDependencies }).filter(
        (dep) => names.has(dep),
      ),
    ]),
  );
}

/** The first dependency cycle found, as a path that ends where it starts, or `undefined`. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const done = new Set<string>();
  const visit = (name: string, path: string[]): string[] | undefined => {
    const at = path.indexOf(name);
    if (at >= 0) return [...path.slice(at), name];
    if (done.has(name)) return undefined;
    for (const dep of graph.get(name) ?? []) {
      const cycle = visit(dep, [...path, name]);
      if (cycle !== undefined) return cycle;
    }
    done.add(name);
    return undefined;
  };
  for (const name of graph.keys()) {
    const cycle = visit(name, []);
    if (cycle !== undefined) return cycle;
  }
  return undefined;
}

describe('workspace dependencies follow the layers (DESIGN: … kabinet → http → express)', () => {
  it('no workspace package depends on another that depends back on it, dev dependencies included', () => {
    const graph = workspaceGraph();
    expect(graph.get('@kabinet/express')).toContain('@kabinet/http');
    expect(findCycle(graph)).toBeUndefined();
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
    expect(
      findCycle(
        new Map([
          ['a', ['b', 'c']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toBeUndefined();
  });

  it('@kabinet/http does not depend on its adapter @kabinet/express: tests and benchmarks that need both live in express', () => {
    expect(workspaceGraph().get('@kabinet/http')).not.toContain('@kabinet/express');
  });
});
