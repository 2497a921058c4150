const ORDER: Readonly<Record<string, number>> = {
  none: 0,
  simplified: 1,
  standard: 2,
  confirmed: 3,
};

/** Whether `level` is at least `required`. */
export function levelAtLeast(level: string, required: string): boolean {
  return (ORDER[level] ?? -1) >= (ORDER[required] ?? Number.POSITIVE_INFINITY);
}
