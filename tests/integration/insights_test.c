/* InsightsService end to end: every definition of insights.proto on a scenario made with
 * the real awarding calls (claimed, open, rejected, expired 83 days later, deleted by an
 * approved request, revoked, scheduled; requests pending, accepted, denied, withdrawn;
 * assertions in the backpack, expired, rejected, revoked, public; the claim rate), the
 * management queries and public statistics on it, every bad input with its exact error,
 * and who may call what. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "json_call.h"

static test_env env;
static char institution[128], other_institution[128], other_faculty[128], faculty[128];
static char badge_a[128], badge_b[128];

#define SVG "PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIxIiBoZWlnaHQ9IjEiLz4="
#define ALL_MONTHS "\"months\": {\"first\": {\"year\": 2000, \"month\": 1}, \"last\": {\"year\": 2099, \"month\": 12}}"

/* The value at a dotted path of an OK answer as text (static buffers); "" when absent. */
static const char *field_of(eb_call_result *r, const char *path)
{
    static char out[8][256];
    static int next;
    char *s = out[next++ % 8];
    s[0] = '\0';
    if (EXPECT_OK(*r)) {
        json_t *j = json_response(r);
        snprintf(s, 256, "%s", json_str(j, path));
        json_decref(j);
    }
    eb_call_result_free(r);
    return s;
}

/* The number at a dotted path of a JSON object (0 when absent, as proto3 JSON leaves 0 out;
 * 64-bit numbers come as strings). */
static double number_at(const json_t *obj, const char *path)
{
    char buf[256];
    snprintf(buf, sizeof buf, "%s", path);
    const json_t *v = obj;
    for (char *save = NULL, *part = strtok_r(buf, ".", &save); v && part; part = strtok_r(NULL, ".", &save))
        v = json_object_get(v, part);
    return !v ? 0 : json_is_string(v) ? atof(json_string_value(v)) : json_number_value(v);
}

/* Creates a resource from request JSON text and returns its name (static buffers). */
static const char *create(const char *method, const char *json)
{
    eb_call_result r;
    json_call(env.client, method, &r, "%s", json);
    return field_of(&r, "name");
}

