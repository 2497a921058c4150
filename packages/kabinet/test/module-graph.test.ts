// What an app that imports `kabinet` (or `kabinet/setup`) ships: the in-memory adapters and the
// simulated providers must not be in it unless the app imports `kabinet/testing`. esbuild
// bundles the source (the `@kabinet/source` condition) and its metafile says which files gave
// bytes to the output; esbuild is the one size-limit runs, taken from @size-limit/esbuild.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The part of esbuild's API this test calls (esbuild is size-limit's, not a dependency here). */
interface Esbuild {
  build(options: Record<string, unknown>): Promise<{
    metafile: { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> };
  }>;
}
const fromSizeLimit = createRequire(createRequire(import.meta.url).resolve('@size-limit/esbuild'));
const esbuild = fromSizeLimit('esbuild') as Esbuild;
const src = fileURLToPath(new URL('../src/', import.meta.url));

/** The source files (relative to the repository) that give bytes to a bundle of `contents`. */
async function shippedFiles(contents: string): Promise<string[]> {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: src, loader: 'ts' },
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'node',
    conditions: ['@kabinet/source'],
    treeShaking: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  return Object.entries(output.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
}

const inMemoryOrSimulated = (path: string): boolean =>
  path.includes('packages/memory/') || /simulated/i.test(path.split('/').at(-1)!);

describe('the main entry loads no in-memory or simulated port unless asked', () => {
  it('every export of kabinet and kabinet/setup ships without @kabinet/memory or a simulator', async () => {
    const shipped = await shippedFiles(
      "export * from './index.ts';\nexport * from './setup/index.ts';",
    );
    expect(
      shipped.some((path) => path.includes('packages/kabinet/src/setup/create-kabinet.ts')),
    ).toBe(true);
    expect(shipped.filter(inMemoryOrSimulated)).toEqual([]);
  });

  it('kabinet/testing brings them (the check above can see them)', async () => {
    const shipped = await shippedFiles("export * from './testing/index.ts';");
    const seen = shipped.filter(inMemoryOrSimulated);
    expect(seen.some((path) => path.includes('packages/memory/src/backend/'))).toBe(true);
    expect(seen.some((path) => path.includes('create-simulated-provider'))).toBe(true);
  });
});
