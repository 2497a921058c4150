/**
 * Decides when an adapter sweeps expired entries: after `max(every, n)` operations, where n is
 * how many entries survived the previous sweep. A sweep then visits at most n plus the
 * operations since, so it costs O(1) amortised per operation, and expired entries never
 * outnumber the survivors of the last sweep plus `every`. No timers: nothing keeps the process
 * alive.
 */
export function createAmortisedSweep(
  every: number,
  size: () => number,
  sweep: (now: number) => void,
): (now: number) => void {
  let operations = 0;
  let threshold = every;
  return (now) => {
    operations += 1;
    if (operations >= threshold) {
      operations = 0;
      sweep(now);
      threshold = Math.max(every, size());
    }
  };
}