/* printf into a static buffer, for request texts. */
static const char *text_of(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static const char *text_of(const char *fmt, ...)
{
    static char buf[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return buf;
}

static const char *learner(int i)
{
    static char names[16][128];
    eb_call_result r;
    json_call(env.client, "LearnerService/UpsertLearner", &r,
              "{\"learner\": {\"eduid\": \"eduid-%d\", \"email\": \"l%d@example.org\", \"validatedName\": \"Learner %d\","
              " \"accounts\": [{\"eppn\": \"l%d@uu.nl\", \"schacHome\": \"uu.nl\"}]}}", i, i, i, i);
    snprintf(names[i], sizeof names[i], "%s", field_of(&r, "name"));
    for (int formal = 0; formal < 2; formal++) {
        json_call(env.client, "LearnerService/RecordConsent", &r,
                  "{\"learner\": \"%s\", \"consent\": {\"institution\": \"%s\", \"termsKind\": \"TERMS_KIND_%s\","
                  " \"termsVersion\": 1}}", names[i], institution, formal ? "FORMAL" : "INFORMAL");
        EXPECT_OK(r);
        eb_call_result_free(&r);
    }
    return names[i];
}

static const char *learners[9];

/* The direct award of the bundle answer's row. */
static void bundle_awards(eb_call_result *r, char out[][128], int n)
{
    if (!EXPECT_OK(*r))
        return;
    json_t *b = json_response(r);
    for (int i = 0; i < n; i++)
        snprintf(out[i], 128, "%s", json_str(json_array_get(json_object_get(b, "results"), (size_t)i), "directAward"));
    json_decref(b);
    eb_call_result_free(r);
}

static const char *claim(const char *award, const char *who)
{
    eb_call_result r;
    json_call(env.client, "DirectAwardService/ClaimDirectAward", &r, "{\"name\": \"%s\", \"learner\": \"%s\"}", award, who);
    return field_of(&r, "name");
}

static const char *request(const char *bc, const char *who)
{
    eb_call_result r;
    json_call(env.client, "BadgeRequestService/CreateBadgeRequest", &r,
              "{\"badgeRequest\": {\"badgeClass\": \"%s\", \"learner\": \"%s\"}}", bc, who);
    return field_of(&r, "name");
}

static const char *approve(const char *req)
{
    eb_call_result r;
    json_call(env.client, "BadgeRequestService/ApproveBadgeRequest", &r, "{\"name\": \"%s\"}", req);
    return field_of(&r, "name");
}

static void catalog(void)
{
    eb_call_result r;
    json_call(env.client, "InstitutionService/CreateInstitution", &r,
              "{\"institution\": {\"identifier\": \"uu.nl\", \"displayName\": {\"nl\": \"Universiteit Utrecht\"},"
              " \"description\": {\"nl\": \"x\"}, \"sector\": \"SECTOR_WO\", \"countryCode\": \"NL\","
              " \"eppnPattern\": \".*@uu\\\\.nl\"}}");
    snprintf(institution, sizeof institution, "%s", field_of(&r, "name"));
    json_call(env.client, "InstitutionService/CreateInstitution", &r,
              "{\"institution\": {\"identifier\": \"hu.nl\", \"displayName\": {\"nl\": \"Hogeschool Utrecht\"},"
              " \"description\": {\"nl\": \"x\"}, \"sector\": \"SECTOR_HBO\", \"countryCode\": \"NL\"}}");
    snprintf(other_institution, sizeof other_institution, "%s", field_of(&r, "name"));
    snprintf(faculty, sizeof faculty, "%s",
             create("FacultyService/CreateFaculty",
                    text_of("{\"faculty\": {\"institution\": \"%s\", \"displayName\": {\"nl\": \"F\"}, \"description\": {\"nl\": \"x\"}}}",
                    institution)));
    snprintf(other_faculty, sizeof other_faculty, "%s",
             create("FacultyService/CreateFaculty",
                    text_of("{\"faculty\": {\"institution\": \"%s\", \"displayName\": {\"nl\": \"G\"}, \"description\": {\"nl\": \"x\"}}}",
                    other_institution)));
    char issuer[128];
    snprintf(issuer, sizeof issuer, "%s",
             create("IssuerService/CreateIssuer",
                    text_of("{\"issuer\": {\"faculty\": \"%s\", \"displayName\": {\"nl\": \"I\"}, \"description\": {\"nl\": \"x\"},"
                    " \"url\": {\"nl\": \"https://uu.nl\"}, \"email\": \"i@uu.nl\"}}", faculty)));
    snprintf(badge_a, sizeof badge_a, "%s",
             create("BadgeClassService/CreateBadgeClass",
                    text_of("{\"badgeClass\": {\"issuer\": \"%s\", \"badgeClassType\": \"BADGE_CLASS_TYPE_EXTRA_CURRICULAR\","
                    " \"displayName\": \"A\", \"courseLanguage\": \"COURSE_LANGUAGE_NL\", \"description\": \"d\","
                    " \"criteria\": \"c\", \"image\": {\"data\": \"" SVG "\"}, \"expirationPeriod\": \"86400s\"}}", issuer)));
    snprintf(badge_b, sizeof badge_b, "%s",
             create("BadgeClassService/CreateBadgeClass",
                    text_of("{\"badgeClass\": {\"issuer\": \"%s\", \"badgeClassType\": \"BADGE_CLASS_TYPE_EXTRA_CURRICULAR\","
                    " \"displayName\": \"B\", \"courseLanguage\": \"COURSE_LANGUAGE_NL\", \"description\": \"d\","
                    " \"criteria\": \"c\", \"image\": {\"data\": \"" SVG "\"}}}", issuer)));
    /* B is counted as a micro-credential (the catalog's own rules for those are tested elsewhere) */
    char sql[256];
    snprintf(sql, sizeof sql, "UPDATE badge_classes SET badge_class_type = 'micro_credential' WHERE public_id = '%s'",
             strchr(badge_b, '/') + 1);
    test_sql(&env, sql);
}

/* The scenario of the file comment; the last steps run 83 days later. */
static void scenario(void)
{
    catalog();
    for (int i = 1; i <= 8; i++)
        learners[i] = learner(i);
    eb_call_result r;
    json_call(env.client, "DirectAwardService/CreateDirectAwardBundle", &r,
              "{\"badgeClass\": \"%s\", \"identifierType\": \"RECIPIENT_IDENTIFIER_TYPE_EPPN\", \"source\": \"AWARD_SOURCE_SIS\","
              " \"rows\": [{\"recipient\": \"l1@uu.nl\"}, {\"recipient\": \"l2@uu.nl\"}, {\"recipient\": \"l3@uu.nl\"},"
              " {\"recipient\": \"l4@uu.nl\"}, {\"recipient\": \"l5@uu.nl\"}, {\"recipient\": \"l6@uu.nl\"}]}", badge_a);
    char awards[6][128];
    bundle_awards(&r, awards, 6);
    char claimed[128], revoked[128];
    snprintf(claimed, sizeof claimed, "%s", claim(awards[0], learners[1]));
    snprintf(revoked, sizeof revoked, "%s", claim(awards[1], learners[2]));
    json_call(env.client, "DirectAwardService/RejectDirectAward", &r, "{\"name\": \"%s\", \"learner\": \"%s\"}", awards[2],
              learners[3]);
    EXPECT_OK(r);
    eb_call_result_free(&r);
    json_call(env.client, "AssertionService/RevokeAssertions", &r, "{\"names\": [\"%s\"], \"reason\": \"Mistake\"}", revoked);
    EXPECT_OK(r);
    eb_call_result_free(&r);
    json_call(env.client, "AssertionService/SetAssertionPublic", &r,
              "{\"name\": \"%s\", \"learner\": \"%s\", \"public\": true}", claimed, learners[1]);
    EXPECT_OK(r);
    eb_call_result_free(&r);
    approve(request(badge_a, learners[5])); /* withdraws learner 5's direct award */
    request(badge_b, learners[1]);           /* stays pending */
    char rejected[128];
    snprintf(rejected, sizeof rejected, "%s", approve(request(badge_b, learners[2])));
    json_call(env.client, "BadgeRequestService/DenyBadgeRequest", &r, "{\"name\": \"%s\", \"reason\": \"No\"}",
              request(badge_b, learners[3]));
    EXPECT_OK(r);
    eb_call_result_free(&r);
    json_call(env.client, "BadgeRequestService/WithdrawBadgeRequest", &r, "{\"name\": \"%s\", \"learner\": \"%s\"}",
              request(badge_b, learners[4]), learners[4]);
    EXPECT_OK(r);
    eb_call_result_free(&r);
    approve(request(badge_b, learners[6]));
    char sql[256]; /* the learner declines an assertion (no API for that yet) */
    snprintf(sql, sizeof sql, "UPDATE assertions SET acceptance = 'rejected' WHERE public_id = '%s'", strchr(rejected, '/') + 1);
    test_sql(&env, sql);

    const char *later[] = {"EDUBADGES_CLOCK_OFFSET_SECONDS=7171200", NULL}; /* 83 days */
    test_env_restart_server(&env, later);
    json_call(env.client, "DirectAwardService/CreateDirectAwardBundle", &r,
              "{\"badgeClass\": \"%s\", \"identifierType\": \"RECIPIENT_IDENTIFIER_TYPE_EPPN\", \"source\": \"AWARD_SOURCE_UI\","
              " \"rows\": [{\"recipient\": \"l7@uu.nl\"}]}", badge_a);
    EXPECT_OK(r);
    eb_call_result_free(&r);
    json_call(env.client, "DirectAwardService/CreateDirectAwardBundle", &r,
              "{\"badgeClass\": \"%s\", \"identifierType\": \"RECIPIENT_IDENTIFIER_TYPE_EPPN\", \"source\": \"AWARD_SOURCE_SIS\","
              " \"scheduledTime\": \"2099-01-01T00:00:00Z\", \"rows\": [{\"recipient\": \"l8@uu.nl\"}]}", badge_a);
    EXPECT_OK(r);
    eb_call_result_free(&r);
}

static int suite_init(void)
{
    test_env_start(&env, "insights", NULL);
    return 0;
}

static int suite_clean(void)
{
    test_env_stop(&env);
    return 0;
}

/* The row of badge class bc in an answer grouped by badge class (NULL when absent). */
static json_t *row_of(json_t *answer, const char *bc)
{
    json_t *rows = json_object_get(answer, "rows"), *row;
    size_t i;
    json_array_foreach(rows, i, row)
        if (strcmp(json_str(row, "group.badgeClass"), bc) == 0)
            return row;
    return NULL;
}

static void expect_numbers(const json_t *row, const char *const *paths, const double *want, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        double got = number_at(row, paths[i]);
        if (got != want[i])
            fprintf(stderr, "\n%s: %g, expected %g\n", paths[i], got, want[i]);
        CU_ASSERT_EQUAL(got, want[i]);
    }
}

static void test_every_definition(void)
{
    eb_call_result r;
    json_call(env.client, "InsightsService/QueryInsights", &r,
              "{\"institution\": \"%s\", " ALL_MONTHS ", \"groupBy\": [\"INSIGHTS_DIMENSION_BADGE_CLASS\"]}", institution);
    if (!EXPECT_OK(r))
        return;
    json_t *answer = json_response(&r);
    eb_call_result_free(&r);
    CU_ASSERT_EQUAL(json_array_size(json_object_get(answer, "rows")), 2);
    json_t *a = row_of(answer, badge_a), *b = row_of(answer, badge_b);
    CU_ASSERT_PTR_NOT_NULL_FATAL(a);
    CU_ASSERT_PTR_NOT_NULL_FATAL(b);
    CU_ASSERT_STRING_EQUAL(json_str(a, "group.badgeClassDisplayName"), "A");
    static const char *const paths[] = {
        "counts.assertions.total", "counts.assertions.inBackpack", "counts.assertions.expired",
        "counts.assertions.rejected", "counts.assertions.revoked", "counts.assertions.madePublic",
        "counts.assertions.viaDirectAward", "counts.assertions.viaRequest", "counts.directAwards.total",
        "counts.directAwards.claimed", "counts.directAwards.open", "counts.directAwards.rejected",
        "counts.directAwards.expired", "counts.directAwards.revoked", "counts.directAwards.deleted",
        "counts.directAwards.scheduled", "counts.requests.pending", "counts.requests.accepted",
        "counts.requests.denied", "counts.requests.withdrawn"};
    /* A: claimed (public, expired after a day), revoked, rejected, two expired unclaimed,
     * one deleted by the approved request (its assertion expired too), one open (made
     * after 83 days), one scheduled */
    static const double want_a[] = {3, 0, 2, 0, 1, 1, 2, 1, 6, 1, 1, 1, 2, 1, 1, 1, 0, 1, 0, 0};
    expect_numbers(a, paths, want_a, 20);
    CU_ASSERT_DOUBLE_EQUAL(number_at(a, "counts.claimRate"), 0.2, 1e-12); /* 1 / (6 - 1) */
    /* B: one request pending, two accepted (one assertion declined by its learner), one
     * denied, one withdrawn; no direct awards, so no claim rate */
    static const double want_b[] = {2, 1, 0, 1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 1, 1};
    expect_numbers(b, paths, want_b, 20);
    CU_ASSERT_PTR_NULL(json_object_get(json_object_get(b, "counts"), "claimRate"));
    json_decref(answer);
}

static void test_grouped_by_source_and_type(void)
{
    eb_call_result r;
    json_call(env.client, "InsightsService/QueryInsights", &r,
              "{\"institution\": \"%s\", " ALL_MONTHS ", \"groupBy\": [\"INSIGHTS_DIMENSION_AWARD_SOURCE\","
              " \"INSIGHTS_DIMENSION_BADGE_CLASS_TYPE\", \"INSIGHTS_DIMENSION_SECTOR\"],"
              " \"filter\": {\"badgeClassTypes\": [\"BADGE_CLASS_TYPE_EXTRA_CURRICULAR\"]}}", institution);
    if (!EXPECT_OK(r))
        return;
    json_t *answer = json_response(&r);
    eb_call_result_free(&r);
    json_t *rows = json_object_get(answer, "rows");
    CU_ASSERT_EQUAL_FATAL(json_array_size(rows), 2); /* A from SIS and from the user interface */
    json_t *sis = json_array_get(rows, 0), *ui = json_array_get(rows, 1);
    CU_ASSERT_STRING_EQUAL(json_str(sis, "group.awardSource"), "AWARD_SOURCE_SIS");
    CU_ASSERT_STRING_EQUAL(json_str(sis, "group.sector"), "SECTOR_WO");
    CU_ASSERT_STRING_EQUAL(json_str(sis, "group.badgeClassType"), "BADGE_CLASS_TYPE_EXTRA_CURRICULAR");
    CU_ASSERT_EQUAL(number_at(sis, "counts.directAwards.total"), 5);
    CU_ASSERT_EQUAL(number_at(sis, "counts.directAwards.scheduled"), 1);
    CU_ASSERT_STRING_EQUAL(json_str(ui, "group.awardSource"), "AWARD_SOURCE_UI");
    CU_ASSERT_EQUAL(number_at(ui, "counts.directAwards.open"), 1);
    CU_ASSERT_EQUAL(number_at(ui, "counts.assertions.viaRequest"), 1);
    json_decref(answer);
}

static void test_management_queries(void)
{
    eb_call_result r;
    json_call(env.client, "InsightsService/ListBadgeClassOverview", &r, "{\"institution\": \"%s\", \"pageSize\": 1}",
              institution);
    if (EXPECT_OK(r)) {
        json_t *page = json_response(&r);
        json_t *row = json_array_get(json_object_get(page, "rows"), 0);
        const char *token = json_str(page, "nextPageToken");
        CU_ASSERT_STRING_NOT_EQUAL(token, "");
        json_t *a = strcmp(json_str(row, "badgeClass"), badge_a) == 0 ? row : NULL;
        eb_call_result next;
        json_call(env.client, "InsightsService/ListBadgeClassOverview", &next,
                  "{\"institution\": \"%s\", \"pageSize\": 1, \"pageToken\": \"%s\"}", institution, token);
        json_t *second = EXPECT_OK(next) ? json_response(&next) : NULL;
        eb_call_result_free(&next);
        if (second) {
            CU_ASSERT_EQUAL(json_array_size(json_object_get(second, "rows")), 1);
            CU_ASSERT_STRING_EQUAL(json_str(second, "nextPageToken"), "");
            if (!a)
                a = json_array_get(json_object_get(second, "rows"), 0);
        }
        static const char *const paths[] = {"inBackpack", "directAwardsClaimed", "requestsAccepted", "revoked",
                                            "madePublic", "directAwardsTotal", "directAwardsExpired", "awardedViaUi",
                                            "awardedViaSis", "awardedViaAlliance"};
        static const double want[] = {0, 1, 1, 1, 1, 6, 2, 1, 2, 0};
        expect_numbers(a, paths, want, 10);
        CU_ASSERT_DOUBLE_EQUAL(number_at(a, "claimRate"), 0.2, 1e-12);
        CU_ASSERT_STRING_EQUAL(json_str(a, "institutionDisplayName.nl"), "Universiteit Utrecht");
        CU_ASSERT_STRING_EQUAL(json_str(a, "sector"), "SECTOR_WO");
        json_decref(second);
        json_decref(page);
    }
    eb_call_result_free(&r);
    json_call(env.client, "InsightsService/ListMicroCredentialsByInstitution", &r, "{}");
    if (EXPECT_OK(r)) {
        json_t *j = json_response(&r);
        json_t *rows = json_object_get(j, "rows");
        CU_ASSERT_EQUAL(json_array_size(rows), 2); /* every institution, with micro-credentials or not */
        json_t *uu = json_array_get(rows, 0);
        if (strcmp(json_str(uu, "institution"), institution) != 0)
            uu = json_array_get(rows, 1);
        static const char *const paths[] = {"badgeClasses", "awarded", "inBackpack", "learners"};
        static const double want[] = {1, 2, 1, 1};
        expect_numbers(uu, paths, want, 4);
        json_decref(j);
    }
    eb_call_result_free(&r);
    json_call(env.client, "InsightsService/ListLearnersByMicroCredentials", &r, "{\"institution\": \"%s\"}", institution);
    if (EXPECT_OK(r)) {
        json_t *j = json_response(&r);
        json_t *rows = json_object_get(j, "rows");
        CU_ASSERT_EQUAL(json_array_size(rows), 1);
        CU_ASSERT_EQUAL(number_at(json_array_get(rows, 0), "microCredentials"), 1);
        CU_ASSERT_EQUAL(number_at(json_array_get(rows, 0), "learners"), 1);
        json_decref(j);
    }
    eb_call_result_free(&r);
    json_call(env.client, "InsightsService/ListSectorOverview", &r, "{}");
    if (EXPECT_OK(r)) {
        json_t *j = json_response(&r);
        json_t *rows = json_object_get(j, "rows");
        CU_ASSERT_EQUAL(json_array_size(rows), 2); /* UU: extra-curricular and micro-credential */
        json_t *ec = json_array_get(rows, 0);
        CU_ASSERT_STRING_EQUAL(json_str(ec, "badgeClassType"), "BADGE_CLASS_TYPE_EXTRA_CURRICULAR");
        CU_ASSERT_EQUAL(number_at(ec, "directAwardsTotal"), 6);
        CU_ASSERT_DOUBLE_EQUAL(number_at(ec, "claimRate"), 0.2, 1e-12);
        json_decref(j);
    }
    eb_call_result_free(&r);
}

static void test_public_statistics_need_no_token(void)
{
    eb_call_result r;
    json_call(env.anonymous, "InsightsService/GetPublicStatistics", &r, "{}");
    if (!EXPECT_OK(r))
        return;
    json_t *j = json_response(&r);
    eb_call_result_free(&r);
    CU_ASSERT_EQUAL(number_at(j, "learnersWithBackpack"), 8);
    CU_ASSERT_EQUAL(number_at(j, "badgesInBackpacks"), 1);
    CU_ASSERT_EQUAL(number_at(j, "microCredentialsInBackpacks"), 1);
    CU_ASSERT_DOUBLE_EQUAL(number_at(j, "microCredentialShare"), 1.0, 1e-12);
    json_t *sectors = json_object_get(j, "institutionsPerSector");
    CU_ASSERT_EQUAL_FATAL(json_array_size(sectors), 3);
    CU_ASSERT_STRING_EQUAL(json_str(json_array_get(sectors, 0), "sector"), "SECTOR_MBO");
    CU_ASSERT_EQUAL(number_at(json_array_get(sectors, 0), "institutions"), 0);
    CU_ASSERT_EQUAL(number_at(json_array_get(sectors, 1), "institutions"), 1);
    CU_ASSERT_EQUAL(number_at(json_array_get(sectors, 2), "institutions"), 1);
    json_decref(j);
}

/* Four staff members of the issuer: an institution admin, an issuer awarder, a badge class
 * owner, and one with a read-only institution membership and an issuer one (the higher
 * shows); a disabled account and an API client do not show. */
static void test_staff_per_issuer(void)
{
    char sql[2048];
    snprintf(sql, sizeof sql,
             "WITH i AS (SELECT id FROM institutions WHERE public_id = '%s'),"
             " acc AS (INSERT INTO accounts (public_id, kind, institution_id, display_name, oidc_issuer, oidc_subject,"
             "  email, created_by, disabled_at)"
             "  SELECT 'S' || rpad(v.n, 20, '0') || 'A', 'staff', i.id, v.n, 'https://idp.uu.nl', v.n, lower(v.n) || '@uu.nl', 'test',"
             "   CASE WHEN v.n = 'Gone' THEN now() END"
             "  FROM i, (VALUES ('Admin'), ('Awarder'), ('Owner'), ('Reader'), ('Gone')) v (n)"
             "  RETURNING id, display_name, institution_id)"
             " INSERT INTO memberships (public_id, account_id, institution_id, node_level, faculty_id, issuer_id,"
             "  badge_class_id, permissions, granted_by)"
             " SELECT 'M' || rpad(acc.display_name || v.k, 20, '0') || 'A', acc.id, acc.institution_id, v.level, NULL,"
             "  CASE WHEN v.level = 'issuer' THEN (SELECT issuer_id FROM badge_classes WHERE public_id = '%s') END,"
             "  CASE WHEN v.level = 'badge_class' THEN (SELECT id FROM badge_classes WHERE public_id = '%s') END,"
             "  v.p, 'test'"
             " FROM acc JOIN (VALUES ('Admin', 'institution', 127, 1), ('Awarder', 'issuer', 50, 1),"
             "  ('Owner', 'badge_class', 127, 1), ('Reader', 'institution', 2, 1), ('Reader', 'issuer', 50, 2),"
             "  ('Gone', 'institution', 127, 1)) v (n, level, p, k) ON v.n = acc.display_name",
             strchr(institution, '/') + 1, strchr(badge_a, '/') + 1, strchr(badge_a, '/') + 1);
    test_sql(&env, sql);
    eb_call_result r;
    json_call(env.client, "InsightsService/ListIssuerStaff", &r, "{\"institution\": \"%s\"}", institution);
    if (!EXPECT_OK(r))
        return;
    json_t *j = json_response(&r);
    eb_call_result_free(&r);
    json_t *rows = json_object_get(j, "rows");
    CU_ASSERT_EQUAL(json_array_size(rows), 4);
    const char *want[][3] = {{"Admin", "STAFF_ROLE_INSTITUTION_ADMIN", "institutions/"},
                             {"Awarder", "STAFF_ROLE_ISSUER_AWARDER", "issuers/"},
                             {"Owner", "STAFF_ROLE_BADGE_CLASS_OWNER", "badgeClasses/"},
                             {"Reader", "", "institutions/"}};
    for (size_t i = 0; i < 4; i++) {
        json_t *row = NULL, *x;
        size_t k;
        json_array_foreach(rows, k, x)
            if (strcmp(json_str(x, "staffDisplayName"), want[i][0]) == 0)
                row = x;
        CU_ASSERT_PTR_NOT_NULL_FATAL(row);
        CU_ASSERT_STRING_EQUAL(json_str(row, "role"), want[i][1]);
        CU_ASSERT_EQUAL(strncmp(json_str(row, "node"), want[i][2], strlen(want[i][2])), 0);
        CU_ASSERT_STRING_EQUAL(json_str(row, "faculty"), faculty);
    }
    json_decref(j);
    json_call(env.client, "InsightsService/ListIssuerStaff", &r, "{\"institution\": \"%s\"}", other_institution);
    CU_ASSERT_STRING_EQUAL(field_of(&r, "rows"), ""); /* none there */
}

/* One call that must fail with INVALID_ARGUMENT naming exactly this field violation. */
static void expect_bad(const char *request, const char *field, const char *description)
{
    eb_call_result r;
    json_call(env.client, "InsightsService/QueryInsights", &r, "%s", request);
    if (EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT)) {
        CU_ASSERT_EQUAL(r.n_violations, 1);
        if (r.n_violations >= 1) {
            CU_ASSERT_STRING_EQUAL(r.violations[0].field, field);
            CU_ASSERT_STRING_EQUAL(r.violations[0].description, description);
        }
    }
    eb_call_result_free(&r);
}

