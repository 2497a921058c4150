-- Owner and due-time indexes of versioned records (applications, appointments, tickets,
-- notices): a party's records newest first, and what is due by a time (deadlines, reminders,
-- delivery retries). Nullable columns: existing rows need no rewrite.
ALTER TABLE kabinet_records ADD COLUMN owner_id text COLLATE "C";
ALTER TABLE kabinet_records ADD COLUMN due_at double precision;
CREATE INDEX kabinet_records_owner ON kabinet_records (collection, owner_id, id DESC) WHERE owner_id IS NOT NULL;
CREATE INDEX kabinet_records_due ON kabinet_records (collection, due_at, id) WHERE due_at IS NOT NULL;

-- Seats of bookable slots (SVC-2): one row per taken seat, the primary key is what stops a
-- second holder; a lapsed hold is taken over in the same upsert, so no sweeper is needed.
CREATE TABLE kabinet_slot_seats (
  slot_key   text COLLATE "C" NOT NULL,
  seat       integer NOT NULL,
  holder_id  text COLLATE "C" NOT NULL,
  state      text NOT NULL CHECK (state IN ('held', 'booked')),
  hold_until double precision NOT NULL,
  PRIMARY KEY (slot_key, seat)
);
CREATE INDEX kabinet_slot_seats_holder ON kabinet_slot_seats (slot_key, holder_id);
