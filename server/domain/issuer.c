/* The issuer resource: normalisation, validation and updates. */
#include "issuer.h"

#include <stdio.h>

#include "email.h"
#include "markdown.h"
#include "text.h"
#include "url.h"

const char *const ISSUER_UPDATABLE[] = {
    "display_name.nl", "display_name.en", "description.nl", "description.en",
    "url.nl", "url.en", "email", "image", NULL,
};

void issuer_normalize(arena *a, eb_issuer *is)
{
    localized_trim(a, &is->display_name);
    localized_trim(a, &is->description);
    localized_trim(a, &is->url);
    is->description.nl = markdown_sanitize(a, is->description.nl);
    is->description.en = markdown_sanitize(a, is->description.en);
    is->email = email_normalize(a, is->email);
}

void issuer_validate(eb_error *e, eb_issuer *is, const char *prefix)
{
    char fld[128];
#define FIELD(name) (snprintf(fld, sizeof fld, "%s%s", prefix, name), fld)
    check_localized(e, prefix, "display_name", &is->display_name, ISSUER_NAME_MAX, TEXT_SINGLE_LINE);
    check_localized(e, prefix, "description", &is->description, CATALOG_DESCRIPTION_MAX, TEXT_MULTILINE);
    if (text_empty(is->url.nl) && text_empty(is->url.en))
        eb_violate(e, FIELD("url"), "needs a Dutch or an English URL (or both)");
    check_http_url(e, FIELD("url.nl"), is->url.nl, false);
    check_http_url(e, FIELD("url.en"), is->url.en, false);
    check_email(e, FIELD("email"), is->email, true);
    image_accept(e, FIELD("image.data"), &is->image);
#undef FIELD
}

void issuer_apply_mask(eb_issuer *cur, const eb_issuer *p, const field_mask *m)
{
#define COPY(path, member)                                                                         \
    if (field_mask_covers(m, path))                                                                \
    cur->member = p->member
    localized_apply_mask(&cur->display_name, &p->display_name, m, "display_name");
    localized_apply_mask(&cur->description, &p->description, m, "description");
    localized_apply_mask(&cur->url, &p->url, m, "url");
    COPY("email", email);
    COPY("image", image); /* an empty image removes it */
#undef COPY
}
