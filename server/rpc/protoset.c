/* Indexes the embedded FileDescriptorSet: files by name, symbols by full name, streaming
 * flags of methods and the enums of a package. */
#include "protoset.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "embedded_file.h"
#include "google/protobuf/descriptor.pb-c.h"

typedef struct symbol {
    char *name;
    size_t file;
} symbol;

typedef struct streaming_method {
    char *path;
    bool streams;
} streaming_method;

struct protoset_index {
    Google__Protobuf__FileDescriptorSet *set;
    protoset_file *files;
    size_t n_files;
    symbol *symbols;
    size_t n_symbols, cap_symbols;
    streaming_method *methods;
    size_t n_methods, cap_methods;
    char **services;
    size_t n_services;
    protoset_enum *enums;
    char **enum_packages;
    size_t n_enums, cap_enums;
};

static void *grow(void *p, size_t *cap, size_t n, size_t elem)
{
    if (n < *cap)
        return p;
    *cap = *cap ? *cap * 2 : 64;
    void *q = realloc(p, *cap * elem);
    if (!q)
        abort();
    return q;
}

static char *join(const char *prefix, const char *name)
{
    size_t n = strlen(prefix) + strlen(name) + 2;
    char *s = malloc(n);
    if (!s)
        abort();
    snprintf(s, n, "%s%s%s", prefix, *prefix ? "." : "", name);
    return s;
}

static void add_symbol(protoset_index *ix, char *name, size_t file)
{
    ix->symbols = grow(ix->symbols, &ix->cap_symbols, ix->n_symbols, sizeof(symbol));
    ix->symbols[ix->n_symbols++] = (symbol){name, file};
}

static void add_enum(protoset_index *ix, const char *package, char *full_name,
                     const Google__Protobuf__EnumDescriptorProto *e)
{
    ix->enums = grow(ix->enums, &ix->cap_enums, ix->n_enums, sizeof(protoset_enum));
    size_t cap = ix->cap_enums;
    ix->enum_packages = realloc(ix->enum_packages, cap * sizeof(char *));
    if (!ix->enum_packages)
        abort();
    protoset_enum_value *values = calloc(e->n_value ? e->n_value : 1, sizeof *values);
    if (!values)
        abort();
    for (size_t i = 0; i < e->n_value; i++)
        values[i] = (protoset_enum_value){e->value[i]->name, e->value[i]->number};
    ix->enum_packages[ix->n_enums] = (char *)package;
    ix->enums[ix->n_enums++] = (protoset_enum){full_name, values, e->n_value};
}

static void index_message(protoset_index *ix, const char *package, const char *prefix,
                          const Google__Protobuf__DescriptorProto *m, size_t file)
{
    char *name = join(prefix, m->name);
    add_symbol(ix, name, file);
    for (size_t i = 0; i < m->n_nested_type; i++)
        index_message(ix, package, name, m->nested_type[i], file);
    for (size_t i = 0; i < m->n_enum_type; i++) {
        char *e = join(name, m->enum_type[i]->name);
        add_symbol(ix, e, file);
        add_enum(ix, package, e, m->enum_type[i]);
    }
}

static void index_service(protoset_index *ix, const char *package,
                          const Google__Protobuf__ServiceDescriptorProto *s, size_t file)
{
    char *name = join(package, s->name);
    add_symbol(ix, name, file);
    ix->services = realloc(ix->services, (ix->n_services + 1) * sizeof(char *));
    if (!ix->services)
        abort();
    ix->services[ix->n_services++] = name;
    for (size_t i = 0; i < s->n_method; i++) {
        const Google__Protobuf__MethodDescriptorProto *m = s->method[i];
        add_symbol(ix, join(name, m->name), file);
        size_t n = strlen(name) + strlen(m->name) + 3;
        char *path = malloc(n);
        if (!path)
            abort();
        snprintf(path, n, "/%s/%s", name, m->name);
        ix->methods = grow(ix->methods, &ix->cap_methods, ix->n_methods, sizeof(streaming_method));
        ix->methods[ix->n_methods++] =
            (streaming_method){path, m->client_streaming || m->server_streaming};
    }
}

