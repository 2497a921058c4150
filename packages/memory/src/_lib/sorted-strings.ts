/**
 * The first index whose element is `> value` in an ascending array (of strings by binary
 * comparison, or of numbers).
 */
export function upperBound<T extends string | number>(sorted: readonly T[], value: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose element is `>= value` in an ascending array. */
export function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Inserts `value` keeping the array ascending; no-op when present. */
export function insertSorted(sorted: string[], value: string): void {
  const at = lowerBound(sorted, value);
  if (sorted[at] !== value) sorted.splice(at, 0, value);
}

/** Removes `value` from an ascending array; no-op when absent. */
export function removeSorted(sorted: string[], value: string): void {
  const at = lowerBound(sorted, value);
  if (sorted[at] === value) sorted.splice(at, 1);
}
