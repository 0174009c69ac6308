/* The authorization policy: operators may do everything; staff and API clients what the
 * memberships of their own institution give them (staff with any membership also read
 * the whole institution), with the institution's MFA rule for staff; learners read their
 * own things; internal API clients act for learners. */
#include "authz.h"

#include <string.h>

#include "authz_store.h"
#include "text.h"

static const perm_flag FLAG_OF[] = {PERM_READ, PERM_CREATE, PERM_UPDATE, PERM_DELETE,
                                    PERM_AWARD, PERM_SIGN, PERM_ADMINISTRATE_USERS};

/* The store's kind of a node level, and its collection for messages. */
static const struct {
    const char *kind, *collection;
} NODES[] = {
    [NODE_PLATFORM] = {NULL, "platform"},
    [NODE_INSTITUTION] = {"institution", "institutions"},
    [NODE_FACULTY] = {"faculty", "faculties"},
    [NODE_ISSUER] = {"issuer", "issuers"},
    [NODE_BADGE_CLASS] = {"badge_class", "badgeClasses"},
    [NODE_ASSERTION] = {"assertion", "assertions"},
    [NODE_DIRECT_AWARD_BUNDLE] = {"direct_award_bundle", "directAwardBundles"},
    [NODE_DIRECT_AWARD] = {"direct_award", "directAwards"},
    [NODE_BADGE_REQUEST] = {"badge_request", "badgeRequests"},
    [NODE_MEMBERSHIP] = {"membership", "memberships"},
    [NODE_INVITATION] = {"invitation", "invitations"},
    [NODE_API_CLIENT] = {"api_client", "apiClients"},
    [NODE_STAFF] = {"staff", "staff"},
    [NODE_LEARNER] = {"learner", "learners"},
};

static bool unauthenticated(svc_ctx *ctx)
{
    eb_fail(&ctx->err, EB_UNAUTHENTICATED, "UNAUTHENTICATED", "this call needs a bearer token");
    return false;
}

static bool denied(svc_ctx *ctx, const char *reason, const char *why)
{
    eb_fail(&ctx->err, EB_PERMISSION_DENIED, reason, "%s", why);
    return false;
}

/* The account whose memberships count: staff and API clients. */
static const char *account_of(const principal *p)
{
    if (p->kind != PRINCIPAL_STAFF && p->kind != PRINCIPAL_CLIENT)
        return NULL;
    const char *slash = strchr(p->subject, '/');
    return slash ? slash + 1 : NULL;
}

/* Platform-wide actions: operators; upserting learners also the internal clients. */
static bool platform_allows(const principal *p, authz_action action)
{
    return p->kind == PRINCIPAL_OPERATOR ||
           (p->kind == PRINCIPAL_CLIENT && p->client_kind == CLIENT_KIND_INTERNAL && action == ACTION_UPDATE);
}

/* Resolves the node; false with NOT_FOUND (for non-operators) or a database error. */
static bool resolve(svc_ctx *ctx, authz_node node, authz_facts *f)
{
    if (authz_facts_get(ctx->db, NODES[node.level].kind, node.id, account_of(&ctx->principal), f, &ctx->err) != EB_OK)
        return false;
    if (f->found || ctx->principal.kind == PRINCIPAL_OPERATOR)
        return true;
    eb_fail(&ctx->err, EB_NOT_FOUND, text_reason(ctx->arena, text_ascii_upper(ctx->arena, NODES[node.level].kind), "not_found"),
            "no %s/%s", NODES[node.level].collection, node.id);
    return false;
}

/* The effective permissions of a staff member or API client on a resolved node of their
 * own institution; false with PERMISSION_DENIED otherwise. */
static bool member_permissions(svc_ctx *ctx, authz_node node, const authz_facts *f, perm_set *out)
{
    const principal *p = &ctx->principal;
    if (node.level == NODE_LEARNER || !f->institution_id || !p->institution_id ||
        strcmp(f->institution_id, p->institution_id) != 0)
        return denied(ctx, "OTHER_INSTITUTION",
                      arena_sprintf(ctx->arena, "%s/%s is not of the caller's institution",
                                    NODES[node.level].collection, node.id));
    if (p->kind == PRINCIPAL_STAFF && f->require_mfa && !p->mfa)
        return denied(ctx, "MFA_REQUIRED",
                      arena_sprintf(ctx->arena,
                                    "institutions/%s requires multi-factor authentication (MFA) for its staff; "
                                    "sign in again with MFA", f->institution_id));
    *out = f->permissions | (p->kind == PRINCIPAL_STAFF && f->account_has_membership ? PERM_READ : 0);
    return true;
}

