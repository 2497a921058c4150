import { useState } from 'preact/hooks';
import { issuesByPath, type Failure } from '../../api';

/**
 * Shows the API's failure: field issues go to their fields (by path under `prefix`), the rest to
 * the box; with the time a refusal lifts when the API says so.
 */
export function useFailure(
  prefix: string,
): [
  Record<string, string>,
  string | undefined,
  (f: Failure | undefined) => void,
  number | undefined,
] {
  const [failure, setFailure] = useState<Failure>();
  const fields = issuesByPath(failure, prefix);
  const general =
    failure === undefined
      ? undefined
      : Object.keys(fields).length > 0 && failure.status === 422
        ? undefined
        : failure.error.message;
  const retryUntil =
    failure?.retryAfter === undefined ? undefined : Date.now() + failure.retryAfter * 1000;
  return [fields, general, setFailure, retryUntil];
}
