/* proto3 JSON mapping for protobuf-c messages. */
#include "pbjson.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdbool.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct ctx {
    arena *a;
    char *err;
    size_t errlen;
    char path[512];
} ctx;

static bool failf(ctx *c, const char *what)
{
    snprintf(c->err, c->errlen, "%s%s%s", c->path, *c->path ? ": " : "", what);
    return false;
}

/* ---- names ---- */

static char *camel(arena *a, const char *snake)
{
    char *out = arena_alloc(a, strlen(snake) + 1);
    char *o = out;
    bool up = false;
    for (const char *p = snake; *p; p++) {
        if (*p == '_') {
            up = true;
            continue;
        }
        *o++ = up && *p >= 'a' && *p <= 'z' ? (char)(*p - 'a' + 'A') : *p;
        up = false;
    }
    return out;
}

char *pbjson_json_name(arena *a, const char *field_name) { return camel(a, field_name); }

static char *snake(arena *a, const char *camel_name)
{
    char *out = arena_alloc(a, 2 * strlen(camel_name) + 1);
    char *o = out;
    for (const char *p = camel_name; *p; p++) {
        if (*p >= 'A' && *p <= 'Z') {
            *o++ = '_';
            *o++ = (char)(*p - 'A' + 'a');
        } else {
            *o++ = *p;
        }
    }
    return out;
}

static const ProtobufCFieldDescriptor *field_by_json_name(arena *a, const ProtobufCMessageDescriptor *d,
                                                          const char *key)
{
    const ProtobufCFieldDescriptor *f = protobuf_c_message_descriptor_get_field_by_name(d, key);
    return f ? f : protobuf_c_message_descriptor_get_field_by_name(d, snake(a, key));
}

static bool is_map_entry(const ProtobufCFieldDescriptor *f)
{
    if (f->type != PROTOBUF_C_TYPE_MESSAGE || f->label != PROTOBUF_C_LABEL_REPEATED)
        return false;
    const ProtobufCMessageDescriptor *d = f->descriptor;
    size_t n = strlen(d->short_name);
    return n > 5 && strcmp(d->short_name + n - 5, "Entry") == 0 && d->n_fields == 2 &&
           strcmp(d->fields[0].name, "key") == 0 && strcmp(d->fields[1].name, "value") == 0;
}

static bool wkt(const ProtobufCMessageDescriptor *d, const char *name)
{
    return strcmp(d->name, name) == 0;
}

static bool wrapper(const ProtobufCMessageDescriptor *d)
{
    return strncmp(d->name, "google.protobuf.", 16) == 0 && strstr(d->name, "Value") &&
           d->n_fields == 1 && strcmp(d->fields[0].name, "value") == 0;
}

/* ---- JSON → message ---- */

static bool set_message(ctx *c, const ProtobufCMessageDescriptor *d, ProtobufCMessage *m,
                        const json_t *j);
static ProtobufCMessage *new_message(ctx *c, const ProtobufCMessageDescriptor *d, const json_t *j);

static bool parse_int(ctx *c, const json_t *j, long long lo, unsigned long long hi, bool is_signed,
                      void *out, size_t size)
{
    long long sv = 0;
    unsigned long long uv = 0;
    if (json_is_integer(j)) {
        sv = json_integer_value(j);
        uv = (unsigned long long)sv;
        if (!is_signed && sv < 0)
            return failf(c, "must not be negative");
    } else if (json_is_string(j)) {
        const char *s = json_string_value(j);
        char *end = NULL;
        errno = 0;
        if (is_signed)
            sv = strtoll(s, &end, 10);
        else
            uv = strtoull(s, &end, 10);
        if (errno || !*s || *end || (!is_signed && strchr(s, '-')))
            return failf(c, "must be an integer");
        if (!is_signed)
            sv = (long long)uv;
    } else if (json_is_real(j) && floor(json_real_value(j)) == json_real_value(j)) {
        sv = (long long)json_real_value(j);
        uv = (unsigned long long)sv;
    } else {
        return failf(c, "must be an integer");
    }
    if (is_signed ? (sv < lo || sv > (long long)hi) : uv > hi)
        return failf(c, "is out of range");
    if (size == 4) {
        int32_t v32 = (int32_t)(is_signed ? sv : (long long)uv);
        memcpy(out, &v32, 4);
    } else {
        int64_t v64 = (int64_t)(is_signed ? sv : (long long)uv);
        memcpy(out, &v64, 8);
    }
    return true;
}

