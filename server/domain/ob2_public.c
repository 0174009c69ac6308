/* Open Badges 2.0: public URLs, what is public, and dates. */
#include "ob2.h"

#include <string.h>
#include <time.h>

#include "vocabulary.h"

char *ob2_url(arena *a, const char *base, const char *prefix, const char *id, const char *suffix)
{
    return arena_sprintf(a, "%s%s%s%s", base, prefix, id, suffix);
}

bool ob2_faculty_public(const eb_faculty *f)
{
    const char *visibility = vocab_code(&VOCAB_VISIBILITY, f->visibility);
    return visibility && strcmp(visibility, "public") == 0;
}

bool ob2_badge_class_public(const eb_badge_class *bc, const eb_faculty *f)
{
    return !bc->draft && ob2_faculty_public(f);
}

ob2_assertion_state ob2_assertion_state_of(const eb_assertion *as, const eb_badge_class *bc,
                                           const eb_faculty *f)
{
    if (!as->public || as->acceptance == vocab_number(&VOCAB_ACCEPTANCE, "rejected") ||
        !ob2_badge_class_public(bc, f))
        return OB2_HIDDEN;
    return as->revoked ? OB2_REVOKED : OB2_VALID;
}

char *ob2_datetime(arena *a, int64_t us)
{
    time_t s = (time_t)(us >= 0 ? us / 1000000 : (us - 999999) / 1000000);
    struct tm tm;
    gmtime_r(&s, &tm);
    char buf[32];
    strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return arena_strdup(a, buf);
}
