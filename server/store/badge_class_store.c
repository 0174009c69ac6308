/* Badge classes in PostgreSQL. Lists and reads fetch the child rows (alignments,
 * programme identifiers, tags) as JSON in the same query, so a page is one round trip. */
#include "badge_class_store.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "catalog_keys.h"
#include "ects.h"
#include "image_store.h"
#include "store_util.h"
#include "vocabulary.h"

static const resource_kind BADGE_CLASS = {"badge class", "BADGE_CLASS", "badgeClasses"};

#define BADGE_CLASS_SELECT                                                                         \
    "SELECT b.public_id, s.public_id, f.public_id, i.public_id, b.badge_class_type, b.draft, "   \
    "b.name, b.description, b.criteria, im.sha256, im.media_type, octet_length(im.data), "       \
    "b.course_language, b.learning_outcomes, coalesce(b.eqf_level, 0), b.eqf_level_verified, "  \
    "coalesce((b.ects * 10)::int, 0), coalesce(b.study_load_hours, 0), "                         \
    "coalesce(b.time_investment_hours, 0), coalesce(b.expiration_days, 0), "                     \
    "b.narrative_required, b.evidence_required, b.narrative_student_required, "                  \
    "b.evidence_student_required, b.grade_achieved, b.award_non_validated_name_allowed, "        \
    "b.direct_awarding_disabled, b.self_enrollment_disabled, b.supervision, b.stackability, "    \
    "b.stackable_towards_name, b.stackable_towards_url, array_to_json(b.assessment_types), "     \
    "array_to_json(b.participation_forms), b.quality_assurance_name, "                           \
    "b.quality_assurance_url, b.quality_assurance_description, i.country_code, i.region_code, " \
    "coalesce(f.sector, i.sector), b.archived_at IS NOT NULL, "                                  \
    "EXISTS (SELECT 1 FROM assertions a WHERE a.badge_class_id = b.id AND a.revoked_at IS NULL), " \
    "(extract(epoch FROM b.created_at) * 1000000)::int8, "                                       \
    "(extract(epoch FROM b.updated_at) * 1000000)::int8, b.revision, "                           \
    "(SELECT coalesce(json_agg(json_build_array(target_name, target_url, target_description, "   \
    "target_framework, target_code) ORDER BY position), '[]') FROM badge_class_alignments "     \
    "WHERE badge_class_id = b.id), "                                                             \
    "(SELECT coalesce(json_agg(json_build_array(register, code) ORDER BY position), '[]') "      \
    "FROM badge_class_programs WHERE badge_class_id = b.id), "                                   \
    "(SELECT coalesce(json_agg(t.public_id ORDER BY t.public_id), '[]') FROM badge_class_tags bt " \
    "JOIN tags t ON t.id = bt.tag_id WHERE bt.badge_class_id = b.id) "                           \
    "FROM badge_classes b JOIN issuers s ON s.id = b.issuer_id "                                 \
    "JOIN faculties f ON f.id = s.faculty_id JOIN institutions i ON i.id = b.institution_id "   \
    "LEFT JOIN images im ON im.sha256 = b.image "

/* $3..$33 in bind_values order: the writable columns after the issuer. */
#define BC_COLUMNS                                                                                 \
    "badge_class_type, draft, name, description, criteria, image, course_language, "             \
    "learning_outcomes, eqf_level, eqf_level_verified, ects, study_load_hours, "                 \
    "time_investment_hours, expiration_days, narrative_required, evidence_required, "            \
    "narrative_student_required, evidence_student_required, grade_achieved, "                    \
    "award_non_validated_name_allowed, direct_awarding_disabled, self_enrollment_disabled, "     \
    "supervision, stackability, stackable_towards_name, stackable_towards_url, "                 \
    "assessment_types, participation_forms, quality_assurance_name, quality_assurance_url, "     \
    "quality_assurance_description"
#define BC_VALUES                                                                                  \
    "$3, $4::bool, $5, $6, $7, NULLIF($8, ''), $9, $10, NULLIF($11, '')::smallint, $12::bool, "  \
    "NULLIF($13, '')::numeric / 10, NULLIF($14, '0')::int, NULLIF($15, '0')::int, "               \
    "NULLIF($16, '0')::int, $17::bool, $18::bool, $19::bool, $20::bool, $21, $22::bool, "        \
    "$23::bool, $24::bool, NULLIF($25, ''), NULLIF($26, ''), $27, $28, $29::text[], "              \
    "$30::text[], $31, $32, $33"

