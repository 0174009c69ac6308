/* Faculties, issuers and badge classes end to end: the sector rule of faculties, sibling
 * name uniqueness, the badge class type × sector × draft/published matrix, ECTS and hour
 * rules, the edit-after-award rule (with assertion rows inserted here), archive cascades,
 * delete guards, filters and paging. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "json_call.h"
#include "paging.h"

static test_env env;

#define SVG "PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIxIiBoZWlnaHQ9IjEiLz4="

static int suite_init(void)
{
    test_env_start(&env, "catalog", NULL);
    return 0;
}

static int suite_clean(void)
{
    test_env_stop(&env);
    return 0;
}

/* The resource name of an OK answer (static buffer), or "" after a failed assertion. */
static const char *name_of(eb_call_result *r)
{
    static char name[8][128];
    static int next;
    char *out = name[next++ % 8];
    out[0] = '\0';
    if (EXPECT_OK(*r)) {
        json_t *j = json_response(r);
        snprintf(out, 128, "%s", json_str(j, "name"));
        json_decref(j);
    }
    eb_call_result_free(r);
    return out;
}

static const char *institution(const char *domain, const char *sector, const char *extra)
{
    eb_call_result r;
    json_call(env.client, "InstitutionService/CreateInstitution", &r,
              "{\"institution\": {\"identifier\": \"%s\", \"displayName\": {\"nl\": \"%s\"},"
              " \"description\": {\"nl\": \"Instelling\"}, \"sector\": \"%s\", \"countryCode\": \"NL\","
              " \"regionCode\": \"NL-UT\" %s}}",
              domain, domain, sector, extra);
    return name_of(&r);
}

static const char *faculty(const char *inst, const char *name, const char *sector)
{
    eb_call_result r;
    json_call(env.client, "FacultyService/CreateFaculty", &r,
              "{\"faculty\": {\"institution\": \"%s\", \"displayName\": {\"nl\": \"%s\"},"
              " \"description\": {\"nl\": \"Faculteit\"}, \"sector\": \"%s\"}}",
              inst, name, sector);
    return name_of(&r);
}

static const char *issuer(const char *fac, const char *name)
{
    eb_call_result r;
    json_call(env.client, "IssuerService/CreateIssuer", &r,
              "{\"issuer\": {\"faculty\": \"%s\", \"displayName\": {\"en\": \"%s\"},"
              " \"description\": {\"en\": \"Issuer\"}, \"url\": {\"en\": \"https://example.nl\"},"
              " \"email\": \"Badges@Example.NL\"}}",
              fac, name);
    return name_of(&r);
}

/* An issuer in a fresh institution of the sector (micro-credentials enabled); the name
 * stays valid for the whole run. */
static const char *issuer_in(const char *sector_code)
{
    static char names[16][128];
    static int n;
    char domain[64];
    snprintf(domain, sizeof domain, "inst%d.nl", ++n);
    const char *inst = institution(domain, sector_code, ", \"microCredentialsEnabled\": true");
    char *out = names[n % 16];
    snprintf(out, 128, "%s", issuer(faculty(inst, "Faculteit", "SECTOR_UNSPECIFIED"), "Issuer"));
    return out;
}

static void create_badge(eb_call_result *r, const char *iss, const char *type, const char *fields)
{
    json_call(env.client, "BadgeClassService/CreateBadgeClass", r,
              "{\"badgeClass\": {\"issuer\": \"%s\", \"badgeClassType\": \"BADGE_CLASS_TYPE_%s\","
              " \"displayName\": \"Badge\", \"courseLanguage\": \"COURSE_LANGUAGE_NL\" %s}}",
              iss, type, fields);
}

static bool has_violation(const eb_call_result *r, const char *field)
{
    for (size_t i = 0; i < r->n_violations; i++)
        if (strcmp(r->violations[i].field, field) == 0)
            return true;
    return false;
}

/* Asserts INVALID_ARGUMENT whose violations are exactly the space-separated fields. */
static void expect_violations(eb_call_result *r, const char *fields, const char *what)
{
    char copy[512];
    snprintf(copy, sizeof copy, "%s", fields);
    size_t want = 0;
    bool all = r->code == GRPC_STATUS_INVALID_ARGUMENT;
    for (char *f = strtok(copy, " "); f; f = strtok(NULL, " ")) {
        char full[160];
        snprintf(full, sizeof full, "badge_class.%s", f);
        want++;
        if (!has_violation(r, full)) {
            fprintf(stderr, "\n%s: missing violation %s\n", what, full);
            all = false;
        }
    }
    if (r->n_violations != want) {
        fprintf(stderr, "\n%s: %zu violations, want %zu:", what, r->n_violations, want);
        for (size_t i = 0; i < r->n_violations; i++)
            fprintf(stderr, " %s", r->violations[i].field);
        fprintf(stderr, "\n");
        all = false;
    }
    CU_ASSERT_TRUE(all);
    eb_call_result_free(r);
}

