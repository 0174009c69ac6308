/* Test helpers: fixtures, files, JSON, canonical N-Quads. */
#include "jl_test_support.h"

#include <stdio.h>
#include <stdlib.h>

#include <CUnit/Basic.h>

#include "jsonld.h"
#include "nquads.h"
#include "rdfc10.h"

const char *fixture_path(const char *rel)
{
    static char buf[4096];
    snprintf(buf, sizeof buf, "%s/%s", FIXTURES_DIR, rel);
    return buf;
}

char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf) {
        buf[n] = '\0';
        if (len)
            *len = (size_t)n;
    }
    return buf;
}

json_t *load_json(const char *path)
{
    json_error_t je;
    json_t *j = json_load_file(path, JSON_DECODE_INT_AS_REAL | JSON_ALLOW_NUL | JSON_DECODE_ANY, &je);
    if (!j)
        fprintf(stderr, "%s: %s\n", path, je.text);
    return j;
}

rdf_dataset *parse_nquads_file(const char *path)
{
    size_t len;
    char *text = read_file(path, &len);
    if (!text)
        return NULL;
    rdf_dataset *ds = rdf_dataset_new();
    jl_error err;
    jl_error_clear(&err);
    if (nquads_parse(text, len, ds, &err)) {
        fprintf(stderr, "%s: %s\n", path, err.message);
        rdf_dataset_free(ds);
        ds = NULL;
    }
    free(text);
    return ds;
}

char *canonical_nquads(const rdf_dataset *ds)
{
    rdfc10_result r;
    jl_error err;
    jl_error_clear(&err);
    if (rdfc10_canonicalize(ds, NULL, &r, &err)) {
        fprintf(stderr, "canonicalize: %s\n", err.message);
        return NULL;
    }
    char *s = r.nquads;
    r.nquads = NULL;
    rdfc10_result_free(&r);
    return s;
}

int run_registered_tests(void)
{
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures();
    CU_cleanup_registry();
    jl_global_cleanup();
    return failed ? 1 : 0;
}

void to_hex(const unsigned char *bytes, size_t n, char *out)
{
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = hex[bytes[i] >> 4];
        out[2 * i + 1] = hex[bytes[i] & 15];
    }
    out[2 * n] = '\0';
}
