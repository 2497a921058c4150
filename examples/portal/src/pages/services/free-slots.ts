import { api, failureOf, type Failure, type Json } from '../../api';

/** A slot of an office's service with its free places. */
export type Slot = Json<'/v1/offices/{officeId}/slots', 'get'>['items'][number];

const DAY = 86_400_000;

/** The calendar day (UTC, `2027-01-14`) of an instant. */
export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The first day a slot can be looked for: tomorrow. */
export const tomorrow = (): number => Date.now() + DAY;

/** The free slots of one office and service for two weeks from `fromDay` (at most 12), or the API's failure. */
export async function freeSlots(
  officeId: string,
  serviceId: string,
  fromDay: string,
): Promise<Slot[] | Failure> {
  const start = Number.isNaN(Date.parse(fromDay)) ? tomorrow() : Date.parse(fromDay);
  const from = isoDay(start);
  const to = isoDay(start + 14 * DAY);
  const r = await api.GET('/v1/offices/{officeId}/slots', {
    params: { path: { officeId }, query: { service: serviceId, from, to } as never },
  });
  if (r.data === undefined) return failureOf(r);
  return r.data.items.filter((s) => s.free > 0).slice(0, 12);
}
