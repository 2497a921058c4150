import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createPortalServer } from './create-server.js';
import { generateKeysFile } from './load-keys-file.js';

const base = {
  origin: 'http://127.0.0.1:3000',
  secureCookies: false,
  devOutbox: false,
  keys: generateKeysFile(),
} as const;

function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'portal-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="ru"><head><script type="module" src="/assets/index-abc.js"></script><link rel="stylesheet" href="/assets/index-def.css"></head><body><div id="app"></div></body></html>',
  );
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(dir, 'assets', 'index-def.css'), 'body{}');
  return dir;
}

describe('the server serves the built portal', () => {
  it('answers / and every page path with index.html under a CSP that names exactly the bundle files', async () => {
    const { app } = createPortalServer({ ...base, portalDir: fakeBuild() });
    for (const path of ['/', '/register', '/account/sessions']) {
      const page = await request(app).get(path).set('host', '127.0.0.1:3000');
      expect(page.status).toBe(200);
      expect(page.text).toContain('<div id="app">');
      const csp = page.headers['content-security-policy']!;
      expect(csp).toContain('script-src http://127.0.0.1:3000/assets/index-abc.js;');
      expect(csp).toContain('style-src http://127.0.0.1:3000/assets/index-def.css;');
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    }
    const js = await request(app).get('/assets/index-abc.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect((await request(app).get('/assets/missing.js')).status).toBe(404);
  });

  it('leaves the API, the probes and unknown files alone', async () => {
    const { app } = createPortalServer({ ...base, portalDir: fakeBuild() });
    expect((await request(app).get('/api/openapi.json')).body.openapi).toMatch(/^3\.1/);
    expect((await request(app).get('/api/v1/nothing-here')).headers['content-type']).toMatch(
      /json/,
    );
    expect((await request(app).get('/healthz')).status).toBe(200);
    expect((await request(app).get('/favicon.ico')).status).toBe(404);
  });

  it('keeps the JSON index at / when the portal is not built', async () => {
    const { app } = createPortalServer({
      ...base,
      portalDir: join(tmpdir(), 'no-such-portal-build'),
    });
    expect((await request(app).get('/')).body.name).toBe('Kabinet reference portal');
  });
});