static void test_faculty_rules(void)
{
    const char *mixed = institution("mixed.nl", "SECTOR_HBO_MBO", "");
    eb_call_result r;
    json_call(env.client, "FacultyService/CreateFaculty", &r,
              "{\"faculty\": {\"institution\": \"%s\", \"displayName\": {\"nl\": \"Techniek\"},"
              " \"description\": {\"nl\": \"x\"}}}", mixed);
    EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
    EXPECT_VIOLATION(r, "faculty.sector");
    eb_call_result_free(&r);
    const char *fac = faculty(mixed, "Techniek", "SECTOR_MBO");
    CU_ASSERT_STRING_NOT_EQUAL(fac, "");
    json_call(env.client, "FacultyService/CreateFaculty", &r,
              "{\"faculty\": {\"institution\": \"%s\", \"displayName\": {\"nl\": \"TECHNIEK\"},"
              " \"description\": {\"nl\": \"x\"}, \"sector\": \"SECTOR_HBO\"}}", mixed);
    EXPECT_CODE(r, GRPC_STATUS_ALREADY_EXISTS);
    EXPECT_REASON(r, "FACULTY_NAME_TAKEN");
    eb_call_result_free(&r);
    json_call(env.client, "FacultyService/ArchiveFaculty", &r, "{\"name\": \"%s\"}", fac);
    EXPECT_OK(r);
    eb_call_result_free(&r);
    CU_ASSERT_STRING_NOT_EQUAL(faculty(mixed, "Techniek", "SECTOR_HBO"), ""); /* archived sibling frees it */
    const char *wo = institution("wo.nl", "SECTOR_WO", "");
    json_call(env.client, "FacultyService/CreateFaculty", &r,
              "{\"faculty\": {\"institution\": \"%s\", \"displayName\": {\"nl\": \"A\"}, \"description\": {\"nl\": \"x\"},"
              " \"sector\": \"SECTOR_MBO\", \"onBehalfOf\": {\"enabled\": true, \"url\": \"ftp://x\"}}}", wo);
    EXPECT_VIOLATION(r, "faculty.sector");
    EXPECT_VIOLATION(r, "faculty.on_behalf_of.display_name");
    EXPECT_VIOLATION(r, "faculty.on_behalf_of.url");
    EXPECT_VIOLATION(r, "faculty.on_behalf_of.image");
    eb_call_result_free(&r);
    json_call(env.client, "FacultyService/CreateFaculty", &r,
              "{\"faculty\": {\"institution\": \"%s\", \"displayName\": {\"nl\": \"A\"}, \"description\": {\"nl\": \"x\"},"
              " \"onBehalfOf\": {\"enabled\": true, \"displayName\": \"Partner\", \"image\": {\"data\": \"" SVG "\"}}}}", wo);
    if (EXPECT_OK(r)) {
        json_t *j = json_response(&r);
        CU_ASSERT_STRING_EQUAL(json_str(j, "sector"), "SECTOR_WO");
        CU_ASSERT_STRING_EQUAL(json_str(j, "visibility"), "VISIBILITY_PUBLIC");
        CU_ASSERT_STRING_EQUAL(json_str(j, "onBehalfOf.image.mediaType"), "image/svg+xml");
        json_decref(j);
    }
    eb_call_result_free(&r);
}

static void test_issuer_rules(void)
{
    const char *inst = institution("issuers.nl", "SECTOR_WO", "");
    const char *fac = faculty(inst, "F", "SECTOR_UNSPECIFIED");
    eb_call_result r;
    json_call(env.client, "IssuerService/CreateIssuer", &r,
              "{\"issuer\": {\"faculty\": \"%s\", \"displayName\": {\"en\": \"I\"}, \"description\": {\"en\": \"d\"},"
              " \"url\": {\"nl\": \"not a url\"}, \"email\": \"nope\", \"image\": {\"data\": \"R0lGODlh\"}}}", fac);
    EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
    EXPECT_VIOLATION(r, "issuer.url.nl");
    EXPECT_VIOLATION(r, "issuer.email");
    EXPECT_VIOLATION(r, "issuer.image.data");
    eb_call_result_free(&r);
    json_call(env.client, "IssuerService/CreateIssuer", &r,
              "{\"issuer\": {\"faculty\": \"%s\", \"displayName\": {\"en\": \"Safe\"},"
              " \"description\": {\"en\": \"Hi <script>alert(1)</script><b onclick=x>bold</b>\"},"
              " \"url\": {\"en\": \"https://x.nl\"}, \"email\": \"a@x.nl\","
              " \"image\": {\"data\": \"PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciPjxzY3JpcHQ+YWxlcnQoMSk8L3NjcmlwdD48L3N2Zz4=\"}}}", fac);
    EXPECT_VIOLATION(r, "issuer.image.data"); /* an SVG with a script */
    eb_call_result_free(&r);
    json_call(env.client, "IssuerService/CreateIssuer", &r,
              "{\"issuer\": {\"faculty\": \"%s\", \"displayName\": {\"en\": \"Safe\"},"
              " \"description\": {\"en\": \"Hi <script>alert(1)</script><b onclick=x>bold</b>\"},"
              " \"url\": {\"en\": \"https://x.nl\"}, \"email\": \"a@x.nl\"}}", fac);
    if (EXPECT_OK(r)) {
        json_t *j = json_response(&r);
        CU_ASSERT_STRING_EQUAL(json_str(j, "description.en"), "Hi <b>bold</b>");
        json_decref(j);
    }
    eb_call_result_free(&r);
    const char *iss = issuer(fac, "Informatica");
    json_call(env.client, "IssuerService/GetIssuer", &r, "{\"name\": \"%s\"}", iss);
    if (EXPECT_OK(r)) {
        json_t *j = json_response(&r);
        CU_ASSERT_STRING_EQUAL(json_str(j, "email"), "badges@example.nl");
        CU_ASSERT_STRING_EQUAL(json_str(j, "institution"), inst);
        json_decref(j);
    }
    eb_call_result_free(&r);
    json_call(env.client, "IssuerService/CreateIssuer", &r,
              "{\"issuer\": {\"faculty\": \"%s\", \"displayName\": {\"en\": \"informatica\"}, \"description\": {\"en\": \"d\"},"
              " \"url\": {\"en\": \"https://x.nl\"}, \"email\": \"a@x.nl\"}}", fac);
    EXPECT_CODE(r, GRPC_STATUS_ALREADY_EXISTS);
    eb_call_result_free(&r);
    json_call(env.client, "IssuerService/GetIssuer", &r, "{\"name\": \"issuers/AAAAAAAAAAAAAAAAAAAAAA\"}");
    EXPECT_CODE(r, GRPC_STATUS_NOT_FOUND);
    eb_call_result_free(&r);
    json_call(env.client, "FacultyService/ArchiveFaculty", &r, "{\"name\": \"%s\"}", fac);
    eb_call_result_free(&r);
    json_call(env.client, "IssuerService/GetIssuer", &r, "{\"name\": \"%s\"}", iss);
    if (EXPECT_OK(r)) {
        json_t *j = json_response(&r);
        CU_ASSERT_STRING_EQUAL(json_str(j, "state"), "STATE_ARCHIVED"); /* the cascade */
        json_decref(j);
    }
    eb_call_result_free(&r);
    json_call(env.client, "IssuerService/CreateIssuer", &r,
              "{\"issuer\": {\"faculty\": \"%s\", \"displayName\": {\"en\": \"New\"}, \"description\": {\"en\": \"d\"},"
              " \"url\": {\"en\": \"https://x.nl\"}, \"email\": \"a@x.nl\"}}", fac);
    EXPECT_CODE(r, GRPC_STATUS_FAILED_PRECONDITION);
    EXPECT_REASON(r, "FACULTY_ARCHIVED");
    eb_call_result_free(&r);
}

