/* JSON Schema 2019-09 validation (the keywords credential schemas use). */
#include "json_schema.h"

#include <math.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datetime.h"
#include "utf8.h"

#define MAX_DEPTH 64

typedef struct vctx {
    arena *a;
    const json_t *root;
    json_schema_result *r;
    int quiet; /* > 0 inside anyOf/oneOf/not/contains trials: failures are not listed */
} vctx;

static bool fail(vctx *v, const char *path, const char *message)
{
    if (v->quiet)
        return false;
    v->r->valid = false;
    if (v->r->n_errors < JSON_SCHEMA_MAX_ERRORS)
        v->r->errors[v->r->n_errors] = arena_sprintf(v->a, "%s: %s", *path ? path : "/", message);
    v->r->n_errors++;
    return false;
}

static void unsupported(vctx *v, const char *what)
{
    v->r->unsupported = true;
    v->r->valid = false;
    if (v->r->n_errors < JSON_SCHEMA_MAX_ERRORS)
        v->r->errors[v->r->n_errors] = arena_sprintf(v->a, "schema: unsupported %s", what);
    v->r->n_errors++;
}

static const char *child_path(vctx *v, const char *path, const char *key)
{
    return arena_sprintf(v->a, "%s/%s", path, key);
}

static const char *index_path(vctx *v, const char *path, size_t i)
{
    return arena_sprintf(v->a, "%s/%zu", path, i);
}

/* "#" or "#/a/b" within the schema document. */
static const json_t *resolve_ref(vctx *v, const char *ref)
{
    if (strcmp(ref, "#") == 0)
        return v->root;
    if (strncmp(ref, "#/", 2) != 0)
        return NULL;
    const json_t *node = v->root;
    const char *p = ref + 2;
    while (node && *p) {
        const char *slash = strchr(p, '/');
        size_t n = slash ? (size_t)(slash - p) : strlen(p);
        char *token = arena_strndup(v->a, p, n), *w = token;
        for (const char *r = token; *r; r++) /* ~1 = '/', ~0 = '~' */
            *w++ = (r[0] == '~' && (r[1] == '0' || r[1] == '1')) ? (*++r == '1' ? '/' : '~') : *r;
        *w = '\0';
        node = json_is_object(node) ? json_object_get(node, token) : NULL;
        p += n + (slash ? 1 : 0);
    }
    return node;
}

static bool type_matches(const char *type, const json_t *inst)
{
    if (strcmp(type, "object") == 0)
        return json_is_object(inst);
    if (strcmp(type, "array") == 0)
        return json_is_array(inst);
    if (strcmp(type, "string") == 0)
        return json_is_string(inst);
    if (strcmp(type, "boolean") == 0)
        return json_is_boolean(inst);
    if (strcmp(type, "null") == 0)
        return json_is_null(inst);
    if (strcmp(type, "number") == 0)
        return json_is_number(inst);
    if (strcmp(type, "integer") == 0)
        return json_is_integer(inst) || (json_is_real(inst) && floor(json_real_value(inst)) == json_real_value(inst));
    return false;
}

/* ECMAScript pattern → POSIX extended expression (\d, \w and \/ rewritten). */
static bool pattern_matches(vctx *v, const char *pattern, const char *s, bool *ok)
{
    size_t n = strlen(pattern);
    char *ere = arena_alloc(v->a, n * 12 + 1), *w = ere;
    for (const char *p = pattern; *p; p++) {
        if (p[0] == '\\' && p[1] == 'd') {
            w = stpcpy(w, "[0-9]");
            p++;
        } else if (p[0] == '\\' && p[1] == 'w') {
            w = stpcpy(w, "[A-Za-z0-9_]");
            p++;
        } else if (p[0] == '\\' && p[1] == '/') {
            *w++ = '/';
            p++;
        } else if (p[0] == '\\' && p[1]) {
            *w++ = *p++;
            *w++ = *p;
        } else {
            *w++ = *p;
        }
    }
    *w = '\0';
    regex_t re;
    if (regcomp(&re, ere, REG_EXTENDED | REG_NOSUB) != 0) {
        *ok = false;
        return false;
    }
    *ok = true;
    bool m = regexec(&re, s, 0, NULL, 0) == 0;
    regfree(&re);
    return m;
}

