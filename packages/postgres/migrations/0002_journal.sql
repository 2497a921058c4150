-- The append-only, tamper-evident journal (S-14). Several named journals share these tables
-- through the `journal` column. Every field an entry's hash covers has a column of its own, so
-- what is read back is exactly what was appended (JSONB would reorder keys and normalise
-- numbers). Strings compare as binary strings (COLLATE "C"), like the memory store.
CREATE TABLE kabinet_journal_entries (
  journal            text COLLATE "C" NOT NULL,
  seq                bigint NOT NULL CHECK (seq >= 0),
  v                  smallint NOT NULL CHECK (v = 1),
  ts                 bigint NOT NULL,
  actor_type         text COLLATE "C" NOT NULL,
  actor_id           text COLLATE "C" NOT NULL,
  action             text COLLATE "C" NOT NULL,
  subject_type       text COLLATE "C" NOT NULL,
  subject_id         text COLLATE "C" NOT NULL,
  payload_commitment text COLLATE "C",
  prev               text COLLATE "C" NOT NULL,
  hash               text COLLATE "C" NOT NULL,
  -- The primary key decides every race between appenders: one row per (journal, seq).
  PRIMARY KEY (journal, seq)
);
CREATE INDEX kabinet_journal_entries_subject ON kabinet_journal_entries (journal, subject_type, subject_id, seq);
CREATE INDEX kabinet_journal_entries_actor ON kabinet_journal_entries (journal, actor_type, actor_id, seq);
CREATE INDEX kabinet_journal_entries_action ON kabinet_journal_entries (journal, action, seq);
CREATE INDEX kabinet_journal_entries_ts ON kabinet_journal_entries (journal, ts, seq);

-- Entries are never changed or removed, not even by a buggy caller of this schema: row updates
-- and deletes, and TRUNCATE, are refused by the database itself.
CREATE FUNCTION kabinet_journal_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'kabinet journal entries are append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER kabinet_journal_entries_no_change BEFORE UPDATE OR DELETE ON kabinet_journal_entries
  FOR EACH ROW EXECUTE FUNCTION kabinet_journal_entries_append_only();
CREATE TRIGGER kabinet_journal_entries_no_truncate BEFORE TRUNCATE ON kabinet_journal_entries
  FOR EACH STATEMENT EXECUTE FUNCTION kabinet_journal_entries_append_only();

-- Payloads beside the chain (S-12): sealed (key_id, iv, ciphertext) or, once the subject was
-- erased, only erased_at. The ciphertext is dropped by the erasure, not kept beside a deleted key.
CREATE TABLE kabinet_journal_payloads (
  journal      text COLLATE "C" NOT NULL,
  seq          bigint NOT NULL,
  subject_type text COLLATE "C" NOT NULL,
  subject_id   text COLLATE "C" NOT NULL,
  key_id       text COLLATE "C",
  iv           text,
  ciphertext   text,
  erased_at    double precision,
  PRIMARY KEY (journal, seq),
  FOREIGN KEY (journal, seq) REFERENCES kabinet_journal_entries (journal, seq),
  CHECK ((erased_at IS NULL) = (key_id IS NOT NULL AND iv IS NOT NULL AND ciphertext IS NOT NULL)),
  CHECK (erased_at IS NULL OR (key_id IS NULL AND iv IS NULL AND ciphertext IS NULL))
);
CREATE INDEX kabinet_journal_payloads_sealed ON kabinet_journal_payloads (journal, subject_type, subject_id) WHERE erased_at IS NULL;

-- Subjects' data keys: one per subject (the primary key decides racing ensureSubjectKey calls),
-- key ids unique within a journal. Deleting the row is the crypto-shredding.
CREATE TABLE kabinet_journal_subject_keys (
  journal      text COLLATE "C" NOT NULL,
  subject_type text COLLATE "C" NOT NULL,
  subject_id   text COLLATE "C" NOT NULL,
  id           text COLLATE "C" NOT NULL,
  wrap_kid     text COLLATE "C" NOT NULL,
  wrapped      text COLLATE "C" NOT NULL,
  created_at   bigint NOT NULL,
  PRIMARY KEY (journal, subject_type, subject_id),
  UNIQUE (journal, id)
);

-- Signed checkpoints (only the JWS is trusted; the other columns are its parsed copy) and the
-- Merkle frontier at that size, so the next signer needs only the newer entries.
CREATE TABLE kabinet_journal_checkpoints (
  journal  text COLLATE "C" NOT NULL,
  size     bigint NOT NULL CHECK (size >= 0),
  root     text NOT NULL,
  head     text NOT NULL,
  ts       double precision NOT NULL,
  kid      text NOT NULL,
  jws      text NOT NULL,
  frontier text[],
  PRIMARY KEY (journal, size)
);
