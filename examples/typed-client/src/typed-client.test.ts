import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateApiTypes } from './generate-api-types.js';
import { runTypedClientDemo } from './run-typed-client-demo.js';

describe('the typed client', () => {
  it('ACC-3: completes a registration against the in-process server, every call typed by the generated paths', async () => {
    expect(await runTypedClientDemo()).toMatchObject({
      accountId: expect.stringMatching(/^acc_/),
      level: 'simplified',
    });
  });

  it('src/api-types.ts is what openapi-typescript generates from the server’s document now (regenerate: pnpm --filter typed-client generate)', async () => {
    const committed = readFileSync(new URL('./api-types.ts', import.meta.url), 'utf8');
    expect(await generateApiTypes()).toBe(committed);
  });
});