static void test_bad_input(void)
{
    char buf[1024], text[256];
#define WITH(fmt, ...) (snprintf(buf, sizeof buf, fmt, __VA_ARGS__), buf)
#define TEXT(fmt, ...) (snprintf(text, sizeof text, fmt, __VA_ARGS__), text)
    expect_bad(WITH("{\"institution\": \"%s\", \"months\": {\"first\": {\"year\": 2026, \"month\": 5},"
                    " \"last\": {\"year\": 2026, \"month\": 4}}}", institution),
               "months", "is reversed: first must not come after last");
    expect_bad(WITH("{\"institution\": \"%s\"}", institution), "months", "is required");
    expect_bad(WITH("{\"institution\": \"%s\", \"months\": {\"first\": {\"year\": 2026, \"month\": 5}}}", institution),
               "months.last", "is required: both ends of the range must be given");
    expect_bad(WITH("{\"institution\": \"%s\", \"months\": {\"last\": {\"year\": 2026, \"month\": 5}}}", institution),
               "months.first", "is required: both ends of the range must be given");
    expect_bad(WITH("{\"institution\": \"%s\", \"months\": {\"first\": {\"year\": 1999, \"month\": 5},"
                    " \"last\": {\"year\": 2026, \"month\": 5}}}", institution),
               "months.first.year", "must be from 2000 to 2099");
    expect_bad(WITH("{\"institution\": \"%s\", \"months\": {\"first\": {\"year\": 2026, \"month\": 13},"
                    " \"last\": {\"year\": 2026, \"month\": 5}}}", institution),
               "months.first.month", "must be from 1 to 12");
    expect_bad(WITH("{\"institution\": \"%s\", " ALL_MONTHS ", \"groupBy\": [42]}", institution),
               "group_by[0]", "is not a dimension (a value of edubadges.v1.InsightsDimension)");
    expect_bad(WITH("{\"institution\": \"%s\", " ALL_MONTHS ", \"groupBy\": [\"INSIGHTS_DIMENSION_UNSPECIFIED\"]}", institution),
               "group_by[0]", "is not a dimension (a value of edubadges.v1.InsightsDimension)");
    expect_bad(WITH("{\"institution\": \"%s\", " ALL_MONTHS ", \"groupBy\": [\"INSIGHTS_DIMENSION_TAG\","
                    " \"INSIGHTS_DIMENSION_TAG\"]}", institution),
               "group_by[1]", "repeats a dimension");
    expect_bad(WITH("{\"institution\": \"%s\", " ALL_MONTHS ", \"filter\": {\"faculties\": [\"%s\"]}}", institution,
                    other_faculty),
               "filter.faculties[0]", TEXT("is not a faculty of %s", institution));
    expect_bad(WITH("{\"institution\": \"%s\", " ALL_MONTHS ", \"filter\": {\"badgeClasses\": [\"%s\"]}}",
                    other_institution, badge_a),
               "filter.badge_classes[0]", TEXT("is not a badge class of %s", other_institution));
    expect_bad(WITH("{\"institution\": \"%s\", " ALL_MONTHS ", \"filter\": {\"sectors\": [9]}}", institution),
               "filter.sectors[0]", "is not a value of edubadges.v1.Sector");
    expect_bad(WITH("{\"institution\": \"%s\", " ALL_MONTHS ", \"filter\": {\"tags\": [\"labels/x\"]}}", institution),
               "filter.tags[0]", "must be a resource name of the form tags/{id}");
    expect_bad(WITH("{\"institution\": \"%s\", " ALL_MONTHS ", \"pageSize\": 1001}", institution),
               "page_size", "must be between 0 and 1000");
    expect_bad(WITH("{\"institution\": \"%s\", " ALL_MONTHS ", \"pageToken\": \"bm9wZQ\"}", institution),
               "page_token", "is not a page token of this service");
    /* a page token of another query: the same institution grouped otherwise */
    eb_call_result r;
    json_call(env.client, "InsightsService/QueryInsights", &r,
              "{\"institution\": \"%s\", " ALL_MONTHS ", \"groupBy\": [\"INSIGHTS_DIMENSION_BADGE_CLASS\"], \"pageSize\": 1}",
              institution);
    const char *token = field_of(&r, "nextPageToken");
    CU_ASSERT_STRING_NOT_EQUAL(token, "");
    expect_bad(WITH("{\"institution\": \"%s\", " ALL_MONTHS ", \"groupBy\": [\"INSIGHTS_DIMENSION_MONTH\"],"
                    " \"pageSize\": 1, \"pageToken\": \"%s\"}", institution, token),
               "page_token", "belongs to another query or to other filters; start again without a page token");
    json_call(env.client, "InsightsService/ListBadgeClassOverview", &r, "{\"institution\": \"%s\", \"pageToken\": \"%s\"}",
              institution, token);
    EXPECT_VIOLATION(r, "page_token");
    eb_call_result_free(&r);
    /* an institution that does not exist */
    json_call(env.client, "InsightsService/QueryInsights", &r,
              "{\"institution\": \"institutions/AAAAAAAAAAAAAAAAAAAAAA\", " ALL_MONTHS "}");
    EXPECT_CODE(r, GRPC_STATUS_NOT_FOUND);
    EXPECT_REASON(r, "INSTITUTION_NOT_FOUND");
    eb_call_result_free(&r);
    json_call(env.client, "InsightsService/ListLearnersByMicroCredentials", &r, "{\"institution\": \"uu\"}");
    EXPECT_VIOLATION(r, "institution");
    eb_call_result_free(&r);
#undef WITH
#undef TEXT
}

