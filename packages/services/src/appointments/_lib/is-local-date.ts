/** Whether `YYYY-MM-DD` names a real calendar date (no 30 February: `Date.parse` would roll it over). */
export function isLocalDate(date: string): boolean {
  const ms = Date.parse(`${date}T00:00:00Z`);
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(date) &&
    !Number.isNaN(ms) &&
    new Date(ms).toISOString().slice(0, 10) === date
  );
}
