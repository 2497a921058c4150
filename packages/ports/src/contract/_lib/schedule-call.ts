import type fc from 'fast-check';

type Settled<R> =
  { readonly ok: true; readonly value: R } | { readonly ok: false; readonly error: unknown };

/**
 * `s.scheduleFunction(fn)` whose result, success or rejection, is released by the scheduler.
 * fast-check attaches its handlers only when it releases a task, so a call that rejects
 * before then would count as an unhandled rejection; here the call settles into a value
 * first and the rejection is rethrown once released.
 */
export function scheduleCall<A extends unknown[], R>(
  s: fc.Scheduler,
  fn: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  const settled = s.scheduleFunction(async (...args: A): Promise<Settled<R>> => {
    try {
      return { ok: true, value: await fn(...args) };
    } catch (error) {
      return { ok: false, error };
    }
  });
  return async (...args) => {
    const outcome = await settled(...args);
    if (outcome.ok) return outcome.value;
    throw outcome.error;
  };
}
