/** What {@link SlotStore.hold} is asked for. */
export interface SlotHoldRequest {
  /** The slot: whatever names one bookable time (`office:service:2027-01-15T09:00`). */
  readonly slotKey: string;
  /** Who holds the seat (an appointment's id); one seat per holder and slot. */
  readonly holderId: string;
  /** Seats the slot has, a positive integer; the store never lets more than this be taken. */
  readonly capacity: number;
  /** Epoch ms until which the hold lasts unless {@link SlotStore.book} turns it into a booking. */
  readonly holdUntil: number;
}

/** A seat of a slot as the store reports it. */
export interface SlotSeat {
  /** The seat's number, `0 … capacity − 1`. */
  readonly seat: number;
  /** `held` until its time, or `booked` until released. */
  readonly state: 'held' | 'booked';
  /** For a held seat, when the hold lapses (epoch ms). */
  readonly holdUntil?: number;
}

/**
 * The seats of bookable slots (SVC-2): a slot has a capacity, a seat is held for a while or
 * booked, and the store — not the caller — decides who gets the last seat, in one guarded
 * operation, on one instance or many. A hold whose time has passed is free for the next
 * claim; there is no sweeper. Time comes from the adapter's clock.
 *
 * @example
 * ```ts
 * const seat = await slots.hold({ slotKey: 'mow-1:rvp:2027-01-15T09:00', holderId: 'apt_1', capacity: 2, holdUntil: now + 600_000 });
 * if (seat !== undefined && (await slots.book('mow-1:rvp:2027-01-15T09:00', 'apt_1'))) {
 *   // the visit is booked
 * }
 * ```
 */
export interface SlotStore {
  /**
   * Takes a free seat for the holder until `holdUntil`; a holder that already has a seat of
   * this slot gets it back (a live hold's time is moved to `holdUntil`, a booking is unchanged).
   * `undefined` when every seat is booked or held by someone else.
   * @throws KabinetError `ERR_INVALID_ARGUMENT` for an empty key or holder, a capacity that is not a positive integer, or a non-finite time
   */
  hold(request: SlotHoldRequest): Promise<SlotSeat | undefined>;
  /** Turns the holder's live hold into a booking; `false` when the holder has no live hold (it lapsed or was never taken). A booking is booked again (`true`). */
  book(slotKey: string, holderId: string): Promise<boolean>;
  /** Frees the holder's seat, held or booked; `false` when the holder had none. */
  release(slotKey: string, holderId: string): Promise<boolean>;
  /** The holder's seat now, if any (a lapsed hold is none). */
  seatOf(slotKey: string, holderId: string): Promise<SlotSeat | undefined>;
  /** Seats taken now (booked, and held with time left) of each slot asked; a slot with none is absent from the map. */
  taken(slotKeys: readonly string[]): Promise<ReadonlyMap<string, number>>;
}
