/**
 * Decides when an adapter sweeps expired entries: after `max(every, size)` operations, so a
 * full sweep costs O(1) amortised per operation and expired entries never outnumber the
 * entries the store held at the last sweep plus the operations since. No timers: nothing
 * keeps the process alive.
 */
export function createAmortisedSweep(every: number, size: () => number, sweep: (now: number) => void): (now: number) => void {
  let operations = 0;
  return (now) => {
    operations += 1;
    if (operations >= Math.max(every, size())) {
      operations = 0;
      sweep(now);
    }
  };
}
