/* Institutions in PostgreSQL. */
#include "institution_store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ects.h"
#include "page.h"
#include "vocabulary.h"

#define INSTITUTION_COLUMNS                                                                        \
    "public_id, identifier, alternative_identifier, name_nl, name_en, description_nl, "            \
    "description_en, sector, brin, country_code, region_code, grading_table_url, "                 \
    "default_language, micro_credentials_enabled, direct_awarding_enabled, "                       \
    "sis_integration_enabled, require_mfa_for_staff, eppn_pattern, archived_at IS NOT NULL, "     \
    "(extract(epoch FROM created_at) * 1000000)::int8, "                                           \
    "(extract(epoch FROM updated_at) * 1000000)::int8, revision, "                               \
    "coalesce((micro_credential_min_ects * 10)::int::text, '')"

/* Parameters $2..$19 in the order of the writable columns (see bind_values). */
#define INSTITUTION_VALUES                                                                         \
    "$2, NULLIF($3, ''), $4, $5, $6, $7, $8, NULLIF($9, ''), $10, NULLIF($11, ''), "             \
    "NULLIF($12, ''), $13, $14::bool, $15::bool, $16::bool, $17::bool, NULLIF($18, ''), "       \
    "NULLIF($19, '')::numeric / 10"

DB_STMT(institution_insert_stmt,
        "INSERT INTO institutions (public_id, identifier, alternative_identifier, name_nl, "
        "name_en, description_nl, description_en, sector, brin, country_code, region_code, "
        "grading_table_url, default_language, micro_credentials_enabled, "
        "direct_awarding_enabled, sis_integration_enabled, require_mfa_for_staff, eppn_pattern, "
        "micro_credential_min_ects) VALUES ($1, " INSTITUTION_VALUES ") RETURNING " INSTITUTION_COLUMNS);
DB_STMT(institution_get_stmt,
        "SELECT " INSTITUTION_COLUMNS " FROM institutions WHERE public_id = $1");
DB_STMT(institution_list_stmt,
        "SELECT " INSTITUTION_COLUMNS " FROM institutions"
        " WHERE identifier > $1 AND ($2 = '' OR sector = $2) AND ($3::bool OR archived_at IS NULL)"
        " ORDER BY identifier LIMIT $4::int");
DB_STMT(institution_update_stmt,
        "UPDATE institutions SET (identifier, alternative_identifier, name_nl, name_en, "
        "description_nl, description_en, sector, brin, country_code, region_code, "
        "grading_table_url, default_language, micro_credentials_enabled, "
        "direct_awarding_enabled, sis_integration_enabled, require_mfa_for_staff, eppn_pattern, "
        "micro_credential_min_ects) = (" INSTITUTION_VALUES "), updated_at = now(), revision = revision + 1"
        " WHERE public_id = $1 AND revision = $20::int8 RETURNING " INSTITUTION_COLUMNS);
/* An HBO or MBO institution that becomes HBO/MBO ($2 the new sector): its faculties keep
 * the old sector as their own (institution_sector_change_keeps_faculties). */
DB_STMT(institution_keep_faculty_sectors_stmt,
        "UPDATE faculties f SET sector = i.sector, updated_at = now(), revision = f.revision + 1"
        " FROM institutions i WHERE i.public_id = $1 AND f.institution_id = i.id AND f.sector IS NULL"
        " AND i.sector IN ('HBO', 'MBO') AND $2 = 'HBO/MBO'");
DB_STMT(institution_has_faculties_stmt,
        "SELECT 1 FROM faculties f JOIN institutions i ON i.id = f.institution_id WHERE i.public_id = $1 LIMIT 1");
DB_STMT(institution_archive_stmt,
        "UPDATE institutions SET archived_at = coalesce(archived_at, now()), updated_at = now(),"
        " revision = revision + 1"
        " WHERE public_id = $1 AND ($2::int8 = 0 OR revision = $2::int8) RETURNING " INSTITUTION_COLUMNS);
DB_STMT(institution_delete_stmt,
        "DELETE FROM institutions WHERE public_id = $1 AND ($2::int8 = 0 OR revision = $2::int8)");
DB_STMT(institution_exists_stmt, "SELECT 1 FROM institutions WHERE public_id = $1");

static char *dup_or_empty(arena *a, const char *s) { return arena_strdup(a, s ? s : ""); }

