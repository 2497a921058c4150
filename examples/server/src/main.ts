// `pnpm start`: the reference portal. DATABASE_URL (PostgreSQL) and REDIS_URL select the
// production stores; without them the data lives in an embedded PGlite under KABINET_DATA_DIR.
// Keys come from KABINET_KEYS_FILE (created on first start). See README.md.
import { KabinetError } from '@kabinet/core';
import { startServer } from './start-server.js';

try {
  const running = await startServer(process.env);
  let signals = 0;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      // A second signal while draining stops at once.
      if (++signals > 1) process.exit(1);
      console.log(`${signal}: shutting down (readyz now answers 503; running requests finish)`);
      running.shutdown().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error('shutdown failed', error);
          process.exit(1);
        },
      );
    });
  }
} catch (error) {
  if (KabinetError.isInstance(error)) {
    console.error(`kabinet: cannot start (${error.code}): ${error.message}`);
  } else {
    console.error('kabinet: cannot start', error);
  }
  process.exit(1);
}
