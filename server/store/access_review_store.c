/* Access reviews in PostgreSQL. What a review removed is kept as a JSON array on its row. */
#include "access_review_store.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "catalog_keys.h"
#include "membership_store.h"
#include "store_time.h"
#include "store_util.h"

DB_STMT(members_stmt,
        "SELECT " MEMBER_NAME("a") ", a.display_name, coalesce(a.email, ''), " SQL_US("a.created_at") ","
        " coalesce(" SQL_US("a.last_seen_at") ", 0), a.kind = 'staff'"
        " FROM accounts a JOIN institutions i ON i.id = a.institution_id"
        " WHERE i.public_id = $1 AND a.disabled_at IS NULL ORDER BY lower(a.display_name), a.public_id");
DB_STMT(remove_stmt, "DELETE FROM memberships WHERE public_id = ANY ($1::text[])");
DB_STMT(review_insert_stmt,
        "INSERT INTO access_reviews (public_id, institution_id, reviewer, reviewed_at, inactive_days, members,"
        " inactive_members, removed) SELECT $1, i.id, $3, " SQL_TS(4) ", $5::int, $6::int, $7::int, $8::jsonb"
        " FROM institutions i WHERE i.public_id = $2");
DB_STMT(review_list_stmt,
        "SELECT r.public_id, i.public_id, r.reviewer, " SQL_US("r.reviewed_at") ", r.inactive_days, r.members,"
        " r.inactive_members, r.removed::text FROM access_reviews r JOIN institutions i ON i.id = r.institution_id"
        " WHERE i.public_id = $1 AND ($2::int8 < 0 OR (r.reviewed_at, r.public_id) < (" SQL_TS(2) ", $3))"
        " ORDER BY r.reviewed_at DESC, r.public_id DESC LIMIT $4::int");

/* Every membership of the institution (all pages). */
static eb_code all_memberships(db *d, const char *institution_id, eb_membership **out, size_t *n, eb_error *e)
{
    size_t cap = 0;
    *out = NULL;
    *n = 0;
    char *after = "";
    bool more = true;
    while (more) {
        eb_membership *page;
        int got;
        if (membership_list(d, "institution", institution_id, after, 1000, &page, &got, &more, e) != EB_OK)
            return e->code;
        if (*n + (size_t)got > cap) {
            cap = (*n + (size_t)got) * 2;
            eb_membership *grown = arena_alloc(e->arena, sizeof *grown * cap);
            if (*n)
                memcpy(grown, *out, sizeof *grown * *n);
            *out = grown;
        }
        memcpy(*out + *n, page, sizeof *page * (size_t)got);
        *n += (size_t)got;
        if (got > 0)
            after = catalog_page_key(e->arena, page[got - 1].create_time_us, page[got - 1].id);
    }
    return EB_OK;
}

eb_code access_members(db *d, const char *institution_id, int inactive_days, int64_t now_us,
                       eb_member_access **out, size_t *n, eb_error *e)
{
    eb_membership *grants;
    size_t n_grants;
    if (all_memberships(d, institution_id, &grants, &n_grants, e) != EB_OK)
        return e->code;
    const char *p[] = {institution_id};
    PGresult *r = db_exec(d, &members_stmt, 1, p, e);
    if (!r)
        return e->code;
    *n = (size_t)PQntuples(r);
    *out = arena_alloc(e->arena, sizeof **out * (*n ? *n : 1));
    for (size_t i = 0; i < *n; i++) {
        eb_member_access *m = &(*out)[i];
        m->member = store_text(e->arena, r, (int)i, 0);
        m->display_name = store_text(e->arena, r, (int)i, 1);
        m->email = store_text(e->arena, r, (int)i, 2);
        m->create_us = db_int(r, (int)i, 3);
        m->last_seen_us = db_int(r, (int)i, 4);
        m->inactive = member_inactive(m->last_seen_us, m->create_us, now_us, inactive_days);
        m->grants = arena_alloc(e->arena, sizeof *m->grants * (n_grants ? n_grants : 1));
        for (size_t g = 0; g < n_grants; g++)
            if (strcmp(grants[g].member, m->member) == 0)
                m->grants[m->n_grants++] = grants[g];
        m->implicit_read = db_bool(r, (int)i, 5) && m->n_grants > 0;
    }
    PQclear(r);
    return EB_OK;
}

/* A PostgreSQL text[] literal of public ids (base64url: no quoting needed). */
static char *id_array(arena *a, char *const *ids, size_t n)
{
    char *s = arena_strdup(a, "{");
    for (size_t i = 0; i < n; i++)
        s = arena_sprintf(a, "%s%s%s", s, i ? "," : "", ids[i]);
    return arena_sprintf(a, "%s}", s);
}

