-- Tags: an institution's internal labels for its badge classes. An archived tag stays on
-- the badge classes that have it but may not be newly assigned. An institution that has
-- tags cannot be deleted (no cascade).
CREATE TABLE tags (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id text NOT NULL UNIQUE CHECK (public_id ~ '^[A-Za-z0-9_-]{22}$'),
    institution_id bigint NOT NULL REFERENCES institutions (id),
    name text NOT NULL CHECK (name <> ''),
    archived_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    revision bigint NOT NULL DEFAULT 1
);

-- One name per institution regardless of letter case; also the order of ListTags.
CREATE UNIQUE INDEX tags_institution_name_key ON tags (institution_id, lower(name));