/* A learner reads their own learner record and the assertions and requests that are theirs. */
static bool learner_allows(const svc_ctx *ctx, authz_action action, authz_node node, const authz_facts *f)
{
    const char *self = ctx->principal.subject ? strchr(ctx->principal.subject, '/') : NULL;
    return action == ACTION_READ && self && f->learner_id && strcmp(f->learner_id, self + 1) == 0 &&
           (node.level == NODE_LEARNER || node.level == NODE_ASSERTION || node.level == NODE_BADGE_REQUEST);
}

/* The common part of authz_require and authz_permissions: *out gets the flags. */
static bool effective(svc_ctx *ctx, authz_action action, authz_node node, perm_set *out)
{
    const principal *p = &ctx->principal;
    if (p->kind == PRINCIPAL_ANONYMOUS)
        return unauthenticated(ctx);
    if (node.level == NODE_PLATFORM) {
        *out = platform_allows(p, action) ? PERM_ALL : 0;
        return true;
    }
    if (p->kind == PRINCIPAL_OPERATOR && !ctx->mutation) {
        *out = PERM_ALL; /* nothing to record: no need to look the node up */
        return true;
    }
    authz_facts f;
    if (!resolve(ctx, node, &f))
        return false;
    if (f.institution_id && !ctx->audit.institution_id)
        ctx->audit.institution_id = f.institution_id;
    switch (p->kind) {
    case PRINCIPAL_OPERATOR: *out = PERM_ALL; return true;
    case PRINCIPAL_LEARNER: *out = learner_allows(ctx, action, node, &f) ? FLAG_OF[action] : 0; return true;
    case PRINCIPAL_STAFF:
    case PRINCIPAL_CLIENT: return member_permissions(ctx, node, &f, out);
    case PRINCIPAL_ANONYMOUS: break;
    }
    return unauthenticated(ctx);
}

static const char *action_code(authz_action a) { return perm_code(FLAG_OF[a]); }

bool authz_require(svc_ctx *ctx, authz_action action, authz_node node)
{
    perm_set have = 0;
    if (!effective(ctx, action, node, &have))
        return false;
    if (have & FLAG_OF[action])
        return true;
    const char *what = node.level == NODE_PLATFORM
                           ? arena_strdup(ctx->arena, "the platform (operators only)")
                           : arena_sprintf(ctx->arena, "%s/%s", NODES[node.level].collection, node.id);
    return denied(ctx, "PERMISSION_DENIED",
                  arena_sprintf(ctx->arena, "the caller lacks the %s permission on %s", action_code(action), what));
}

bool authz_permissions(svc_ctx *ctx, authz_node node, perm_set *out)
{
    return effective(ctx, ACTION_READ, node, out);
}

bool authz_require_learner(svc_ctx *ctx, const char *learner_id)
{
    const principal *p = &ctx->principal;
    switch (p->kind) {
    case PRINCIPAL_ANONYMOUS: return unauthenticated(ctx);
    case PRINCIPAL_OPERATOR: return true;
    case PRINCIPAL_CLIENT:
        if (p->client_kind == CLIENT_KIND_INTERNAL)
            return true;
        break;
    case PRINCIPAL_LEARNER:
        if (!p->subject)
            return denied(ctx, "LEARNER_NOT_REGISTERED",
                          "the platform does not know this learner yet; the identity layer registers learners at login");
        if (learner_id && strcmp(p->subject + strlen("learners/"), learner_id) == 0)
            return true;
        return denied(ctx, "NOT_THE_LEARNER", "a learner can only act for themselves");
    case PRINCIPAL_STAFF: break;
    }
    return denied(ctx, "PERMISSION_DENIED", "only the learner themselves can do this");
}