DB_STMT(bc_insert_stmt,
        "INSERT INTO badge_classes (public_id, issuer_id, institution_id, " BC_COLUMNS ") "
        "SELECT $1, s.id, s.institution_id, " BC_VALUES " FROM issuers s WHERE s.public_id = $2 "
        "AND s.archived_at IS NULL FOR SHARE RETURNING id");
DB_STMT(bc_update_stmt,
        "UPDATE badge_classes b SET issuer_id = s.id, institution_id = s.institution_id, "
        "(" BC_COLUMNS ") = (" BC_VALUES "), updated_at = now(), revision = b.revision + 1 "
        "FROM issuers s WHERE s.public_id = $2 AND b.public_id = $1 AND b.revision = $34::int8 "
        "RETURNING b.id");
DB_STMT(bc_get_stmt, BADGE_CLASS_SELECT "WHERE b.public_id = $1");
DB_STMT(bc_list_stmt,
        BADGE_CLASS_SELECT "WHERE CASE $1 WHEN 'institutions' THEN i.public_id "
        "WHEN 'faculties' THEN f.public_id ELSE s.public_id END = $2 "
        "AND ($3 = '' OR EXISTS (SELECT 1 FROM badge_class_tags bt JOIN tags t ON t.id = bt.tag_id "
        "WHERE bt.badge_class_id = b.id AND t.public_id = $3)) "
        "AND ($4 = '' OR b.badge_class_type = $4) AND ($5::bool OR b.archived_at IS NULL) AND "
        CATALOG_AFTER("b", 6, 7) CATALOG_ORDER("b") " LIMIT $8::int");
DB_STMT(bc_archive_stmt,
        "UPDATE badge_classes SET archived_at = coalesce(archived_at, now()), updated_at = now(), "
        "revision = revision + 1 WHERE public_id = $1 AND ($2::int8 = 0 OR revision = $2::int8)");
DB_STMT(bc_delete_stmt,
        "DELETE FROM badge_classes WHERE public_id = $1 AND ($2::int8 = 0 OR revision = $2::int8)");
DB_STMT(bc_exists_stmt, "SELECT 1 FROM badge_classes WHERE public_id = $1");
DB_STMT(bc_delete_alignments_stmt, "DELETE FROM badge_class_alignments WHERE badge_class_id = $1");
DB_STMT(bc_insert_alignments_stmt,
        "INSERT INTO badge_class_alignments (badge_class_id, position, target_name, target_url, "
        "target_description, target_framework, target_code) SELECT $1, x.n, x.a->>0, x.a->>1, "
        "x.a->>2, x.a->>3, x.a->>4 FROM json_array_elements($2::json) WITH ORDINALITY AS x(a, n)");
DB_STMT(bc_delete_programs_stmt, "DELETE FROM badge_class_programs WHERE badge_class_id = $1");
DB_STMT(bc_insert_programs_stmt,
        "INSERT INTO badge_class_programs (badge_class_id, position, register, code) "
        "SELECT $1, x.n, x.a->>0, x.a->>1 FROM json_array_elements($2::json) WITH ORDINALITY AS x(a, n)");
DB_STMT(bc_delete_tags_stmt, "DELETE FROM badge_class_tags WHERE badge_class_id = $1");
DB_STMT(bc_insert_tags_stmt,
        "INSERT INTO badge_class_tags (badge_class_id, tag_id) SELECT $1, id FROM tags "
        "WHERE public_id = ANY ($2::text[])");
DB_STMT(bc_tags_stmt,
        "SELECT t.public_id, t.archived_at IS NOT NULL FROM tags t JOIN institutions i "
        "ON i.id = t.institution_id WHERE i.public_id = $1 AND t.public_id = ANY ($2::text[])");
DB_STMT(bc_placement_stmt,
        "SELECT f.public_id, i.public_id, s.archived_at IS NOT NULL, coalesce(f.sector, i.sector), "
        "i.micro_credentials_enabled, coalesce((i.micro_credential_min_ects * 10)::int, 30) "
        "FROM issuers s JOIN faculties f ON f.id = s.faculty_id "
        "JOIN institutions i ON i.id = s.institution_id WHERE s.public_id = $1");

