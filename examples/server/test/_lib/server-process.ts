// Starts the reference server as a real process (`node --import tsx src/main.ts`), as an
// operator would, and waits until /readyz says it is ready.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const SERVER_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** A running server process. */
export interface ServerProcess {
  readonly name: string;
  readonly port: number;
  /** `http://127.0.0.1:PORT`. */
  readonly origin: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Stops it (SIGTERM: graceful; SIGKILL: a crash) and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** True until it exited. */
  running(): boolean;
}

/** A free TCP port on 127.0.0.1 (taken by the OS, then released for the server). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/**
 * Spawns the server (`entry`, default `src/main.ts`) with exactly `env` (plus PATH and HOME) on `port` and resolves once
 * `GET /readyz` answers 200. Rejects with the server's output when it exits first or is not
 * ready within `timeoutMs`.
 */
export async function startServerProcess(
  name: string,
  port: number,
  env: Record<string, string>,
  timeoutMs = 240_000,
  entry = 'src/main.ts',
): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    ['--conditions=@kabinet/source', '--import', 'tsx', entry],
    {
      cwd: SERVER_DIR,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        HOST: '127.0.0.1',
        PORT: String(port),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const handle: ServerProcess = {
    name,
    port,
    origin,
    output: () => out,
    running: () => child.exitCode === null && child.signalCode === null,
    async stop(signal = 'SIGTERM') {
      if (!handle.running()) return child.exitCode;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      try {
        return await exited(child);
      } finally {
        clearTimeout(timer);
      }
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!handle.running())
      throw new Error(
        `server ${name} exited with ${child.exitCode ?? child.signalCode} before it was ready:\n${out}`,
      );
    try {
      const res = await fetch(`${origin}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return handle;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await handle.stop('SIGKILL');
  throw new Error(`server ${name} was not ready within ${timeoutMs} ms:\n${out}`);
}
