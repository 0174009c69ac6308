-- Institutions and the schac_home domains that identify them.
CREATE TABLE institutions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id text NOT NULL UNIQUE CHECK (public_id ~ '^[A-Za-z0-9_-]{22}$'),
    identifier text NOT NULL CHECK (identifier = lower(identifier) AND identifier <> ''),
    alternative_identifier text CHECK (alternative_identifier = lower(alternative_identifier)
                                       AND alternative_identifier <> identifier),
    name_nl text NOT NULL DEFAULT '',
    name_en text NOT NULL DEFAULT '',
    description_nl text NOT NULL DEFAULT '',
    description_en text NOT NULL DEFAULT '',
    sector text NOT NULL CHECK (sector IN ('MBO', 'HBO', 'WO', 'HBO/MBO')),
    brin text CHECK (brin ~ '^[0-9]{2}[A-Z0-9]{2}$'),
    country_code text NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
    region_code text CHECK (region_code ~ '^[A-Z]{2}-[A-Z0-9]{1,3}$'
                            AND left(region_code, 2) = country_code),
    grading_table_url text,
    default_language text NOT NULL CHECK (default_language IN ('nl', 'en')),
    micro_credentials_enabled boolean NOT NULL DEFAULT false,
    direct_awarding_enabled boolean NOT NULL DEFAULT false,
    sis_integration_enabled boolean NOT NULL DEFAULT false,
    require_mfa_for_staff boolean NOT NULL DEFAULT false,
    eppn_pattern text,
    archived_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    revision bigint NOT NULL DEFAULT 1,
    CHECK (name_nl <> '' OR name_en <> ''),
    CHECK (description_nl <> '' OR description_en <> '')
);

CREATE UNIQUE INDEX institutions_identifier_key ON institutions (identifier);
CREATE INDEX institutions_sector_identifier ON institutions (sector, identifier);

-- Every domain that identifies an institution, primary or alternative: one owner each.
CREATE TABLE institution_domains (
    domain text PRIMARY KEY,
    institution_id bigint NOT NULL REFERENCES institutions (id) ON DELETE CASCADE
);
CREATE INDEX institution_domains_institution ON institution_domains (institution_id);

CREATE FUNCTION institution_domains_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM institution_domains WHERE institution_id = NEW.id;
    INSERT INTO institution_domains (domain, institution_id) VALUES (NEW.identifier, NEW.id);
    IF NEW.alternative_identifier IS NOT NULL THEN
        INSERT INTO institution_domains (domain, institution_id)
        VALUES (NEW.alternative_identifier, NEW.id);
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER institutions_domains
    AFTER INSERT OR UPDATE OF identifier, alternative_identifier ON institutions
    FOR EACH ROW EXECUTE FUNCTION institution_domains_sync();
