-- Platform operator tokens, created by `edubadges-server create-operator-token`; only a
-- hash of the secret part is stored.
CREATE TABLE operator_tokens (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id text NOT NULL UNIQUE CHECK (public_id ~ '^[A-Za-z0-9_-]{22}$'),
    label text NOT NULL CHECK (label <> ''),
    secret_hash bytea NOT NULL CHECK (length(secret_hash) = 32),
    created_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz
);
