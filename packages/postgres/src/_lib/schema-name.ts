import { KabinetError } from '@kabinet/core';

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** The default schema of Kabinet's tables. */
export const DEFAULT_SCHEMA = 'kabinet';

/**
 * The schema name checked and double-quoted for SQL text (`"kabinet"`): lower-case letters,
 * digits and underscores, at most 63 characters.
 * @throws KabinetError `ERR_CONFIG` for any other name
 */
export function quotedSchema(schema: string | undefined): string {
  const name = schema ?? DEFAULT_SCHEMA;
  if (typeof name !== 'string' || !IDENTIFIER.test(name)) {
    throw new KabinetError('ERR_CONFIG', `schema must match ${IDENTIFIER.source}`, {
      details: { schema: String(name) },
    });
  }
  return `"${name}"`;
}
