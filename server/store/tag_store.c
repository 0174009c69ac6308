/* Tags in PostgreSQL. */
#include "tag_store.h"

#include <stdio.h>
#include <string.h>

#include "page.h"

#define TAG_COLUMNS                                                                                \
    "t.public_id, (SELECT public_id FROM institutions WHERE id = t.institution_id), t.name, "    \
    "lower(t.name), t.archived_at IS NOT NULL, "                                                   \
    "(extract(epoch FROM t.created_at) * 1000000)::int8, "                                         \
    "(extract(epoch FROM t.updated_at) * 1000000)::int8, t.revision"

/* The revision guard of the mutations: $1 is the tag's public id, $2 the expected
 * revision (0 = any). */
#define TAG_WHERE_REVISION " WHERE t.public_id = $1 AND ($2::int8 = 0 OR t.revision = $2::int8)"

DB_STMT(tag_insert_stmt,
        "INSERT INTO tags AS t (public_id, institution_id, name)"
        " SELECT $1, i.id, $3 FROM institutions i WHERE i.public_id = $2 AND i.archived_at IS NULL"
        " RETURNING " TAG_COLUMNS);
DB_STMT(tag_institution_state_stmt,
        "SELECT archived_at IS NOT NULL FROM institutions WHERE public_id = $1");
DB_STMT(tag_get_stmt, "SELECT " TAG_COLUMNS " FROM tags t WHERE t.public_id = $1");
/* Keyset paging on (lower(name), public_id), the order of the unique index. */
DB_STMT(tag_list_stmt,
        "SELECT " TAG_COLUMNS " FROM tags t"
        " WHERE t.institution_id = (SELECT id FROM institutions WHERE public_id = $1)"
        " AND (lower(t.name), t.public_id) > ($2, $3) AND ($4::bool OR t.archived_at IS NULL)"
        " ORDER BY lower(t.name), t.public_id LIMIT $5::int");
DB_STMT(tag_rename_stmt,
        "UPDATE tags AS t SET name = $3, updated_at = now(), revision = t.revision + 1"
        TAG_WHERE_REVISION " RETURNING " TAG_COLUMNS);
/* A tag already in the wanted state ($3) is left as it is, whatever the revision. */
DB_STMT(tag_set_archived_stmt,
        "UPDATE tags AS t SET archived_at = CASE WHEN $3::bool THEN now() END,"
        " updated_at = now(), revision = t.revision + 1"
        TAG_WHERE_REVISION " AND (t.archived_at IS NOT NULL) <> $3::bool RETURNING " TAG_COLUMNS);
DB_STMT(tag_delete_stmt, "DELETE FROM tags AS t" TAG_WHERE_REVISION);

static void read_row(arena *a, const PGresult *r, int row, void *dst)
{
    eb_tag *out = dst;
    out->id = arena_strdup(a, db_text(r, row, 0));
    out->institution_id = arena_strdup(a, db_text(r, row, 1));
    out->display_name = arena_strdup(a, db_text(r, row, 2));
    out->name_key = arena_strdup(a, db_text(r, row, 3));
    out->state = db_bool(r, row, 4) ? TAG_ARCHIVED : TAG_ACTIVE;
    out->create_time_us = db_int(r, row, 5);
    out->update_time_us = db_int(r, row, 6);
    out->revision = db_int(r, row, 7);
}

/* After a uniqueness violation: a message naming the name. */
static eb_code explain_conflict(eb_error *e, const char *display_name)
{
    if (e->code != EB_ALREADY_EXISTS || !e->reason ||
        strcmp(e->reason, "tags_institution_name_key") != 0)
        return e->code;
    e->code = EB_OK;
    return eb_fail(e, EB_ALREADY_EXISTS, "TAG_NAME_TAKEN",
                   "the institution already has a tag named \"%s\" (letter case aside)",
                   display_name);
}

/* Runs a statement that gives at most one tag, into out (*found says whether it did). A
 * statement that writes display_name explains a name conflict with it. */
static eb_code run_one(db *d, db_stmt *stmt, int n, const char *const *p,
                       const char *display_name, eb_tag *out, bool *found, eb_error *e)
{
    *found = false;
    PGresult *r = db_exec(d, stmt, n, p, e);
    if (!r)
        return display_name ? explain_conflict(e, display_name) : e->code;
    *found = PQntuples(r) > 0;
    if (*found)
        read_row(e->arena, r, 0, out);
    PQclear(r);
    return EB_OK;
}

static const char *revision_param(char out[24], int64_t revision)
{
    snprintf(out, 24, "%lld", (long long)revision);
    return out;
}

/* After a revision-guarded statement touched no row of a tag that still exists. */
static eb_code changed_meanwhile(eb_error *e)
{
    return eb_fail(e, EB_ABORTED, "ETAG_MISMATCH",
                   "the tag changed since the given etag; read it again and retry");
}

