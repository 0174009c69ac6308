/* Faculties in PostgreSQL. */
#include "faculty_store.h"

#include <stdio.h>
#include <string.h>

#include "catalog_keys.h"
#include "image_store.h"
#include "store_util.h"
#include "vocabulary.h"

static const resource_kind FACULTY = {"faculty", "FACULTY", "faculties"};

#define FACULTY_SELECT                                                                             \
    "SELECT f.public_id, i.public_id, f.name_nl, f.name_en, f.description_nl, f.description_en, " \
    "coalesce(f.sector, ''), f.visibility, f.on_behalf_of, f.on_behalf_of_name, "               \
    "f.on_behalf_of_url, im.sha256, im.media_type, octet_length(im.data), "                      \
    "f.archived_at IS NOT NULL, (extract(epoch FROM f.created_at) * 1000000)::int8, "            \
    "(extract(epoch FROM f.updated_at) * 1000000)::int8, f.revision, i.sector "                  \
    "FROM faculties f JOIN institutions i ON i.id = f.institution_id "                           \
    "LEFT JOIN images im ON im.sha256 = f.on_behalf_of_image "

/* $2..$11: the writable columns in bind_values order. */
#define FACULTY_VALUES                                                                             \
    "$2, $3, $4, $5, NULLIF($6, ''), $7, $8::bool, $9, $10, NULLIF($11, '')"

DB_STMT(faculty_insert_stmt,
        "INSERT INTO faculties (public_id, name_nl, name_en, description_nl, description_en, "
        "sector, visibility, on_behalf_of, on_behalf_of_name, on_behalf_of_url, "
        "on_behalf_of_image, institution_id) SELECT $1, " FACULTY_VALUES ", id "
        "FROM institutions WHERE public_id = $12 AND archived_at IS NULL FOR SHARE");
DB_STMT(faculty_get_stmt, FACULTY_SELECT "WHERE f.public_id = $1");
DB_STMT(faculty_list_stmt,
        FACULTY_SELECT "WHERE i.public_id = $1 AND ($2::bool OR f.archived_at IS NULL) AND "
        CATALOG_AFTER("f", 3, 4) CATALOG_ORDER("f") " LIMIT $5::int");
DB_STMT(faculty_update_stmt,
        "UPDATE faculties SET (name_nl, name_en, description_nl, description_en, sector, "
        "visibility, on_behalf_of, on_behalf_of_name, on_behalf_of_url, on_behalf_of_image) = "
        "(" FACULTY_VALUES "), updated_at = now(), revision = revision + 1 "
        "WHERE public_id = $1 AND revision = $12::int8");
DB_STMT(faculty_archive_stmt,
        "UPDATE faculties SET archived_at = coalesce(archived_at, now()), updated_at = now(), "
        "revision = revision + 1 WHERE public_id = $1 AND ($2::int8 = 0 OR revision = $2::int8)");
DB_STMT(faculty_delete_stmt,
        "DELETE FROM faculties WHERE public_id = $1 AND ($2::int8 = 0 OR revision = $2::int8)");
DB_STMT(faculty_exists_stmt, "SELECT 1 FROM faculties WHERE public_id = $1");
DB_STMT(faculty_has_badge_classes_stmt,
        "SELECT 1 FROM badge_classes b JOIN issuers s ON s.id = b.issuer_id JOIN faculties f"
        " ON f.id = s.faculty_id WHERE f.public_id = $1 LIMIT 1");

static void read_row(arena *a, const PGresult *r, int row, void *out)
{
    eb_faculty *f = out;
    memset(f, 0, sizeof *f);
    f->id = store_text(a, r, row, 0);
    f->institution_id = store_text(a, r, row, 1);
    f->display_name = (eb_localized){store_text(a, r, row, 2), store_text(a, r, row, 3)};
    f->description = (eb_localized){store_text(a, r, row, 4), store_text(a, r, row, 5)};
    f->sector = vocab_number(&VOCAB_SECTOR, db_text(r, row, 6));
    f->visibility = vocab_number(&VOCAB_VISIBILITY, db_text(r, row, 7));
    f->on_behalf_of = db_bool(r, row, 8);
    f->on_behalf_of_name = store_text(a, r, row, 9);
    f->on_behalf_of_url = store_text(a, r, row, 10);
    image_read(a, r, row, 11, &f->on_behalf_of_image);
    f->archived = db_bool(r, row, 14);
    f->create_time_us = db_int(r, row, 15);
    f->update_time_us = db_int(r, row, 16);
    f->revision = db_int(r, row, 17);
    f->institution_sector = vocab_number(&VOCAB_SECTOR, db_text(r, row, 18));
}