static int cmp_symbol(const void *a, const void *b)
{
    return strcmp(((const symbol *)a)->name, ((const symbol *)b)->name);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Orders enums by (package, full name) so that each package's enums are contiguous. */
static void sort_enums(protoset_index *ix)
{
    for (size_t i = 1; i < ix->n_enums; i++) {
        for (size_t j = i; j > 0; j--) {
            int c = strcmp(ix->enum_packages[j - 1], ix->enum_packages[j]);
            if (c == 0)
                c = strcmp(ix->enums[j - 1].full_name, ix->enums[j].full_name);
            if (c <= 0)
                break;
            protoset_enum t = ix->enums[j];
            ix->enums[j] = ix->enums[j - 1];
            ix->enums[j - 1] = t;
            char *p = ix->enum_packages[j];
            ix->enum_packages[j] = ix->enum_packages[j - 1];
            ix->enum_packages[j - 1] = p;
        }
    }
}

protoset_index *protoset_load(const unsigned char *data, size_t size)
{
    Google__Protobuf__FileDescriptorSet *set =
        google__protobuf__file_descriptor_set__unpack(NULL, size, data);
    if (!set)
        return NULL;
    protoset_index *ix = calloc(1, sizeof *ix);
    if (!ix)
        abort();
    ix->set = set;
    ix->n_files = set->n_file;
    ix->files = calloc(set->n_file ? set->n_file : 1, sizeof(protoset_file));
    if (!ix->files)
        abort();
    for (size_t f = 0; f < set->n_file; f++) {
        Google__Protobuf__FileDescriptorProto *fd = set->file[f];
        protoset_file *pf = &ix->files[f];
        pf->name = fd->name;
        pf->size = google__protobuf__file_descriptor_proto__get_packed_size(fd);
        pf->bytes = malloc(pf->size ? pf->size : 1);
        if (!pf->bytes)
            abort();
        google__protobuf__file_descriptor_proto__pack(fd, pf->bytes);
        pf->dependencies = (const char **)fd->dependency;
        pf->n_dependencies = fd->n_dependency;
        const char *package = fd->package ? fd->package : "";
        for (size_t i = 0; i < fd->n_message_type; i++)
            index_message(ix, package, package, fd->message_type[i], f);
        for (size_t i = 0; i < fd->n_enum_type; i++) {
            char *e = join(package, fd->enum_type[i]->name);
            add_symbol(ix, e, f);
            add_enum(ix, package, e, fd->enum_type[i]);
        }
        for (size_t i = 0; i < fd->n_service; i++)
            index_service(ix, package, fd->service[i], f);
    }
    qsort(ix->symbols, ix->n_symbols, sizeof(symbol), cmp_symbol);
    qsort(ix->services, ix->n_services, sizeof(char *), cmp_str);
    sort_enums(ix);
    return ix;
}

void protoset_free(protoset_index *ix)
{
    if (!ix)
        return;
    for (size_t i = 0; i < ix->n_files; i++)
        free(ix->files[i].bytes);
    free(ix->files);
    /* enum and service names are also symbols: free them once, through the symbols */
    for (size_t i = 0; i < ix->n_symbols; i++)
        free(ix->symbols[i].name);
    free(ix->symbols);
    for (size_t i = 0; i < ix->n_methods; i++)
        free(ix->methods[i].path);
    free(ix->methods);
    free(ix->services);
    for (size_t i = 0; i < ix->n_enums; i++)
        free((void *)ix->enums[i].values);
    free(ix->enums);
    free(ix->enum_packages);
    google__protobuf__file_descriptor_set__free_unpacked(ix->set, NULL);
    free(ix);
}

const protoset_file *protoset_file_by_name(const protoset_index *ix, const char *name)
{
    for (size_t i = 0; i < ix->n_files; i++)
        if (strcmp(ix->files[i].name, name) == 0)
            return &ix->files[i];
    return NULL;
}

const protoset_file *protoset_file_by_symbol(const protoset_index *ix, const char *name)
{
    symbol key = {(char *)name, 0};
    const symbol *s = bsearch(&key, ix->symbols, ix->n_symbols, sizeof(symbol), cmp_symbol);
    return s ? &ix->files[s->file] : NULL;
}

bool protoset_method_streams(const protoset_index *ix, const char *path)
{
    for (size_t i = 0; i < ix->n_methods; i++)
        if (strcmp(ix->methods[i].path, path) == 0)
            return ix->methods[i].streams;
    return false;
}

size_t protoset_services(const protoset_index *ix, const char ***names)
{
    *names = (const char **)ix->services;
    return ix->n_services;
}

size_t protoset_enums(const protoset_index *ix, const char *package, const protoset_enum **out)
{
    /* sort_enums made the enums of one package contiguous */
    size_t first = ix->n_enums, count = 0;
    for (size_t i = 0; i < ix->n_enums; i++) {
        if (strcmp(ix->enum_packages[i], package) == 0) {
            if (first == ix->n_enums)
                first = i;
            count++;
        }
    }
    *out = count ? &ix->enums[first] : NULL;
    return count;
}

extern const struct embedded_file embedded_protoset[];

static protoset_index *embedded_index;
static pthread_once_t embedded_once = PTHREAD_ONCE_INIT;

static void load_embedded(void)
{
    embedded_index = protoset_load(embedded_protoset[0].data, embedded_protoset[0].size);
    if (!embedded_index) {
        fputs("edubadges: the embedded descriptor set does not parse\n", stderr);
        abort();
    }
}

const protoset_index *protoset_embedded(void)
{
    pthread_once(&embedded_once, load_embedded);
    return embedded_index;
}
