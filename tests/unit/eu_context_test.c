/* Unit tests of our EU micro-credential JSON-LD context and the terms a badge class
 * gets under it: expanded by the bundled JSON-LD processor in an Open Badges 2.0
 * BadgeClass and in an Open Badges 3.0 credential, nothing may be dropped and every
 * key must become an absolute IRI of the right vocabulary; the context file is pinned. */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eu_microcredential.h"
#include "harness.h"
#include "jsonld.h"
#include "ob2.h"

static arena *mem;

#define EUMC_NS "https://edubadges.nl/ns/eu-microcredential#"
#define ISSUER_DEPENDENT "https://www.w3.org/ns/credentials/issuer-dependent#"
/* sha256sum contexts/edubadges-eu-microcredential-1.0.jsonld, when version 1.0 was
 * published. The file is immutable: a change is a new version under a new URL. */
#define CONTEXT_SHA256 "00c6db4b22f7dc4d40d04b5acaaff48729de2bf59b135eb98fabeb483a98e1b8"

static eb_badge_class full_micro_credential(void)
{
    static int assessments[] = {1, 3}; /* written exam (ELM), development report (ours) */
    static int forms[] = {1, 4};       /* blended, work experience */
    static eb_program_id programs[] = {{1, "34567"}, {3, "25190"}};
    eb_badge_class bc = {0};
    bc.type = 2; /* micro-credential */
    bc.learning_outcomes = "The learner designs *circular* products.";
    bc.eqf_level = 6;
    bc.eqf_level_verified = true;
    bc.ects = "3.5";
    bc.study_load_hours = 240;
    bc.time_investment_hours = 84;
    bc.assessment_types = assessments;
    bc.n_assessment_types = 2;
    bc.participation_forms = forms;
    bc.n_participation_forms = 2;
    bc.supervision = 3; /* supervised without identity verification (ours) */
    bc.qa_name = "Kwaliteitskader Microcredentials";
    bc.qa_url = "https://npuls.nl/doorbouwen-aan-microcredentials";
    bc.qa_description = "Peer review of the *programme*.";
    bc.stackability = 2;
    bc.stackable_towards_name = "Master Circular Design";
    bc.stackable_towards_url = "https://www.uu.nl/masters/circular-design";
    bc.course_language = 2;
    bc.programs = programs;
    bc.n_programs = 2;
    bc.country_code = "NL";
    bc.region_code = "NL-UT";
    return bc;
}

/* The statements (triples) a compact document must give: one per property value, one
 * per type, plus those of embedded nodes. A dropped key gives fewer. */
static size_t expected_statements(const json_t *v)
{
    size_t n = 0, i;
    const char *key;
    const json_t *val, *item;
    if (json_is_array(v)) {
        json_array_foreach(v, i, item) n += expected_statements(item);
        return n;
    }
    if (!json_is_object(v))
        return 0;
    json_object_foreach((json_t *)v, key, val) {
        if (strcmp(key, "@context") == 0 || strcmp(key, "id") == 0)
            continue;
        if (strcmp(key, "type") == 0)
            n += json_is_array(val) ? json_array_size(val) : 1;
        else if (json_is_array(val))
            n += json_array_size(val) + expected_statements(val);
        else
            n += 1 + expected_statements(val);
    }
    return n;
}

/* The document as RDF (in safe mode, undefined terms and relative IRIs are errors), or
 * NULL with the error printed. */
static rdf_dataset *to_rdf(const json_t *doc, bool safe)
{
    jsonld_options o = {.safe = safe};
    jl_error err;
    rdf_dataset *ds = rdf_dataset_new();
    if (jsonld_to_rdf(doc, &o, ds, &err) != JL_OK) {
        fprintf(stderr, "\n  toRdf: %s\n", err.message);
        rdf_dataset_free(ds);
        return NULL;
    }
    return ds;
}

/* Predicates that are not absolute http(s) IRIs of a defined vocabulary (the
 * issuer-dependent one of VC 2.0 is where undefined terms go with its
 * undefined-terms context). */
static int foreign_predicates(const rdf_dataset *ds)
{
    int bad = 0;
    for (size_t i = 0; i < rdf_dataset_size(ds); i++) {
        const char *p = rdf_dataset_quad(ds, i)->predicate.value;
        if ((strncmp(p, "http://", 7) != 0 && strncmp(p, "https://", 8) != 0) ||
            strncmp(p, ISSUER_DEPENDENT, strlen(ISSUER_DEPENDENT)) == 0) {
            fprintf(stderr, "\n  foreign predicate %s\n", p);
            bad++;
        }
    }
    return bad;
}

static bool has_predicate(const rdf_dataset *ds, const char *iri)
{
    for (size_t i = 0; i < rdf_dataset_size(ds); i++)
        if (strcmp(rdf_dataset_quad(ds, i)->predicate.value, iri) == 0)
            return true;
    return false;
}

