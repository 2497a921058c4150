// `pnpm --filter portal generate`: writes src/api-types.ts from the server's OpenAPI document.
import { writeFileSync } from 'node:fs';
import { generateApiTypes } from './generate-api-types.js';

const target = new URL('../src/api-types.ts', import.meta.url);
writeFileSync(target, await generateApiTypes());
console.log(`wrote ${target.pathname}`);