static bool parse_enum(ctx *c, const ProtobufCEnumDescriptor *e, const json_t *j, int *out)
{
    if (json_is_integer(j)) {
        *out = (int)json_integer_value(j);
        return true;
    }
    if (json_is_string(j)) {
        const ProtobufCEnumValue *v = protobuf_c_enum_descriptor_get_value_by_name(e, json_string_value(j));
        if (v) {
            *out = v->value;
            return true;
        }
    }
    char msg[256];
    snprintf(msg, sizeof msg, "must be a value of %s", e->name);
    return failf(c, msg);
}

/* Parses an RFC 3339 timestamp such as 2024-09-01T12:00:00Z or with an offset. */
static bool parse_timestamp(ctx *c, const char *s, int64_t *secs, int32_t *nanos)
{
    struct tm tm = {0};
    const char *p = strptime(s, "%Y-%m-%dT%H:%M:%S", &tm);
    if (!p)
        return failf(c, "must be an RFC 3339 timestamp, e.g. 2024-09-01T12:00:00Z");
    long ns = 0;
    if (*p == '.') {
        int digits = 0;
        for (p++; *p >= '0' && *p <= '9'; p++, digits++)
            if (digits < 9)
                ns = ns * 10 + (*p - '0');
        for (; digits < 9; digits++)
            ns *= 10;
    }
    long offset = 0;
    if (*p == 'Z' || *p == 'z') {
        p++;
    } else if ((*p == '+' || *p == '-') && strlen(p) == 6 && p[3] == ':') {
        offset = ((p[1] - '0') * 10 + (p[2] - '0')) * 3600 + ((p[4] - '0') * 10 + (p[5] - '0')) * 60;
        if (*p == '-')
            offset = -offset;
        p += 6;
    } else {
        return failf(c, "needs a time zone (Z or +hh:mm)");
    }
    if (*p)
        return failf(c, "must be an RFC 3339 timestamp");
    *secs = (int64_t)timegm(&tm) - offset;
    *nanos = (int32_t)ns;
    return true;
}

static bool set_wkt(ctx *c, const ProtobufCMessageDescriptor *d, ProtobufCMessage *m,
                    const json_t *j, bool *handled)
{
    *handled = true;
    if (wkt(d, "google.protobuf.Timestamp")) {
        if (!json_is_string(j))
            return failf(c, "must be an RFC 3339 timestamp string");
        int64_t secs;
        int32_t nanos;
        if (!parse_timestamp(c, json_string_value(j), &secs, &nanos))
            return false;
        memcpy((char *)m + d->fields[0].offset, &secs, 8);
        memcpy((char *)m + d->fields[1].offset, &nanos, 4);
        return true;
    }
    if (wkt(d, "google.protobuf.Duration")) {
        const char *s = json_is_string(j) ? json_string_value(j) : "";
        char *end = NULL;
        double v = strtod(s, &end);
        if (!*s || !end || strcmp(end, "s") != 0)
            return failf(c, "must be a duration such as \"3600s\"");
        int64_t secs = (int64_t)v;
        int32_t nanos = (int32_t)llround((v - (double)secs) * 1e9);
        memcpy((char *)m + d->fields[0].offset, &secs, 8);
        memcpy((char *)m + d->fields[1].offset, &nanos, 4);
        return true;
    }
    if (wkt(d, "google.protobuf.FieldMask")) {
        if (!json_is_string(j))
            return failf(c, "must be a comma-separated list of field paths");
        char *copy = arena_strdup(c->a, json_string_value(j));
        size_t n = 0, cap = 1;
        for (const char *p = copy; *p; p++)
            cap += *p == ',';
        char **paths = (char **)arena_ptrs(c->a, cap);
        for (char *tok = strtok(copy, ","); tok; tok = strtok(NULL, ","))
            paths[n++] = snake(c->a, tok);
        memcpy((char *)m + d->fields[0].quantifier_offset, &n, sizeof n);
        memcpy((char *)m + d->fields[0].offset, &paths, sizeof paths);
        return true;
    }
    if (wrapper(d) && !json_is_object(j)) {
        json_t *obj = json_pack("{s:O}", "value", j);
        *handled = true;
        bool ok = set_message(c, d, m, obj);
        json_decref(obj);
        return ok;
    }
    *handled = false;
    return true;
}

