/* Walks the protobuf wire format with the message descriptors and validates strings. */
#include "wire_check.h"

#include <stdio.h>
#include <string.h>

#include "utf8.h"

#define MAX_DEPTH 32

typedef struct walker {
    char *path;
    size_t path_len;
    const char *problem;
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
    if (at < w->path_len) {
        const char *dot = at ? "." : "";
        if (index >= 0)
            snprintf(w->path + at, w->path_len - at, "%s%s[%d]", dot, f->name, index);
        else
            snprintf(w->path + at, w->path_len - at, "%s%s", dot, f->name);
    }
    return at;
}

static bool walk(walker *w, const ProtobufCMessageDescriptor *desc, const uint8_t *p,
                 const uint8_t *end, size_t at, int depth)
{
    int counts[64] = {0}; /* occurrences of the first 64 fields, for repeated indexes */
    while (p < end) {
        uint64_t key;
        if (!read_varint(&p, end, &key))
            return true;
        unsigned number = (unsigned)(key >> 3), wire_type = (unsigned)(key & 7);
        if (wire_type != 2) {
            if (!skip(&p, end, wire_type))
                return true;
            continue;
        }
        uint64_t n;
        if (!read_varint(&p, end, &n) || n > (uint64_t)(end - p))
            return true;
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
            if (memchr(value, 0, n) || !utf8_valid((const char *)value, n)) {
                push(w, at, f, index);
                w->problem = memchr(value, 0, n) ? "must not contain NUL characters"
                                                 : "must be valid UTF-8";
                return false;
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

bool wire_check_strings(const ProtobufCMessageDescriptor *desc, const uint8_t *data, size_t len,
                        char *path, size_t path_len, const char **problem)
{
    walker w = {path, path_len, NULL};
    path[0] = '\0';
    bool ok = walk(&w, desc, data, data + len, 0, 0);
    *problem = w.problem;
    return ok;
}
