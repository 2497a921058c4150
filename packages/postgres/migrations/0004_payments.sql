-- State-duty payments (PAY-1…5): payments, their attempts, bound methods, idempotency keys and
-- the processed-callback inbox. Each row keeps the record as JSONB beside the columns that are
-- queried or guarded, and the unique indexes below decide the races between writers (one
-- statement each, no read-then-write). Ids and keys compare as binary strings (COLLATE "C"), so
-- `id DESC` orders like JavaScript's `<` on the ASCII ids of the cursor format.

CREATE TABLE kabinet_payments (
  id                 text COLLATE "C" PRIMARY KEY,
  account_id         text COLLATE "C" NOT NULL,
  uin                text COLLATE "C" NOT NULL,
  transaction_number text COLLATE "C" NOT NULL,
  service_type       text COLLATE "C" NOT NULL,
  status             text COLLATE "C" NOT NULL,
  created_at         bigint NOT NULL,
  version            integer NOT NULL,
  data               jsonb NOT NULL
);
-- One payment per transaction number.
CREATE UNIQUE INDEX kabinet_payments_transaction_number ON kabinet_payments (transaction_number);
-- One payment per УИН that is not cancelled ("active"): cancellation frees the УИН.
CREATE UNIQUE INDEX kabinet_payments_active_uin ON kabinet_payments (uin) WHERE status <> 'canceled';
-- PAY-5 listing: an account's payments newest first (scanned backwards), keyset on (created_at, id).
CREATE INDEX kabinet_payments_by_account ON kabinet_payments (account_id, created_at, id);

CREATE TABLE kabinet_payment_attempts (
  id                  text COLLATE "C" PRIMARY KEY,
  payment_id          text COLLATE "C" NOT NULL,
  sequence            bigint NOT NULL,
  provider            text COLLATE "C" NOT NULL,
  provider_payment_id text COLLATE "C",
  idempotency_key     text COLLATE "C" NOT NULL,
  status              text COLLATE "C" NOT NULL,
  version             integer NOT NULL,
  data                jsonb NOT NULL
);
CREATE UNIQUE INDEX kabinet_payment_attempts_idempotency_key ON kabinet_payment_attempts (idempotency_key);
-- One attempt per provider object.
CREATE UNIQUE INDEX kabinet_payment_attempts_provider_object ON kabinet_payment_attempts (provider, provider_payment_id) WHERE provider_payment_id IS NOT NULL;
-- At most one succeeded attempt per payment (succeeded is terminal).
CREATE UNIQUE INDEX kabinet_payment_attempts_one_succeeded ON kabinet_payment_attempts (payment_id) WHERE status = 'succeeded';
CREATE INDEX kabinet_payment_attempts_by_payment ON kabinet_payment_attempts (payment_id, sequence, id);

CREATE TABLE kabinet_payment_methods (
  id          text COLLATE "C" PRIMARY KEY,
  account_id  text COLLATE "C" NOT NULL,
  fingerprint text COLLATE "C" NOT NULL,
  status      text COLLATE "C" NOT NULL,
  created_at  double precision NOT NULL,
  version     integer NOT NULL,
  data        jsonb NOT NULL
);
-- PAY-2: the same instrument binds once per account while active; removal frees it.
CREATE UNIQUE INDEX kabinet_payment_methods_active_fingerprint ON kabinet_payment_methods (account_id, fingerprint) WHERE status = 'active';
CREATE INDEX kabinet_payment_methods_by_account ON kabinet_payment_methods (account_id, created_at, id);

-- Idempotency keys: claimed by one upsert that replaces only an expired row.
CREATE TABLE kabinet_idempotency_keys (
  key        text COLLATE "C" PRIMARY KEY,
  expires_at double precision NOT NULL,
  data       jsonb NOT NULL
);
CREATE INDEX kabinet_idempotency_keys_expiry ON kabinet_idempotency_keys (expires_at);

-- Processed provider callbacks (S-16): one upsert per callback tells whether it was new.
CREATE TABLE kabinet_processed_callbacks (
  provider   text COLLATE "C" NOT NULL,
  event_key  text COLLATE "C" NOT NULL,
  expires_at double precision NOT NULL,
  data       jsonb NOT NULL,
  PRIMARY KEY (provider, event_key)
);
CREATE INDEX kabinet_processed_callbacks_expiry ON kabinet_processed_callbacks (expires_at);