typedef enum { INSTITUTION_MISSING, INSTITUTION_USABLE, INSTITUTION_IS_ARCHIVED } institution_status;

static eb_code institution_status_of(db *d, const char *institution_id, institution_status *out,
                                     eb_error *e)
{
    const char *p[] = {institution_id};
    PGresult *r = db_exec(d, &tag_institution_state_stmt, 1, p, e);
    if (!r)
        return e->code;
    *out = PQntuples(r) == 0 ? INSTITUTION_MISSING
           : db_bool(r, 0, 0) ? INSTITUTION_IS_ARCHIVED
                              : INSTITUTION_USABLE;
    PQclear(r);
    return EB_OK;
}

static eb_code institution_not_found(eb_error *e, const char *institution_id)
{
    return eb_fail(e, EB_NOT_FOUND, "INSTITUTION_NOT_FOUND", "no institution institutions/%s",
                   institution_id);
}

eb_code tag_insert(db *d, eb_tag *t, eb_error *e)
{
    const char *p[] = {t->id, t->institution_id, t->display_name};
    bool inserted;
    if (run_one(d, &tag_insert_stmt, 3, p, t->display_name, t, &inserted, e) != EB_OK)
        return e->code;
    if (inserted)
        return EB_OK;
    /* nothing inserted: the institution is missing or archived */
    institution_status s;
    if (institution_status_of(d, t->institution_id, &s, e) != EB_OK)
        return e->code;
    if (s == INSTITUTION_MISSING)
        return institution_not_found(e, t->institution_id);
    if (s == INSTITUTION_IS_ARCHIVED)
        return eb_fail(e, EB_FAILED_PRECONDITION, "INSTITUTION_ARCHIVED",
                       "institutions/%s is archived: it takes no new tags", t->institution_id);
    return eb_fail(e, EB_ABORTED, "CONCURRENT_CHANGE",
                   "the institution changed while the tag was created; retry");
}

eb_code tag_get(db *d, const char *id, eb_tag *out, eb_error *e)
{
    const char *p[] = {id};
    bool found;
    if (run_one(d, &tag_get_stmt, 1, p, NULL, out, &found, e) != EB_OK || found)
        return e->code;
    return eb_fail(e, EB_NOT_FOUND, "TAG_NOT_FOUND", "no tag tags/%s", id);
}

eb_code tag_list(db *d, const tag_filter *f, const tag_list_pos *after, int limit,
                 eb_tag **out, int *n, bool *more, eb_error *e)
{
    char lim[16];
    page_limit_param(lim, limit);
    const char *p[] = {f->institution_id, after->name_key, after->id,
                       f->show_archived ? "t" : "f", lim};
    PGresult *r = db_exec(d, &tag_list_stmt, 5, p, e);
    if (!r)
        return e->code;
    *out = page_rows(e->arena, r, limit, sizeof **out, read_row, n, more);
    PQclear(r);
    if (*n > 0)
        return EB_OK;
    /* an empty page may mean that there is no such institution */
    institution_status s;
    if (institution_status_of(d, f->institution_id, &s, e) != EB_OK)
        return e->code;
    return s == INSTITUTION_MISSING ? institution_not_found(e, f->institution_id) : EB_OK;
}

eb_code tag_rename(db *d, eb_tag *t, int64_t expected_revision, eb_error *e)
{
    char rev[24];
    const char *p[] = {t->id, revision_param(rev, expected_revision), t->display_name};
    bool renamed;
    if (run_one(d, &tag_rename_stmt, 3, p, t->display_name, t, &renamed, e) != EB_OK || renamed)
        return e->code;
    eb_tag now;
    return tag_get(d, t->id, &now, e) == EB_OK ? changed_meanwhile(e) : e->code;
}

eb_code tag_set_archived(db *d, const char *id, bool archived, int64_t expected_revision,
                         eb_tag *out, eb_error *e)
{
    char rev[24];
    const char *p[] = {id, revision_param(rev, expected_revision), archived ? "t" : "f"};
    bool changed;
    if (run_one(d, &tag_set_archived_stmt, 3, p, NULL, out, &changed, e) != EB_OK || changed)
        return e->code;
    /* untouched: gone, already in that state (fine), or changed since the etag */
    if (tag_get(d, id, out, e) != EB_OK)
        return e->code;
    return (out->state == TAG_ARCHIVED) == archived ? EB_OK : changed_meanwhile(e);
}

eb_code tag_delete(db *d, const char *id, int64_t expected_revision, eb_error *e)
{
    char rev[24];
    const char *p[] = {id, revision_param(rev, expected_revision)};
    PGresult *r = db_exec(d, &tag_delete_stmt, 2, p, e);
    if (!r)
        return e->code;
    bool deleted = strcmp(PQcmdTuples(r), "0") != 0;
    PQclear(r);
    if (deleted)
        return EB_OK;
    eb_tag now;
    return tag_get(d, id, &now, e) == EB_OK ? changed_meanwhile(e) : e->code;
}