/* What each published type needs on top of the common fields, by sector. */
static const struct {
    const char *sector, *type, *missing;
} MATRIX[] = {
    {"SECTOR_WO", "REGULAR", "learning_outcomes eqf_level education_program_identifiers"},
    {"SECTOR_HBO", "REGULAR", "learning_outcomes eqf_level education_program_identifiers"},
    {"SECTOR_MBO", "REGULAR", "learning_outcomes eqf_level study_load_hours education_program_identifiers"},
    {"SECTOR_WO", "MICRO_CREDENTIAL", "learning_outcomes eqf_level assessment_types participation_forms ects"},
    {"SECTOR_HBO", "MICRO_CREDENTIAL", "learning_outcomes eqf_level assessment_types participation_forms ects"},
    {"SECTOR_MBO", "MICRO_CREDENTIAL", "learning_outcomes eqf_level study_load_hours assessment_types participation_forms"},
    {"SECTOR_WO", "EXTRA_CURRICULAR", ""},
    {"SECTOR_HBO", "EXTRA_CURRICULAR", ""},
    {"SECTOR_MBO", "EXTRA_CURRICULAR", ""},
};

static const char *COMPLETE[] = {
    [0] = ", \"learningOutcomes\": \"lo\", \"eqfLevel\": 6, \"educationProgramIdentifiers\": [{\"type\": \"PROGRAM_IDENTIFIER_TYPE_CROHO\", \"code\": \"56978\"}]",
    [1] = ", \"learningOutcomes\": \"lo\", \"eqfLevel\": 6, \"educationProgramIdentifiers\": [{\"type\": \"PROGRAM_IDENTIFIER_TYPE_ISAT\", \"code\": \"34479\"}]",
    [2] = ", \"learningOutcomes\": \"lo\", \"eqfLevel\": 4, \"studyLoadHours\": 24, \"educationProgramIdentifiers\": [{\"type\": \"PROGRAM_IDENTIFIER_TYPE_CREBO\", \"code\": \"25655\"}]",
    [3] = ", \"learningOutcomes\": \"lo\", \"eqfLevel\": 7, \"assessmentTypes\": [\"ASSESSMENT_TYPE_PORTFOLIO\"], \"participationForms\": [\"PARTICIPATION_FORM_ONLINE\"], \"timeInvestmentHours\": 28",
    [4] = ", \"learningOutcomes\": \"lo\", \"eqfLevel\": 6, \"assessmentTypes\": [\"ASSESSMENT_TYPE_WRITTEN_EXAM\"], \"participationForms\": [\"PARTICIPATION_FORM_BLENDED\"], \"ects\": \"3.0\"",
    [5] = ", \"learningOutcomes\": \"lo\", \"eqfLevel\": 4, \"assessmentTypes\": [\"ASSESSMENT_TYPE_REPORT_PAPER\"], \"participationForms\": [\"PARTICIPATION_FORM_ONSITE\"], \"studyLoadHours\": 240",
    [6] = "", [7] = "", [8] = "",
};

#define PUBLISHED_BASE ", \"description\": \"d\", \"criteria\": \"c\", \"image\": {\"data\": \"" SVG "\"}"

static void test_required_field_matrix(void)
{
    const char *issuers[3] = {issuer_in("SECTOR_WO"), issuer_in("SECTOR_HBO"), issuer_in("SECTOR_MBO")};
    for (size_t i = 0; i < sizeof MATRIX / sizeof *MATRIX; i++) {
        const char *iss = issuers[strcmp(MATRIX[i].sector, "SECTOR_WO") == 0    ? 0
                                  : strcmp(MATRIX[i].sector, "SECTOR_HBO") == 0 ? 1
                                                                                : 2];
        char what[96];
        snprintf(what, sizeof what, "%s %s", MATRIX[i].sector, MATRIX[i].type);
        eb_call_result r;
        create_badge(&r, iss, MATRIX[i].type, ", \"draft\": true");
        CU_ASSERT_STRING_NOT_EQUAL(name_of(&r), ""); /* a draft needs only name and language */
        create_badge(&r, iss, MATRIX[i].type, "");
        char all[256];
        snprintf(all, sizeof all, "description criteria image %s", MATRIX[i].missing);
        expect_violations(&r, all, what);
        create_badge(&r, iss, MATRIX[i].type, PUBLISHED_BASE);
        if (*MATRIX[i].missing)
            expect_violations(&r, MATRIX[i].missing, what);
        else
            CU_ASSERT_STRING_NOT_EQUAL(name_of(&r), "");
        char fields[768];
        snprintf(fields, sizeof fields, PUBLISHED_BASE "%s", COMPLETE[i]);
        create_badge(&r, iss, MATRIX[i].type, fields);
        if (r.code != GRPC_STATUS_OK)
            fprintf(stderr, "\n%s complete: %s\n", what, r.message);
        CU_ASSERT_STRING_NOT_EQUAL(name_of(&r), "");
    }
    eb_call_result r;
    create_badge(&r, issuers[0], "REGULAR", ", \"draft\": true, \"displayName\": \"\", \"courseLanguage\": \"COURSE_LANGUAGE_UNSPECIFIED\"");
    expect_violations(&r, "display_name course_language", "a draft without name and language");
}

