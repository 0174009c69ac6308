-- placeholder until the tags branch is merged
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
CREATE UNIQUE INDEX tags_institution_name_key ON tags (institution_id, lower(name));
