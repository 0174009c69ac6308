/* Hand-made protobuf encodings for tests that must send what protobuf-c cannot produce
 * (strings with NUL bytes or invalid UTF-8). */
#ifndef EDUBADGES_TEST_WIRE_H
#define EDUBADGES_TEST_WIRE_H

#include <stddef.h>
#include <stdint.h>

typedef struct wire_buf {
    uint8_t data[1 << 16];
    size_t len;
} wire_buf;

/* Appends field `number` as length-delimited bytes. */
void wire_bytes(wire_buf *b, unsigned number, const void *bytes, size_t len);
/* Appends field `number` holding a nested message. */
void wire_message(wire_buf *b, unsigned number, const wire_buf *inner);
void wire_varint_field(wire_buf *b, unsigned number, uint64_t value);

#endif
