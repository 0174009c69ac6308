/* CSV output of responses: columns from the descriptors, values from the JSON mapping. */
#include "csv_export.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "pbjson.h"

#define NESTING_MAX 8

typedef struct csv_column {
    const char *header;   /* dotted field names */
    const char **path;    /* JSON names from the row down */
    size_t depth;
    ProtobufCType type;
} csv_column;

struct csv_table {
    const ProtobufCFieldDescriptor *rows; /* NULL: the response is the one row */
    csv_column *columns;
    size_t n, cap;
};

/* Well-known types (timestamps, wrappers, …) are single values in JSON. */
static bool single_value(const ProtobufCMessageDescriptor *d)
{
    return strncmp(d->name, "google.protobuf.", 16) == 0;
}

static void add_columns(arena *a, csv_table *t, const ProtobufCMessageDescriptor *d, const char *header,
                        const char **path, size_t depth)
{
    for (unsigned i = 0; i < d->n_fields; i++) {
        const ProtobufCFieldDescriptor *f = &d->fields[i];
        const char **p = (const char **)arena_ptrs(a, depth + 1);
        if (depth)
            memcpy(p, path, depth * sizeof *p);
        p[depth] = pbjson_json_name(a, f->name);
        const char *h = *header ? arena_sprintf(a, "%s.%s", header, f->name) : f->name;
        if (f->type == PROTOBUF_C_TYPE_MESSAGE && f->label != PROTOBUF_C_LABEL_REPEATED &&
            !single_value(f->descriptor) && depth + 1 < NESTING_MAX) {
            add_columns(a, t, f->descriptor, h, p, depth + 1);
            continue;
        }
        if (t->n == t->cap) {
            t->cap = t->cap ? t->cap * 2 : 16;
            csv_column *grown = arena_alloc(a, t->cap * sizeof *grown);
            if (t->n)
                memcpy(grown, t->columns, t->n * sizeof *grown);
            t->columns = grown;
        }
        t->columns[t->n++] = (csv_column){h, p, depth + 1,
                                          f->label == PROTOBUF_C_LABEL_REPEATED ? PROTOBUF_C_TYPE_MESSAGE : f->type};
    }
}

/* The list of a response: its one repeated message field, when every other field is the
 * next page token. */
static const ProtobufCFieldDescriptor *list_field(const ProtobufCMessageDescriptor *d)
{
    const ProtobufCFieldDescriptor *list = NULL;
    for (unsigned i = 0; i < d->n_fields; i++) {
        const ProtobufCFieldDescriptor *f = &d->fields[i];
        if (f->type == PROTOBUF_C_TYPE_MESSAGE && f->label == PROTOBUF_C_LABEL_REPEATED && !list)
            list = f;
        else if (strcmp(f->name, "next_page_token") != 0)
            return NULL;
    }
    return list;
}

csv_table *csv_table_for(arena *a, const ProtobufCMessageDescriptor *response)
{
    csv_table *t = arena_alloc(a, sizeof *t);
    t->rows = list_field(response);
    add_columns(a, t, t->rows ? t->rows->descriptor : response, "", NULL, 0);
    return t;
}

/* Whether a spreadsheet could read the text as a formula: it starts with = + - @ (also
 * after blanks and line breaks, which some spreadsheets trim), or with a tab or CR. */
static bool formula_like(const char *v)
{
    char first = v[strspn(v, " \t\r\n")];
    return v[0] == '\t' || v[0] == '\r' || (first && strchr("=+-@", first));
}

char *csv_cell(arena *a, const char *value)
{
    const char *v = value;
    if (formula_like(v))
        v = arena_sprintf(a, "'%s", v);
    /* quoted too: a semicolon or tab, the separators of spreadsheets in other locales (a Dutch
     * spreadsheet splits on ';', and a part after it would start a cell of its own) */
    if (!strpbrk(v, ",;\t\"\r\n"))
        return arena_strdup(a, v);
    size_t n = strlen(v), k = 0;
    char *out = arena_alloc(a, 2 * n + 3);
    out[k++] = '"';
    for (size_t i = 0; i < n; i++) {
        if (v[i] == '"')
            out[k++] = '"';
        out[k++] = v[i];
    }
    out[k++] = '"';
    return out;
}

static void write_line(FILE *out, arena *a, const char *const *cells, size_t n)
{
    for (size_t i = 0; i < n; i++)
        fprintf(out, "%s%s", i ? "," : "", csv_cell(a, cells[i]));
    fputs("\r\n", out);
}

void csv_write_header(FILE *out, const csv_table *t)
{
    arena *a = arena_create();
    const char **cells = (const char **)arena_ptrs(a, t->n ? t->n : 1);
    for (size_t i = 0; i < t->n; i++)
        cells[i] = t->columns[i].header;
    write_line(out, a, cells, t->n);
    arena_destroy(a);
}

/* The text of a value; what the JSON mapping leaves out is the field's default. */
static const char *cell_text(arena *a, const csv_column *c, json_t *v)
{
    if (!v) {
        switch (c->type) {
        case PROTOBUF_C_TYPE_STRING: case PROTOBUF_C_TYPE_BYTES: case PROTOBUF_C_TYPE_ENUM:
        case PROTOBUF_C_TYPE_MESSAGE:
            return "";
        case PROTOBUF_C_TYPE_BOOL:
            return "false";
        default:
            return "0";
        }
    }
    if (json_is_string(v))
        return json_string_value(v);
    if (json_is_integer(v))
        return arena_sprintf(a, "%lld", (long long)json_integer_value(v));
    if (json_is_real(v))
        return arena_sprintf(a, "%.17g", json_real_value(v));
    if (json_is_boolean(v))
        return json_is_true(v) ? "true" : "false";
    char *s = json_dumps(v, JSON_COMPACT);
    char *copy = arena_strdup(a, s);
    free(s);
    return copy;
}

static void write_row(FILE *out, arena *a, const csv_table *t, const ProtobufCMessage *row)
{
    json_t *obj = pbjson_from_message(row);
    const char **cells = (const char **)arena_ptrs(a, t->n ? t->n : 1);
    for (size_t i = 0; i < t->n; i++) {
        json_t *v = obj;
        for (size_t k = 0; v && k < t->columns[i].depth; k++)
            v = json_object_get(v, t->columns[i].path[k]);
        cells[i] = cell_text(a, &t->columns[i], v);
    }
    write_line(out, a, cells, t->n);
    json_decref(obj);
}

void csv_write_rows(FILE *out, const csv_table *t, const ProtobufCMessage *response)
{
    arena *a = arena_create();
    if (!t->rows) {
        write_row(out, a, t, response);
    } else {
        size_t n = *(const size_t *)((const char *)response + t->rows->quantifier_offset);
        ProtobufCMessage *const *rows = *(ProtobufCMessage *const *const *)((const char *)response + t->rows->offset);
        for (size_t i = 0; i < n; i++)
            write_row(out, a, t, rows[i]);
    }
    arena_destroy(a);
}
