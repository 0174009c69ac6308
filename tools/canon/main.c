/* jsonld-canon: prints the RDFC-1.0 canonical N-Quads of a JSON-LD file,
 * using the bundled contexts (offline). For debugging and benchmarks.
 *
 *   jsonld-canon [--safe] [--base IRI] [--context URL FILE]... FILE */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonld.h"

static int usage(void)
{
    fputs("usage: jsonld-canon [--safe] [--base IRI] [--context URL FILE]... FILE\n", stderr);
    return 2;
}

int main(int argc, char **argv)
{
    jsonld_options opts = {0};
    jl_error err;
    jl_error_clear(&err);
    const char *file = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--safe")) {
            opts.safe = true;
        } else if (!strcmp(argv[i], "--base") && i + 1 < argc) {
            opts.base = argv[++i];
        } else if (!strcmp(argv[i], "--context") && i + 2 < argc) {
            json_error_t je;
            json_t *doc = json_load_file(argv[i + 2], JSON_DECODE_INT_AS_REAL, &je);
            if (!doc || jl_loader_add_json(jl_loader_default(), argv[i + 1], doc, &err)) {
                fprintf(stderr, "jsonld-canon: %s: %s\n", argv[i + 2], doc ? err.message : je.text);
                return 1;
            }
            json_decref(doc);
            i += 2;
        } else if (argv[i][0] != '-' && !file) {
            file = argv[i];
        } else {
            return usage();
        }
    }
    if (!file)
        return usage();
    json_error_t je;
    json_t *doc = json_load_file(file, JSON_DECODE_INT_AS_REAL | JSON_ALLOW_NUL, &je);
    if (!doc) {
        fprintf(stderr, "jsonld-canon: %s:%d: %s\n", file, je.line, je.text);
        return 1;
    }
    rdfc10_result r;
    int rc = 0;
    if (jsonld_canonize(doc, &opts, NULL, &r, &err)) {
        fprintf(stderr, "jsonld-canon: %s\n", err.message);
        rc = 1;
    } else {
        fwrite(r.nquads, 1, r.nquads_len, stdout);
        rdfc10_result_free(&r);
    }
    json_decref(doc);
    jl_global_cleanup();
    return rc;
}