static bool format_matches(const char *format, const char *s, bool *known)
{
    *known = true;
    int64_t us;
    if (strcmp(format, "date-time") == 0)
        return datetime_parse(s, &us);
    if (strcmp(format, "date") == 0) {
        char buf[32];
        return strlen(s) == 10 && snprintf(buf, sizeof buf, "%sT00:00:00Z", s) > 0 && datetime_parse(buf, &us);
    }
    if (strcmp(format, "uri") == 0) {
        size_t n = strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+.-");
        return n > 0 && ((s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z')) && s[n] == ':' &&
               !strpbrk(s, " \t\r\n<>\"{}|\\^`");
    }
    *known = false;
    return true;
}

static bool validate(vctx *v, const json_t *schema, const json_t *inst, const char *path, int depth);

/* Validates without listing failures (a trial of anyOf, oneOf, not, contains). */
static bool trial(vctx *v, const json_t *schema, const json_t *inst, const char *path, int depth)
{
    v->quiet++;
    bool ok = validate(v, schema, inst, path, depth);
    v->quiet--;
    return ok;
}

static bool in_enum(const json_t *values, const json_t *inst)
{
    size_t i;
    const json_t *e;
    json_array_foreach(values, i, e) if (json_equal(e, inst)) return true;
    return false;
}

static bool check_object(vctx *v, const json_t *schema, const json_t *inst, const char *path, int depth)
{
    bool ok = true;
    const json_t *required = json_object_get(schema, "required"), *e;
    size_t i;
    json_array_foreach(required, i, e) if (json_is_string(e) && !json_object_get(inst, json_string_value(e)))
        ok = fail(v, path, arena_sprintf(v->a, "required property \"%s\" is missing", json_string_value(e)));
    const json_t *props = json_object_get(schema, "properties");
    const json_t *pattern_props = json_object_get(schema, "patternProperties");
    const json_t *additional = json_object_get(schema, "additionalProperties");
    const char *key;
    const json_t *value;
    json_object_foreach((json_t *)inst, key, value) {
        const char *p = child_path(v, path, key);
        bool matched = false;
        const json_t *sub = props ? json_object_get(props, key) : NULL;
        if (sub) {
            matched = true;
            ok = validate(v, sub, value, p, depth + 1) && ok;
        }
        const char *pat;
        const json_t *pat_schema;
        json_object_foreach((json_t *)pattern_props, pat, pat_schema) {
            bool compiled;
            if (pattern_matches(v, pat, key, &compiled)) {
                matched = true;
                ok = validate(v, pat_schema, value, p, depth + 1) && ok;
            } else if (!compiled) {
                unsupported(v, arena_sprintf(v->a, "patternProperties pattern %s", pat));
                return false;
            }
        }
        if (!matched && additional) {
            if (json_is_false(additional))
                ok = fail(v, p, arena_sprintf(v->a, "property \"%s\" is not allowed", key));
            else if (json_is_object(additional))
                ok = validate(v, additional, value, p, depth + 1) && ok;
        }
    }
    return ok;
}

static bool check_array(vctx *v, const json_t *schema, const json_t *inst, const char *path, int depth)
{
    bool ok = true;
    size_t n = json_array_size(inst);
    const json_t *min = json_object_get(schema, "minItems"), *max = json_object_get(schema, "maxItems");
    if (json_is_integer(min) && (json_int_t)n < json_integer_value(min))
        ok = fail(v, path, arena_sprintf(v->a, "needs at least %lld items", (long long)json_integer_value(min)));
    if (json_is_integer(max) && (json_int_t)n > json_integer_value(max))
        ok = fail(v, path, arena_sprintf(v->a, "allows at most %lld items", (long long)json_integer_value(max)));
    const json_t *items = json_object_get(schema, "items");
    const json_t *additional = json_object_get(schema, "additionalItems");
    for (size_t i = 0; i < n; i++) {
        const json_t *item_schema = NULL;
        if (json_is_object(items) || json_is_boolean(items))
            item_schema = items;
        else if (json_is_array(items))
            item_schema = i < json_array_size(items) ? json_array_get(items, i) : additional;
        if (json_is_false(item_schema))
            ok = fail(v, index_path(v, path, i), "no item is allowed here");
        else if (json_is_object(item_schema))
            ok = validate(v, item_schema, json_array_get(inst, i), index_path(v, path, i), depth + 1) && ok;
    }
    const json_t *contains = json_object_get(schema, "contains");
    if (contains) {
        bool found = false;
        for (size_t i = 0; i < n && !found; i++)
            found = trial(v, contains, json_array_get(inst, i), index_path(v, path, i), depth + 1);
        if (!found)
            ok = fail(v, path, "no item matches \"contains\"");
    }
    return ok;
}

static bool check_string(vctx *v, const json_t *schema, const json_t *inst, const char *path)
{
    bool ok = true;
    const char *s = json_string_value(inst);
    size_t chars = utf8_length(s);
    const json_t *min = json_object_get(schema, "minLength"), *max = json_object_get(schema, "maxLength");
    if (json_is_integer(min) && (json_int_t)chars < json_integer_value(min))
        ok = fail(v, path, "is too short");
    if (json_is_integer(max) && (json_int_t)chars > json_integer_value(max))
        ok = fail(v, path, "is too long");
    const json_t *pattern = json_object_get(schema, "pattern");
    if (json_is_string(pattern)) {
        bool compiled;
        if (!pattern_matches(v, json_string_value(pattern), s, &compiled)) {
            if (!compiled) {
                unsupported(v, arena_sprintf(v->a, "pattern %s", json_string_value(pattern)));
                return false;
            }
            ok = fail(v, path, arena_sprintf(v->a, "does not match the pattern %s", json_string_value(pattern)));
        }
    }
    const json_t *format = json_object_get(schema, "format");
    if (json_is_string(format)) {
        bool known;
        if (!format_matches(json_string_value(format), s, &known))
            ok = fail(v, path, arena_sprintf(v->a, "is not a valid %s", json_string_value(format)));
        else if (!known) {
            unsupported(v, arena_sprintf(v->a, "format %s", json_string_value(format)));
            return false;
        }
    }
    return ok;
}

static bool check_number(vctx *v, const json_t *schema, const json_t *inst, const char *path)
{
    bool ok = true;
    double x = json_number_value(inst);
    const json_t *min = json_object_get(schema, "minimum"), *max = json_object_get(schema, "maximum");
    if (json_is_number(min) && x < json_number_value(min))
        ok = fail(v, path, "is below the minimum");
    if (json_is_number(max) && x > json_number_value(max))
        ok = fail(v, path, "is above the maximum");
    return ok;
}

static bool check_type(vctx *v, const json_t *type, const json_t *inst, const char *path)
{
    if (!type)
        return true;
    if (json_is_string(type))
        return type_matches(json_string_value(type), inst) ||
               fail(v, path, arena_sprintf(v->a, "must be of type %s", json_string_value(type)));
    size_t i;
    const json_t *t;
    json_array_foreach(type, i, t) if (json_is_string(t) && type_matches(json_string_value(t), inst)) return true;
    return fail(v, path, "has none of the allowed types");
}

static bool check_combinators(vctx *v, const json_t *schema, const json_t *inst, const char *path, int depth)
{
    bool ok = true;
    size_t i;
    const json_t *sub;
    json_array_foreach(json_object_get(schema, "allOf"), i, sub) ok = validate(v, sub, inst, path, depth + 1) && ok;
    const json_t *any = json_object_get(schema, "anyOf");
    if (any) {
        bool found = false;
        json_array_foreach(any, i, sub) if (!found) found = trial(v, sub, inst, path, depth + 1);
        if (!found)
            ok = fail(v, path, "matches none of \"anyOf\"");
    }
    const json_t *one = json_object_get(schema, "oneOf");
    if (one) {
        size_t matches = 0;
        json_array_foreach(one, i, sub) matches += trial(v, sub, inst, path, depth + 1);
        if (matches != 1)
            ok = fail(v, path, arena_sprintf(v->a, "must match exactly one of \"oneOf\" (matches %zu)", matches));
    }
    const json_t *not_schema = json_object_get(schema, "not");
    if (not_schema && trial(v, not_schema, inst, path, depth + 1))
        ok = fail(v, path, "matches \"not\"");
    return ok;
}

static const char *const KNOWN[] = {
    "$ref", "type", "enum", "const", "properties", "required", "additionalProperties", "patternProperties",
    "items", "additionalItems", "contains", "minItems", "maxItems", "minLength", "maxLength", "minimum",
    "maximum", "pattern", "format", "allOf", "anyOf", "oneOf", "not",
    /* annotations and structure */
    "$schema", "$id", "$defs", "definitions", "$comment", "title", "description", "default", "examples",
    "readOnly", "writeOnly", "deprecated", "$anchor", NULL};

static bool keyword_known(const char *k)
{
    for (const char *const *p = KNOWN; *p; p++)
        if (strcmp(*p, k) == 0)
            return true;
    return false;
}

static bool validate(vctx *v, const json_t *schema, const json_t *inst, const char *path, int depth)
{
    if (json_is_true(schema))
        return true;
    if (json_is_false(schema))
        return fail(v, path, "no value is allowed here");
    if (!json_is_object(schema) || depth > MAX_DEPTH) {
        unsupported(v, depth > MAX_DEPTH ? "nesting deeper than 64" : "schema that is not an object");
        return false;
    }
    const char *key;
    const json_t *value;
    json_object_foreach((json_t *)schema, key, value) if (!keyword_known(key)) {
        unsupported(v, arena_sprintf(v->a, "keyword \"%s\"", key));
        return false;
    }
    bool ok = true;
    const json_t *ref = json_object_get(schema, "$ref");
    if (json_is_string(ref)) {
        const json_t *target = resolve_ref(v, json_string_value(ref));
        if (!target) {
            unsupported(v, arena_sprintf(v->a, "$ref %s", json_string_value(ref)));
            return false;
        }
        ok = validate(v, target, inst, path, depth + 1);
    }
    if (!check_type(v, json_object_get(schema, "type"), inst, path))
        return false;
    const json_t *en = json_object_get(schema, "enum");
    if (json_is_array(en) && !in_enum(en, inst))
        ok = fail(v, path, "is not one of the allowed values");
    const json_t *cn = json_object_get(schema, "const");
    if (cn && !json_equal(cn, inst))
        ok = fail(v, path, "is not the required value");
    if (json_is_object(inst))
        ok = check_object(v, schema, inst, path, depth) && ok;
    else if (json_is_array(inst))
        ok = check_array(v, schema, inst, path, depth) && ok;
    else if (json_is_string(inst))
        ok = check_string(v, schema, inst, path) && ok;
    else if (json_is_number(inst))
        ok = check_number(v, schema, inst, path) && ok;
    return check_combinators(v, schema, inst, path, depth) && ok;
}

void json_schema_validate(arena *a, const json_t *schema, const json_t *instance, json_schema_result *out)
{
    memset(out, 0, sizeof *out);
    out->valid = true;
    vctx v = {a, schema, out, 0};
    if (!validate(&v, schema, instance, "", 0))
        out->valid = false;
}