/* A JSON array column of strings or of string arrays. */
static json_t *json_column(const PGresult *r, int row, int col)
{
    json_t *j = json_loads(db_text(r, row, col), 0, NULL);
    return j ? j : json_array();
}

static char *json_item(arena *a, const json_t *arr, size_t i)
{
    const char *s = json_string_value(json_array_get(arr, i));
    return arena_strdup(a, s ? s : "");
}

static int *codes_to_numbers(arena *a, const vocabulary *v, const json_t *arr, size_t *n)
{
    *n = json_array_size(arr);
    int *out = arena_alloc(a, sizeof *out * (*n ? *n : 1));
    for (size_t i = 0; i < *n; i++)
        out[i] = vocab_number(v, json_string_value(json_array_get(arr, i)));
    return out;
}

static void read_children(arena *a, const PGresult *r, int row, eb_badge_class *bc)
{
    json_t *al = json_column(r, row, 45), *pr = json_column(r, row, 46), *tg = json_column(r, row, 47);
    bc->n_alignments = json_array_size(al);
    bc->alignments = arena_alloc(a, sizeof *bc->alignments * (bc->n_alignments ? bc->n_alignments : 1));
    for (size_t i = 0; i < bc->n_alignments; i++) {
        const json_t *x = json_array_get(al, i);
        bc->alignments[i] = (eb_alignment){json_item(a, x, 0), json_item(a, x, 1), json_item(a, x, 2),
                                           json_item(a, x, 3), json_item(a, x, 4)};
    }
    bc->n_programs = json_array_size(pr);
    bc->programs = arena_alloc(a, sizeof *bc->programs * (bc->n_programs ? bc->n_programs : 1));
    for (size_t i = 0; i < bc->n_programs; i++) {
        const json_t *x = json_array_get(pr, i);
        bc->programs[i].type = vocab_number(&VOCAB_PROGRAM_IDENTIFIER_TYPE, json_string_value(json_array_get(x, 0)));
        bc->programs[i].code = json_item(a, x, 1);
    }
    bc->n_tags = json_array_size(tg);
    bc->tags = (char **)arena_ptrs(a, bc->n_tags ? bc->n_tags : 1);
    for (size_t i = 0; i < bc->n_tags; i++)
        bc->tags[i] = json_item(a, tg, i);
    json_decref(al);
    json_decref(pr);
    json_decref(tg);
}

static void read_row(arena *a, const PGresult *r, int row, void *out)
{
    eb_badge_class *bc = out;
    memset(bc, 0, sizeof *bc);
#define TEXT(col) store_text(a, r, row, col)
    bc->id = TEXT(0);
    bc->issuer_id = TEXT(1);
    bc->faculty_id = TEXT(2);
    bc->institution_id = TEXT(3);
    bc->type = vocab_number(&VOCAB_BADGE_CLASS_TYPE, db_text(r, row, 4));
    bc->draft = db_bool(r, row, 5);
    bc->name = TEXT(6);
    bc->description = TEXT(7);
    bc->criteria = TEXT(8);
    image_read(a, r, row, 9, &bc->image);
    bc->course_language = vocab_number(&VOCAB_COURSE_LANGUAGE, db_text(r, row, 12));
    bc->learning_outcomes = TEXT(13);
    bc->eqf_level = (int)db_int(r, row, 14);
    bc->eqf_level_verified = db_bool(r, row, 15);
    int tenths = (int)db_int(r, row, 16);
    bc->ects = tenths ? ects_format(a, tenths) : "";
    bc->study_load_hours = (int)db_int(r, row, 17);
    bc->time_investment_hours = (int)db_int(r, row, 18);
    bc->expiration_seconds = db_int(r, row, 19) * 86400;
    bc->narrative_required = db_bool(r, row, 20);
    bc->evidence_required = db_bool(r, row, 21);
    bc->narrative_student_required = db_bool(r, row, 22);
    bc->evidence_student_required = db_bool(r, row, 23);
    bc->grade_achieved = vocab_number(&VOCAB_GRADE_ACHIEVED, db_text(r, row, 24));
    bc->award_non_validated_name_allowed = db_bool(r, row, 25);
    bc->direct_awarding_disabled = db_bool(r, row, 26);
    bc->self_enrollment_disabled = db_bool(r, row, 27);
    bc->supervision = vocab_number(&VOCAB_SUPERVISION, db_text(r, row, 28));
    bc->stackability = vocab_number(&VOCAB_STACKABILITY, db_text(r, row, 29));
    bc->stackable_towards_name = TEXT(30);
    bc->stackable_towards_url = TEXT(31);
    json_t *at = json_column(r, row, 32), *pf = json_column(r, row, 33);
    bc->assessment_types = codes_to_numbers(a, &VOCAB_ASSESSMENT_TYPE, at, &bc->n_assessment_types);
    bc->participation_forms = codes_to_numbers(a, &VOCAB_PARTICIPATION_FORM, pf, &bc->n_participation_forms);
    json_decref(at);
    json_decref(pf);
    bc->qa_name = TEXT(34);
    bc->qa_url = TEXT(35);
    bc->qa_description = TEXT(36);
    bc->country_code = TEXT(37);
    bc->region_code = TEXT(38);
    bc->sector = vocab_number(&VOCAB_SECTOR, db_text(r, row, 39));
    bc->archived = db_bool(r, row, 40);
    bc->awarded = db_bool(r, row, 41);
    bc->create_time_us = db_int(r, row, 42);
    bc->update_time_us = db_int(r, row, 43);
    bc->revision = db_int(r, row, 44);
#undef TEXT
    read_children(a, r, row, bc);
}

