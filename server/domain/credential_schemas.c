/* Bundled credential schemas. */
#include "credential_schemas.h"

#include <pthread.h>
#include <string.h>

#include "embedded_file.h"

extern const struct embedded_file embedded_schemas[];
extern const size_t embedded_schemas_count;

static const struct {
    const char *url, *file;
} SCHEMAS[] = {
    {"https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json",
     "ob_v3p0_achievementcredential_schema.json"},
    {"https://purl.imsglobal.org/spec/ob/v3p0/schema/json-ld/ob_v3p0_achievementcredential_schema.json",
     "ob_v3p0_achievementcredential_schema.json-ld.json"},
};
#define N_SCHEMAS (sizeof SCHEMAS / sizeof *SCHEMAS)

static json_t *parsed[N_SCHEMAS];
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void parse_all(void)
{
    for (size_t i = 0; i < N_SCHEMAS; i++)
        for (size_t k = 0; k < embedded_schemas_count; k++)
            if (strcmp(embedded_schemas[k].name, SCHEMAS[i].file) == 0)
                parsed[i] = json_loadb((const char *)embedded_schemas[k].data, embedded_schemas[k].size, 0, NULL);
}

const json_t *credential_schema_get(const char *url)
{
    pthread_once(&once, parse_all);
    for (size_t i = 0; url && i < N_SCHEMAS; i++)
        if (strcmp(url, SCHEMAS[i].url) == 0)
            return parsed[i];
    return NULL;
}
