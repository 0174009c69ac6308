/* A file compiled into the binary by cmake/embed.cmake (migrations, descriptor sets). */
#ifndef EDUBADGES_EMBEDDED_FILE_H
#define EDUBADGES_EMBEDDED_FILE_H

#include <stddef.h>

struct embedded_file {
    const char *name;          /* file name without directory */
    const unsigned char *data; /* the bytes, followed by one NUL not counted in size */
    size_t size;
};

#endif