static char *codes_literal(arena *a, const vocabulary *v, const int *numbers, size_t n)
{
    const char **codes = (const char **)arena_ptrs(a, n ? n : 1);
    for (size_t i = 0; i < n; i++)
        codes[i] = vocab_code(v, numbers[i]);
    return store_array_literal(a, codes, n);
}

static const char *code_or_empty(const vocabulary *v, int number)
{
    const char *c = vocab_code(v, number);
    return c ? c : "";
}

typedef struct bound {
    const char *p[34];
    num_param eqf, sbu, hours, days, ects;
} bound;

static void bind_values(arena *a, const eb_badge_class *bc, bound *b)
{
    const char **p = b->p;
    int tenths = 0;
    p[0] = bc->id;
    p[1] = bc->issuer_id;
    p[2] = vocab_code(&VOCAB_BADGE_CLASS_TYPE, bc->type);
    p[3] = bool_param(bc->draft);
    p[4] = bc->name;
    p[5] = bc->description;
    p[6] = bc->criteria;
    p[7] = bc->image.sha256 ? bc->image.sha256 : "";
    p[8] = vocab_code(&VOCAB_COURSE_LANGUAGE, bc->course_language);
    p[9] = bc->learning_outcomes;
    p[10] = bc->eqf_level ? num_param_of(&b->eqf, bc->eqf_level) : "";
    p[11] = bool_param(bc->eqf_level_verified);
    p[12] = ects_parse(bc->ects, &tenths) ? num_param_of(&b->ects, tenths) : "";
    p[13] = num_param_of(&b->sbu, bc->study_load_hours);
    p[14] = num_param_of(&b->hours, bc->time_investment_hours);
    p[15] = num_param_of(&b->days, bc->expiration_seconds / 86400);
    p[16] = bool_param(bc->narrative_required);
    p[17] = bool_param(bc->evidence_required);
    p[18] = bool_param(bc->narrative_student_required);
    p[19] = bool_param(bc->evidence_student_required);
    p[20] = vocab_code(&VOCAB_GRADE_ACHIEVED, bc->grade_achieved);
    p[21] = bool_param(bc->award_non_validated_name_allowed);
    p[22] = bool_param(bc->direct_awarding_disabled);
    p[23] = bool_param(bc->self_enrollment_disabled);
    p[24] = code_or_empty(&VOCAB_SUPERVISION, bc->supervision);
    p[25] = code_or_empty(&VOCAB_STACKABILITY, bc->stackability);
    p[26] = bc->stackable_towards_name;
    p[27] = bc->stackable_towards_url;
    p[28] = codes_literal(a, &VOCAB_ASSESSMENT_TYPE, bc->assessment_types, bc->n_assessment_types);
    p[29] = codes_literal(a, &VOCAB_PARTICIPATION_FORM, bc->participation_forms, bc->n_participation_forms);
    p[30] = bc->qa_name;
    p[31] = bc->qa_url;
    p[32] = bc->qa_description;
}

