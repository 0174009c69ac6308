-- The access model: staff and API client accounts bound to one institution, their
-- memberships (the seven permission flags held on one node of the organisation tree),
-- invitations by e-mail, the short-lived tokens of API clients, the append-only audit
-- trail and the recorded access reviews.

-- Permission flags are a bit set: create 1, read 2, update 4, delete 8, award 16, sign 32,
-- administrate users 64.

CREATE TABLE accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id text NOT NULL UNIQUE CHECK (public_id ~ '^[A-Za-z0-9_-]{22}$'),
    kind text NOT NULL CHECK (kind IN ('staff', 'client')),
    institution_id bigint REFERENCES institutions (id),
    display_name text NOT NULL CHECK (display_name <> ''),
    -- staff: who their institution's identity provider says they are
    oidc_issuer text,
    oidc_subject text,
    email text CHECK (email = lower(email)),
    -- API clients: the kind of client and the crypto_pwhash string of its secret; repeated
    -- wrong secrets lock the client out for a while
    client_kind text CHECK (client_kind IN ('sis', 'alliance', 'internal')),
    secret_hash text,
    failed_secret_attempts integer NOT NULL DEFAULT 0,
    locked_until timestamptz,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    last_seen_at timestamptz,
    disabled_at timestamptz,
    CHECK (kind <> 'staff' OR (oidc_issuer IS NOT NULL AND oidc_subject IS NOT NULL
                               AND client_kind IS NULL AND secret_hash IS NULL)),
    CHECK (kind <> 'client' OR (client_kind IS NOT NULL AND secret_hash IS NOT NULL)),
    CHECK ((institution_id IS NULL) = (kind = 'client' AND client_kind = 'internal'))
);
CREATE UNIQUE INDEX accounts_oidc ON accounts (oidc_issuer, oidc_subject) WHERE kind = 'staff';
CREATE INDEX accounts_institution ON accounts (institution_id, created_at, public_id);

-- A node of the organisation tree: the institution itself (no further id) or one
-- faculty, issuer or badge class of it.
CREATE TABLE memberships (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id text NOT NULL UNIQUE CHECK (public_id ~ '^[A-Za-z0-9_-]{22}$'),
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    institution_id bigint NOT NULL REFERENCES institutions (id) ON DELETE CASCADE,
    node_level text NOT NULL CHECK (node_level IN ('institution', 'faculty', 'issuer', 'badge_class')),
    faculty_id bigint REFERENCES faculties (id) ON DELETE CASCADE,
    issuer_id bigint REFERENCES issuers (id) ON DELETE CASCADE,
    badge_class_id bigint REFERENCES badge_classes (id) ON DELETE CASCADE,
    permissions smallint NOT NULL CHECK (permissions BETWEEN 1 AND 127),
    granted_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    revision bigint NOT NULL DEFAULT 1,
    CHECK ((node_level = 'faculty') = (faculty_id IS NOT NULL)),
    CHECK ((node_level = 'issuer') = (issuer_id IS NOT NULL)),
    CHECK ((node_level = 'badge_class') = (badge_class_id IS NOT NULL))
);
CREATE UNIQUE INDEX memberships_one_per_node
    ON memberships (account_id, node_level, coalesce(faculty_id, issuer_id, badge_class_id, 0));
CREATE INDEX memberships_institution ON memberships (institution_id, account_id);

