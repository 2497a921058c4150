// Starts and stops the benchmark's HTTP servers as child processes on loopback.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** A running server child. */
export interface RunningServer {
  readonly origin: string;
  readonly port: number;
  /** The child's process id (e.g. to read its memory from `/proc`). */
  readonly pid: number;
  stop(): Promise<void>;
}

/** Finds a free loopback port (listen on 0, read it, close). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Spawns `node --conditions=@kabinet/source --import tsx <file> <port>` and waits for the
 * child to print `READY <port>`. The child is killed (by its pid) on `stop()`.
 */
export async function startServer(
  file: URL,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--conditions=@kabinet/source', '--import', 'tsx', fileURLToPath(file), String(port)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ...env },
    },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server ${file.pathname} did not start`)),
      60_000,
    );
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('READY')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server ${file.pathname} exited with ${code}: ${out}`));
    });
  });
  child.stdout!.resume();
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}