static void read_row(arena *a, const PGresult *r, int row, void *dst)
{
    eb_institution *out = dst;
    memset(out, 0, sizeof *out);
    out->id = dup_or_empty(a, db_text(r, row, 0));
    out->identifier = dup_or_empty(a, db_text(r, row, 1));
    out->alternative_identifier = dup_or_empty(a, db_text(r, row, 2));
    out->display_name.nl = dup_or_empty(a, db_text(r, row, 3));
    out->display_name.en = dup_or_empty(a, db_text(r, row, 4));
    out->description.nl = dup_or_empty(a, db_text(r, row, 5));
    out->description.en = dup_or_empty(a, db_text(r, row, 6));
    out->sector = vocab_number(&VOCAB_SECTOR, db_text(r, row, 7));
    out->brin = dup_or_empty(a, db_text(r, row, 8));
    out->country_code = dup_or_empty(a, db_text(r, row, 9));
    out->region_code = dup_or_empty(a, db_text(r, row, 10));
    out->grading_table_url = dup_or_empty(a, db_text(r, row, 11));
    out->default_language = vocab_number(&VOCAB_LANGUAGE, db_text(r, row, 12));
    out->micro_credentials_enabled = db_bool(r, row, 13);
    out->direct_awarding_enabled = db_bool(r, row, 14);
    out->sis_integration_enabled = db_bool(r, row, 15);
    out->require_mfa_for_staff = db_bool(r, row, 16);
    out->eppn_pattern = dup_or_empty(a, db_text(r, row, 17));
    out->state = db_bool(r, row, 18) ? INSTITUTION_ARCHIVED : INSTITUTION_ACTIVE;
    out->create_time_us = db_int(r, row, 19);
    out->update_time_us = db_int(r, row, 20);
    out->revision = db_int(r, row, 21);
    const char *min_ects = db_text(r, row, 22);
    out->micro_credential_min_ects = *min_ects ? ects_format(a, atoi(min_ects)) : "";
}

/* Fills params[1..18] (the writable columns, $2..$19) from inst; params[0] is the id.
 * ECTS go in as tenths (an exact integer text); buf holds that text. */
static void bind_values(const eb_institution *in, const char **p, char buf[16])
{
    p[0] = in->id;
    p[1] = in->identifier;
    p[2] = in->alternative_identifier;
    p[3] = in->display_name.nl;
    p[4] = in->display_name.en;
    p[5] = in->description.nl;
    p[6] = in->description.en;
    p[7] = vocab_code(&VOCAB_SECTOR, in->sector);
    p[8] = in->brin;
    p[9] = in->country_code;
    p[10] = in->region_code;
    p[11] = in->grading_table_url;
    p[12] = vocab_code(&VOCAB_LANGUAGE, in->default_language);
    p[13] = in->micro_credentials_enabled ? "t" : "f";
    p[14] = in->direct_awarding_enabled ? "t" : "f";
    p[15] = in->sis_integration_enabled ? "t" : "f";
    p[16] = in->require_mfa_for_staff ? "t" : "f";
    p[17] = in->eppn_pattern;
    int tenths;
    buf[0] = '\0';
    if (ects_parse(in->micro_credential_min_ects, &tenths))
        snprintf(buf, 16, "%d", tenths);
    p[18] = buf;
}

/* Turns a uniqueness violation into a message naming the field. */
static eb_code explain_conflict(eb_error *e, const eb_institution *in)
{
    if (e->code != EB_ALREADY_EXISTS)
        return e->code;
    e->code = EB_OK;
    if (e->reason && strcmp(e->reason, "institutions_identifier_key") == 0)
        return eb_fail(e, EB_ALREADY_EXISTS, "INSTITUTION_IDENTIFIER_TAKEN",
                       "another institution already has identifier %s", in->identifier);
    if (!*in->alternative_identifier)
        return eb_fail(e, EB_ALREADY_EXISTS, "INSTITUTION_DOMAIN_TAKEN",
                       "the domain %s already identifies another institution", in->identifier);
    return eb_fail(e, EB_ALREADY_EXISTS, "INSTITUTION_DOMAIN_TAKEN",
                   "the domain %s or %s already identifies another institution", in->identifier,
                   in->alternative_identifier);
}

eb_code institution_insert(db *d, eb_institution *in, eb_error *e)
{
    const char *p[19];
    char ects[16];
    bind_values(in, p, ects);
    PGresult *r = db_exec(d, &institution_insert_stmt, 19, p, e);
    if (!r)
        return explain_conflict(e, in);
    read_row(e->arena, r, 0, in);
    PQclear(r);
    return EB_OK;
}

