/* Conversions shared by the services. */
#include "convert.h"

Google__Protobuf__Timestamp *pb_timestamp(arena *a, int64_t micros)
{
    Google__Protobuf__Timestamp *t = arena_alloc(a, sizeof *t);
    google__protobuf__timestamp__init(t);
    int64_t secs = micros / 1000000, rem = micros % 1000000;
    if (rem < 0) {
        secs -= 1;
        rem += 1000000;
    }
    t->seconds = secs;
    t->nanos = (int32_t)(rem * 1000);
    return t;
}

/* google.protobuf.Timestamp's range: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z */
#define TIMESTAMP_SECONDS_MIN (-62135596800LL)
#define TIMESTAMP_SECONDS_MAX 253402300799LL

bool timestamp_from_pb(eb_error *e, const char *field, const Google__Protobuf__Timestamp *t, int64_t *micros)
{
    *micros = 0;
    if (!t)
        return true;
    if (t->seconds < TIMESTAMP_SECONDS_MIN || t->seconds > TIMESTAMP_SECONDS_MAX || t->nanos < 0 ||
        t->nanos > 999999999) {
        eb_violate(e, field, "must be a time from the year 1 to 9999, with nanos from 0 to 999,999,999");
        return false;
    }
    *micros = t->seconds * 1000000 + t->nanos / 1000;
    return true;
}

Edubadges__V1__LocalizedText *pb_localized(arena *a, const eb_localized *l)
{
    Edubadges__V1__LocalizedText *t = arena_alloc(a, sizeof *t);
    edubadges__v1__localized_text__init(t);
    t->nl = pb_str(l->nl);
    t->en = pb_str(l->en);
    return t;
}

eb_localized localized_from_pb(const Edubadges__V1__LocalizedText *pb)
{
    eb_localized l = {"", ""};
    if (pb) {
        l.nl = pb_str(pb->nl);
        l.en = pb_str(pb->en);
    }
    return l;
}

field_mask mask_from_pb(const Google__Protobuf__FieldMask *pb)
{
    field_mask m = {NULL, 0};
    if (pb) {
        m.paths = (const char *const *)pb->paths;
        m.n = pb->n_paths;
    }
    return m;
}

char *pb_str(const char *s) { return (char *)(s ? s : ""); }

eb_image image_from_pb(const Edubadges__V1__Image *pb)
{
    eb_image img = {NULL, 0, "", "", 0};
    if (pb && pb->data.len > 0) {
        img.data = pb->data.data;
        img.len = pb->data.len;
    }
    return img;
}

Edubadges__V1__Image *pb_image(arena *a, const eb_image *img)
{
    if (!image_present(img))
        return NULL;
    Edubadges__V1__Image *pb = arena_alloc(a, sizeof *pb);
    edubadges__v1__image__init(pb);
    pb->media_type = img->media_type;
    pb->sha256 = img->sha256;
    pb->size_bytes = img->size_bytes;
    return pb;
}

bool pb_require(eb_error *e, const void *message, const char *field)
{
    if (message)
        return true;
    eb_violate(e, field, "is required");
    return false;
}
