-- Versioned records of every VersionedStore collection (accounts, drafts, sessions, OTP
-- challenges, TOTP steps, backup codes, …): the record's fields as JSONB beside the columns the
-- store guards on. Ids and keys compare as binary strings (COLLATE "C"), like the memory store.
CREATE TABLE kabinet_records (
  collection text COLLATE "C" NOT NULL,
  id         text COLLATE "C" NOT NULL,
  version    integer NOT NULL,
  expires_at double precision,
  data       jsonb NOT NULL,
  PRIMARY KEY (collection, id)
);
CREATE INDEX kabinet_records_expiry ON kabinet_records (expires_at) WHERE expires_at IS NOT NULL;

-- Unique lookup keys (phone and e-mail blind indexes, …): one row per key, so a unique index
-- decides races between writers. expires_at mirrors the owner's, so an expired owner's keys
-- can be taken over in the same statement.
CREATE TABLE kabinet_record_keys (
  collection text COLLATE "C" NOT NULL,
  key        text COLLATE "C" NOT NULL,
  id         text COLLATE "C" NOT NULL,
  expires_at double precision,
  PRIMARY KEY (collection, key),
  FOREIGN KEY (collection, id) REFERENCES kabinet_records (collection, id) ON DELETE CASCADE
);
CREATE INDEX kabinet_record_keys_owner ON kabinet_record_keys (collection, id);

-- Attempt and send counters (S-9): one upsert per increment.
CREATE TABLE kabinet_counters (
  key        text COLLATE "C" PRIMARY KEY,
  value      double precision NOT NULL,
  expires_at double precision NOT NULL
);
CREATE INDEX kabinet_counters_expiry ON kabinet_counters (expires_at);

-- Uploaded scans (FILE-1: at most the policy's size, checked before the insert).
CREATE TABLE kabinet_blobs (
  id         text COLLATE "C" PRIMARY KEY,
  media_type text NOT NULL,
  size       integer NOT NULL,
  sha256     text NOT NULL,
  owner_id   text NOT NULL,
  created_at double precision NOT NULL,
  bytes      bytea NOT NULL
);
