import { KabinetError } from '@kabinet/core';
import pg from 'pg';
import { migrate, migrationStatus } from '../migrate/index.js';
import { sweepExpired } from '../sweep/index.js';

/** Where the CLI writes, and the environment it reads (`DATABASE_URL`, `KABINET_DB_SCHEMA`). */
export interface CliIo {
  /** The environment (`DATABASE_URL`, `KABINET_DB_SCHEMA`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Writes a line of normal output. */
  readonly out: (line: string) => void;
  /** Writes a line of error output. */
  readonly err: (line: string) => void;
}

const USAGE = `usage: kabinet-postgres <command> [--schema NAME] [--url URL]

commands:
  migrate   apply the pending migrations (advisory-locked: safe from several instances at once)
  status    print the schema's version and pending migrations; exit 1 when any is pending
  sweep     delete expired records and counters in batches

The database comes from --url or DATABASE_URL; the schema from --schema or KABINET_DB_SCHEMA (default kabinet).`;

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
}

/**
 * The `kabinet-postgres` command line: `migrate`, `status` and `sweep` against `DATABASE_URL`.
 *
 * @param argv - the arguments after the program name
 * @param io - environment and output
 * @returns the exit code (0 done, 1 pending migrations or a failure, 2 usage)
 * @example
 * ```ts
 * const code = await runPostgresCli(['migrate'], { env: process.env, out: console.log, err: console.error });
 * ```
 */
export async function runPostgresCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  if (
    command === undefined ||
    command === '--help' ||
    command === '-h' ||
    !['migrate', 'status', 'sweep'].includes(command)
  ) {
    (command === undefined || command.startsWith('-') ? io.out : io.err)(USAGE);
    return command === '--help' || command === '-h' ? 0 : 2;
  }
  const url = option(args, '--url') ?? io.env.DATABASE_URL;
  const schema = option(args, '--schema') ?? io.env.KABINET_DB_SCHEMA ?? 'kabinet';
  if (url === undefined || url === '') {
    io.err('DATABASE_URL is not set (or pass --url postgresql://…)');
    return 2;
  }
  const pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 10_000 });
  pool.on('error', () => {
    // An idle client's error: the next query fails and reports it.
  });
  try {
    if (command === 'migrate') {
      const report = await migrate(pool, { schema });
      io.out(
        report.applied.length === 0
          ? `schema ${schema} is up to date (version ${report.version})`
          : `schema ${schema}: applied ${report.applied.join(', ')} (version ${report.version})`,
      );
      return 0;
    }
    if (command === 'status') {
      const status = await migrationStatus(pool, { schema });
      io.out(
        `schema ${schema}: version ${status.version}; pending ${status.pending.length === 0 ? 'none' : status.pending.join(', ')}${status.newer ? '; newer than this code' : ''}`,
      );
      return status.pending.length === 0 && !status.newer ? 0 : 1;
    }
    const report = await sweepExpired(pool, Date.now(), { schema });
    io.out(
      `schema ${schema}: swept ${report.records} records, ${report.counters} counters, ${report.idempotencyKeys} idempotency keys and ${report.callbacks} callbacks`,
    );
    return 0;
  } catch (error) {
    io.err(KabinetError.isInstance(error) ? `${error.code}: ${error.message}` : String(error));
    return 1;
  } finally {
    await pool.end();
  }
}