/* Stores one JSON value into the scalar/message slot `slot` of field f. */
static bool set_value(ctx *c, const ProtobufCFieldDescriptor *f, void *slot, const json_t *j)
{
    switch (f->type) {
    case PROTOBUF_C_TYPE_INT32:
    case PROTOBUF_C_TYPE_SINT32:
    case PROTOBUF_C_TYPE_SFIXED32:
        return parse_int(c, j, INT32_MIN, INT32_MAX, true, slot, 4);
    case PROTOBUF_C_TYPE_UINT32:
    case PROTOBUF_C_TYPE_FIXED32:
        return parse_int(c, j, 0, UINT32_MAX, false, slot, 4);
    case PROTOBUF_C_TYPE_INT64:
    case PROTOBUF_C_TYPE_SINT64:
    case PROTOBUF_C_TYPE_SFIXED64:
        return parse_int(c, j, INT64_MIN, INT64_MAX, true, slot, 8);
    case PROTOBUF_C_TYPE_UINT64:
    case PROTOBUF_C_TYPE_FIXED64:
        return parse_int(c, j, 0, UINT64_MAX, false, slot, 8);
    case PROTOBUF_C_TYPE_FLOAT:
    case PROTOBUF_C_TYPE_DOUBLE: {
        if (!json_is_number(j))
            return failf(c, "must be a number");
        double v = json_number_value(j);
        if (f->type == PROTOBUF_C_TYPE_FLOAT) {
            float fv = (float)v;
            memcpy(slot, &fv, sizeof fv);
        } else {
            memcpy(slot, &v, sizeof v);
        }
        return true;
    }
    case PROTOBUF_C_TYPE_BOOL: {
        if (!json_is_boolean(j))
            return failf(c, "must be true or false");
        protobuf_c_boolean b = json_is_true(j);
        memcpy(slot, &b, sizeof b);
        return true;
    }
    case PROTOBUF_C_TYPE_ENUM: {
        int v;
        if (!parse_enum(c, f->descriptor, j, &v))
            return false;
        memcpy(slot, &v, sizeof v);
        return true;
    }
    case PROTOBUF_C_TYPE_STRING: {
        if (!json_is_string(j))
            return failf(c, "must be a string");
        char *s = arena_strndup(c->a, json_string_value(j), json_string_length(j));
        memcpy(slot, &s, sizeof s);
        return true;
    }
    case PROTOBUF_C_TYPE_BYTES: {
        if (!json_is_string(j))
            return failf(c, "must be base64 text");
        const char *s = json_string_value(j);
        size_t n = strlen(s), len = 0;
        unsigned char *buf = arena_alloc(c->a, n + 1);
        if (sodium_base642bin(buf, n + 1, s, n, "\n\r ", &len, NULL, sodium_base64_VARIANT_ORIGINAL) &&
            sodium_base642bin(buf, n + 1, s, n, "\n\r ", &len, NULL,
                              sodium_base64_VARIANT_URLSAFE_NO_PADDING))
            return failf(c, "must be base64 text");
        ProtobufCBinaryData bd = {len, buf};
        memcpy(slot, &bd, sizeof bd);
        return true;
    }
    case PROTOBUF_C_TYPE_MESSAGE: {
        ProtobufCMessage *sub = new_message(c, f->descriptor, j);
        if (!sub)
            return false;
        memcpy(slot, &sub, sizeof sub);
        return true;
    }
    }
    return failf(c, "has an unsupported type");
}

