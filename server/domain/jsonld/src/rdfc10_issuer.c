/* RDFC-1.0 identifier issuers: blank node -> issued number, in issue order. */
#include <stdlib.h>
#include <string.h>

#include "rdfc10_state.h"

bool issuer_init(issuer *is, int n)
{
    is->n = n;
    is->count = 0;
    is->ids = malloc((size_t)(n ? n : 1) * sizeof *is->ids);
    is->order = malloc((size_t)(n ? n : 1) * sizeof *is->order);
    if (!is->ids || !is->order) {
        free(is->ids);
        free(is->order);
        return false;
    }
    for (int i = 0; i < n; i++)
        is->ids[i] = -1;
    return true;
}

void issuer_free(issuer *is)
{
    free(is->ids);
    free(is->order);
    is->ids = is->order = NULL;
}

bool issuer_copy(issuer *dst, const issuer *src)
{
    if (!issuer_init(dst, src->n))
        return false;
    memcpy(dst->ids, src->ids, (size_t)src->n * sizeof *src->ids);
    memcpy(dst->order, src->order, (size_t)src->count * sizeof *src->order);
    dst->count = src->count;
    return true;
}

void issuer_move(issuer *dst, issuer *src)
{
    issuer_free(dst);
    *dst = *src;
    src->ids = src->order = NULL;
}

int issuer_issue(issuer *is, int b)
{
    if (is->ids[b] < 0) {
        is->ids[b] = is->count;
        is->order[is->count++] = b;
    }
    return is->ids[b];
}