static void test_value_rules(void)
{
    const char *wo = issuer_in("SECTOR_WO"), *mbo = issuer_in("SECTOR_MBO");
    eb_call_result r;
    create_badge(&r, wo, "MICRO_CREDENTIAL", ", \"draft\": true, \"ects\": \"2.5\"");
    expect_violations(&r, "ects", "micro-credential below 3 ECTS");
    create_badge(&r, wo, "REGULAR", ", \"draft\": true, \"ects\": \"7.3\", \"eqfLevel\": 9, \"studyLoadHours\": 10,"
                 " \"expirationPeriod\": \"3600s\", \"displayName\": \"Edubadge account complete\"");
    expect_violations(&r, "ects eqf_level study_load_hours expiration_period display_name", "bad values");
    create_badge(&r, mbo, "MICRO_CREDENTIAL", ", \"draft\": true, \"studyLoadHours\": 100, \"timeInvestmentHours\": 84,"
                 " \"stackability\": \"STACKABILITY_STACKABLE\", \"assessmentTypes\": [\"ASSESSMENT_TYPE_PORTFOLIO\", \"ASSESSMENT_TYPE_PORTFOLIO\"]");
    expect_violations(&r, "study_load_hours time_investment_hours stackable_towards.name assessment_types[1]", "MBO hours");
    create_badge(&r, wo, "REGULAR", ", \"draft\": true, \"alignments\": [{\"targetName\": \"x\"}],"
                 " \"educationProgramIdentifiers\": [{\"type\": \"PROGRAM_IDENTIFIER_TYPE_CROHO\", \"code\": \"12\"}]");
    expect_violations(&r, "alignments[0].target_url education_program_identifiers[0].code", "children");
    /* an institution may lower the micro-credential minimum */
    const char *inst = institution("lowmin.nl", "SECTOR_WO", ", \"microCredentialsEnabled\": true, \"microCredentialMinEcts\": \"1\"");
    const char *low = issuer(faculty(inst, "F", "SECTOR_UNSPECIFIED"), "I");
    create_badge(&r, low, "MICRO_CREDENTIAL", ", \"draft\": true, \"ects\": \"1.0\"");
    if (EXPECT_OK(r)) {
        json_t *j = json_response(&r);
        CU_ASSERT_STRING_EQUAL(json_str(j, "ects"), "1");
        json_decref(j);
    }
    eb_call_result_free(&r);
    const char *off = institution("nomicro.nl", "SECTOR_HBO", "");
    create_badge(&r, issuer(faculty(off, "F", "SECTOR_UNSPECIFIED"), "I"), "MICRO_CREDENTIAL", ", \"draft\": true");
    expect_violations(&r, "badge_class_type", "micro-credentials not enabled");
}

static const char *tag(const char *inst, const char *name);

/* A JSON array of n copies of a JSON value (malloc'ed). */
static char *json_repeat(const char *item, size_t n)
{
    size_t len = strlen(item);
    char *out = malloc(n * (len + 1) + 3), *p = out;
    *p++ = '[';
    for (size_t i = 0; i < n; i++) {
        if (i)
            *p++ = ',';
        memcpy(p, item, len);
        p += len;
    }
    *p++ = ']';
    *p = '\0';
    return out;
}

/* Each bad element is named once, and a list far longer than allowed is answered at once
 * (checking each element against every earlier one took minutes for 200,000 of them). */
static void test_repeated_fields(void)
{
    const char *inst = institution("lists.nl", "SECTOR_WO", ", \"microCredentialsEnabled\": true");
    const char *iss = issuer(faculty(inst, "F", "SECTOR_UNSPECIFIED"), "I");
    eb_call_result r;
    create_badge(&r, iss, "MICRO_CREDENTIAL", ", \"draft\": true, \"assessmentTypes\": [\"ASSESSMENT_TYPE_PORTFOLIO\","
                 " \"ASSESSMENT_TYPE_PORTFOLIO\", \"ASSESSMENT_TYPE_PORTFOLIO\"], \"tags\": [\"tags/x\", \"institutions/AAAAAAAAAAAAAAAAAAAAAA\"]");
    expect_violations(&r, "assessment_types[1] assessment_types[2] tags[0] tags[1]", "repeats and malformed tags");
    char *many = json_repeat("\"ASSESSMENT_TYPE_PORTFOLIO\"", 200000);
    char *fields = malloc(strlen(many) + 64);
    sprintf(fields, ", \"draft\": true, \"assessmentTypes\": %s", many);
    create_badge(&r, iss, "MICRO_CREDENTIAL", fields);
    EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
    EXPECT_VIOLATION(r, "badge_class.assessment_types");
    eb_call_result_free(&r);
    free(many);
    free(fields);
    char item[64];
    snprintf(item, sizeof item, "\"%s\"", tag(inst, "Honours"));
    many = json_repeat(item, 200000);
    fields = malloc(strlen(many) + 64);
    sprintf(fields, ", \"draft\": true, \"tags\": %s", many);
    create_badge(&r, iss, "EXTRA_CURRICULAR", fields);
    EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
    EXPECT_VIOLATION(r, "badge_class.tags");
    eb_call_result_free(&r);
    free(many);
    free(fields);
}

/* Texts are sanitized before their length is checked: a long text of markup that never
 * ends ("<!" without a '>' after it) is answered at once (each "<!" looked for a '>' to
 * the end of the text, which took minutes for a few megabytes). */
static void test_hostile_markdown(void)
{
    const char *iss = issuer_in("SECTOR_WO");
    size_t n = 2000000;
    char *text = malloc(3 * n + 1);
    for (size_t i = 0; i < n; i++)
        memcpy(text + 3 * i, "<<!", 3);
    text[3 * n] = '\0';
    char *fields = malloc(3 * n + 64);
    sprintf(fields, ", \"draft\": true, \"description\": \"%s\"", text);
    eb_call_result r;
    create_badge(&r, iss, "REGULAR", fields);
    EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
    EXPECT_VIOLATION(r, "badge_class.description");
    eb_call_result_free(&r);
    free(text);
    free(fields);
}

static const char *micro_credential(const char *iss)
{
    eb_call_result r;
    create_badge(&r, iss, "MICRO_CREDENTIAL", PUBLISHED_BASE ", \"learningOutcomes\": \"lo\", \"eqfLevel\": 6,"
                 " \"assessmentTypes\": [\"ASSESSMENT_TYPE_WRITTEN_EXAM\"], \"participationForms\": [\"PARTICIPATION_FORM_ONLINE\"],"
                 " \"ects\": \"4\"");
    return name_of(&r);
}

static void award(const char *badge_name)
{
    char sql[512];
    snprintf(sql, sizeof sql,
             "INSERT INTO assertions (public_id, badge_class_id) SELECT substr(md5(random()::text), 1, 22), id"
             " FROM badge_classes WHERE public_id = '%s'", strchr(badge_name, '/') + 1);
    test_sql(&env, sql);
}

