/* TagService end to end against a real server and database: success, every validation
 * rule, duplicates, not found, etags, archive/unarchive/delete, paging, authentication and
 * institutions that cannot be deleted while they have tags. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "edubadges/v1/tag.pb-c.h"
#include "institution_fixture.h"
#include "json_call.h"

#define NO_SUCH_TAG "tags/AAAAAAAAAAAAAAAAAAAAAA"
#define NO_SUCH_INSTITUTION "institutions/AAAAAAAAAAAAAAAAAAAAAA"

static test_env env;
static char uva[128], hva[128]; /* two institutions */

/* Creates an institution outside a test (no assertions); 0 when it worked. */
static int make_institution(const char *identifier, char name[128])
{
    inst_fixture f;
    inst_fixture_init(&f, identifier);
    eb_call_result r;
    inst_create(env.client, &f.inst, &r);
    int ok = r.code == GRPC_STATUS_OK;
    if (ok)
        snprintf(name, 128, "%s", ((Edubadges__V1__Institution *)r.response)->name);
    eb_call_result_free(&r);
    return ok ? 0 : -1;
}

static int suite_init(void)
{
    test_env_start(&env, "tags", NULL);
    return make_institution("uva.nl", uva) || make_institution("hva.nl", hva);
}

static int suite_clean(void)
{
    test_env_stop(&env);
    return 0;
}

/* The result of the latest call; each call frees the one before. */
static eb_call_result last;

