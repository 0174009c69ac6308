/* Calls of the API written as proto3 JSON, for integration tests. */
#include "json_call.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api_services.h"
#include "arena.h"
#include "pbjson.h"

static const ProtobufCMethodDescriptor *find_method(const char *method, char *path, size_t len)
{
    const char *slash = strchr(method, '/');
    if (!slash)
        return NULL;
    size_t service_len = (size_t)(slash - method);
    for (const ProtobufCServiceDescriptor *const *s = api_services; *s; s++) {
        const char *short_name = strrchr((*s)->name, '.');
        short_name = short_name ? short_name + 1 : (*s)->name;
        if (strlen(short_name) != service_len || strncmp(short_name, method, service_len) != 0)
            continue;
        for (unsigned m = 0; m < (*s)->n_methods; m++)
            if (strcmp((*s)->methods[m].name, slash + 1) == 0) {
                snprintf(path, len, "/%s/%s", (*s)->name, slash + 1);
                return &(*s)->methods[m];
            }
    }
    return NULL;
}

void json_call(eb_client *c, const char *method, eb_call_result *out, const char *fmt, ...)
{
    char path[256];
    const ProtobufCMethodDescriptor *m = find_method(method, path, sizeof path);
    if (!m) {
        fprintf(stderr, "json_call: unknown method %s\n", method);
        exit(2);
    }
    va_list ap;
    va_start(ap, fmt);
    char *text = NULL;
    if (vasprintf(&text, fmt, ap) < 0)
        abort();
    va_end(ap);
    json_error_t jerr;
    json_t *json = json_loads(text, 0, &jerr);
    if (!json) {
        fprintf(stderr, "json_call %s: bad JSON (%s): %s\n", method, jerr.text, text);
        exit(2);
    }
    arena *a = arena_create();
    char err[512];
    ProtobufCMessage *request = pbjson_to_message(a, m->input, json, err, sizeof err);
    if (!request) {
        fprintf(stderr, "json_call %s: %s\n", method, err);
        exit(2);
    }
    eb_client_call(c, path, request, m->output, out);
    arena_destroy(a);
    json_decref(json);
    free(text);
}

json_t *json_response(const eb_call_result *r)
{
    return r->response ? pbjson_from_message(r->response) : NULL;
}

const char *json_str(const json_t *obj, const char *path)
{
    char key[128];
    const json_t *cur = obj;
    while (cur && *path) {
        size_t n = strcspn(path, ".");
        if (n >= sizeof key)
            return "";
        memcpy(key, path, n);
        key[n] = '\0';
        char *end;
        long index = strtol(key, &end, 10);
        cur = json_is_array(cur) && *key && !*end ? json_array_get(cur, (size_t)index) : json_object_get(cur, key);
        path += n + (path[n] == '.');
    }
    return json_is_string(cur) ? json_string_value(cur) : "";
}
