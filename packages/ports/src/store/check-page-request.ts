import { invalidArgument } from '../misuse/invalid-argument.js';
import type { PageRequest } from './versioned-store.js';

/**
 * Checks a {@link PageRequest} of {@link VersionedStore.list}: `limit` a positive integer,
 * `after` absent or a string.
 *
 * @param request - the request the caller passed
 * @param entity - what the store holds, named in the message
 * @returns the request
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a limit that is not a positive integer or a cursor that is not a string
 * @example
 * ```ts
 * import { checkPageRequest } from '@kabinet/ports/store';
 * checkPageRequest({ limit: 20, after: 'acc_19' }, 'account'); // fine
 * checkPageRequest({ limit: 0 }, 'account'); // throws ERR_INVALID_ARGUMENT
 * ```
 */
export function checkPageRequest(request: PageRequest, entity: string): PageRequest {
  if (!Number.isInteger(request.limit) || request.limit < 1) {
    invalidArgument(`${entity}: page limit must be a positive integer`, {
      limit: String(request.limit),
    });
  }
  if (request.after !== undefined && typeof request.after !== 'string')
    invalidArgument(`${entity}: the cursor is a string`);
  return request;
}
