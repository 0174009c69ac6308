/* Hand-made protobuf encodings for tests. */
#include "wire.h"

#include <string.h>

static void varint(wire_buf *b, uint64_t v)
{
    while (v >= 0x80) {
        b->data[b->len++] = (uint8_t)(v | 0x80);
        v >>= 7;
    }
    b->data[b->len++] = (uint8_t)v;
}

void wire_bytes(wire_buf *b, unsigned number, const void *bytes, size_t len)
{
    varint(b, (uint64_t)number << 3 | 2);
    varint(b, len);
    memcpy(b->data + b->len, bytes, len);
    b->len += len;
}

void wire_message(wire_buf *b, unsigned number, const wire_buf *inner)
{
    wire_bytes(b, number, inner->data, inner->len);
}

void wire_varint_field(wire_buf *b, unsigned number, uint64_t value)
{
    varint(b, (uint64_t)number << 3);
    varint(b, value);
}
