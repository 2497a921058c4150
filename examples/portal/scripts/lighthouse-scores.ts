// Lighthouse (the npm package, 12.x: the last line that runs on Node 20) against the portal on
// loopback, in Debian's Chromium: the four category scores of one page. Offline is fine: it
// needs nothing but the page and the browser.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The category scores of one page, 0–100. */
export interface LighthouseScores {
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly seo: number;
}

const CLI = fileURLToPath(import.meta.resolve('lighthouse/cli/index.js'));

/**
 * Runs Lighthouse's CLI on `url` (its default mobile emulation and simulated throttling) with
 * `/usr/bin/chromium` (or `CHROMIUM_PATH`), headless and without a sandbox.
 *
 * @param url - the page
 * @returns its four scores
 * @throws when Lighthouse exits with an error or reports a runtime error
 * @example
 * ```ts
 * const scores = await lighthouseScores('http://127.0.0.1:3000/register');
 * ```
 */
export async function lighthouseScores(url: string): Promise<LighthouseScores> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      CLI,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 180_000,
    },
  );
  const report = JSON.parse(stdout) as {
    runtimeError?: { code: string; message: string };
    categories: Record<string, { score: number | null }>;
  };
  if (report.runtimeError !== undefined)
    throw new Error(`lighthouse: ${report.runtimeError.code}: ${report.runtimeError.message}`);
  const score = (id: string): number => Math.round((report.categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
  };
}
