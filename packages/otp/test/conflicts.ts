import { ConflictError, KabinetError } from '@kabinet/core';

/** Makes `store[method]` throw a version conflict the first `times` calls, then behave (S-15 tests). */
export function conflictFirst<S extends object>(
  store: S,
  method: keyof S & string,
  times: number,
): void {
  const real = (store[method] as (...args: unknown[]) => Promise<unknown>).bind(store);
  let left = times;
  Object.assign(store, {
    [method]: async (...args: unknown[]) => {
      if (left-- > 0) throw new ConflictError('test', 'x', 0);
      return real(...args);
    },
  });
}

/** `'resolved'`, or the code of the `KabinetError` the promise rejected with. */
export const thrownCode = (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    () => 'resolved',
    (e: unknown) => (KabinetError.isInstance(e) ? e.code : e),
  );
