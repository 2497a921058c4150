import { schemaFromParse } from '../schema/schema-from-parse.js';
import {
  parseResidencePermit,
  type ResidencePermit,
  type ResidencePermitInput,
} from './parse-residence-permit.js';

/**
 * zod 4 schema of a residence permit `{ series?, number, issueDate, expiryDate? }`, built on
 * {@link parseResidencePermit} without a clock (shape and dates only; call the parser with
 * `now` to check validity). Issue<ValidatorIssueCode> paths point at the field (`['number']`, `['issueDate']` …).
 *
 * @example
 * ```ts
 * residencePermitSchema.safeParse({ number: '82 № 1234567', issueDate: '15.03.2021' }); // success
 * ```
 */
export const residencePermitSchema = /* @__PURE__ */ schemaFromParse<
  ResidencePermitInput,
  ResidencePermit
>((input, path) => parseResidencePermit(input, { path }));