static void test_every_error_at_once(void)
{
    eb_call_result r;
    json_call(env.client, "InsightsService/QueryInsights", &r,
              "{\"institution\": \"x\", \"months\": {\"first\": {\"year\": 2026, \"month\": 0}},"
              " \"groupBy\": [9], \"filter\": {\"issuers\": [\"issuers/\"]}, \"pageSize\": -1}");
    EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
    EXPECT_VIOLATION(r, "institution");
    EXPECT_VIOLATION(r, "months.first.month");
    EXPECT_VIOLATION(r, "months.last");
    EXPECT_VIOLATION(r, "group_by[0]");
    EXPECT_VIOLATION(r, "filter.issuers[0]");
    EXPECT_VIOLATION(r, "page_size");
    eb_call_result_free(&r);
}

static void test_access(void)
{
    eb_call_result r;
    json_call(env.anonymous, "InsightsService/QueryInsights", &r, "{\"institution\": \"%s\", " ALL_MONTHS "}",
              institution);
    EXPECT_CODE(r, GRPC_STATUS_UNAUTHENTICATED);
    eb_call_result_free(&r);
    json_call(env.anonymous, "InsightsService/ListSectorOverview", &r, "{}");
    EXPECT_CODE(r, GRPC_STATUS_UNAUTHENTICATED);
    eb_call_result_free(&r);
    /* an operator may read every institution together */
    json_call(env.client, "InsightsService/QueryInsights", &r, "{" ALL_MONTHS "}");
    EXPECT_OK(r);
    eb_call_result_free(&r);
}

int main(void)
{
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("insights", suite_init, suite_clean);
    CU_add_test(s, "the scenario, made with the awarding calls", scenario);
    CU_add_test(s, "every definition", test_every_definition);
    CU_add_test(s, "grouped by source, type and sector", test_grouped_by_source_and_type);
    CU_add_test(s, "management queries", test_management_queries);
    CU_add_test(s, "public statistics need no token", test_public_statistics_need_no_token);
    CU_add_test(s, "staff per issuer", test_staff_per_issuer);
    CU_add_test(s, "bad input", test_bad_input);
    CU_add_test(s, "every error at once", test_every_error_at_once);
    CU_add_test(s, "access", test_access);
    return test_run_all();
}
