/**
 * Runs a unit of work's after-commit hook and awaits it; an error it throws (or its promise
 * rejects with) goes to `onError` and is never thrown, since the unit it follows is already
 * committed. Every unit of work of the backends and audit's journaled units run their hook
 * through it.
 *
 * @param hook - the hook, or `undefined` for none (then nothing runs)
 * @param onError - hears the hook's error; without it the error is dropped
 * @returns a promise that resolves, never rejects, once the hook has settled
 * @example
 * ```ts
 * const result = await runTransaction(work);
 * await runAfterCommit(() => sequencer.wake(), (error) => log.warn(error));
 * return result;
 * ```
 */
export async function runAfterCommit(
  hook: (() => unknown) | undefined,
  onError?: (error: unknown) => void,
): Promise<void> {
  if (hook === undefined) return;
  try {
    await hook();
  } catch (error) {
    onError?.(error);
  }
}