eb_code access_remove(db *d, char *const *membership_ids, size_t n, eb_error *e)
{
    const char *p[] = {id_array(e->arena, membership_ids, n)};
    PGresult *r = db_exec(d, &remove_stmt, 1, p, e);
    PQclear(r);
    return r ? EB_OK : e->code;
}

static char *removed_json(arena *a, const eb_access_review *rv)
{
    json_t *list = json_array();
    for (size_t i = 0; i < rv->n_removed; i++) {
        const eb_membership *m = &rv->removed[i];
        json_array_append_new(list, json_pack("{s:s, s:s, s:s, s:s, s:i, s:s, s:I}", "membership", m->id, "member",
                                              m->member, "level", node_level_code(m->node.level), "node", m->node.id,
                                              "permissions", (int)m->permissions, "granted_by", m->granted_by,
                                              "granted_us", (json_int_t)m->create_time_us));
    }
    for (size_t i = 0; i < rv->n_kept; i++)
        json_array_append_new(list, json_pack("{s:s, s:b}", "member", rv->kept[i], "kept", 1));
    char *text = json_dumps(list, JSON_COMPACT);
    json_decref(list);
    char *out = arena_strdup(a, text);
    free(text);
    return out;
}

eb_code access_review_record(db *d, eb_access_review *rv, int64_t now_us, eb_error *e)
{
    num_param now, days, members, inactive;
    const char *p[] = {rv->id, rv->institution_id, rv->reviewer, num_param_of(&now, now_us),
                       num_param_of(&days, rv->inactive_days), num_param_of(&members, rv->member_count),
                       num_param_of(&inactive, rv->inactive_count), removed_json(e->arena, rv)};
    PGresult *r = db_exec(d, &review_insert_stmt, 8, p, e);
    PQclear(r);
    rv->review_us = now_us;
    return r ? EB_OK : e->code;
}

static void read_removed(arena *a, const char *text, eb_access_review *rv)
{
    json_t *list = json_loads(text ? text : "[]", 0, NULL);
    size_t n = json_array_size(list);
    rv->removed = arena_alloc(a, sizeof *rv->removed * (n ? n : 1));
    rv->kept = (char **)arena_ptrs(a, n ? n : 1);
    size_t i;
    json_t *o;
    json_array_foreach(list, i, o)
    {
        const char *member = json_string_value(json_object_get(o, "member"));
        if (json_is_true(json_object_get(o, "kept"))) {
            rv->kept[rv->n_kept++] = arena_strdup(a, member);
            continue;
        }
        eb_membership *m = &rv->removed[rv->n_removed++];
        m->id = arena_strdup(a, json_string_value(json_object_get(o, "membership")));
        m->member = arena_strdup(a, member);
        m->node = (org_node){node_level_of_code(json_string_value(json_object_get(o, "level"))),
                             arena_strdup(a, json_string_value(json_object_get(o, "node")))};
        m->permissions = (perm_set)json_integer_value(json_object_get(o, "permissions"));
        m->granted_by = arena_strdup(a, json_string_value(json_object_get(o, "granted_by")));
        m->create_time_us = json_integer_value(json_object_get(o, "granted_us"));
    }
    json_decref(list);
}

static void read_review(arena *a, const PGresult *r, int row, void *dst)
{
    eb_access_review *rv = dst;
    rv->id = store_text(a, r, row, 0);
    rv->institution_id = store_text(a, r, row, 1);
    rv->reviewer = store_text(a, r, row, 2);
    rv->review_us = db_int(r, row, 3);
    rv->inactive_days = (int)db_int(r, row, 4);
    rv->member_count = (int)db_int(r, row, 5);
    rv->inactive_count = (int)db_int(r, row, 6);
    read_removed(a, db_text(r, row, 7), rv);
}

eb_code access_review_list(db *d, const char *institution_id, const char *after, int limit, eb_access_review **out,
                           int *n, bool *more, eb_error *e)
{
    catalog_key_params k;
    if (!catalog_key_split(after, &k))
        return eb_fail(e, EB_INVALID_ARGUMENT, "INVALID_PAGE_TOKEN", "the page token is corrupt");
    num_param lim;
    const char *p[] = {institution_id, k.micros, k.id, num_param_of(&lim, limit + 1)};
    return store_read_page(d, &review_list_stmt, 4, p, limit, sizeof **out, read_review, (void **)out, n, more, e);
}
