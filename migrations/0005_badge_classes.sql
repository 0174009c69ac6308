-- Badge classes with their EU micro-credential metadata, alignments, programme
-- identifiers and tags, and the assertions table that the edit-after-award and delete
-- rules look at (the awarding migrations extend it).
CREATE TABLE badge_classes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id text NOT NULL UNIQUE CHECK (public_id ~ '^[A-Za-z0-9_-]{22}$'),
    issuer_id bigint NOT NULL REFERENCES issuers (id) ON DELETE CASCADE,
    institution_id bigint NOT NULL REFERENCES institutions (id),
    badge_class_type text NOT NULL CHECK (badge_class_type IN ('regular', 'micro_credential', 'extra_curricular')),
    draft boolean NOT NULL,
    name text NOT NULL CHECK (name <> ''),
    description text NOT NULL DEFAULT '',
    criteria text NOT NULL DEFAULT '',
    image text REFERENCES images (sha256),
    course_language text NOT NULL CHECK (course_language IN ('nl', 'en', 'de', 'fr', 'es')),
    learning_outcomes text NOT NULL DEFAULT '',
    eqf_level smallint CHECK (eqf_level BETWEEN 1 AND 8),
    eqf_level_verified boolean NOT NULL DEFAULT false,
    ects numeric(4, 1) CHECK (ects BETWEEN 0.5 AND 240 AND ects * 2 = trunc(ects * 2)),
    study_load_hours integer CHECK (study_load_hours BETWEEN 1 AND 10000),
    time_investment_hours integer CHECK (time_investment_hours BETWEEN 1 AND 10000),
    expiration_days integer CHECK (expiration_days BETWEEN 1 AND 36500),
    narrative_required boolean NOT NULL DEFAULT false,
    evidence_required boolean NOT NULL DEFAULT false,
    narrative_student_required boolean NOT NULL DEFAULT false,
    evidence_student_required boolean NOT NULL DEFAULT false,
    grade_achieved text NOT NULL CHECK (grade_achieved IN ('not_recorded', 'optional', 'required')),
    award_non_validated_name_allowed boolean NOT NULL DEFAULT false,
    direct_awarding_disabled boolean NOT NULL DEFAULT false,
    self_enrollment_disabled boolean NOT NULL DEFAULT false,
    supervision text CHECK (supervision IN ('unsupervised_no_id', 'unsupervised_id', 'supervised_no_id', 'supervised_id')),
    stackability text CHECK (stackability IN ('standalone', 'stackable')),
    stackable_towards_name text NOT NULL DEFAULT '',
    stackable_towards_url text NOT NULL DEFAULT '',
    assessment_types text[] NOT NULL DEFAULT '{}',
    participation_forms text[] NOT NULL DEFAULT '{}',
    quality_assurance_name text NOT NULL DEFAULT '',
    quality_assurance_url text NOT NULL DEFAULT '',
    quality_assurance_description text NOT NULL DEFAULT '',
    archived_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    revision bigint NOT NULL DEFAULT 1,
    CHECK ((stackability = 'stackable') = (stackable_towards_name <> ''))
);
CREATE INDEX badge_classes_institution_order ON badge_classes (institution_id, created_at, public_id);
CREATE INDEX badge_classes_issuer_order ON badge_classes (issuer_id, created_at, public_id);

CREATE TABLE badge_class_alignments (
    badge_class_id bigint NOT NULL REFERENCES badge_classes (id) ON DELETE CASCADE,
    position smallint NOT NULL,
    target_name text NOT NULL CHECK (target_name <> ''),
    target_url text NOT NULL DEFAULT '',
    target_description text NOT NULL DEFAULT '',
    target_framework text NOT NULL DEFAULT '',
    target_code text NOT NULL DEFAULT '',
    PRIMARY KEY (badge_class_id, position)
);

CREATE TABLE badge_class_programs (
    badge_class_id bigint NOT NULL REFERENCES badge_classes (id) ON DELETE CASCADE,
    position smallint NOT NULL,
    register text NOT NULL CHECK (register IN ('CROHO', 'ISAT', 'CREBO')),
    code text NOT NULL CHECK (code ~ '^[0-9]{5}$'),
    PRIMARY KEY (badge_class_id, position)
);

CREATE TABLE badge_class_tags (
    badge_class_id bigint NOT NULL REFERENCES badge_classes (id) ON DELETE CASCADE,
    tag_id bigint NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (badge_class_id, tag_id)
);
CREATE INDEX badge_class_tags_tag ON badge_class_tags (tag_id, badge_class_id);

-- Awarded badges. The awarding migrations add the recipient and the rest.
CREATE TABLE assertions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id text NOT NULL UNIQUE CHECK (public_id ~ '^[A-Za-z0-9_-]{22}$'),
    badge_class_id bigint NOT NULL REFERENCES badge_classes (id),
    issued_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz
);
CREATE INDEX assertions_unrevoked ON assertions (badge_class_id) WHERE revoked_at IS NULL;

CREATE TRIGGER issuers_archive_cascade
    AFTER UPDATE OF archived_at ON issuers
    FOR EACH ROW WHEN (OLD.archived_at IS NULL AND NEW.archived_at IS NOT NULL)
    EXECUTE FUNCTION archive_children('badge_classes', 'issuer_id');