static size_t value_size(const ProtobufCFieldDescriptor *f)
{
    switch (f->type) {
    case PROTOBUF_C_TYPE_INT64: case PROTOBUF_C_TYPE_SINT64: case PROTOBUF_C_TYPE_SFIXED64:
    case PROTOBUF_C_TYPE_UINT64: case PROTOBUF_C_TYPE_FIXED64: case PROTOBUF_C_TYPE_DOUBLE:
        return 8;
    case PROTOBUF_C_TYPE_STRING: case PROTOBUF_C_TYPE_MESSAGE:
        return sizeof(void *);
    case PROTOBUF_C_TYPE_BYTES:
        return sizeof(ProtobufCBinaryData);
    case PROTOBUF_C_TYPE_BOOL:
        return sizeof(protobuf_c_boolean);
    default:
        return 4;
    }
}

static bool set_map(ctx *c, const ProtobufCFieldDescriptor *f, ProtobufCMessage *m, const json_t *j)
{
    if (!json_is_object(j))
        return failf(c, "must be an object");
    const ProtobufCMessageDescriptor *ed = f->descriptor;
    size_t n = json_object_size(j);
    ProtobufCMessage **entries = (ProtobufCMessage **)arena_ptrs(c->a, n ? n : 1);
    const char *key;
    json_t *value;
    size_t i = 0;
    json_object_foreach((json_t *)j, key, value) {
        ProtobufCMessage *e = arena_alloc(c->a, ed->sizeof_message);
        ed->message_init(e);
        json_t *k = json_string(key);
        bool ok = set_value(c, &ed->fields[0], (char *)e + ed->fields[0].offset, k) &&
                  set_value(c, &ed->fields[1], (char *)e + ed->fields[1].offset, value);
        json_decref(k);
        if (!ok)
            return false;
        entries[i++] = e;
    }
    memcpy((char *)m + f->quantifier_offset, &n, sizeof n);
    memcpy((char *)m + f->offset, &entries, sizeof entries);
    return true;
}

static bool set_field(ctx *c, const ProtobufCFieldDescriptor *f, ProtobufCMessage *m, const json_t *j)
{
    if (json_is_null(j))
        return true;
    if (is_map_entry(f))
        return set_map(c, f, m, j);
    if (f->label == PROTOBUF_C_LABEL_REPEATED) {
        if (!json_is_array(j))
            return failf(c, "must be an array");
        size_t n = json_array_size(j), size = value_size(f);
        char *items = arena_alloc(c->a, (n ? n : 1) * size);
        size_t base = strlen(c->path);
        for (size_t i = 0; i < n; i++) {
            snprintf(c->path + base, sizeof c->path - base, "[%zu]", i);
            if (!set_value(c, f, items + i * size, json_array_get(j, i)))
                return false;
        }
        c->path[base] = '\0';
        memcpy((char *)m + f->quantifier_offset, &n, sizeof n);
        memcpy((char *)m + f->offset, &items, sizeof items);
        return true;
    }
    if (!set_value(c, f, (char *)m + f->offset, j))
        return false;
    if (f->flags & PROTOBUF_C_FIELD_FLAG_ONEOF) {
        uint32_t id = f->id;
        memcpy((char *)m + f->quantifier_offset, &id, sizeof id);
    } else if (f->label == PROTOBUF_C_LABEL_OPTIONAL && f->type != PROTOBUF_C_TYPE_MESSAGE &&
               f->type != PROTOBUF_C_TYPE_STRING) {
        protobuf_c_boolean has = 1;
        memcpy((char *)m + f->quantifier_offset, &has, sizeof has);
    }
    return true;
}

