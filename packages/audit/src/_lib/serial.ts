/**
 * Runs async tasks one at a time, in call order (a promise-chain mutex). When nothing is
 * running, a task starts at once, without waiting for an extra turn of the queue.
 */
export function createSerial(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;
  const done = (): void => {
    pending--;
  };
  return <T>(task: () => Promise<T>): Promise<T> => {
    pending++;
    const run = pending === 1 ? task() : tail.then(task, task);
    // `done` is attached before the caller's own reaction, so an awaiting caller sees pending = 0.
    tail = run.then(done, done);
    return run;
  };
}