static char *json_text(arena *a, json_t *j)
{
    char *s = json_dumps(j, JSON_COMPACT);
    char *copy = arena_strdup(a, s);
    free(s);
    json_decref(j);
    return copy;
}

/* Replaces the child rows of badge class `key` (its internal id as text). */
static eb_code write_children(db *d, const char *key, const eb_badge_class *bc, eb_error *e)
{
    json_t *al = json_array(), *pr = json_array();
    for (size_t i = 0; i < bc->n_alignments; i++) {
        const eb_alignment *x = &bc->alignments[i];
        json_array_append_new(al, json_pack("[sssss]", x->target_name, x->target_url, x->target_description,
                                            x->target_framework, x->target_code));
    }
    for (size_t i = 0; i < bc->n_programs; i++)
        json_array_append_new(pr, json_pack("[ss]", vocab_code(&VOCAB_PROGRAM_IDENTIFIER_TYPE, bc->programs[i].type),
                                            bc->programs[i].code));
    const char *alignments[] = {key, json_text(e->arena, al)};
    const char *programs[] = {key, json_text(e->arena, pr)};
    const char *tags[] = {key, store_array_literal(e->arena, (const char *const *)bc->tags, bc->n_tags)};
    struct {
        db_stmt *stmt;
        int n;
        const char *const *p;
    } steps[] = {
        {&bc_delete_alignments_stmt, 1, alignments}, {&bc_insert_alignments_stmt, 2, alignments},
        {&bc_delete_programs_stmt, 1, programs},     {&bc_insert_programs_stmt, 2, programs},
        {&bc_delete_tags_stmt, 1, tags},             {&bc_insert_tags_stmt, 2, tags},
    };
    for (size_t i = 0; i < sizeof steps / sizeof *steps; i++) {
        PGresult *r = db_exec(d, steps[i].stmt, steps[i].n, steps[i].p, e);
        if (!r)
            return e->code;
        PQclear(r);
    }
    return EB_OK;
}

static eb_code write(db *d, db_stmt *stmt, eb_badge_class *bc, int64_t expected_revision, eb_error *e)
{
    bound b;
    bind_values(e->arena, bc, &b);
    num_param rev;
    b.p[33] = num_param_of(&rev, expected_revision);
    if (db_begin(d, e) != EB_OK || image_store_put(d, &bc->image, e) != EB_OK)
        return e->code;
    PGresult *r = db_exec(d, stmt, stmt == &bc_insert_stmt ? 33 : 34, b.p, e);
    if (!r)
        return e->code;
    if (PQntuples(r) == 0) {
        PQclear(r);
        db_rollback(d);
        return stmt == &bc_insert_stmt
                   ? store_parent_unusable(d, PARENT_ISSUER, bc->issuer_id, e)
                   : store_missing_or_changed(d, &bc_exists_stmt, &BADGE_CLASS, bc->id, e);
    }
    char *key = arena_strdup(e->arena, PQgetvalue(r, 0, 0));
    PQclear(r);
    if (write_children(d, key, bc, e) != EB_OK || db_commit(d, e) != EB_OK)
        return e->code;
    return badge_class_get(d, bc->id, bc, e);
}

eb_code badge_class_insert(db *d, eb_badge_class *bc, eb_error *e)
{
    return write(d, &bc_insert_stmt, bc, 0, e);
}

eb_code badge_class_update(db *d, eb_badge_class *bc, int64_t expected_revision, eb_error *e)
{
    return write(d, &bc_update_stmt, bc, expected_revision, e);
}

eb_code badge_class_get(db *d, const char *id, eb_badge_class *out, eb_error *e)
{
    const char *p[] = {id};
    PGresult *r = db_exec(d, &bc_get_stmt, 1, p, e);
    if (!r)
        return e->code;
    eb_code c = EB_OK;
    if (PQntuples(r) == 0)
        c = store_not_found(e, &BADGE_CLASS, id);
    else
        read_row(e->arena, r, 0, out);
    PQclear(r);
    return c;
}

