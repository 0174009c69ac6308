-- Awarding: learners with their institution accounts and consents, direct award bundles
-- and their rows, badge requests (enrollments), the rest of the assertion, and the
-- idempotency records of retried bulk awards.
CREATE TABLE learners (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id text NOT NULL UNIQUE CHECK (public_id ~ '^[A-Za-z0-9_-]{22}$'),
    eduid text NOT NULL UNIQUE CHECK (eduid <> ''),
    email text NOT NULL CHECK (email <> ''),
    validated_name text,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    revision bigint NOT NULL DEFAULT 1
);
CREATE INDEX learners_email ON learners (email);

-- The institution accounts a learner linked (eppn + schac_home), as the identity layer
-- reported them at the last login.
CREATE TABLE learner_accounts (
    learner_id bigint NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    eppn text NOT NULL CHECK (eppn <> ''),
    schac_home text NOT NULL CHECK (schac_home <> ''),
    PRIMARY KEY (learner_id, eppn)
);
CREATE UNIQUE INDEX learner_accounts_eppn ON learner_accounts (eppn);

-- One combined consent per learner, institution and terms kind; a new version replaces it.
CREATE TABLE consents (
    learner_id bigint NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    institution_id bigint NOT NULL REFERENCES institutions (id),
    terms_kind text NOT NULL CHECK (terms_kind IN ('formal', 'informal')),
    terms_version integer NOT NULL CHECK (terms_version > 0),
    consented_at timestamptz NOT NULL,
    PRIMARY KEY (learner_id, institution_id, terms_kind)
);

CREATE TABLE direct_award_bundles (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id text NOT NULL UNIQUE CHECK (public_id ~ '^[A-Za-z0-9_-]{22}$'),
    badge_class_id bigint NOT NULL REFERENCES badge_classes (id),
    institution_id bigint NOT NULL REFERENCES institutions (id),
    identifier_type text NOT NULL CHECK (identifier_type IN ('eppn', 'email')),
    source text NOT NULL CHECK (source IN ('ui', 'sis', 'alliance')),
    scheduled_at timestamptz,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX direct_award_bundles_badge_class ON direct_award_bundles (badge_class_id, created_at);

CREATE TABLE direct_awards (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id text NOT NULL UNIQUE CHECK (public_id ~ '^[A-Za-z0-9_-]{22}$'),
    bundle_id bigint NOT NULL REFERENCES direct_award_bundles (id),
    badge_class_id bigint NOT NULL REFERENCES badge_classes (id),
    recipient text NOT NULL CHECK (recipient <> ''), -- the normalised eppn or e-mail address
    recipient_name text NOT NULL DEFAULT '',
    narrative text NOT NULL DEFAULT '',
    evidence_url text NOT NULL DEFAULT '',
    grade text NOT NULL DEFAULT '',
    status text NOT NULL CHECK (status IN ('scheduled', 'unaccepted', 'accepted', 'rejected', 'expired', 'deleted')),
    expires_at timestamptz NOT NULL,
    assertion_id bigint,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    updated_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
-- At most one open direct award per person per badge class.
CREATE UNIQUE INDEX direct_awards_one_open ON direct_awards (badge_class_id, recipient)
    WHERE status IN ('scheduled', 'unaccepted');
CREATE INDEX direct_awards_bundle ON direct_awards (bundle_id, id);
CREATE INDEX direct_awards_recipient ON direct_awards (recipient) WHERE status IN ('scheduled', 'unaccepted');

-- A learner's request for a badge class (enrollment).
CREATE TABLE badge_requests (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id text NOT NULL UNIQUE CHECK (public_id ~ '^[A-Za-z0-9_-]{22}$'),
    badge_class_id bigint NOT NULL REFERENCES badge_classes (id),
    learner_id bigint NOT NULL REFERENCES learners (id),
    narrative text NOT NULL DEFAULT '',
    evidence_url text NOT NULL DEFAULT '',
    status text NOT NULL CHECK (status IN ('pending', 'approved', 'denied', 'withdrawn')),
    deny_reason text NOT NULL DEFAULT '',
    assertion_id bigint,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    updated_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE UNIQUE INDEX badge_requests_one_pending ON badge_requests (badge_class_id, learner_id)
    WHERE status = 'pending';

-- The rest of an assertion. The recipient is stored as its hashed identity with the salt,
-- both fixed at award, so every rendering is the same.
ALTER TABLE assertions
    ADD COLUMN learner_id bigint REFERENCES learners (id),
    ADD COLUMN recipient_type text NOT NULL DEFAULT 'email' CHECK (recipient_type IN ('email', 'id')),
    ADD COLUMN recipient_hash text NOT NULL DEFAULT '' ,
    ADD COLUMN recipient_salt text NOT NULL DEFAULT '',
    ADD COLUMN recipient_name text NOT NULL DEFAULT '',
    ADD COLUMN expires_at timestamptz,
    ADD COLUMN grade text NOT NULL DEFAULT '',
    ADD COLUMN narrative text NOT NULL DEFAULT '',
    ADD COLUMN evidence_url text NOT NULL DEFAULT '',
    ADD COLUMN award_type text NOT NULL DEFAULT 'direct_award' CHECK (award_type IN ('request', 'direct_award')),
    ADD COLUMN source text NOT NULL DEFAULT 'ui' CHECK (source IN ('ui', 'sis', 'alliance')),
    ADD COLUMN acceptance text NOT NULL DEFAULT 'accepted' CHECK (acceptance IN ('unaccepted', 'accepted', 'rejected')),
    ADD COLUMN public boolean NOT NULL DEFAULT false,
    ADD COLUMN revocation_reason text NOT NULL DEFAULT '',
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    ADD CONSTRAINT assertions_revocation_reason CHECK (revoked_at IS NULL OR revocation_reason <> '');
ALTER TABLE direct_awards ADD CONSTRAINT direct_awards_assertion FOREIGN KEY (assertion_id) REFERENCES assertions (id);
ALTER TABLE badge_requests ADD CONSTRAINT badge_requests_assertion FOREIGN KEY (assertion_id) REFERENCES assertions (id);
-- At most one unrevoked assertion per learner per badge class.
CREATE UNIQUE INDEX assertions_one_unrevoked ON assertions (badge_class_id, learner_id)
    WHERE revoked_at IS NULL AND learner_id IS NOT NULL;
CREATE INDEX assertions_learner ON assertions (learner_id, issued_at);

-- A retried bulk award: the first result is kept under the caller's request id, with a
-- hash of the request so that a reuse with other content is refused.
CREATE TABLE award_requests (
    caller text NOT NULL,
    request_id text NOT NULL CHECK (request_id <> ''),
    request_hash text NOT NULL,
    bundle_id bigint NOT NULL REFERENCES direct_award_bundles (id),
    response bytea NOT NULL,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (caller, request_id)
);
