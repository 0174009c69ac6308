/* The embedded descriptor set of the API (FileDescriptorSet): file and symbol lookup for
 * server reflection, streaming flags of methods, and the list of enums of a package. */
#ifndef EDUBADGES_PROTOSET_H
#define EDUBADGES_PROTOSET_H

#include <stdbool.h>
#include <stddef.h>

typedef struct protoset_index protoset_index;

typedef struct protoset_file {
    const char *name;            /* e.g. "edubadges/v1/institution.proto" */
    unsigned char *bytes;        /* serialized FileDescriptorProto */
    size_t size;
    const char **dependencies;   /* direct imports */
    size_t n_dependencies;
} protoset_file;

protoset_index *protoset_load(const unsigned char *data, size_t size);
void protoset_free(protoset_index *index);

const protoset_file *protoset_file_by_name(const protoset_index *index, const char *name);
/* A message, enum, service or method ("pkg.Svc.Method") by its full name. */
const protoset_file *protoset_file_by_symbol(const protoset_index *index, const char *symbol);

/* Whether "/pkg.Svc/Method" streams; false for unknown methods. */
bool protoset_method_streams(const protoset_index *index, const char *path);

/* Full names of the services of the set, sorted. */
size_t protoset_services(const protoset_index *index, const char ***names);

/* Every enum (top-level and nested) of the given package, sorted by full name. */
typedef struct protoset_enum_value {
    const char *name;
    int number;
} protoset_enum_value;
typedef struct protoset_enum {
    const char *full_name;
    const protoset_enum_value *values;
    size_t n_values;
} protoset_enum;
size_t protoset_enums(const protoset_index *index, const char *package,
                      const protoset_enum **enums);

/* The descriptor set compiled into the binary (loaded once, never freed). */
const protoset_index *protoset_embedded(void);

#endif
