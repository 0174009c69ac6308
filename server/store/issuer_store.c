/* Issuers in PostgreSQL. */
#include "issuer_store.h"

#include <string.h>

#include "catalog_keys.h"
#include "image_store.h"
#include "store_util.h"

static const resource_kind ISSUER = {"issuer", "ISSUER", "issuers"};

#define ISSUER_SELECT                                                                              \
    "SELECT s.public_id, f.public_id, i.public_id, s.name_nl, s.name_en, s.description_nl, "     \
    "s.description_en, s.url_nl, s.url_en, s.email, im.sha256, im.media_type, "                  \
    "octet_length(im.data), s.archived_at IS NOT NULL, "                                        \
    "(extract(epoch FROM s.created_at) * 1000000)::int8, "                                       \
    "(extract(epoch FROM s.updated_at) * 1000000)::int8, s.revision "                            \
    "FROM issuers s JOIN faculties f ON f.id = s.faculty_id "                                    \
    "JOIN institutions i ON i.id = s.institution_id LEFT JOIN images im ON im.sha256 = s.image "

/* $2..$10: the writable columns in bind_values order. */
#define ISSUER_VALUES "$2, $3, $4, $5, $6, $7, $8, NULLIF($9, '')"

DB_STMT(issuer_insert_stmt,
        "INSERT INTO issuers (public_id, name_nl, name_en, description_nl, description_en, "
        "url_nl, url_en, email, image, faculty_id, institution_id) "
        "SELECT $1, " ISSUER_VALUES ", id, institution_id FROM faculties "
        "WHERE public_id = $10 AND archived_at IS NULL FOR SHARE");
DB_STMT(issuer_get_stmt, ISSUER_SELECT "WHERE s.public_id = $1");
DB_STMT(issuer_list_stmt,
        ISSUER_SELECT "WHERE (CASE WHEN $2::bool THEN i.public_id ELSE f.public_id END) = $1 "
        "AND ($3::bool OR s.archived_at IS NULL) AND " CATALOG_AFTER("s", 4, 5)
        CATALOG_ORDER("s") " LIMIT $6::int");
DB_STMT(issuer_update_stmt,
        "UPDATE issuers SET (name_nl, name_en, description_nl, description_en, url_nl, url_en, "
        "email, image) = (" ISSUER_VALUES "), updated_at = now(), revision = revision + 1 "
        "WHERE public_id = $1 AND revision = $10::int8");
DB_STMT(issuer_archive_stmt,
        "UPDATE issuers SET archived_at = coalesce(archived_at, now()), updated_at = now(), "
        "revision = revision + 1 WHERE public_id = $1 AND ($2::int8 = 0 OR revision = $2::int8)");
DB_STMT(issuer_delete_stmt,
        "DELETE FROM issuers WHERE public_id = $1 AND ($2::int8 = 0 OR revision = $2::int8)");
DB_STMT(issuer_exists_stmt, "SELECT 1 FROM issuers WHERE public_id = $1");

static void read_row(arena *a, const PGresult *r, int row, void *out)
{
    eb_issuer *is = out;
    memset(is, 0, sizeof *is);
    is->id = store_text(a, r, row, 0);
    is->faculty_id = store_text(a, r, row, 1);
    is->institution_id = store_text(a, r, row, 2);
    is->display_name = (eb_localized){store_text(a, r, row, 3), store_text(a, r, row, 4)};
    is->description = (eb_localized){store_text(a, r, row, 5), store_text(a, r, row, 6)};
    is->url = (eb_localized){store_text(a, r, row, 7), store_text(a, r, row, 8)};
    is->email = store_text(a, r, row, 9);
    image_read(a, r, row, 10, &is->image);
    is->archived = db_bool(r, row, 13);
    is->create_time_us = db_int(r, row, 14);
    is->update_time_us = db_int(r, row, 15);
    is->revision = db_int(r, row, 16);
}

static eb_code explain(eb_error *e)
{
    if (e->code != EB_ALREADY_EXISTS)
        return e->code;
    e->code = EB_OK;
    return eb_fail(e, EB_ALREADY_EXISTS, "ISSUER_NAME_TAKEN",
                   "an active issuer of the faculty already has this %s name",
                   strstr(e->reason, "_nl_") ? "Dutch" : "English");
}

/* Runs an insert or update with the logo, then reads the issuer back. */
static eb_code write(db *d, db_stmt *stmt, eb_issuer *is, const char *last, eb_error *e)
{
    const char *p[] = {is->id, is->display_name.nl, is->display_name.en, is->description.nl,
                       is->description.en, is->url.nl, is->url.en, is->email,
                       is->image.sha256 ? is->image.sha256 : "", last};
    bool written;
    if (store_write_with_image(d, stmt, 10, p, &is->image, &written, e) != EB_OK)
        return explain(e);
    if (!written)
        return stmt == &issuer_insert_stmt
                   ? store_parent_unusable(d, PARENT_FACULTY, last, e)
                   : store_missing_or_changed(d, &issuer_exists_stmt, &ISSUER, is->id, e);
    return issuer_get(d, is->id, is, e);
}

eb_code issuer_insert(db *d, eb_issuer *is, eb_error *e)
{
    return write(d, &issuer_insert_stmt, is, is->faculty_id, e);
}

eb_code issuer_update(db *d, eb_issuer *is, int64_t expected_revision, eb_error *e)
{
    num_param rev;
    return write(d, &issuer_update_stmt, is, num_param_of(&rev, expected_revision), e);
}

eb_code issuer_get(db *d, const char *id, eb_issuer *out, eb_error *e)
{
    const char *p[] = {id};
    PGresult *r = db_exec(d, &issuer_get_stmt, 1, p, e);
    if (!r)
        return e->code;
    eb_code c = EB_OK;
    if (PQntuples(r) == 0)
        c = store_not_found(e, &ISSUER, id);
    else
        read_row(e->arena, r, 0, out);
    PQclear(r);
    return c;
}

eb_code issuer_list(db *d, const char *parent_id, bool by_institution, bool show_archived,
                    const char *after, int limit, eb_issuer **out, int *n, bool *more, eb_error *e)
{
    catalog_key_params k;
    if (!catalog_key_split(after, &k))
        return catalog_key_refused(e);
    num_param lim;
    const char *p[] = {parent_id, bool_param(by_institution), bool_param(show_archived),
                       k.micros, k.id, num_param_of(&lim, limit + 1)};
    if (store_read_page(d, &issuer_list_stmt, 6, p, limit, sizeof **out, read_row, (void **)out, n,
                        more, e) != EB_OK)
        return e->code;
    /* an empty page: is there such a parent at all? */
    return *n ? EB_OK : store_parent_exists(d, by_institution ? PARENT_INSTITUTION : PARENT_FACULTY, parent_id, e);
}

eb_code issuer_archive(db *d, const char *id, int64_t expected_revision, eb_issuer *out, eb_error *e)
{
    if (store_guarded(d, &issuer_archive_stmt, &issuer_exists_stmt, &ISSUER, id,
                      expected_revision, e) != EB_OK)
        return e->code;
    return issuer_get(d, id, out, e);
}

eb_code issuer_delete(db *d, const char *id, int64_t expected_revision, eb_error *e)
{
    return store_guarded(d, &issuer_delete_stmt, &issuer_exists_stmt, &ISSUER, id,
                         expected_revision, e);
}
