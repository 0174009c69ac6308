/* The faculty resource: normalisation, validation and updates. */
#include "faculty.h"

#include <stdio.h>

#include "markdown.h"
#include "text.h"
#include "url.h"
#include "vocabulary.h"

const char *const FACULTY_UPDATABLE[] = {
    "display_name.nl", "display_name.en", "description.nl", "description.en", "sector",
    "visibility", "on_behalf_of.enabled", "on_behalf_of.display_name", "on_behalf_of.url",
    "on_behalf_of.image", NULL,
};

void faculty_normalize(arena *a, eb_faculty *f, int institution_sector)
{
    localized_trim(a, &f->display_name);
    localized_trim(a, &f->description);
    f->description.nl = markdown_sanitize(a, f->description.nl);
    f->description.en = markdown_sanitize(a, f->description.en);
    if (f->visibility == 0)
        f->visibility = vocab_number(&VOCAB_VISIBILITY, "public");
    if (f->sector == institution_sector)
        f->sector = 0;
    f->on_behalf_of_name = text_trim(a, f->on_behalf_of_name);
    f->on_behalf_of_url = text_trim(a, f->on_behalf_of_url);
}

int faculty_effective_sector(const eb_faculty *f, int institution_sector)
{
    return f->sector ? f->sector : institution_sector;
}

void faculty_validate(eb_error *e, eb_faculty *f, int institution_sector, const char *prefix)
{
    char fld[128];
#define FIELD(name) (snprintf(fld, sizeof fld, "%s%s", prefix, name), fld)
    check_localized(e, prefix, "display_name", &f->display_name, FACULTY_NAME_MAX, TEXT_SINGLE_LINE);
    check_localized(e, prefix, "description", &f->description, CATALOG_DESCRIPTION_MAX, TEXT_MULTILINE);
    int hbo = vocab_number(&VOCAB_SECTOR, "HBO"), mbo = vocab_number(&VOCAB_SECTOR, "MBO");
    if (institution_sector == vocab_number(&VOCAB_SECTOR, "HBO/MBO")) {
        if (f->sector != hbo && f->sector != mbo)
            eb_violate(e, FIELD("sector"), "must be SECTOR_HBO or SECTOR_MBO in an HBO/MBO institution");
    } else if (f->sector != 0) {
        eb_violate(e, FIELD("sector"), "must be the institution's sector (or left unspecified)");
    }
    if (!vocab_code(&VOCAB_VISIBILITY, f->visibility))
        eb_violate(e, FIELD("visibility"), "is not a value of edubadges.v1.Visibility");
    check_text(e, FIELD("on_behalf_of.display_name"), f->on_behalf_of_name, CATALOG_SHORT_TEXT_MAX,
               TEXT_SINGLE_LINE);
    check_http_url(e, FIELD("on_behalf_of.url"), f->on_behalf_of_url, false);
    image_accept(e, FIELD("on_behalf_of.image.data"), &f->on_behalf_of_image);
    if (f->on_behalf_of) {
        if (text_empty(f->on_behalf_of_name))
            eb_violate(e, FIELD("on_behalf_of.display_name"), "is required when on_behalf_of is enabled");
        if (!image_present(&f->on_behalf_of_image) && !eb_has_violation(e, FIELD("on_behalf_of.image.data")))
            eb_violate(e, FIELD("on_behalf_of.image"), "is required when on_behalf_of is enabled");
    }
#undef FIELD
}

void faculty_apply_mask(eb_faculty *cur, const eb_faculty *p, const field_mask *m)
{
#define COPY(path, member)                                                                         \
    if (field_mask_covers(m, path))                                                                \
    cur->member = p->member
    localized_apply_mask(&cur->display_name, &p->display_name, m, "display_name");
    localized_apply_mask(&cur->description, &p->description, m, "description");
    COPY("sector", sector);
    COPY("visibility", visibility);
    COPY("on_behalf_of.enabled", on_behalf_of);
    COPY("on_behalf_of.display_name", on_behalf_of_name);
    COPY("on_behalf_of.url", on_behalf_of_url);
    /* an update without a new file keeps the stored logo */
    if (field_mask_covers(m, "on_behalf_of.image") && p->on_behalf_of_image.len > 0)
        cur->on_behalf_of_image = p->on_behalf_of_image;
#undef COPY
}
