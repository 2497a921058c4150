// Starts the reference server from its environment: stores, keys, HTTP. main.ts calls it and
// turns SIGINT/SIGTERM into a graceful shutdown.
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { systemClock } from '@kabinet/core';
import type { KabinetConfig } from 'kabinet';
import { checkKeysMatchJournal } from './check-keys-match-journal.js';
import { createPortalServer, type PortalServer } from './create-server.js';
import { createDevClock } from './dev-clock.js';
import { loadKeysFile } from './load-keys-file.js';
import { openStorage, type Storage } from './open-storage.js';
import { readSettings, type Settings } from './read-settings.js';

/** A started server. */
export interface RunningServer {
  readonly settings: Settings;
  readonly portal: PortalServer;
  readonly server: Server;
  /** Stops taking requests (/readyz turns 503 at once), lets running ones finish, closes the stores. Idempotent. */
  shutdown(): Promise<void>;
}

/** The browser portal's build (examples/portal/dist), served at `/` when present. */
const PORTAL_DIR = fileURLToPath(new URL('../../portal/dist/', import.meta.url));

/** How long a shutdown waits for running requests before cutting their connections. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Starts the server: reads the settings, opens the stores and applies migrations, loads the
 * keys file (creating it only while the journal is empty: fresh keys cannot read an existing
 * database) and checks that the keys signed the stored journal, then listens and prints what
 * it uses.
 *
 * @param env - the environment (`process.env`)
 * @param log - where the banner and warnings go (default `console.log`)
 * @param overrides - Kabinet configuration laid over the stores the environment chose (an
 *   embedder's own senders or registry; tests pass a cheaper password hash policy)
 * @returns the running server
 * @throws `KabinetError` `ERR_CONFIG` (settings, keys), `ERR_UNAVAILABLE` (database or Redis
 *   unreachable), `ERR_LOCKED` (the PGlite directory is in use)
 * @example
 * ```ts
 * const running = await startServer(process.env);
 * process.on('SIGTERM', () => void running.shutdown().then(() => process.exit(0)));
 * ```
 */
export async function startServer(
  env: Readonly<Record<string, string | undefined>>,
  log: (line: string) => void = (line) => console.log(line),
  overrides: Partial<KabinetConfig> = {},
): Promise<RunningServer> {
  const settings = readSettings(env);
  if (settings.storage === 'pglite')
    log(
      `Opening the embedded database in ${settings.dataDir} (the first start creates it, which takes a while)…`,
    );
  // With the dev outbox (never otherwise) the server and its stores run on a clock a tester can
  // move forward at /dev/clock/advance.
  const devClock = settings.devOutbox ? createDevClock() : undefined;
  const clock = overrides.clock ?? devClock ?? systemClock;
  const storage: Storage = await openStorage(settings, clock, (line) => console.error(line));
  try {
    const backend = storage.kabinet.backend;
    const journalHead = backend === undefined ? undefined : await backend.journal.head();
    const loaded = loadKeysFile({
      path: settings.keysFile,
      create: journalHead === undefined,
      refuseCreateReason:
        'the database already holds a journal: new keys could not read it. Restore the keys file that belongs to this database, or point KABINET_KEYS_FILE at it',
    });
    if (backend !== undefined)
      checkKeysMatchJournal(await backend.journal.latestCheckpoint(), loaded.keys);

    let draining = false;
    const portal = createPortalServer({
      origin: settings.origin,
      devOutbox: settings.devOutbox,
      ...(devClock === undefined ? {} : { devClock }),
      secureCookies: settings.origin.startsWith('https://'),
      keys: loaded.keys,
      ...(existsSync(PORTAL_DIR) ? { portalDir: PORTAL_DIR } : {}),
      health: { checks: storage.checks, draining: () => draining },
      kabinet: { ...storage.kabinet, clock, ...overrides },
      ...(settings.operatorToken === undefined ? {} : { operatorToken: settings.operatorToken }),
    });
    const server = await new Promise<Server>((resolve, reject) => {
      const s = portal.app.listen(settings.port, settings.host, () => resolve(s));
      s.once('error', reject);
    });

    let stopped: Promise<void> | undefined;
    const shutdown = (): Promise<void> =>
      (stopped ??= (async () => {
        draining = true;
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const grace = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
        await closed;
        clearTimeout(grace);
        // The journal's sequencer lets its connection go before the pool ends.
        await portal.kabinet.close();
        await storage.close();
      })());

    const { port } = server.address() as AddressInfo;
    const origin = settings.origin;
    log(
      [
        `Kabinet reference portal: ${origin}${port === settings.port ? '' : ` (port ${port})`}`,
        existsSync(PORTAL_DIR)
          ? `  Portal          ${origin}/   (the browser portal, examples/portal)`
          : '  Portal          not built (pnpm --filter portal build); / shows a JSON index',
        `  API             ${origin}/api/v1/...`,
        `  OpenAPI page    ${origin}/api/docs   (document: ${origin}/api/openapi.json)`,
        `  Probes          ${origin}/healthz (process up)   ${origin}/readyz (${storage.checks.length === 0 ? 'nothing to check' : storage.checks.map((c) => c.name).join(', ')})`,
        ...storage.description.map(
          (line, i) => `${i === 0 ? '  Storage         ' : '                  '}${line}`,
        ),
        `  Keys            ${settings.keysFile} (${loaded.created ? 'created now with fresh keys: back it up with the database' : 'loaded'}; current ${loaded.currentKids[0]})`,
        settings.devOutbox
          ? `  Sent codes      ${origin}/dev/outbox   (last code for one recipient: ${origin}/dev/outbox/code?to=...)`
          : '  Sent codes      the dev outbox is off; start with KABINET_DEV_OUTBOX=1 to read them at /dev/outbox',
        devClock === undefined
          ? '  Clock           the system clock'
          : `  Clock           adjustable (dev outbox on): ${origin}/dev/clock, POST ${origin}/dev/clock/advance {"ms": …}`,
        settings.operatorToken === undefined || settings.operatorToken.length < 16
          ? '  Support routes  off; set KABINET_OPERATOR_TOKEN (16+ characters) to act as an operator'
          : '  Support routes  Authorization: Bearer $KABINET_OPERATOR_TOKEN',
      ].join('\n'),
    );
    return { settings, portal, server, shutdown };
  } catch (error) {
    await storage.close();
    throw error;
  }
}
