import { schemaFromParse } from '../schema/schema-from-parse.js';
import {
  parseTemporaryResidencePermit,
  type TemporaryResidencePermit,
  type TemporaryResidencePermitInput,
} from './parse-temporary-residence-permit.js';

/**
 * zod 4 schema of a temporary residence permit `{ decisionNumber, decisionDate, expiryDate? }`,
 * built on {@link parseTemporaryResidencePermit} without a clock.
 *
 * @example
 * ```ts
 * temporaryResidencePermitSchema.safeParse({ decisionNumber: '1234', decisionDate: '01.02.2024' }); // success
 * ```
 */
export const temporaryResidencePermitSchema = /* @__PURE__ */ schemaFromParse<
  TemporaryResidencePermitInput,
  TemporaryResidencePermit
>((input, path) => parseTemporaryResidencePermit(input, { path }));
