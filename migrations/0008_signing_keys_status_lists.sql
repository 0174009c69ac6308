-- Open Badges 3.0: issuer signing keys and the bitstring status lists that publish
-- revocation. Private keys are stored sealed (libsodium secretbox) under the server's
-- master key, which is never in the database; the fingerprint names the master key used.
CREATE TABLE signing_keys (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id text NOT NULL UNIQUE CHECK (public_id ~ '^[A-Za-z0-9_-]{22}$'),
    issuer_id bigint NOT NULL REFERENCES issuers (id),
    algorithm text NOT NULL CHECK (algorithm IN ('Ed25519', 'ES256', 'RS256')),
    public_key text NOT NULL CHECK (public_key <> ''),
    sealed_private_key bytea NOT NULL CHECK (length(sealed_private_key) > 40),
    master_key_fingerprint text NOT NULL CHECK (master_key_fingerprint ~ '^[0-9a-f]{16}$'),
    state text NOT NULL CHECK (state IN ('active', 'superseded', 'retired')),
    created_at timestamptz NOT NULL,
    superseded_at timestamptz,
    retired_at timestamptz,
    CHECK ((state = 'retired') = (retired_at IS NOT NULL)),
    CHECK (state <> 'superseded' OR superseded_at IS NOT NULL)
);
-- One active key per issuer and algorithm.
CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys (issuer_id, algorithm) WHERE state = 'active';
CREATE INDEX signing_keys_issuer_order ON signing_keys (issuer_id, created_at, public_id);

-- An issuer's status lists of 131,072 entries each, filled in order.
CREATE TABLE status_lists (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id text NOT NULL UNIQUE CHECK (public_id ~ '^[A-Za-z0-9_-]{22}$'),
    issuer_id bigint NOT NULL REFERENCES issuers (id),
    list_number integer NOT NULL CHECK (list_number >= 0),
    next_index integer NOT NULL DEFAULT 0 CHECK (next_index BETWEEN 0 AND 131072),
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    UNIQUE (issuer_id, list_number)
);

-- An assertion's entry in a status list, given the first time it is issued as a credential;
-- its bit is set while the assertion is revoked.
ALTER TABLE assertions
    ADD COLUMN status_list_id bigint REFERENCES status_lists (id),
    ADD COLUMN status_index integer CHECK (status_index BETWEEN 0 AND 131071),
    ADD CONSTRAINT assertions_status_entry CHECK ((status_list_id IS NULL) = (status_index IS NULL));
CREATE UNIQUE INDEX assertions_status_list_index ON assertions (status_list_id, status_index)
    WHERE status_list_id IS NOT NULL;