eb_code institution_get(db *d, const char *id, eb_institution *out, eb_error *e)
{
    const char *p[] = {id};
    PGresult *r = db_exec(d, &institution_get_stmt, 1, p, e);
    if (!r)
        return e->code;
    eb_code c = EB_OK;
    if (PQntuples(r) == 0)
        c = eb_fail(e, EB_NOT_FOUND, "INSTITUTION_NOT_FOUND", "no institution institutions/%s", id);
    else
        read_row(e->arena, r, 0, out);
    PQclear(r);
    return c;
}

eb_code institution_list(db *d, const institution_filter *f, const char *after, int limit,
                         eb_institution **out, int *n, bool *more, eb_error *e)
{
    char lim[16];
    page_limit_param(lim, limit);
    const char *sector = f->sector ? vocab_code(&VOCAB_SECTOR, f->sector) : "";
    const char *p[] = {after, sector ? sector : "", f->show_archived ? "t" : "f", lim};
    PGresult *r = db_exec(d, &institution_list_stmt, 4, p, e);
    if (!r)
        return e->code;
    *out = page_rows(e->arena, r, limit, sizeof **out, read_row, n, more);
    PQclear(r);
    return EB_OK;
}

/* After a revision-guarded statement touched no row: gone, or changed meanwhile. */
static eb_code missing_or_changed(db *d, const char *id, eb_error *e)
{
    const char *p[] = {id};
    PGresult *r = db_exec(d, &institution_exists_stmt, 1, p, e);
    if (!r)
        return e->code;
    bool exists = PQntuples(r) > 0;
    PQclear(r);
    if (!exists)
        return eb_fail(e, EB_NOT_FOUND, "INSTITUTION_NOT_FOUND", "no institution institutions/%s", id);
    return eb_fail(e, EB_ABORTED, "ETAG_MISMATCH",
                   "the institution changed since the given etag; read it again and retry");
}

eb_code institution_update(db *d, eb_institution *in, int64_t expected_revision, eb_error *e)
{
    const char *p[20];
    char ects[16];
    bind_values(in, p, ects);
    char rev[24];
    snprintf(rev, sizeof rev, "%lld", (long long)expected_revision);
    p[19] = rev;
    if (db_begin(d, e) != EB_OK)
        return e->code;
    const char *keep[] = {in->id, p[7]};
    PGresult *r = db_exec(d, &institution_keep_faculty_sectors_stmt, 2, keep, e);
    if (!r)
        return e->code;
    PQclear(r);
    r = db_exec(d, &institution_update_stmt, 20, p, e);
    if (!r)
        return explain_conflict(e, in);
    bool updated = PQntuples(r) > 0;
    if (updated)
        read_row(e->arena, r, 0, in);
    PQclear(r);
    if (!updated) {
        db_rollback(d);
        return missing_or_changed(d, in->id, e);
    }
    return db_commit(d, e);
}

eb_code institution_has_faculties(db *d, const char *id, bool *has, eb_error *e)
{
    const char *p[] = {id};
    PGresult *r = db_exec(d, &institution_has_faculties_stmt, 1, p, e);
    if (!r)
        return e->code;
    *has = PQntuples(r) > 0;
    PQclear(r);
    return EB_OK;
}

eb_code institution_archive(db *d, const char *id, int64_t expected_revision, eb_institution *out,
                            eb_error *e)
{
    char rev[24];
    snprintf(rev, sizeof rev, "%lld", (long long)expected_revision);
    const char *p[] = {id, rev};
    PGresult *r = db_exec(d, &institution_archive_stmt, 2, p, e);
    if (!r)
        return e->code;
    eb_code c = EB_OK;
    if (PQntuples(r) == 0)
        c = missing_or_changed(d, id, e);
    else
        read_row(e->arena, r, 0, out);
    PQclear(r);
    return c;
}

eb_code institution_delete(db *d, const char *id, int64_t expected_revision, eb_error *e)
{
    char rev[24];
    snprintf(rev, sizeof rev, "%lld", (long long)expected_revision);
    const char *p[] = {id, rev};
    PGresult *r = db_exec(d, &institution_delete_stmt, 2, p, e);
    if (!r) {
        if (e->code == EB_FAILED_PRECONDITION) {
            e->code = EB_OK;
            return eb_fail(e, EB_FAILED_PRECONDITION, "INSTITUTION_IN_USE",
                           "the institution has faculties or other data; archive it instead");
        }
        return e->code;
    }
    bool deleted = strcmp(PQcmdTuples(r), "0") != 0;
    PQclear(r);
    return deleted ? EB_OK : missing_or_changed(d, id, e);
}
