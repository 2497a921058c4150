import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateApiTypes } from '../scripts/generate-api-types.js';

describe('the portal’s API client', () => {
  it('src/api-types.ts is what openapi-typescript generates from the server’s OpenAPI document now (regenerate: pnpm --filter portal generate)', async () => {
    const committed = readFileSync(new URL('../src/api-types.ts', import.meta.url), 'utf8');
    expect(await generateApiTypes()).toBe(committed);
  }, 60_000);
});
