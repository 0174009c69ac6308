/* The API surface stays whole: every service of the descriptor set has a server handler
 * for every method and a CLI entry, and every enum value of the API has Dutch and English
 * labels in the vocabulary tables (and the tables name no value the API lacks). */
#include <string.h>

#include "api_services.h"
#include "harness.h"
#include "protoset.h"
#include "service.h"
#include "vocabulary.h"

static void test_every_service_method_has_a_handler(void)
{
    const char **names;
    size_t n = protoset_services(protoset_embedded(), &names);
    int api_services_seen = 0;
    for (size_t i = 0; i < n; i++) {
        if (strncmp(names[i], "edubadges.v1.", 13) != 0)
            continue;
        api_services_seen++;
        const svc_service *found = NULL;
        for (const svc_service *const *s = svc_all_services; *s; s++)
            if (strcmp((*s)->descriptor->name, names[i]) == 0)
                found = *s;
        CU_ASSERT_PTR_NOT_NULL_FATAL(found);
        for (unsigned m = 0; m < found->descriptor->n_methods; m++) {
            rpc_unary_fn fn = NULL;
            const void *binding = NULL;
            CU_ASSERT_TRUE(svc_lookup(NULL, found->descriptor, &found->descriptor->methods[m], &fn, &binding));
        }
        bool in_cli = false;
        for (const ProtobufCServiceDescriptor *const *c = api_services; *c; c++)
            in_cli |= strcmp((*c)->name, names[i]) == 0;
        CU_ASSERT_TRUE(in_cli);
    }
    CU_ASSERT_TRUE(api_services_seen >= 2);
}

static void test_every_enum_value_has_both_labels(void)
{
    const protoset_enum *enums;
    size_t n = protoset_enums(protoset_embedded(), "edubadges.v1", &enums);
    CU_ASSERT_TRUE(n >= 3);
    for (size_t i = 0; i < n; i++) {
        const vocabulary *v = vocabulary_find(enums[i].full_name);
        if (!v)
            fprintf(stderr, "\nno vocabulary for %s\n", enums[i].full_name);
        CU_ASSERT_PTR_NOT_NULL_FATAL(v);
        CU_ASSERT_TRUE(*v->nl && *v->en);
        size_t values = 0;
        for (size_t k = 0; k < enums[i].n_values; k++) {
            const protoset_enum_value *ev = &enums[i].values[k];
            if (ev->number == 0)
                continue;
            values++;
            const vocab_term *t = vocab_term_by_number(v, ev->number);
            if (!t || strcmp(t->value, ev->name) != 0)
                fprintf(stderr, "\n%s.%s (%d) has no matching term\n", enums[i].full_name, ev->name, ev->number);
            CU_ASSERT_PTR_NOT_NULL_FATAL(t);
            CU_ASSERT_STRING_EQUAL(t->value, ev->name);
            CU_ASSERT_TRUE(t->nl && *t->nl && t->en && *t->en && t->code && *t->code);
        }
        CU_ASSERT_EQUAL(values, v->n_terms);
    }
    const vocabulary *const *all;
    size_t nv = vocabularies(&all);
    CU_ASSERT_EQUAL(nv, n);
    for (size_t i = 1; i < nv; i++)
        CU_ASSERT_TRUE(strcmp(all[i - 1]->name, all[i]->name) < 0);
}

int main(void)
{
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("API surface", NULL, NULL);
    CU_add_test(s, "every service method has a handler", test_every_service_method_has_a_handler);
    CU_add_test(s, "every enum value has both labels", test_every_enum_value_has_both_labels);
    return test_run_all();
}