/* Every term of our context is used (as its IRI) in ds. */
static void expect_every_term(const rdf_dataset *ds)
{
    jl_error err;
    const json_t *doc = jl_loader_get(jl_loader_default(), EUMC_CONTEXT_URL, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    const char *term;
    const json_t *def;
    int terms = 0;
    json_object_foreach(json_object_get(doc, "@context"), term, def) {
        if (term[0] == '@')
            continue;
        terms++;
        const char *iri = json_string_value(json_object_get(def, "@id"));
        CU_ASSERT_PTR_NOT_NULL(iri);
        char want[256];
        snprintf(want, sizeof want, EUMC_NS "%s", term);
        CU_ASSERT_STRING_EQUAL(iri ? iri : "", want);
        if (!iri || !has_predicate(ds, iri)) {
            fprintf(stderr, "\n  term %s not in the document\n", term);
            CU_FAIL("a term of the context is unused");
        }
    }
    CU_ASSERT_EQUAL(terms, 23);
}

static void expect_nothing_dropped(const json_t *doc)
{
    rdf_dataset *ds = to_rdf(doc, true);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ds);
    CU_ASSERT_EQUAL(rdf_dataset_size(ds), expected_statements(doc));
    CU_ASSERT_EQUAL(foreign_predicates(ds), 0);
    expect_every_term(ds);
    rdf_dataset_free(ds);
}

/* The BadgeClass document the server publishes for the full micro-credential. */
static json_t *ob2_badge_class(void)
{
    static eb_alignment alignments[] = {
        {"design circular products", "http://data.europa.eu/esco/skill/abc", "", "ESCO", "abc"}};
    eb_badge_class bc = full_micro_credential();
    bc.id = "AAAAAAAAAAAAAAAAAAAAAA";
    bc.issuer_id = "BBBBBBBBBBBBBBBBBBBBBB";
    bc.name = "Circular design";
    bc.description = "A micro-credential.";
    bc.criteria = "Pass the portfolio.";
    bc.image.sha256 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    bc.alignments = alignments;
    bc.n_alignments = 1;
    return ob2_badge_class_document(mem, "https://badges.example.org", &bc);
}

static void test_ob2_badge_class_keeps_every_property(void)
{
    json_t *doc = ob2_badge_class();
    expect_nothing_dropped(doc);
    /* the check fails when a key is not defined by any context */
    json_object_set_new(doc, "undefinedTerm", json_string("x"));
    rdf_dataset *ds = to_rdf(doc, true);
    CU_ASSERT_PTR_NULL(ds);
    rdf_dataset_free(ds);
    json_decref(doc);
}

static json_t *ob3_credential(void)
{
    eb_badge_class bc = full_micro_credential();
    json_t *achievement = json_pack(
        "{s:s, s:s, s:s, s:s, s:{s:s}}", "id",
        "https://badges.example.org/public/badges/AAAAAAAAAAAAAAAAAAAAAA", "type", "Achievement",
        "name", "Circular design", "description", "A micro-credential.", "criteria", "narrative",
        "Pass the portfolio.");
    eumc_add_terms(achievement, mem, &bc);
    return json_pack("{s:[s,s,s], s:s, s:[s,s], s:{s:s, s:s, s:s}, s:s, s:s, s:{s:s, s:o}}",
                     "@context", "https://www.w3.org/ns/credentials/v2",
                     "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", EUMC_CONTEXT_URL,
                     "id", "urn:uuid:2a9f4e1c-5c1e-4b5e-8f0a-3d6f4c2b1a00", "type",
                     "VerifiableCredential", "OpenBadgeCredential", "issuer", "id",
                     "https://badges.example.org/public/issuers/BBBBBBBBBBBBBBBBBBBBBB", "type",
                     "Profile", "name", "Universiteit Utrecht", "validFrom", "2026-01-01T00:00:00Z",
                     "name", "Circular design", "credentialSubject", "type", "AchievementSubject",
                     "achievement", achievement);
}

static void test_ob3_credential_keeps_every_property(void)
{
    json_t *doc = ob3_credential();
    expect_nothing_dropped(doc);
    /* an undefined term fails in safe mode; without it, it is dropped, and the count
     * of statements sees that */
    json_object_set_new(doc, "undefinedTerm", json_string("x"));
    rdf_dataset *ds = to_rdf(doc, true);
    CU_ASSERT_PTR_NULL(ds);
    ds = to_rdf(doc, false);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ds);
    CU_ASSERT_EQUAL(rdf_dataset_size(ds) + 1, expected_statements(doc));
    rdf_dataset_free(ds);
    json_decref(doc);
}

static void test_context_after_protected_contexts(void)
{
    /* our context after VC 2.0 and OB 3.0.3 alone: no protected term is redefined */
    json_t *doc = json_pack("{s:[s,s,s], s:s}", "@context", "https://www.w3.org/ns/credentials/v2",
                            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                            EUMC_CONTEXT_URL, "ects", "3");
    rdf_dataset *ds = to_rdf(doc, true);
    CU_ASSERT_PTR_NOT_NULL(ds);
    rdf_dataset_free(ds);
    json_decref(doc);
    /* and a context that tries to redefine one of ours after it is refused */
    doc = json_pack("{s:[s,{s:s}], s:s}", "@context", EUMC_CONTEXT_URL, "ects",
                    "https://example.org/ects", "ects", "3");
    ds = to_rdf(doc, true);
    CU_ASSERT_PTR_NULL(ds);
    rdf_dataset_free(ds);
    json_decref(doc);
}

