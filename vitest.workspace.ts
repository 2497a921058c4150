import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProjectConfiguration } from 'vitest/config';

/** One vitest project per folder in `packages/` and `examples/`, named after the folder. */
function projectsIn(folder: string): TestProjectConfiguration[] {
  const dir = new URL(`./${folder}/`, import.meta.url);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({
      extends: true,
      test: {
        name: entry.name,
        root: fileURLToPath(new URL(`./${entry.name}/`, dir)),
        include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      },
    }));
}

export const projects: TestProjectConfiguration[] = [
  ...projectsIn('packages'),
  ...projectsIn('examples'),
];
export default projects;
