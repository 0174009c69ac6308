/* Small helpers shared by the store files. */
#include "store_util.h"

#include <stdio.h>
#include <string.h>

const char *num_param_of(num_param *p, int64_t v)
{
    snprintf(p->text, sizeof p->text, "%lld", (long long)v);
    return p->text;
}

const char *bool_param(bool v) { return v ? "t" : "f"; }

char *store_array_literal(arena *a, const char *const *items, size_t n)
{
    size_t len = 3;
    for (size_t i = 0; i < n; i++)
        len += strlen(items[i]) + 1;
    char *s = arena_alloc(a, len), *p = s;
    *p++ = '{';
    for (size_t i = 0; i < n; i++) {
        size_t k = strlen(items[i]);
        if (!k)
            continue;
        if (p > s + 1)
            *p++ = ',';
        memcpy(p, items[i], k);
        p += k;
    }
    *p++ = '}';
    *p = '\0';
    return s;
}

char *store_text(arena *a, const PGresult *r, int row, int col)
{
    const char *s = db_text(r, row, col);
    return arena_strdup(a, s ? s : "");
}

eb_code store_not_found(eb_error *e, const resource_kind *k, const char *id)
{
    return eb_fail(e, EB_NOT_FOUND, arena_sprintf(e->arena, "%s_NOT_FOUND", k->reason_prefix),
                   "no %s %s/%s", k->noun, k->collection, id);
}

DB_STMT(institution_state_stmt, "SELECT archived_at IS NOT NULL FROM institutions WHERE public_id = $1");
DB_STMT(faculty_state_stmt, "SELECT archived_at IS NOT NULL FROM faculties WHERE public_id = $1");
DB_STMT(issuer_state_stmt, "SELECT archived_at IS NOT NULL FROM issuers WHERE public_id = $1");

static const struct {
    db_stmt *stmt;
    resource_kind kind;
} PARENTS[] = {
    [PARENT_INSTITUTION] = {&institution_state_stmt, {"institution", "INSTITUTION", "institutions"}},
    [PARENT_FACULTY] = {&faculty_state_stmt, {"faculty", "FACULTY", "faculties"}},
    [PARENT_ISSUER] = {&issuer_state_stmt, {"issuer", "ISSUER", "issuers"}},
};

/* Whether the parent is archived; NOT_FOUND when it does not exist. */
static eb_code parent_state(db *d, store_parent parent, const char *id, bool *archived, eb_error *e)
{
    const char *p[] = {id};
    PGresult *r = db_exec(d, PARENTS[parent].stmt, 1, p, e);
    if (!r)
        return e->code;
    bool exists = PQntuples(r) > 0;
    *archived = exists && db_bool(r, 0, 0);
    PQclear(r);
    return exists ? EB_OK : store_not_found(e, &PARENTS[parent].kind, id);
}

eb_code store_parent_exists(db *d, store_parent parent, const char *id, eb_error *e)
{
    bool archived;
    return parent_state(d, parent, id, &archived, e);
}

eb_code store_parent_unusable(db *d, store_parent parent, const char *id, eb_error *e)
{
    bool archived;
    if (parent_state(d, parent, id, &archived, e) != EB_OK)
        return e->code;
    const resource_kind *k = &PARENTS[parent].kind;
    return eb_fail(e, EB_FAILED_PRECONDITION, arena_sprintf(e->arena, "%s_ARCHIVED", k->reason_prefix),
                   "%s/%s is archived; nothing can be added to it", k->collection, id);
}

eb_code store_missing_or_changed(db *d, db_stmt *exists_stmt, const resource_kind *k,
                                 const char *id, eb_error *e)
{
    const char *p[] = {id};
    PGresult *r = db_exec(d, exists_stmt, 1, p, e);
    if (!r)
        return e->code;
    bool exists = PQntuples(r) > 0;
    PQclear(r);
    if (!exists)
        return store_not_found(e, k, id);
    return eb_fail(e, EB_ABORTED, "ETAG_MISMATCH",
                   "the %s changed since the given etag; read it again and retry", k->noun);
}

eb_code store_guarded(db *d, db_stmt *stmt, db_stmt *exists_stmt, const resource_kind *k,
                      const char *id, int64_t expected_revision, eb_error *e)
{
    num_param rev;
    const char *p[] = {id, num_param_of(&rev, expected_revision)};
    PGresult *r = db_exec(d, stmt, 2, p, e);
    if (!r) {
        if (e->code != EB_FAILED_PRECONDITION)
            return e->code;
        e->code = EB_OK;
        return eb_fail(e, EB_FAILED_PRECONDITION, arena_sprintf(e->arena, "%s_IN_USE", k->reason_prefix),
                       "badges were awarded from this %s; archive it instead", k->noun);
    }
    bool touched = strcmp(PQcmdTuples(r), "0") != 0;
    PQclear(r);
    return touched ? EB_OK : store_missing_or_changed(d, exists_stmt, k, id, e);
}

eb_code store_read_page(db *d, db_stmt *stmt, int n_params, const char *const *params, int limit,
                        size_t elem_size, page_row_reader read_row, void **out, int *n,
                        bool *more, eb_error *e)
{
    PGresult *r = db_exec(d, stmt, n_params, params, e);
    if (!r)
        return e->code;
    *out = page_rows(e->arena, r, limit, elem_size, read_row, n, more);
    PQclear(r);
    return EB_OK;
}