static void update(eb_call_result *r, const char *name, const char *mask, const char *fields)
{
    json_call(env.client, "BadgeClassService/UpdateBadgeClass", r,
              "{\"badgeClass\": {\"name\": \"%s\" %s}, \"updateMask\": \"%s\"}", name, fields, mask);
}

static void test_edit_after_award(void)
{
    const char *iss = issuer_in("SECTOR_HBO");
    const char *bc = micro_credential(iss);
    eb_call_result r;
    update(&r, bc, "displayName", ", \"displayName\": \"Renamed before award\"");
    EXPECT_OK(r);
    eb_call_result_free(&r);
    award(bc);
    update(&r, bc, "displayName,ects", ", \"displayName\": \"Renamed\", \"ects\": \"5\"");
    EXPECT_CODE(r, GRPC_STATUS_FAILED_PRECONDITION);
    EXPECT_REASON(r, "BADGE_CLASS_AWARDED");
    CU_ASSERT_PTR_NOT_NULL(strstr(r.message, "display_name, ects"));
    eb_call_result_free(&r);
    update(&r, bc, "narrativeRequired,alignments,expirationPeriod,supervision",
           ", \"narrativeRequired\": true, \"alignments\": [{\"targetName\": \"ESCO skill\"}], \"expirationPeriod\": \"86400s\","
           " \"supervision\": \"SUPERVISION_UNSUPERVISED_NO_ID_VERIFICATION\"");
    if (EXPECT_OK(r)) {
        json_t *j = json_response(&r);
        CU_ASSERT_TRUE(json_is_true(json_object_get(j, "awarded")));
        json_decref(j);
    }
    eb_call_result_free(&r);
    update(&r, bc, "supervision", ", \"supervision\": \"SUPERVISION_SUPERVISED_WITH_ID_VERIFICATION\"");
    EXPECT_CODE(r, GRPC_STATUS_FAILED_PRECONDITION); /* filled in once, then frozen */
    eb_call_result_free(&r);
    json_call(env.client, "BadgeClassService/DeleteBadgeClass", &r, "{\"name\": \"%s\"}", bc);
    EXPECT_CODE(r, GRPC_STATUS_FAILED_PRECONDITION);
    EXPECT_REASON(r, "BADGE_CLASS_IN_USE");
    eb_call_result_free(&r);
    test_sql(&env, "UPDATE assertions SET revoked_at = now(), revocation_reason = 'test'");
    update(&r, bc, "displayName", ", \"displayName\": \"Renamed after revocation\"");
    EXPECT_OK(r); /* only unrevoked assertions lock it */
    eb_call_result_free(&r);
}

static void test_lifecycle_paging_and_filters(void)
{
    const char *iss = issuer_in("SECTOR_WO");
    char names[12][128];
    for (int i = 0; i < 12; i++) {
        eb_call_result r;
        create_badge(&r, iss, i % 3 == 0 ? "EXTRA_CURRICULAR" : "REGULAR", ", \"draft\": true");
        snprintf(names[i], sizeof names[i], "%s", name_of(&r));
    }
    char token[512] = "";
    int seen = 0;
    for (int page = 0; page < 5; page++) {
        eb_call_result r;
        json_call(env.client, "BadgeClassService/ListBadgeClasses", &r,
                  "{\"parent\": \"%s\", \"pageSize\": 5, \"pageToken\": \"%s\"}", iss, token);
        if (!EXPECT_OK(r))
            return;
        json_t *j = json_response(&r);
        json_t *list = json_object_get(j, "badgeClasses");
        for (size_t i = 0; i < json_array_size(list); i++, seen++)
            CU_ASSERT_STRING_EQUAL(json_str(json_array_get(list, i), "name"), names[seen]);
        snprintf(token, sizeof token, "%s", json_str(j, "nextPageToken"));
        json_decref(j);
        eb_call_result_free(&r);
        if (!*token)
            break;
    }
    CU_ASSERT_EQUAL(seen, 12);
    eb_call_result r;
    json_call(env.client, "BadgeClassService/ListBadgeClasses", &r,
              "{\"parent\": \"%s\", \"badgeClassType\": \"BADGE_CLASS_TYPE_EXTRA_CURRICULAR\"}", iss);
    if (EXPECT_OK(r)) {
        json_t *j = json_response(&r);
        CU_ASSERT_EQUAL(json_array_size(json_object_get(j, "badgeClasses")), 4);
        json_decref(j);
    }
    eb_call_result_free(&r);
    json_call(env.client, "BadgeClassService/ListBadgeClasses", &r,
              "{\"parent\": \"%s\", \"pageSize\": 5, \"pageToken\": \"%s\", \"showArchived\": true}", iss, "djEAYmFkZ2VDbGFzc2VzAA");
    EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
    eb_call_result_free(&r);
    json_call(env.client, "IssuerService/ArchiveIssuer", &r, "{\"name\": \"%s\"}", iss);
    EXPECT_OK(r);
    eb_call_result_free(&r);
    json_call(env.client, "BadgeClassService/ListBadgeClasses", &r, "{\"parent\": \"%s\"}", iss);
    if (EXPECT_OK(r)) {
        json_t *j = json_response(&r);
        CU_ASSERT_EQUAL(json_array_size(json_object_get(j, "badgeClasses")), 0); /* archived with the issuer */
        json_decref(j);
    }
    eb_call_result_free(&r);
    json_call(env.client, "IssuerService/DeleteIssuer", &r, "{\"name\": \"%s\"}", iss);
    EXPECT_OK(r); /* nothing was awarded: the badge classes go with it */
    eb_call_result_free(&r);
    json_call(env.client, "BadgeClassService/GetBadgeClass", &r, "{\"name\": \"%s\"}", names[0]);
    EXPECT_CODE(r, GRPC_STATUS_NOT_FOUND);
    eb_call_result_free(&r);
    json_call(env.anonymous, "BadgeClassService/GetBadgeClass", &r, "{\"name\": \"%s\"}", names[0]);
    EXPECT_CODE(r, GRPC_STATUS_UNAUTHENTICATED);
    eb_call_result_free(&r);
}

