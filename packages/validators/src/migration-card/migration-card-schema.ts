import { schemaFromParse } from '../schema/schema-from-parse.js';
import { parseMigrationCard, type MigrationCardNumber } from './parse-migration-card.js';

/**
 * zod 4 schema of a migration card's series and number, built on {@link parseMigrationCard}.
 *
 * @example
 * ```ts
 * migrationCardSchema.safeParse('4012 3057841'); // success, data '40123057841'
 * ```
 */
export const migrationCardSchema = /* @__PURE__ */ schemaFromParse<string, MigrationCardNumber>(
  (input, path) => parseMigrationCard(input, { path }),
);