static bool set_message(ctx *c, const ProtobufCMessageDescriptor *d, ProtobufCMessage *m, const json_t *j)
{
    bool handled;
    if (!set_wkt(c, d, m, j, &handled) || handled)
        return !c->err[0];
    if (!json_is_object(j))
        return failf(c, "must be a JSON object");
    const char *key;
    json_t *value;
    json_object_foreach((json_t *)j, key, value) {
        size_t base = strlen(c->path);
        snprintf(c->path + base, sizeof c->path - base, "%s%s", base ? "." : "", key);
        const ProtobufCFieldDescriptor *f = field_by_json_name(c->a, d, key);
        if (!f) {
            char msg[256];
            snprintf(msg, sizeof msg, "is not a field of %s", d->name);
            return failf(c, msg);
        }
        if (!set_field(c, f, m, value))
            return false;
        c->path[base] = '\0';
    }
    return true;
}

static ProtobufCMessage *new_message(ctx *c, const ProtobufCMessageDescriptor *d, const json_t *j)
{
    ProtobufCMessage *m = arena_alloc(c->a, d->sizeof_message);
    d->message_init(m);
    return set_message(c, d, m, j) ? m : NULL;
}

ProtobufCMessage *pbjson_to_message(arena *a, const ProtobufCMessageDescriptor *desc,
                                    const json_t *json, char *err, size_t errlen)
{
    ctx c = {.a = a, .err = err, .errlen = errlen};
    err[0] = '\0';
    return new_message(&c, desc, json);
}

/* ---- message → JSON ---- */

static json_t *message_json(const ProtobufCMessage *m);

static json_t *timestamp_json(const ProtobufCMessage *m)
{
    const ProtobufCMessageDescriptor *d = m->descriptor;
    int64_t secs;
    int32_t nanos;
    memcpy(&secs, (const char *)m + d->fields[0].offset, 8);
    memcpy(&nanos, (const char *)m + d->fields[1].offset, 4);
    time_t t = (time_t)secs;
    struct tm tm;
    gmtime_r(&t, &tm);
    char buf[64], frac[16] = "";
    if (nanos)
        snprintf(frac, sizeof frac, ".%06d", nanos / 1000);
    snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%sZ", tm.tm_year + 1900, tm.tm_mon + 1,
             tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, frac);
    return json_string(buf);
}

static json_t *value_json(const ProtobufCFieldDescriptor *f, const void *slot)
{
    switch (f->type) {
    case PROTOBUF_C_TYPE_INT32: case PROTOBUF_C_TYPE_SINT32: case PROTOBUF_C_TYPE_SFIXED32:
        return json_integer(*(const int32_t *)slot);
    case PROTOBUF_C_TYPE_UINT32: case PROTOBUF_C_TYPE_FIXED32:
        return json_integer(*(const uint32_t *)slot);
    case PROTOBUF_C_TYPE_INT64: case PROTOBUF_C_TYPE_SINT64: case PROTOBUF_C_TYPE_SFIXED64: {
        char buf[32];
        snprintf(buf, sizeof buf, "%" PRId64, *(const int64_t *)slot);
        return json_string(buf);
    }
    case PROTOBUF_C_TYPE_UINT64: case PROTOBUF_C_TYPE_FIXED64: {
        char buf[32];
        snprintf(buf, sizeof buf, "%" PRIu64, *(const uint64_t *)slot);
        return json_string(buf);
    }
    case PROTOBUF_C_TYPE_FLOAT:
        return json_real(*(const float *)slot);
    case PROTOBUF_C_TYPE_DOUBLE:
        return json_real(*(const double *)slot);
    case PROTOBUF_C_TYPE_BOOL:
        return json_boolean(*(const protobuf_c_boolean *)slot);
    case PROTOBUF_C_TYPE_ENUM: {
        int v = *(const int *)slot;
        const ProtobufCEnumValue *ev = protobuf_c_enum_descriptor_get_value(f->descriptor, v);
        return ev ? json_string(ev->name) : json_integer(v);
    }
    case PROTOBUF_C_TYPE_STRING: {
        const char *s = *(char *const *)slot;
        return json_string(s ? s : "");
    }
    case PROTOBUF_C_TYPE_BYTES: {
        const ProtobufCBinaryData *bd = slot;
        size_t n = sodium_base64_ENCODED_LEN(bd->len, sodium_base64_VARIANT_ORIGINAL);
        char *buf = malloc(n);
        if (!buf)
            abort();
        sodium_bin2base64(buf, n, bd->data, bd->len, sodium_base64_VARIANT_ORIGINAL);
        json_t *out = json_string(buf);
        free(buf);
        return out;
    }
    case PROTOBUF_C_TYPE_MESSAGE: {
        const ProtobufCMessage *sub = *(ProtobufCMessage *const *)slot;
        return sub ? message_json(sub) : json_null();
    }
    }
    return json_null();
}