static void bind_values(const eb_faculty *f, const char **p)
{
    const char *sector = vocab_code(&VOCAB_SECTOR, f->sector);
    p[0] = f->id;
    p[1] = f->display_name.nl;
    p[2] = f->display_name.en;
    p[3] = f->description.nl;
    p[4] = f->description.en;
    p[5] = sector ? sector : "";
    p[6] = vocab_code(&VOCAB_VISIBILITY, f->visibility);
    p[7] = bool_param(f->on_behalf_of);
    p[8] = f->on_behalf_of_name;
    p[9] = f->on_behalf_of_url;
    p[10] = f->on_behalf_of_image.sha256 ? f->on_behalf_of_image.sha256 : "";
}

static eb_code explain(eb_error *e)
{
    if (e->code != EB_ALREADY_EXISTS)
        return e->code;
    e->code = EB_OK;
    return eb_fail(e, EB_ALREADY_EXISTS, "FACULTY_NAME_TAKEN",
                   "an active faculty of the institution already has this %s name",
                   strstr(e->reason, "_nl_") ? "Dutch" : "English");
}

/* Runs an insert or update of bind_values + one more parameter, with the logo, then
 * reads the faculty back. */
static eb_code write(db *d, db_stmt *stmt, eb_faculty *f, const char *last, eb_error *e)
{
    const char *p[12];
    bind_values(f, p);
    p[11] = last;
    bool written;
    if (store_write_with_image(d, stmt, 12, p, &f->on_behalf_of_image, &written, e) != EB_OK)
        return explain(e);
    if (!written)
        return stmt == &faculty_insert_stmt ? store_parent_unusable(d, PARENT_INSTITUTION, last, e)
                                            : store_missing_or_changed(d, &faculty_exists_stmt, &FACULTY, f->id, e);
    return faculty_get(d, f->id, f, e);
}

eb_code faculty_insert(db *d, eb_faculty *f, eb_error *e)
{
    return write(d, &faculty_insert_stmt, f, f->institution_id, e);
}

eb_code faculty_update(db *d, eb_faculty *f, int64_t expected_revision, eb_error *e)
{
    num_param rev;
    return write(d, &faculty_update_stmt, f, num_param_of(&rev, expected_revision), e);
}

eb_code faculty_get(db *d, const char *id, eb_faculty *out, eb_error *e)
{
    const char *p[] = {id};
    PGresult *r = db_exec(d, &faculty_get_stmt, 1, p, e);
    if (!r)
        return e->code;
    eb_code c = EB_OK;
    if (PQntuples(r) == 0)
        c = store_not_found(e, &FACULTY, id);
    else
        read_row(e->arena, r, 0, out);
    PQclear(r);
    return c;
}

eb_code faculty_has_badge_classes(db *d, const char *id, bool *has, eb_error *e)
{
    const char *p[] = {id};
    PGresult *r = db_exec(d, &faculty_has_badge_classes_stmt, 1, p, e);
    if (!r)
        return e->code;
    *has = PQntuples(r) > 0;
    PQclear(r);
    return EB_OK;
}

char *faculty_page_key(arena *a, const eb_faculty *f)
{
    return catalog_page_key(a, f->create_time_us, f->id);
}

eb_code faculty_list(db *d, const char *institution_id, bool show_archived, const char *after,
                     int limit, eb_faculty **out, int *n, bool *more, eb_error *e)
{
    catalog_key_params k;
    if (!catalog_key_split(after, &k))
        return catalog_key_refused(e);
    num_param lim;
    const char *p[] = {institution_id, bool_param(show_archived), k.micros, k.id,
                       num_param_of(&lim, limit + 1)};
    return store_read_page(d, &faculty_list_stmt, 5, p, limit, sizeof **out, read_row,
                           (void **)out, n, more, e);
}

eb_code faculty_archive(db *d, const char *id, int64_t expected_revision, eb_faculty *out, eb_error *e)
{
    if (store_guarded(d, &faculty_archive_stmt, &faculty_exists_stmt, &FACULTY, id,
                      expected_revision, e) != EB_OK)
        return e->code;
    return faculty_get(d, id, out, e);
}

eb_code faculty_delete(db *d, const char *id, int64_t expected_revision, eb_error *e)
{
    return store_guarded(d, &faculty_delete_stmt, &faculty_exists_stmt, &FACULTY, id,
                         expected_revision, e);
}
