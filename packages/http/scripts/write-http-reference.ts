// Writes docs/http-reference.md (from the OpenAPI document of the Kabinet API) and
// docs/error-codes.md (from kabinetMessages and httpMessages). A test fails when either is stale.
// Run: pnpm --filter @kabinet/http run reference
import { writeFileSync } from 'node:fs';
import { renderErrorCodeTableDoc, renderHttpReferenceDoc } from './reference-docs.js';

const docs = new URL('../../../docs/', import.meta.url);
writeFileSync(new URL('http-reference.md', docs), renderHttpReferenceDoc());
writeFileSync(new URL('error-codes.md', docs), renderErrorCodeTableDoc());
console.log(`wrote ${new URL('http-reference.md', docs).pathname} and error-codes.md`);
