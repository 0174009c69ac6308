-- Images (content-addressed), faculties and issuers, and the archive cascade from an
-- institution down to its issuers.
CREATE TABLE images (
    sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    media_type text NOT NULL CHECK (media_type IN ('image/png', 'image/svg+xml')),
    data bytea NOT NULL CHECK (octet_length(data) BETWEEN 1 AND 262144),
    created_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE institutions
    ADD COLUMN micro_credential_min_ects numeric(4, 1)
        CHECK (micro_credential_min_ects BETWEEN 0.5 AND 3 AND micro_credential_min_ects * 2 = trunc(micro_credential_min_ects * 2));

CREATE TABLE faculties (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id text NOT NULL UNIQUE CHECK (public_id ~ '^[A-Za-z0-9_-]{22}$'),
    institution_id bigint NOT NULL REFERENCES institutions (id),
    name_nl text NOT NULL DEFAULT '',
    name_en text NOT NULL DEFAULT '',
    description_nl text NOT NULL DEFAULT '',
    description_en text NOT NULL DEFAULT '',
    sector text CHECK (sector IN ('MBO', 'HBO', 'WO')),
    visibility text NOT NULL CHECK (visibility IN ('public', 'test')),
    on_behalf_of boolean NOT NULL DEFAULT false,
    on_behalf_of_name text NOT NULL DEFAULT '',
    on_behalf_of_url text NOT NULL DEFAULT '',
    on_behalf_of_image text REFERENCES images (sha256),
    archived_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    revision bigint NOT NULL DEFAULT 1,
    CHECK (name_nl <> '' OR name_en <> ''),
    CHECK (description_nl <> '' OR description_en <> ''),
    CHECK (NOT on_behalf_of OR (on_behalf_of_name <> '' AND on_behalf_of_image IS NOT NULL))
);
CREATE INDEX faculties_institution_order ON faculties (institution_id, created_at, public_id);
CREATE UNIQUE INDEX faculties_name_nl_key ON faculties (institution_id, lower(name_nl))
    WHERE archived_at IS NULL AND name_nl <> '';
CREATE UNIQUE INDEX faculties_name_en_key ON faculties (institution_id, lower(name_en))
    WHERE archived_at IS NULL AND name_en <> '';

CREATE TABLE issuers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id text NOT NULL UNIQUE CHECK (public_id ~ '^[A-Za-z0-9_-]{22}$'),
    faculty_id bigint NOT NULL REFERENCES faculties (id) ON DELETE CASCADE,
    institution_id bigint NOT NULL REFERENCES institutions (id),
    name_nl text NOT NULL DEFAULT '',
    name_en text NOT NULL DEFAULT '',
    description_nl text NOT NULL DEFAULT '',
    description_en text NOT NULL DEFAULT '',
    url_nl text NOT NULL DEFAULT '',
    url_en text NOT NULL DEFAULT '',
    email text NOT NULL CHECK (email <> '' AND email = lower(email)),
    image text REFERENCES images (sha256),
    archived_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    revision bigint NOT NULL DEFAULT 1,
    CHECK (name_nl <> '' OR name_en <> ''),
    CHECK (description_nl <> '' OR description_en <> ''),
    CHECK (url_nl <> '' OR url_en <> '')
);
CREATE INDEX issuers_faculty_order ON issuers (faculty_id, created_at, public_id);
CREATE INDEX issuers_institution_order ON issuers (institution_id, created_at, public_id);
CREATE UNIQUE INDEX issuers_name_nl_key ON issuers (faculty_id, lower(name_nl))
    WHERE archived_at IS NULL AND name_nl <> '';
CREATE UNIQUE INDEX issuers_name_en_key ON issuers (faculty_id, lower(name_en))
    WHERE archived_at IS NULL AND name_en <> '';

-- Archiving a node archives everything below it that is not archived yet (in the same
-- statement, so in the same transaction). The trigger arguments name the child table and
-- its column that refers to the node.
CREATE FUNCTION archive_children() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('UPDATE %I SET archived_at = $1, updated_at = now(), revision = revision + 1'
                   ' WHERE %I = $2 AND archived_at IS NULL', TG_ARGV[0], TG_ARGV[1])
        USING NEW.archived_at, NEW.id;
    RETURN NEW;
END $$;
CREATE TRIGGER institutions_archive_cascade
    AFTER UPDATE OF archived_at ON institutions
    FOR EACH ROW WHEN (OLD.archived_at IS NULL AND NEW.archived_at IS NOT NULL)
    EXECUTE FUNCTION archive_children('faculties', 'institution_id');
CREATE TRIGGER faculties_archive_cascade
    AFTER UPDATE OF archived_at ON faculties
    FOR EACH ROW WHEN (OLD.archived_at IS NULL AND NEW.archived_at IS NOT NULL)
    EXECUTE FUNCTION archive_children('issuers', 'faculty_id');