eb_code badge_class_list(db *d, const badge_class_filter *f, const char *after, int limit,
                         eb_badge_class **out, int *n, bool *more, eb_error *e)
{
    catalog_key_params k;
    if (!catalog_key_split(after, &k))
        return catalog_key_refused(e);
    num_param lim;
    const char *p[] = {f->parent_collection, f->parent_id, f->tag_id,
                       code_or_empty(&VOCAB_BADGE_CLASS_TYPE, f->type), bool_param(f->show_archived),
                       k.micros, k.id, num_param_of(&lim, limit + 1)};
    if (store_read_page(d, &bc_list_stmt, 8, p, limit, sizeof **out, read_row, (void **)out, n,
                        more, e) != EB_OK)
        return e->code;
    /* an empty page: is there such a parent at all? */
    store_parent parent = strcmp(f->parent_collection, "institutions") == 0 ? PARENT_INSTITUTION
                          : strcmp(f->parent_collection, "faculties") == 0  ? PARENT_FACULTY
                                                                            : PARENT_ISSUER;
    return *n ? EB_OK : store_parent_exists(d, parent, f->parent_id, e);
}

eb_code badge_class_archive(db *d, const char *id, int64_t expected_revision,
                            eb_badge_class *out, eb_error *e)
{
    if (store_guarded(d, &bc_archive_stmt, &bc_exists_stmt, &BADGE_CLASS, id, expected_revision, e) != EB_OK)
        return e->code;
    return badge_class_get(d, id, out, e);
}

eb_code badge_class_delete(db *d, const char *id, int64_t expected_revision, eb_error *e)
{
    return store_guarded(d, &bc_delete_stmt, &bc_exists_stmt, &BADGE_CLASS, id, expected_revision, e);
}

eb_code badge_class_issuer_placement(db *d, const char *issuer_id, issuer_placement *out, eb_error *e)
{
    const char *p[] = {issuer_id};
    PGresult *r = db_exec(d, &bc_placement_stmt, 1, p, e);
    if (!r)
        return e->code;
    eb_code c = EB_OK;
    if (PQntuples(r) == 0) {
        c = eb_fail(e, EB_NOT_FOUND, "ISSUER_NOT_FOUND", "no issuer issuers/%s", issuer_id);
    } else {
        out->faculty_id = store_text(e->arena, r, 0, 0);
        out->institution_id = store_text(e->arena, r, 0, 1);
        out->archived = db_bool(r, 0, 2);
        out->ctx.sector = vocab_number(&VOCAB_SECTOR, db_text(r, 0, 3));
        out->ctx.micro_credentials_enabled = db_bool(r, 0, 4);
        out->ctx.min_micro_ects_tenths = (int)db_int(r, 0, 5);
        out->ctx.previous = NULL;
    }
    PQclear(r);
    return c;
}

static bool has_tag(const eb_badge_class *bc, const char *id)
{
    for (size_t i = 0; bc && i < bc->n_tags; i++)
        if (strcmp(bc->tags[i], id) == 0)
            return true;
    return false;
}

eb_code badge_class_check_tags(db *d, const char *institution_id, const eb_badge_class *bc,
                               const eb_badge_class *previous, const char *prefix, eb_error *e)
{
    /* more tags than allowed are refused by the rules; only the first ones are looked up */
    size_t n = bc->n_tags < BADGE_CLASS_MAX_TAGS ? bc->n_tags : BADGE_CLASS_MAX_TAGS;
    if (n == 0)
        return EB_OK;
    const char *p[] = {institution_id, store_array_literal(e->arena, (const char *const *)bc->tags, n)};
    PGresult *r = db_exec(d, &bc_tags_stmt, 2, p, e);
    if (!r)
        return e->code;
    for (size_t i = 0; i < n; i++) {
        int row = -1;
        for (int k = 0; k < PQntuples(r); k++)
            if (strcmp(PQgetvalue(r, k, 0), bc->tags[i]) == 0)
                row = k;
        char *field = arena_sprintf(e->arena, "%stags[%zu]", prefix, i);
        if (!*bc->tags[i])
            continue; /* a malformed name, reported already */
        if (row < 0)
            eb_violate(e, field, "is not a tag of the badge class's institution");
        else if (db_bool(r, row, 1) && !has_tag(previous, bc->tags[i]))
            eb_violate(e, field, "is archived and cannot be newly assigned");
    }
    PQclear(r);
    return EB_OK;
}
