/* Accounts. */
#include "account.h"

#include <stdio.h>
#include <string.h>

#include "text.h"

static const char *const KIND_CODES[] = {NULL, "sis", "alliance", "internal"};

const char *client_kind_code(client_kind k)
{
    return k >= CLIENT_KIND_SIS && k <= CLIENT_KIND_INTERNAL ? KIND_CODES[k] : NULL;
}

client_kind client_kind_of_code(const char *code)
{
    for (int k = CLIENT_KIND_SIS; code && k <= CLIENT_KIND_INTERNAL; k++)
        if (strcmp(KIND_CODES[k], code) == 0)
            return (client_kind)k;
    return CLIENT_KIND_NONE;
}

void api_client_validate(arena *a, eb_error *e, eb_api_client *c, const char *prefix)
{
    char field[96];
    snprintf(field, sizeof field, "%sdisplay_name", prefix);
    check_required_text(e, field, c->display_name, ACCOUNT_NAME_MAX, TEXT_SINGLE_LINE);
    c->display_name = text_trim(a, c->display_name);
    snprintf(field, sizeof field, "%skind", prefix);
    if (!client_kind_code(c->kind))
        eb_violate(e, field, c->kind ? "is not a value of edubadges.v1.ApiClientKind" : "is required");
    snprintf(field, sizeof field, "%sinstitution", prefix);
    if (c->kind == CLIENT_KIND_INTERNAL && *c->institution_id)
        eb_violate(e, field, "must be empty for an internal client (it belongs to the platform)");
}

eb_code api_client_institution_allows(eb_error *e, client_kind kind, bool institution_archived, bool sis_enabled)
{
    if (kind == CLIENT_KIND_INTERNAL)
        return EB_OK;
    if (institution_archived)
        return eb_fail(e, EB_PERMISSION_DENIED, "INSTITUTION_ARCHIVED", "the API client's institution is archived");
    if (kind == CLIENT_KIND_SIS && !sis_enabled)
        return eb_fail(e, EB_PERMISSION_DENIED, "SIS_INTEGRATION_DISABLED",
                       "the API client's institution has SIS integration switched off (sis_integration_enabled)");
    return EB_OK;
}
