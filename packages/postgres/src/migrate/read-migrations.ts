import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One forward-only migration shipped in the package's `migrations/` folder. */
export interface Migration {
  /** The number before the first underscore of the file name (`0001_records.sql` → 1). */
  readonly id: number;
  /** The file name. */
  readonly name: string;
  /** The SQL text. */
  readonly sql: string;
  /** SHA-256 of the SQL text, hex: recorded when applied, compared on every later start. */
  readonly checksum: string;
}

const FILE = /^(\d{4})_[a-z0-9_]+\.sql$/;

/**
 * The folder of the package's migrations, found through the package's own `package.json`.
 *
 * @returns an absolute path ending in `migrations`
 * @example
 * ```ts
 * readdirSync(migrationsFolder()); // ['0001_records.sql', '0002_journal.sql', …]
 * ```
 */
export function migrationsFolder(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@kabinet/postgres/package.json')), 'migrations');
}

/**
 * The migrations of a folder in order, numbered `0001_…sql`, `0002_…sql`, … with no gap.
 *
 * @param folder - default: the package's own `migrations/`
 * @returns the migrations, ascending by id
 * @throws Error when a number is missing or repeated
 * @example
 * ```ts
 * readMigrations().map((m) => m.name); // ['0001_records.sql', …]
 * ```
 */
export function readMigrations(folder: string = migrationsFolder()): readonly Migration[] {
  const names = readdirSync(folder)
    .filter((name) => FILE.test(name))
    .sort();
  return names.map((name, index) => {
    const id = Number(FILE.exec(name)![1]);
    if (id !== index + 1)
      throw new Error(
        `migrations must be numbered 1, 2, 3, … without gaps: ${name} is number ${index + 1}`,
      );
    const sql = readFileSync(join(folder, name), 'utf8');
    return { id, name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
  });
}