static void expect_sector(const char *method, const char *name, const char *want)
{
    eb_call_result r;
    json_call(env.client, method, &r, "{\"name\": \"%s\"}", name);
    if (EXPECT_OK(r)) {
        json_t *j = json_response(&r);
        CU_ASSERT_STRING_EQUAL(json_str(j, "sector"), want);
        json_decref(j);
    }
    eb_call_result_free(&r);
}

static void change_sector(eb_call_result *r, const char *method, const char *name, const char *sector)
{
    const char *field = strstr(method, "Institution") ? "institution" : "faculty";
    json_call(env.client, method, r, "{\"%s\": {\"name\": \"%s\", \"sector\": \"%s\"}, \"updateMask\": \"sector\"}",
              field, name, sector);
}

/* The badge classes below a faculty were checked against its sector: a change of
 * sector must not move them to another sector's rules. An HBO or MBO institution may
 * become HBO/MBO: its faculties keep the sector they had. */
static void test_sector_changes(void)
{
    const char *hbo = institution("merging.nl", "SECTOR_HBO", ", \"microCredentialsEnabled\": true");
    char fac[128], bc[128];
    snprintf(fac, sizeof fac, "%s", faculty(hbo, "Techniek", "SECTOR_UNSPECIFIED"));
    snprintf(bc, sizeof bc, "%s", micro_credential(issuer(fac, "I")));
    eb_call_result r;
    change_sector(&r, "InstitutionService/UpdateInstitution", hbo, "SECTOR_WO");
    EXPECT_CODE(r, GRPC_STATUS_FAILED_PRECONDITION);
    EXPECT_REASON(r, "INSTITUTION_SECTOR_IN_USE");
    eb_call_result_free(&r);
    change_sector(&r, "InstitutionService/UpdateInstitution", hbo, "SECTOR_HBO_MBO");
    EXPECT_OK(r);
    eb_call_result_free(&r);
    expect_sector("FacultyService/GetFaculty", fac, "SECTOR_HBO");
    expect_sector("BadgeClassService/GetBadgeClass", bc, "SECTOR_HBO");
    change_sector(&r, "FacultyService/UpdateFaculty", fac, "SECTOR_MBO");
    EXPECT_CODE(r, GRPC_STATUS_FAILED_PRECONDITION);
    EXPECT_REASON(r, "FACULTY_SECTOR_IN_USE");
    eb_call_result_free(&r);
    expect_sector("BadgeClassService/GetBadgeClass", bc, "SECTOR_HBO");
    /* a faculty without badge classes may change; so may an institution without faculties */
    const char *empty = faculty(hbo, "Zorg", "SECTOR_HBO");
    change_sector(&r, "FacultyService/UpdateFaculty", empty, "SECTOR_MBO");
    EXPECT_OK(r);
    eb_call_result_free(&r);
    const char *bare = institution("bare.nl", "SECTOR_HBO", "");
    change_sector(&r, "InstitutionService/UpdateInstitution", bare, "SECTOR_WO");
    EXPECT_OK(r);
    eb_call_result_free(&r);
}

/* Turning micro-credentials off, or raising the ECTS minimum, stops new micro-credentials
 * (and new ECTS values) but does not freeze the micro-credentials that exist: their
 * other fields still change. */
static void test_institution_settings_after_the_fact(void)
{
    const char *inst = institution("settings.nl", "SECTOR_WO",
                                   ", \"microCredentialsEnabled\": true, \"microCredentialMinEcts\": \"1\"");
    const char *iss = issuer(faculty(inst, "F", "SECTOR_UNSPECIFIED"), "I");
    eb_call_result r;
    create_badge(&r, iss, "MICRO_CREDENTIAL", ", \"draft\": true, \"ects\": \"1.5\"");
    char micro[128], regular[128];
    snprintf(micro, sizeof micro, "%s", name_of(&r));
    create_badge(&r, iss, "REGULAR", ", \"draft\": true");
    snprintf(regular, sizeof regular, "%s", name_of(&r));
    json_call(env.client, "InstitutionService/UpdateInstitution", &r,
              "{\"institution\": {\"name\": \"%s\", \"microCredentialsEnabled\": false, \"microCredentialMinEcts\": \"\"},"
              " \"updateMask\": \"microCredentialsEnabled,microCredentialMinEcts\"}", inst);
    EXPECT_OK(r);
    eb_call_result_free(&r);
    update(&r, micro, "narrativeRequired,displayName", ", \"narrativeRequired\": true, \"displayName\": \"Still a micro-credential\"");
    EXPECT_OK(r);
    eb_call_result_free(&r);
    update(&r, micro, "ects", ", \"ects\": \"2\"");
    expect_violations(&r, "ects", "a new ECTS value below the minimum");
    update(&r, regular, "badgeClassType", ", \"badgeClassType\": \"BADGE_CLASS_TYPE_MICRO_CREDENTIAL\"");
    expect_violations(&r, "badge_class_type", "a new micro-credential");
}

/* A badge class archived with its issuer is edited like one archived by itself; only
 * moving a badge class to an archived issuer is refused. */
static void test_archived_badge_classes_stay_editable(void)
{
    const char *inst = institution("archivededit.nl", "SECTOR_WO", "");
    const char *fac = faculty(inst, "F", "SECTOR_UNSPECIFIED");
    char iss[128], closed[128], bc[128];
    snprintf(iss, sizeof iss, "%s", issuer(fac, "Open"));
    snprintf(closed, sizeof closed, "%s", issuer(fac, "Closed"));
    eb_call_result r;
    create_badge(&r, closed, "REGULAR", ", \"draft\": true");
    snprintf(bc, sizeof bc, "%s", name_of(&r));
    json_call(env.client, "IssuerService/ArchiveIssuer", &r, "{\"name\": \"%s\"}", closed);
    EXPECT_OK(r);
    eb_call_result_free(&r);
    update(&r, bc, "description", ", \"description\": \"archived with its issuer\"");
    EXPECT_OK(r);
    eb_call_result_free(&r);
    create_badge(&r, iss, "REGULAR", ", \"draft\": true");
    char open_bc[128];
    snprintf(open_bc, sizeof open_bc, "%s", name_of(&r));
    char fields[256];
    snprintf(fields, sizeof fields, ", \"issuer\": \"%s\"", closed);
    update(&r, open_bc, "issuer", fields);
    EXPECT_CODE(r, GRPC_STATUS_FAILED_PRECONDITION);
    EXPECT_REASON(r, "ISSUER_ARCHIVED");
    eb_call_result_free(&r);
}