/* Calls "Service/Method" (TagService unless named) as client c with a JSON request. */
static const eb_call_result *call_as(eb_client *c, const char *method, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static const eb_call_result *call_as(eb_client *c, const char *method, const char *fmt, ...)
{
    char path[128], *json = NULL;
    snprintf(path, sizeof path, "%s%s", strchr(method, '/') ? "" : "TagService/", method);
    va_list ap;
    va_start(ap, fmt);
    if (vasprintf(&json, fmt, ap) < 0)
        abort();
    va_end(ap);
    eb_call_result_free(&last);
    json_call(c, path, &last, "%s", json);
    free(json);
    return &last;
}
#define call(...) call_as(env.client, __VA_ARGS__)

static const Edubadges__V1__Tag *tag_of(const eb_call_result *r)
{
    return r->code == GRPC_STATUS_OK ? (const Edubadges__V1__Tag *)r->response : NULL;
}

static const eb_call_result *create(const char *institution, const char *display_name)
{
    return call("CreateTag", "{\"tag\": {\"institution\": \"%s\", \"displayName\": \"%s\"}}",
                institution, display_name);
}

/* Creates a tag and copies its resource name into name (128 bytes); asserts OK. */
static void create_ok(const char *institution, const char *display_name, char *name)
{
    const eb_call_result *r = create(institution, display_name);
    EXPECT_OK(*r);
    snprintf(name, 128, "%s", tag_of(r) ? tag_of(r)->name : "");
}

static const eb_call_result *rename_tag(const char *name, const char *etag, const char *display_name)
{
    return call("UpdateTag",
                "{\"tag\": {\"name\": \"%s\", \"etag\": \"%s\", \"displayName\": \"%s\"},"
                " \"updateMask\": \"displayName\"}",
                name, etag, display_name);
}

/* ArchiveTag, UnarchiveTag, DeleteTag or GetTag of name (with etag unless NULL). */
static const eb_call_result *by_name(const char *method, const char *name, const char *etag)
{
    if (!etag)
        return call(method, "{\"name\": \"%s\"}", name);
    return call(method, "{\"name\": \"%s\", \"etag\": \"%s\"}", name, etag);
}

static const char *tag_count(const char *display_name)
{
    static char sql[256];
    snprintf(sql, sizeof sql, "SELECT count(*) FROM tags WHERE lower(name) = lower('%s')", display_name);
    return test_sql(&env, sql);
}

static void test_create_get_and_list(void)
{
    const eb_call_result *r = create(uva, "  Honours programme  ");
    if (!EXPECT_OK(*r))
        return;
    const Edubadges__V1__Tag *t = tag_of(r);
    CU_ASSERT_STRING_EQUAL(t->display_name, "Honours programme");
    CU_ASSERT_STRING_EQUAL(t->institution, uva);
    CU_ASSERT_EQUAL(strlen(t->name), strlen("tags/") + 22);
    CU_ASSERT_EQUAL(t->state, EDUBADGES__V1__TAG__STATE__STATE_ACTIVE);
    CU_ASSERT_STRING_EQUAL(t->etag, "v1");
    CU_ASSERT_PTR_NOT_NULL(t->create_time);
    CU_ASSERT_PTR_NOT_NULL(t->update_time);
    char name[128];
    snprintf(name, sizeof name, "%s", t->name);
    r = by_name("GetTag", name, NULL);
    if (EXPECT_OK(*r)) {
        CU_ASSERT_STRING_EQUAL(tag_of(r)->display_name, "Honours programme");
        CU_ASSERT_STRING_EQUAL(tag_of(r)->institution, uva);
        CU_ASSERT_STRING_EQUAL(tag_of(r)->etag, "v1");
    }
    r = call("ListTags", "{\"institution\": \"%s\"}", uva);
    if (EXPECT_OK(*r)) {
        const Edubadges__V1__ListTagsResponse *l = (const void *)r->response;
        int found = 0;
        for (size_t i = 0; i < l->n_tags; i++)
            found += strcmp(l->tags[i]->name, name) == 0;
        CU_ASSERT_EQUAL(found, 1);
        CU_ASSERT_STRING_EQUAL(l->next_page_token, "");
    }
    /* a name of 100 characters (not bytes) is fine */
    char hundred[256] = "";
    for (int i = 0; i < 100; i++)
        strcat(hundred, "\xc3\xa9"); /* é */
    EXPECT_OK(*create(uva, hundred));
}

typedef struct rule_case {
    const char *method, *request, *field;
} rule_case;

static void test_every_validation_rule(void)
{
    char tag[128], long_name[128];
    create_ok(uva, "Validation target", tag);
    memset(long_name, 'x', 101);
    long_name[101] = '\0';
    char request[1024];
    const rule_case rules[] = {
        {"CreateTag", "{}", "tag"},
        {"CreateTag", "{\"tag\": {\"institution\": \"$I\"}}", "tag.display_name"},
        {"CreateTag", "{\"tag\": {\"institution\": \"$I\", \"displayName\": \" \\t \"}}", "tag.display_name"},
        {"CreateTag", "{\"tag\": {\"institution\": \"$I\", \"displayName\": \"$L\"}}", "tag.display_name"},
        {"CreateTag", "{\"tag\": {\"institution\": \"$I\", \"displayName\": \"two\\nlines\"}}", "tag.display_name"},
        {"CreateTag", "{\"tag\": {\"institution\": \"$I\", \"displayName\": \"a\\ttab\"}}", "tag.display_name"},
        {"CreateTag", "{\"tag\": {\"institution\": \"$I\", \"displayName\": \"bell\\u0007\"}}", "tag.display_name"},
        {"CreateTag", "{\"tag\": {\"displayName\": \"Fine\"}}", "tag.institution"},
        {"CreateTag", "{\"tag\": {\"institution\": \"institutions/short\", \"displayName\": \"Fine\"}}", "tag.institution"},
        {"CreateTag", "{\"tag\": {\"institution\": \"faculties/AAAAAAAAAAAAAAAAAAAAAA\", \"displayName\": \"Fine\"}}", "tag.institution"},
        {"GetTag", "{}", "name"},
        {"GetTag", "{\"name\": \"tags/short\"}", "name"},
        {"GetTag", "{\"name\": \"$I\"}", "name"},
        {"ListTags", "{}", "institution"},
        {"ListTags", "{\"institution\": \"$T\"}", "institution"},
        {"ListTags", "{\"institution\": \"$I\", \"pageSize\": 1001}", "page_size"},
        {"ListTags", "{\"institution\": \"$I\", \"pageSize\": -1}", "page_size"},
        {"ListTags", "{\"institution\": \"$I\", \"pageToken\": \"not-a-token\"}", "page_token"},
        {"UpdateTag", "{}", "tag"},
        {"UpdateTag", "{\"tag\": {\"name\": \"tags/x\", \"displayName\": \"Fine\"}}", "tag.name"},
        {"UpdateTag", "{\"tag\": {\"name\": \"$T\", \"etag\": \"garbage\", \"displayName\": \"Fine\"}}", "tag.etag"},
        {"UpdateTag", "{\"tag\": {\"name\": \"$T\"}}", "update_mask"},
        {"UpdateTag", "{\"tag\": {\"name\": \"$T\", \"institution\": \"$I\"}, \"updateMask\": \"institution\"}", "update_mask.paths[0]"},
        {"UpdateTag", "{\"tag\": {\"name\": \"$T\", \"displayName\": \"Fine\"}, \"updateMask\": \"displayName,state\"}", "update_mask.paths[1]"},
        {"UpdateTag", "{\"tag\": {\"name\": \"$T\"}, \"updateMask\": \"displayName\"}", "tag.display_name"},
        {"UpdateTag", "{\"tag\": {\"name\": \"$T\", \"displayName\": \"$L\"}}", "tag.display_name"},
        {"ArchiveTag", "{\"name\": \"\"}", "name"},
        {"ArchiveTag", "{\"name\": \"$T\", \"etag\": \"v0\"}", "etag"},
        {"UnarchiveTag", "{\"name\": \"tags/AAAAAAAAAAAAAAAAAAAAA*\"}", "name"},
        {"UnarchiveTag", "{\"name\": \"$T\", \"etag\": \"1\"}", "etag"},
        {"DeleteTag", "{\"name\": \"$I\"}", "name"},
        {"DeleteTag", "{\"name\": \"$T\", \"etag\": \"v-1\"}", "etag"},
    };
    for (size_t i = 0; i < sizeof rules / sizeof *rules; i++) {
        /* $I: an institution, $T: a tag, $L: a name of 101 characters */
        size_t n = 0;
        for (const char *p = rules[i].request; *p && n < sizeof request - 128; p++) {
            const char *with = p[0] != '$' ? NULL : p[1] == 'I' ? uva : p[1] == 'T' ? tag : p[1] == 'L' ? long_name : NULL;
            if (!with) {
                request[n++] = *p;
                continue;
            }
            n += (size_t)snprintf(request + n, sizeof request - n, "%s", with);
            p++;
        }
        request[n] = '\0';
        const eb_call_result *r = call(rules[i].method, "%s", request);
        if (r->code != GRPC_STATUS_INVALID_ARGUMENT || r->n_violations != 1)
            fprintf(stderr, "\nrule %s %s\n", rules[i].method, request);
        EXPECT_CODE(*r, GRPC_STATUS_INVALID_ARGUMENT);
        EXPECT_VIOLATION(*r, rules[i].field);
        CU_ASSERT_EQUAL(r->n_violations, 1);
    }
    /* every bad field at once */
    const eb_call_result *r = call("CreateTag", "{\"tag\": {\"institution\": \"x\", \"displayName\": \"%s\"}}", long_name);
    EXPECT_VIOLATION(*r, "tag.institution");
    EXPECT_VIOLATION(*r, "tag.display_name");
    CU_ASSERT_EQUAL(r->n_violations, 2);
    r = call("ListTags", "{\"institution\": \"x\", \"pageSize\": 5000}");
    EXPECT_VIOLATION(*r, "institution");
    EXPECT_VIOLATION(*r, "page_size");
    /* nothing was stored or changed */
    CU_ASSERT_STRING_EQUAL(test_sql(&env, "SELECT count(*) FROM tags WHERE name <> 'Validation target'"
                                          " AND name NOT LIKE 'Honours%' AND name NOT LIKE '\xc3\xa9%'"), "0");
    r = by_name("GetTag", tag, NULL);
    if (EXPECT_OK(*r))
        CU_ASSERT_STRING_EQUAL(tag_of(r)->etag, "v1");
}

static void test_duplicate_names(void)
{
    char research[128], other[128];
    create_ok(uva, "Research", research);
    const eb_call_result *r = create(uva, "Research");
    EXPECT_CODE(*r, GRPC_STATUS_ALREADY_EXISTS);
    EXPECT_REASON(*r, "TAG_NAME_TAKEN");
    r = create(uva, " rESEARCH ");
    EXPECT_CODE(*r, GRPC_STATUS_ALREADY_EXISTS);
    EXPECT_REASON(*r, "TAG_NAME_TAKEN");
    CU_ASSERT_TRUE(r->message && strstr(r->message, "rESEARCH"));
    /* another institution may have the same name */
    EXPECT_OK(*create(hva, "Research"));
    /* an archived tag keeps its name */
    EXPECT_OK(*by_name("ArchiveTag", research, NULL));
    r = create(uva, "research");
    EXPECT_CODE(*r, GRPC_STATUS_ALREADY_EXISTS);
    /* renaming onto a taken name, and a change of letter case only */
    create_ok(uva, "Other", other);
    r = rename_tag(other, "", "RESEARCH");
    EXPECT_CODE(*r, GRPC_STATUS_ALREADY_EXISTS);
    EXPECT_REASON(*r, "TAG_NAME_TAKEN");
    r = rename_tag(research, "", "research");
    if (EXPECT_OK(*r))
        CU_ASSERT_STRING_EQUAL(tag_of(r)->display_name, "research");
    CU_ASSERT_STRING_EQUAL(tag_count("research"), "2");
}

static void test_not_found(void)
{
    const char *methods[] = {"GetTag", "ArchiveTag", "UnarchiveTag", "DeleteTag"};
    for (size_t i = 0; i < sizeof methods / sizeof *methods; i++) {
        const eb_call_result *r = by_name(methods[i], NO_SUCH_TAG, NULL);
        EXPECT_CODE(*r, GRPC_STATUS_NOT_FOUND);
        EXPECT_REASON(*r, "TAG_NOT_FOUND");
    }
    const eb_call_result *r = rename_tag(NO_SUCH_TAG, "v1", "Anything");
    EXPECT_CODE(*r, GRPC_STATUS_NOT_FOUND);
    EXPECT_REASON(*r, "TAG_NOT_FOUND");
    r = create(NO_SUCH_INSTITUTION, "Anything");
    EXPECT_CODE(*r, GRPC_STATUS_NOT_FOUND);
    EXPECT_REASON(*r, "INSTITUTION_NOT_FOUND");
    r = call("ListTags", "{\"institution\": \"%s\"}", NO_SUCH_INSTITUTION);
    EXPECT_CODE(*r, GRPC_STATUS_NOT_FOUND);
    EXPECT_REASON(*r, "INSTITUTION_NOT_FOUND");
}

static void test_archived_institution(void)
{
    char inst[128], tag[128];
    snprintf(inst, sizeof inst, "%s", inst_create_ok(&env, "archived.example.nl"));
    create_ok(inst, "Before archiving", tag);
    EXPECT_OK(*call("InstitutionService/ArchiveInstitution", "{\"name\": \"%s\"}", inst));
    const eb_call_result *r = create(inst, "After archiving");
    EXPECT_CODE(*r, GRPC_STATUS_FAILED_PRECONDITION);
    EXPECT_REASON(*r, "INSTITUTION_ARCHIVED");
    /* its tags stay readable */
    r = call("ListTags", "{\"institution\": \"%s\"}", inst);
    if (EXPECT_OK(*r))
        CU_ASSERT_EQUAL(((const Edubadges__V1__ListTagsResponse *)r->response)->n_tags, 1);
}

static void test_rename_and_etag(void)
{
    char tag[128];
    create_ok(uva, "Old name", tag);
    const eb_call_result *r = rename_tag(tag, "v1", " New name ");
    if (EXPECT_OK(*r)) {
        CU_ASSERT_STRING_EQUAL(tag_of(r)->display_name, "New name");
        CU_ASSERT_STRING_EQUAL(tag_of(r)->etag, "v2");
        CU_ASSERT_STRING_EQUAL(tag_of(r)->institution, uva);
    }
    r = rename_tag(tag, "v1", "Lost update");
    EXPECT_CODE(*r, GRPC_STATUS_ABORTED);
    EXPECT_REASON(*r, "ETAG_MISMATCH");
    /* without a mask the display name changes; the institution is never moved */
    r = call("UpdateTag", "{\"tag\": {\"name\": \"%s\", \"institution\": \"%s\", \"displayName\": \"Third\"}}",
             tag, hva);
    if (EXPECT_OK(*r)) {
        CU_ASSERT_STRING_EQUAL(tag_of(r)->display_name, "Third");
        CU_ASSERT_STRING_EQUAL(tag_of(r)->institution, uva);
        CU_ASSERT_STRING_EQUAL(tag_of(r)->etag, "v3");
    }
    r = call("UpdateTag", "{\"tag\": {\"name\": \"%s\", \"etag\": \"v3\", \"displayName\": \"Fourth\"},"
                          " \"updateMask\": \"*\"}", tag);
    if (EXPECT_OK(*r))
        CU_ASSERT_STRING_EQUAL(tag_of(r)->display_name, "Fourth");
    r = by_name("GetTag", tag, NULL);
    if (EXPECT_OK(*r)) {
        CU_ASSERT_STRING_EQUAL(tag_of(r)->display_name, "Fourth");
        CU_ASSERT_STRING_EQUAL(tag_of(r)->etag, "v4");
    }
}

/* How often the tag named name is in the first 1000 tags of the institution. */
static int count_listed(const char *institution, const char *name, bool show_archived)
{
    const eb_call_result *r = call("ListTags", "{\"institution\": \"%s\", \"pageSize\": 1000, \"showArchived\": %s}",
                                   institution, show_archived ? "true" : "false");
    int n = 0;
    if (EXPECT_OK(*r)) {
        const Edubadges__V1__ListTagsResponse *l = (const void *)r->response;
        for (size_t i = 0; i < l->n_tags; i++)
            n += strcmp(l->tags[i]->name, name) == 0;
    }
    return n;
}

static void test_archive_and_unarchive(void)
{
    char tag[128];
    create_ok(uva, "Seasonal", tag);
    const eb_call_result *r = by_name("ArchiveTag", tag, "v9");
    EXPECT_CODE(*r, GRPC_STATUS_ABORTED);
    EXPECT_REASON(*r, "ETAG_MISMATCH");
    r = by_name("ArchiveTag", tag, "v1");
    if (EXPECT_OK(*r)) {
        CU_ASSERT_EQUAL(tag_of(r)->state, EDUBADGES__V1__TAG__STATE__STATE_ARCHIVED);
        CU_ASSERT_STRING_EQUAL(tag_of(r)->etag, "v2");
    }
    /* a retry changes nothing and succeeds */
    r = by_name("ArchiveTag", tag, "v1");
    if (EXPECT_OK(*r)) {
        CU_ASSERT_EQUAL(tag_of(r)->state, EDUBADGES__V1__TAG__STATE__STATE_ARCHIVED);
        CU_ASSERT_STRING_EQUAL(tag_of(r)->etag, "v2");
    }
    CU_ASSERT_STRING_EQUAL(test_sql(&env, "SELECT count(*) FROM tags WHERE name = 'Seasonal' AND archived_at IS NOT NULL"), "1");
    CU_ASSERT_EQUAL(count_listed(uva, tag, false), 0);
    CU_ASSERT_EQUAL(count_listed(uva, tag, true), 1);
    r = by_name("UnarchiveTag", tag, "v1");
    EXPECT_CODE(*r, GRPC_STATUS_ABORTED);
    r = by_name("UnarchiveTag", tag, "v2");
    if (EXPECT_OK(*r)) {
        CU_ASSERT_EQUAL(tag_of(r)->state, EDUBADGES__V1__TAG__STATE__STATE_ACTIVE);
        CU_ASSERT_STRING_EQUAL(tag_of(r)->etag, "v3");
    }
    r = by_name("UnarchiveTag", tag, NULL);
    if (EXPECT_OK(*r))
        CU_ASSERT_STRING_EQUAL(tag_of(r)->etag, "v3");
    CU_ASSERT_EQUAL(count_listed(uva, tag, false), 1);
}

static void test_delete(void)
{
    char tag[128];
    create_ok(uva, "Short-lived", tag);
    const eb_call_result *r = by_name("DeleteTag", tag, "v2");
    EXPECT_CODE(*r, GRPC_STATUS_ABORTED);
    EXPECT_REASON(*r, "ETAG_MISMATCH");
    EXPECT_OK(*by_name("DeleteTag", tag, "v1"));
    EXPECT_CODE(*by_name("GetTag", tag, NULL), GRPC_STATUS_NOT_FOUND);
    EXPECT_CODE(*by_name("DeleteTag", tag, NULL), GRPC_STATUS_NOT_FOUND);
    CU_ASSERT_STRING_EQUAL(tag_count("Short-lived"), "0");
    /* the name is free again */
    EXPECT_OK(*create(uva, "short-lived"));
}

/* Lists all tags of institution in pages of 7; returns the number of pages, or -1. */
static int list_all(const char *institution, bool show_archived, char names[][128], int max, int *n)
{
    char token[4096] = "";
    int pages = 0;
    *n = 0;
    do {
        const eb_call_result *r = call("ListTags", "{\"institution\": \"%s\", \"pageSize\": 7,"
                                       " \"pageToken\": \"%s\", \"showArchived\": %s}",
                                       institution, token, show_archived ? "true" : "false");
        if (!EXPECT_OK(*r))
            return -1;
        const Edubadges__V1__ListTagsResponse *l = (const void *)r->response;
        CU_ASSERT_TRUE(l->n_tags <= 7);
        for (size_t i = 0; i < l->n_tags && *n < max; i++)
            snprintf(names[(*n)++], 128, "%s", l->tags[i]->display_name);
        snprintf(token, sizeof token, "%s", l->next_page_token);
        pages++;
    } while (*token);
    return pages;
}

static void test_paging_30_by_7(void)
{
    enum { N = 30 };
    char inst[128];
    snprintf(inst, sizeof inst, "%s", inst_create_ok(&env, "paging.example.nl"));
    char tags[N][128];
    for (int i = 0; i < N; i++) { /* created out of order, in mixed letter case */
        int k = (i * 7) % N;
        char display[64];
        snprintf(display, sizeof display, "%s %02d", k % 3 == 0 ? "TAG" : k % 3 == 1 ? "tag" : "Tag", k);
        create_ok(inst, display, tags[k]);
    }
    char names[N + 5][128];
    int n;
    CU_ASSERT_EQUAL(list_all(inst, false, names, N + 5, &n), 5);
    CU_ASSERT_EQUAL(n, N);
    int in_order = 0;
    for (int i = 0; i < n; i++) {
        int k = -1;
        sscanf(names[i] + 4, "%d", &k);
        in_order += k == i;
    }
    CU_ASSERT_EQUAL(in_order, N);
    /* archived tags are left out unless asked for */
    for (int k = 0; k < N; k += 10)
        EXPECT_OK(*by_name("ArchiveTag", tags[k], NULL));
    list_all(inst, false, names, N + 5, &n);
    CU_ASSERT_EQUAL(n, N - 3);
    list_all(inst, true, names, N + 5, &n);
    CU_ASSERT_EQUAL(n, N);

    /* a token belongs to its institution and filters */
    const eb_call_result *r = call("ListTags", "{\"institution\": \"%s\", \"pageSize\": 7}", inst);
    char token[4096] = "";
    if (EXPECT_OK(*r))
        snprintf(token, sizeof token, "%s", ((const Edubadges__V1__ListTagsResponse *)r->response)->next_page_token);
    CU_ASSERT_NOT_EQUAL(token[0], '\0');
    r = call("ListTags", "{\"institution\": \"%s\", \"pageSize\": 7, \"pageToken\": \"%s\"}", uva, token);
    EXPECT_CODE(*r, GRPC_STATUS_INVALID_ARGUMENT);
    EXPECT_VIOLATION(*r, "page_token");
    r = call("ListTags", "{\"institution\": \"%s\", \"pageToken\": \"%s\", \"showArchived\": true}", inst, token);
    EXPECT_VIOLATION(*r, "page_token");
    r = call("ListTags", "{\"institution\": \"%s\", \"pageToken\": \"%s\"}", inst, token);
    if (EXPECT_OK(*r))
        CU_ASSERT_EQUAL(((const Edubadges__V1__ListTagsResponse *)r->response)->n_tags, N - 3 - 7);
}

static void test_authentication(void)
{
    const char *methods[] = {"CreateTag", "GetTag", "ListTags", "UpdateTag", "ArchiveTag",
                             "UnarchiveTag", "DeleteTag"};
    for (size_t i = 0; i < sizeof methods / sizeof *methods; i++) {
        const eb_call_result *r = call_as(env.anonymous, methods[i], "{}");
        EXPECT_CODE(*r, GRPC_STATUS_UNAUTHENTICATED);
    }
    char tag[128];
    create_ok(uva, "Private", tag);
    EXPECT_CODE(*call_as(env.anonymous, "GetTag", "{\"name\": \"%s\"}", tag), GRPC_STATUS_UNAUTHENTICATED);
    EXPECT_CODE(*call_as(env.anonymous, "ListTags", "{\"institution\": \"%s\"}", uva),
                GRPC_STATUS_UNAUTHENTICATED);
    EXPECT_CODE(*call_as(env.anonymous, "DeleteTag", "{\"name\": \"%s\"}", tag), GRPC_STATUS_UNAUTHENTICATED);
    const eb_call_result *r = call_as(env.anonymous, "CreateTag",
                                      "{\"tag\": {\"institution\": \"%s\", \"displayName\": \"Anonymous\"}}", uva);
    EXPECT_CODE(*r, GRPC_STATUS_UNAUTHENTICATED);
    CU_ASSERT_STRING_EQUAL(tag_count("Anonymous"), "0");
    CU_ASSERT_STRING_EQUAL(tag_count("Private"), "1");
}

static void test_institution_with_tags_is_not_deleted(void)
{
    char inst[128], tag[128];
    snprintf(inst, sizeof inst, "%s", inst_create_ok(&env, "tagged.example.nl"));
    create_ok(inst, "Keeps it alive", tag);
    const eb_call_result *r = call("InstitutionService/DeleteInstitution", "{\"name\": \"%s\"}", inst);
    EXPECT_CODE(*r, GRPC_STATUS_FAILED_PRECONDITION);
    EXPECT_REASON(*r, "INSTITUTION_IN_USE");
    EXPECT_OK(*by_name("GetTag", tag, NULL));
    EXPECT_OK(*by_name("DeleteTag", tag, NULL));
    EXPECT_OK(*call("InstitutionService/DeleteInstitution", "{\"name\": \"%s\"}", inst));
}

int main(void)
{
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("tags", suite_init, suite_clean);
    CU_add_test(s, "create, get and list", test_create_get_and_list);
    CU_add_test(s, "every validation rule", test_every_validation_rule);
    CU_add_test(s, "duplicate names", test_duplicate_names);
    CU_add_test(s, "not found", test_not_found);
    CU_add_test(s, "archived institution", test_archived_institution);
    CU_add_test(s, "rename and etag", test_rename_and_etag);
    CU_add_test(s, "archive and unarchive", test_archive_and_unarchive);
    CU_add_test(s, "delete", test_delete);
    CU_add_test(s, "paging 30 by 7", test_paging_30_by_7);
    CU_add_test(s, "authentication", test_authentication);
    CU_add_test(s, "institution with tags is not deleted", test_institution_with_tags_is_not_deleted);
    int rc = test_run_all();
    eb_call_result_free(&last);
    return rc;
}