static bool is_default(const ProtobufCFieldDescriptor *f, const void *slot)
{
    switch (f->type) {
    case PROTOBUF_C_TYPE_STRING: {
        const char *s = *(char *const *)slot;
        return !s || !*s;
    }
    case PROTOBUF_C_TYPE_MESSAGE:
        return *(void *const *)slot == NULL;
    case PROTOBUF_C_TYPE_BYTES:
        return ((const ProtobufCBinaryData *)slot)->len == 0;
    default: {
        static const char zeros[8];
        return memcmp(slot, zeros, value_size(f)) == 0;
    }
    }
}

static json_t *wkt_json(const ProtobufCMessage *m, bool *handled)
{
    const ProtobufCMessageDescriptor *d = m->descriptor;
    *handled = true;
    if (wkt(d, "google.protobuf.Timestamp"))
        return timestamp_json(m);
    if (wkt(d, "google.protobuf.Duration")) {
        int64_t secs;
        int32_t nanos;
        memcpy(&secs, (const char *)m + d->fields[0].offset, 8);
        memcpy(&nanos, (const char *)m + d->fields[1].offset, 4);
        char buf[48];
        if (nanos)
            snprintf(buf, sizeof buf, "%" PRId64 ".%09ds", secs, nanos < 0 ? -nanos : nanos);
        else
            snprintf(buf, sizeof buf, "%" PRId64 "s", secs);
        return json_string(buf);
    }
    if (wrapper(d))
        return value_json(&d->fields[0], (const char *)m + d->fields[0].offset);
    *handled = false;
    return NULL;
}

static json_t *message_json(const ProtobufCMessage *m)
{
    bool handled;
    json_t *w = wkt_json(m, &handled);
    if (handled)
        return w;
    const ProtobufCMessageDescriptor *d = m->descriptor;
    json_t *obj = json_object();
    arena *a = arena_create();
    for (unsigned i = 0; i < d->n_fields; i++) {
        const ProtobufCFieldDescriptor *f = &d->fields[i];
        const char *slot = (const char *)m + f->offset;
        json_t *v = NULL;
        if (f->label == PROTOBUF_C_LABEL_REPEATED) {
            size_t n = *(const size_t *)((const char *)m + f->quantifier_offset);
            if (n == 0)
                continue;
            const char *items = *(char *const *)slot;
            if (is_map_entry(f)) {
                v = json_object();
                const ProtobufCMessageDescriptor *ed = f->descriptor;
                for (size_t k = 0; k < n; k++) {
                    const char *e = ((char *const *)items)[k];
                    json_t *key = value_json(&ed->fields[0], e + ed->fields[0].offset);
                    json_object_set_new(v, json_is_string(key) ? json_string_value(key) : "?",
                                        value_json(&ed->fields[1], e + ed->fields[1].offset));
                    json_decref(key);
                }
            } else {
                v = json_array();
                for (size_t k = 0; k < n; k++)
                    json_array_append_new(v, value_json(f, items + k * value_size(f)));
            }
        } else if (f->flags & PROTOBUF_C_FIELD_FLAG_ONEOF) {
            if (*(const uint32_t *)((const char *)m + f->quantifier_offset) != f->id)
                continue;
            v = value_json(f, slot);
        } else {
            if (is_default(f, slot))
                continue;
            v = value_json(f, slot);
        }
        json_object_set_new(obj, camel(a, f->name), v);
    }
    arena_destroy(a);
    return obj;
}

json_t *pbjson_from_message(const ProtobufCMessage *m) { return message_json(m); }