/* Page tokens are not signed: a token forged with the right filters but a sort key out of
 * any range is a bad page_token, not a database error. */
static void test_forged_page_tokens(void)
{
    const char *inst = institution("forged.nl", "SECTOR_WO", "");
    char filters[128];
    snprintf(filters, sizeof filters, "institution=%s;archived=0", strchr(inst, '/') + 1);
    const char *keys[] = {"99999999999999999999 AAAAAAAAAAAAAAAAAAAAAA", "9223372036854775807 AAAAAAAAAAAAAAAAAAAAAA",
                          "253402300800000000 AAAAAAAAAAAAAAAAAAAAAA"};
    arena *a = arena_create();
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
        eb_call_result r;
        json_call(env.client, "FacultyService/ListFaculties", &r, "{\"institution\": \"%s\", \"pageToken\": \"%s\"}",
                  inst, page_token_encode(a, "faculties", filters, keys[i]));
        EXPECT_CODE(r, GRPC_STATUS_INVALID_ARGUMENT);
        EXPECT_VIOLATION(r, "page_token");
        eb_call_result_free(&r);
    }
    arena_destroy(a);
}

/* A list below a parent that does not exist is NOT_FOUND, not an empty page; a parent of
 * the wrong collection is named with the collections that are allowed. */
static void test_lists_of_missing_parents(void)
{
    static const struct {
        const char *method, *parent, *reason;
    } missing[] = {
        {"BadgeClassService/ListBadgeClasses", "institutions/AAAAAAAAAAAAAAAAAAAAAA", "INSTITUTION_NOT_FOUND"},
        {"BadgeClassService/ListBadgeClasses", "faculties/AAAAAAAAAAAAAAAAAAAAAA", "FACULTY_NOT_FOUND"},
        {"BadgeClassService/ListBadgeClasses", "issuers/AAAAAAAAAAAAAAAAAAAAAA", "ISSUER_NOT_FOUND"},
        {"IssuerService/ListIssuers", "institutions/AAAAAAAAAAAAAAAAAAAAAA", "INSTITUTION_NOT_FOUND"},
        {"IssuerService/ListIssuers", "faculties/AAAAAAAAAAAAAAAAAAAAAA", "FACULTY_NOT_FOUND"},
    };
    eb_call_result r;
    for (size_t i = 0; i < sizeof missing / sizeof *missing; i++) {
        json_call(env.client, missing[i].method, &r, "{\"parent\": \"%s\"}", missing[i].parent);
        EXPECT_CODE(r, GRPC_STATUS_NOT_FOUND);
        EXPECT_REASON(r, missing[i].reason);
        eb_call_result_free(&r);
    }
    const char *inst = institution("emptylists.nl", "SECTOR_WO", "");
    json_call(env.client, "BadgeClassService/ListBadgeClasses", &r, "{\"parent\": \"%s\"}", inst);
    EXPECT_OK(r); /* an institution without badge classes */
    eb_call_result_free(&r);
    json_call(env.client, "BadgeClassService/ListBadgeClasses", &r,
              "{\"parent\": \"badgeClasses/AAAAAAAAAAAAAAAAAAAAAA\"}");
    EXPECT_VIOLATION(r, "parent");
    if (r.n_violations == 1)
        CU_ASSERT_STRING_EQUAL(r.violations[0].description, "must be a resource name of the form"
                               " institutions/{id}, faculties/{id} or issuers/{id}");
    eb_call_result_free(&r);
    json_call(env.client, "IssuerService/ListIssuers", &r, "{\"parent\": \"issuers/AAAAAAAAAAAAAAAAAAAAAA\"}");
    EXPECT_VIOLATION(r, "parent");
    if (r.n_violations == 1)
        CU_ASSERT_STRING_EQUAL(r.violations[0].description,
                               "must be a resource name of the form institutions/{id} or faculties/{id}");
    eb_call_result_free(&r);
}

typedef struct pending_create {
    const char *method, *request;
    eb_call_result result;
} pending_create;

static void *run_create(void *arg)
{
    pending_create *p = arg;
    json_call(env.client, p->method, &p->result, "%s", p->request);
    return NULL;
}

/* A create below a parent whose archiving is under way (not yet committed) waits for it
 * and is refused; it must never leave an active child below an archived parent. */
static void create_while_archiving(const char *table, const char *parent, const char *method,
                                   const char *request, const char *reason, const char *count_sql)
{
    PGconn *c = test_env_db(&env);
    char sql[256];
    snprintf(sql, sizeof sql, "UPDATE %s SET archived_at = now() WHERE public_id = '%s'", table,
             strchr(parent, '/') + 1);
    PQclear(PQexec(c, "BEGIN"));
    PQclear(PQexec(c, sql));
    pending_create p = {method, request, {0}};
    pthread_t t;
    pthread_create(&t, NULL, run_create, &p);
    usleep(500 * 1000); /* the create has read the parent as active by now */
    PQclear(PQexec(c, "COMMIT"));
    PQfinish(c);
    pthread_join(t, NULL);
    EXPECT_CODE(p.result, GRPC_STATUS_FAILED_PRECONDITION);
    EXPECT_REASON(p.result, reason);
    eb_call_result_free(&p.result);
    CU_ASSERT_STRING_EQUAL(test_sql(&env, count_sql), "0");
}

