/* Walks the protobuf wire format with the message descriptors and validates strings. */
#include "wire_check.h"

#include <stdio.h>
#include <string.h>

#include "utf8.h"

#define MAX_DEPTH 32

typedef struct walker {
    char path[256];
    size_t bad_strings;
    wire_bad_string_fn bad;
    void *ctx;
} walker;

static bool read_varint(const uint8_t **p, const uint8_t *end, uint64_t *out)
{
    uint64_t v = 0;
    for (int shift = 0; shift < 64 && *p < end; shift += 7) {
        uint8_t b = *(*p)++;
        v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            *out = v;
            return true;
        }
    }
    return false;
}

static bool skip(const uint8_t **p, const uint8_t *end, unsigned wire_type)
{
    uint64_t v;
    switch (wire_type) {
    case 0:
        return read_varint(p, end, &v);
    case 1:
        if (end - *p < 8)
            return false;
        *p += 8;
        return true;
    case 5:
        if (end - *p < 4)
            return false;
        *p += 4;
        return true;
    default:
        return false;
    }
}

/* Appends ".name" or ".name[i]" to the path; returns the previous length to restore. */
static size_t push(walker *w, size_t at, const ProtobufCFieldDescriptor *f, int index)
{
    if (at < sizeof w->path) {
        const char *dot = at ? "." : "";
        if (index >= 0)
            snprintf(w->path + at, sizeof w->path - at, "%s%s[%d]", dot, f->name, index);
        else
            snprintf(w->path + at, sizeof w->path - at, "%s%s", dot, f->name);
    }
    return at;
}

/* Walks one message; false when its encoding is malformed (the rest is not walked). */
static bool walk(walker *w, const ProtobufCMessageDescriptor *desc, const uint8_t *p,
                 const uint8_t *end, size_t at, int depth)
{
    int counts[64] = {0}; /* occurrences of the first 64 fields, for repeated indexes */
    while (p < end) {
        uint64_t key;
        if (!read_varint(&p, end, &key))
            return false;
        unsigned number = (unsigned)(key >> 3), wire_type = (unsigned)(key & 7);
        if (wire_type != 2) {
            if (!skip(&p, end, wire_type))
                return false;
            continue;
        }
        uint64_t n;
        if (!read_varint(&p, end, &n) || n > (uint64_t)(end - p))
            return false;
        const uint8_t *value = p;
        p += n;
        const ProtobufCFieldDescriptor *f = protobuf_c_message_descriptor_get_field(desc, number);
        if (!f)
            continue;
        int index = -1;
        if (f->label == PROTOBUF_C_LABEL_REPEATED) {
            size_t slot = (size_t)(f - desc->fields);
            index = slot < 64 ? counts[slot]++ : 0;
        }
        if (f->type == PROTOBUF_C_TYPE_STRING) {
            bool nul = memchr(value, 0, n) != NULL;
            if (nul || !utf8_valid((const char *)value, n)) {
                push(w, at, f, index);
                w->bad_strings++;
                w->bad(w->ctx, w->path, nul ? "must not contain NUL characters" : "must be valid UTF-8");
                w->path[at] = '\0';
            }
        } else if (f->type == PROTOBUF_C_TYPE_MESSAGE && depth < MAX_DEPTH) {
            push(w, at, f, index);
            size_t next = strlen(w->path);
            if (!walk(w, f->descriptor, value, value + n, next, depth + 1))
                return false;
            w->path[at] = '\0';
        }
    }
    return true;
}

size_t wire_check_strings(const ProtobufCMessageDescriptor *desc, const uint8_t *data, size_t len,
                          wire_bad_string_fn bad, void *ctx)
{
    walker w = {.bad = bad, .ctx = ctx};
    walk(&w, desc, data, data + len, 0, 0);
    return w.bad_strings;
}