static void test_context_file_is_pinned(void)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/edubadges-eu-microcredential-1.0.jsonld", CONTEXTS_DIR);
    FILE *f = fopen(path, "rb");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    unsigned char buf[65536];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, buf, n);
    char hex[2 * crypto_hash_sha256_BYTES + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    CU_ASSERT_STRING_EQUAL(hex, CONTEXT_SHA256);
}

static void test_value_iris(void)
{
    CU_ASSERT_STRING_EQUAL(eumc_value_iri(mem, &VOCAB_ASSESSMENT_TYPE, 1),
                           "http://data.europa.eu/snb/assessment/6e6cb2cc78");
    CU_ASSERT_STRING_EQUAL(eumc_value_iri(mem, &VOCAB_ASSESSMENT_TYPE, 3),
                           EUMC_VALUE_BASE "assessment-type/development_report");
    CU_ASSERT_STRING_EQUAL(eumc_value_iri(mem, &VOCAB_SUPERVISION, 4),
                           "http://data.europa.eu/snb/supervision-verification/70be69aaf9");
    CU_ASSERT_STRING_EQUAL(eumc_value_iri(mem, &VOCAB_SUPERVISION, 2),
                           EUMC_VALUE_BASE "supervision/unsupervised_id");
    CU_ASSERT_STRING_EQUAL(eumc_value_iri(mem, &VOCAB_PROGRAM_IDENTIFIER_TYPE, 3),
                           EUMC_VALUE_BASE "programme-register/CREBO");
    CU_ASSERT_STRING_EQUAL(eumc_value_iri(mem, &VOCAB_COURSE_LANGUAGE, 1),
                           "http://publications.europa.eu/resource/authority/language/NLD");
    CU_ASSERT_PTR_NULL(eumc_value_iri(mem, &VOCAB_ASSESSMENT_TYPE, 0));
    CU_ASSERT_PTR_NULL(eumc_value_iri(mem, &VOCAB_ASSESSMENT_TYPE, 99));
    CU_ASSERT_PTR_NULL(eumc_value_iri(mem, &VOCAB_SECTOR, 1)); /* not a vocabulary of the context */
    CU_ASSERT_STRING_EQUAL(eumc_eqf_level_iri(mem, 6), "http://data.europa.eu/snb/eqf/6");
    CU_ASSERT_PTR_NULL(eumc_eqf_level_iri(mem, 0));
    CU_ASSERT_PTR_NULL(eumc_eqf_level_iri(mem, 9));
    CU_ASSERT_STRING_EQUAL(eumc_country_iri(mem, "NL"),
                           "http://publications.europa.eu/resource/authority/country/NLD");
    CU_ASSERT_STRING_EQUAL(eumc_country_iri(mem, "ZW"),
                           "http://publications.europa.eu/resource/authority/country/ZWE");
    CU_ASSERT_STRING_EQUAL(eumc_country_iri(mem, "AD"),
                           "http://publications.europa.eu/resource/authority/country/AND");
    CU_ASSERT_PTR_NULL(eumc_country_iri(mem, "XX"));
    CU_ASSERT_PTR_NULL(eumc_country_iri(mem, "nl"));
    CU_ASSERT_PTR_NULL(eumc_country_iri(mem, NULL));
}

static void test_absent_values_give_no_terms(void)
{
    eb_badge_class bc = {0};
    bc.type = 1;
    bc.learning_outcomes = "";
    bc.ects = "";
    bc.country_code = "DE";
    bc.eqf_level = 4;
    json_t *obj = json_object();
    eumc_add_terms(obj, mem, &bc);
    char *text = json_dumps(obj, JSON_SORT_KEYS | JSON_COMPACT);
    CU_ASSERT_STRING_EQUAL(
        text, "{\"badgeClassType\":\"" EUMC_VALUE_BASE "badge-class-type/regular\","
              "\"eqfLevel\":\"http://data.europa.eu/snb/eqf/4\","
              "\"issuerCountry\":\"http://publications.europa.eu/resource/authority/country/DEU\","
              "\"levelVerified\":false}");
    free(text);
    json_decref(obj);
}

int main(void)
{
    if (sodium_init() < 0)
        return 1;
    mem = arena_create();
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("eu micro-credential context", NULL, NULL);
    CU_add_test(s, "OB 2.0 BadgeClass keeps every property", test_ob2_badge_class_keeps_every_property);
    CU_add_test(s, "OB 3.0 credential keeps every property", test_ob3_credential_keeps_every_property);
    CU_add_test(s, "after the protected VC and OB contexts", test_context_after_protected_contexts);
    CU_add_test(s, "the context file is pinned", test_context_file_is_pinned);
    CU_add_test(s, "value IRIs", test_value_iris);
    CU_add_test(s, "absent values give no terms", test_absent_values_give_no_terms);
    int rc = test_run_all();
    arena_destroy(mem);
    jl_global_cleanup();
    return rc;
}
