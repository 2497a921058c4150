// The zero-install default: without DATABASE_URL the server keeps its data in an embedded PGlite
// under KABINET_DATA_DIR, keeps it across restarts, and a second process on the same directory
// is refused with a clear error instead of corrupting it.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { call, expectStatus, newPerson, register } from './_lib/portal-client.js';
import { freePort, startServerProcess, type ServerProcess } from './_lib/server-process.js';

const dir = mkdtempSync(join(tmpdir(), 'kabinet-embedded-'));
const dataDir = join(dir, 'data');
const started: ServerProcess[] = [];

afterAll(async () => {
  await Promise.all(started.map((p) => p.stop('SIGTERM')));
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('the embedded default (no DATABASE_URL)', () => {
  it('keeps accounts and drafts in PGlite under KABINET_DATA_DIR across a restart; a second process on the directory is refused', async () => {
    const env = { KABINET_DATA_DIR: dataDir, KABINET_DEV_OUTBOX: '1' };
    const port = await freePort();
    const first = await startServerProcess('embedded', port, env);
    started.push(first);
    expect(first.output()).toContain(`embedded PGlite in ${join(dataDir, 'pglite')}`);
    expect(first.output()).toContain(`${join(dataDir, 'keys.json')} (created now`);
    expect(statSync(join(dataDir, 'keys.json')).mode & 0o777).toBe(0o600);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect((await call(first.origin, 'GET', '/readyz')).body).toEqual({
      status: 'ready',
      checks: { database: 'ok', migrations: 'ok' },
    });

    const person = newPerson();
    await register(first.origin, person);
    const draft = expectStatus(
      await call(first.origin, 'POST', '/api/v1/registration/drafts', {
        json: { userType: 'foreign_citizen' },
        ip: person.ip,
      }),
      201,
    ).body;

    // A second process on the same directory stops at once and says why.
    const second = await startServerProcess('embedded (second)', await freePort(), env).then(
      (p) => {
        started.push(p);
        return 'started';
      },
      (error: Error) => error.message,
    );
    expect(second).toContain('exited with 1');
    expect(second).toContain('ERR_LOCKED');
    expect(second).toContain(`in use by process`);
    expect((await call(first.origin, 'GET', '/readyz')).status).toBe(200);

    await first.stop('SIGTERM');
    const again = await startServerProcess('embedded (restarted)', port, env);
    started.push(again);
    expect(again.output()).toContain('keys.json (loaded');
    expect(again.output()).toMatch(/migrations: up to date/);
    const resumed = await call(
      again.origin,
      'GET',
      `/api/v1/registration/drafts/${draft.draftId}`,
      { headers: { 'x-resume-token': draft.resumeToken } },
    );
    expect(resumed.status).toBe(200);
    // The account and its password hash survived: the password is accepted and a second factor asked.
    const login = expectStatus(
      await call(again.origin, 'POST', '/api/v1/auth/login', {
        json: { login: person.phone, password: person.password },
        ip: person.ip,
      }),
      200,
    );
    expect(login.body.status).toBe('second_factor_required');
    const wrong = await call(again.origin, 'POST', '/api/v1/auth/login', {
      json: { login: person.phone, password: 'Wrong-password-1!' },
      ip: person.ip,
    });
    expect(wrong.status).toBe(401);
  }, 600_000);
});
