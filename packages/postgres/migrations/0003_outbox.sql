-- The journal's outbox (DESIGN.md principle 7): a unit of work writes its journal entries here
-- in the same transaction as its state changes, so both commit or neither, without every
-- journaled write waiting for the chain's head. The one sequencer (leader by advisory lock)
-- moves rows into kabinet_journal_entries in batches and deletes them in the same transaction.
-- A payload is sealed (key_id, iv, ciphertext), erased while it waited (erased_at), or absent.
CREATE TABLE kabinet_journal_outbox (
  journal            text COLLATE "C" NOT NULL,
  id                 bigint GENERATED ALWAYS AS IDENTITY,
  ts                 bigint NOT NULL,
  actor_type         text COLLATE "C" NOT NULL,
  actor_id           text COLLATE "C" NOT NULL,
  action             text COLLATE "C" NOT NULL,
  subject_type       text COLLATE "C" NOT NULL,
  subject_id         text COLLATE "C" NOT NULL,
  payload_commitment text COLLATE "C",
  key_id             text COLLATE "C",
  iv                 text,
  ciphertext         text,
  erased_at          double precision,
  -- Oldest first per journal: the sequencer's batches read this index.
  PRIMARY KEY (journal, id),
  CHECK (key_id IS NULL OR (iv IS NOT NULL AND ciphertext IS NOT NULL AND erased_at IS NULL AND payload_commitment IS NOT NULL)),
  CHECK (key_id IS NOT NULL OR (iv IS NULL AND ciphertext IS NULL)),
  CHECK (erased_at IS NULL OR payload_commitment IS NOT NULL)
);
-- Erasing a subject finds its sealed payloads still waiting here.
CREATE INDEX kabinet_journal_outbox_sealed ON kabinet_journal_outbox (journal, subject_type, subject_id) WHERE key_id IS NOT NULL;