CREATE TABLE invitations (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id text NOT NULL UNIQUE CHECK (public_id ~ '^[A-Za-z0-9_-]{22}$'),
    institution_id bigint NOT NULL REFERENCES institutions (id) ON DELETE CASCADE,
    email text NOT NULL CHECK (email <> '' AND email = lower(email)),
    node_level text NOT NULL CHECK (node_level IN ('institution', 'faculty', 'issuer', 'badge_class')),
    faculty_id bigint REFERENCES faculties (id) ON DELETE CASCADE,
    issuer_id bigint REFERENCES issuers (id) ON DELETE CASCADE,
    badge_class_id bigint REFERENCES badge_classes (id) ON DELETE CASCADE,
    permissions smallint NOT NULL CHECK (permissions BETWEEN 1 AND 127),
    invited_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    expires_at timestamptz NOT NULL,
    accepted_at timestamptz,
    accepted_by bigint REFERENCES accounts (id) ON DELETE SET NULL,
    revoked_at timestamptz,
    CHECK ((node_level = 'faculty') = (faculty_id IS NOT NULL)),
    CHECK ((node_level = 'issuer') = (issuer_id IS NOT NULL)),
    CHECK ((node_level = 'badge_class') = (badge_class_id IS NOT NULL))
);
CREATE UNIQUE INDEX invitations_one_open
    ON invitations (email, node_level, institution_id, coalesce(faculty_id, issuer_id, badge_class_id, 0))
    WHERE accepted_at IS NULL AND revoked_at IS NULL;
CREATE INDEX invitations_institution ON invitations (institution_id, created_at, public_id);

-- Opaque tokens of API clients ("ebc.<public_id>.<secret>"): only a hash of the secret.
CREATE TABLE client_tokens (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id text NOT NULL UNIQUE CHECK (public_id ~ '^[A-Za-z0-9_-]{22}$'),
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    secret_hash bytea NOT NULL CHECK (length(secret_hash) = 32),
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz
);
CREATE INDEX client_tokens_account ON client_tokens (account_id) WHERE revoked_at IS NULL;

-- Every mutation, written in the transaction of the mutation. Institutions are kept by
-- public id (no foreign key): the trail outlives what it describes. Never secrets, tokens
-- or recipient identifiers.
CREATE TABLE audit_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id text NOT NULL UNIQUE CHECK (public_id ~ '^[A-Za-z0-9_-]{22}$'),
    occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    institution text,
    actor text NOT NULL,
    actor_label text NOT NULL DEFAULT '',
    client text NOT NULL DEFAULT '',
    method text NOT NULL,
    resource text NOT NULL DEFAULT '',
    summary text NOT NULL DEFAULT '',
    request_id text NOT NULL DEFAULT '',
    peer text NOT NULL DEFAULT ''
);
CREATE INDEX audit_events_institution ON audit_events (institution, occurred_at DESC, id DESC);

-- The trail is append-only, also for the service's own connection: UPDATE, DELETE and
-- TRUNCATE are refused by triggers (which hold for every role that does not disable
-- triggers), and when the migrating role may create roles the table goes to a role of its
-- own that grants the service only SELECT and INSERT.
CREATE FUNCTION audit_events_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % is refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_refuse();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse();

DO $$
DECLARE
    me text := current_user;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = me AND (rolsuper OR rolcreaterole)) THEN
        RETURN;
    END IF;
    BEGIN
        CREATE ROLE edubadges_audit_owner NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL; -- made by another database of the cluster
    END;
    BEGIN
        EXECUTE format('GRANT USAGE, CREATE ON SCHEMA %I TO edubadges_audit_owner', current_schema());
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE NOTICE 'audit_events stays owned by %: it may not grant on schema %', me, current_schema();
        RETURN; -- the triggers still refuse changes
    END;
    EXECUTE format('GRANT edubadges_audit_owner TO %I', me);
    ALTER TABLE audit_events OWNER TO edubadges_audit_owner;
    ALTER FUNCTION audit_events_refuse() OWNER TO edubadges_audit_owner;
    EXECUTE format('GRANT SELECT, INSERT ON audit_events TO %I', me);
    EXECUTE format('REVOKE edubadges_audit_owner FROM %I', me);
END $$;

-- What an access review saw and what it removed.
CREATE TABLE access_reviews (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id text NOT NULL UNIQUE CHECK (public_id ~ '^[A-Za-z0-9_-]{22}$'),
    institution_id bigint NOT NULL REFERENCES institutions (id) ON DELETE CASCADE,
    reviewer text NOT NULL,
    reviewed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    inactive_days integer NOT NULL CHECK (inactive_days BETWEEN 1 AND 3650),
    members integer NOT NULL,
    inactive_members integer NOT NULL,
    removed jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX access_reviews_institution ON access_reviews (institution_id, reviewed_at DESC, id DESC);