static void test_create_while_archiving(void)
{
    const char *inst = institution("racing.nl", "SECTOR_WO", "");
    char fac[128], iss[128], req[512], count[256];
    snprintf(fac, sizeof fac, "%s", faculty(inst, "F", "SECTOR_UNSPECIFIED"));
    snprintf(iss, sizeof iss, "%s", issuer(fac, "I"));
    snprintf(req, sizeof req, "{\"badgeClass\": {\"issuer\": \"%s\", \"badgeClassType\": \"BADGE_CLASS_TYPE_REGULAR\","
             " \"draft\": true, \"displayName\": \"B\", \"courseLanguage\": \"COURSE_LANGUAGE_NL\"}}", iss);
    snprintf(count, sizeof count, "SELECT count(*) FROM badge_classes WHERE archived_at IS NULL AND issuer_id ="
             " (SELECT id FROM issuers WHERE public_id = '%s')", strchr(iss, '/') + 1);
    create_while_archiving("issuers", iss, "BadgeClassService/CreateBadgeClass", req, "ISSUER_ARCHIVED", count);
    snprintf(req, sizeof req, "{\"issuer\": {\"faculty\": \"%s\", \"displayName\": {\"en\": \"J\"},"
             " \"description\": {\"en\": \"d\"}, \"url\": {\"en\": \"https://x.nl\"}, \"email\": \"a@x.nl\"}}", fac);
    snprintf(count, sizeof count, "SELECT count(*) FROM issuers WHERE archived_at IS NULL AND faculty_id ="
             " (SELECT id FROM faculties WHERE public_id = '%s')", strchr(fac, '/') + 1);
    create_while_archiving("faculties", fac, "IssuerService/CreateIssuer", req, "FACULTY_ARCHIVED", count);
    snprintf(req, sizeof req, "{\"faculty\": {\"institution\": \"%s\", \"displayName\": {\"nl\": \"G\"},"
             " \"description\": {\"nl\": \"d\"}}}", inst);
    snprintf(count, sizeof count, "SELECT count(*) FROM faculties WHERE archived_at IS NULL AND institution_id ="
             " (SELECT id FROM institutions WHERE public_id = '%s')", strchr(inst, '/') + 1);
    create_while_archiving("institutions", inst, "FacultyService/CreateFaculty", req, "INSTITUTION_ARCHIVED", count);
}

static const char *tag(const char *inst, const char *name)
{
    eb_call_result r;
    json_call(env.client, "TagService/CreateTag", &r,
              "{\"tag\": {\"institution\": \"%s\", \"displayName\": \"%s\"}}", inst, name);
    return name_of(&r);
}

static size_t listed_with_tag(const char *parent, const char *tag_name)
{
    eb_call_result r;
    json_call(env.client, "BadgeClassService/ListBadgeClasses", &r,
              "{\"parent\": \"%s\", \"tag\": \"%s\"}", parent, tag_name);
    size_t n = 0;
    if (EXPECT_OK(r)) {
        json_t *j = json_response(&r);
        n = json_array_size(json_object_get(j, "badgeClasses"));
        json_decref(j);
    }
    eb_call_result_free(&r);
    return n;
}

static void test_tags_on_badge_classes(void)
{
    const char *inst = institution("tags.nl", "SECTOR_WO", "");
    const char *iss = issuer(faculty(inst, "F", "SECTOR_UNSPECIFIED"), "I");
    char keep[128], old[128], other[128];
    snprintf(keep, sizeof keep, "%s", tag(inst, "Honours"));
    snprintf(old, sizeof old, "%s", tag(inst, "Pilot 2023"));
    snprintf(other, sizeof other, "%s", tag(institution("other.nl", "SECTOR_WO", ""), "Foreign"));
    eb_call_result r;
    char fields[512];
    snprintf(fields, sizeof fields, ", \"draft\": true, \"tags\": [\"%s\", \"%s\"]", keep, old);
    create_badge(&r, iss, "EXTRA_CURRICULAR", fields);
    char badge[128];
    snprintf(badge, sizeof badge, "%s", name_of(&r));
    json_call(env.client, "TagService/ArchiveTag", &r, "{\"name\": \"%s\"}", old);
    EXPECT_OK(r);
    eb_call_result_free(&r);
    /* an archived tag stays where it is, but cannot be newly assigned */
    update(&r, badge, "description", ", \"description\": \"still tagged\"");
    EXPECT_OK(r);
    eb_call_result_free(&r);
    snprintf(fields, sizeof fields, ", \"draft\": true, \"tags\": [\"%s\", \"%s\", \"tags/x\"]", old, other);
    create_badge(&r, iss, "EXTRA_CURRICULAR", fields);
    expect_violations(&r, "tags[0] tags[1] tags[2]", "archived, foreign and malformed tags");
    CU_ASSERT_EQUAL(listed_with_tag(inst, keep), 1);
    CU_ASSERT_EQUAL(listed_with_tag(iss, old), 1);
    json_call(env.client, "TagService/DeleteTag", &r, "{\"name\": \"%s\"}", keep);
    EXPECT_OK(r);
    eb_call_result_free(&r);
    json_call(env.client, "BadgeClassService/GetBadgeClass", &r, "{\"name\": \"%s\"}", badge);
    if (EXPECT_OK(r)) {
        json_t *j = json_response(&r);
        json_t *tags = json_object_get(j, "tags");
        CU_ASSERT_EQUAL(json_array_size(tags), 1); /* the deleted tag is gone from it */
        CU_ASSERT_STRING_EQUAL(json_string_value(json_array_get(tags, 0)), old);
        json_decref(j);
    }
    eb_call_result_free(&r);
}

int main(void)
{
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("catalog", suite_init, suite_clean);
    CU_add_test(s, "faculty rules", test_faculty_rules);
    CU_add_test(s, "issuer rules", test_issuer_rules);
    CU_add_test(s, "required-field matrix", test_required_field_matrix);
    CU_add_test(s, "value rules", test_value_rules);
    CU_add_test(s, "repeated fields", test_repeated_fields);
    CU_add_test(s, "hostile Markdown", test_hostile_markdown);
    CU_add_test(s, "edit after award", test_edit_after_award);
    CU_add_test(s, "lifecycle, paging and filters", test_lifecycle_paging_and_filters);
    CU_add_test(s, "create while archiving", test_create_while_archiving);
    CU_add_test(s, "lists of missing parents", test_lists_of_missing_parents);
    CU_add_test(s, "forged page tokens", test_forged_page_tokens);
    CU_add_test(s, "sector changes", test_sector_changes);
    CU_add_test(s, "institution settings after the fact", test_institution_settings_after_the_fact);
    CU_add_test(s, "archived badge classes stay editable", test_archived_badge_classes_stay_editable);
    CU_add_test(s, "tags on badge classes", test_tags_on_badge_classes);
    return test_run_all();
}
