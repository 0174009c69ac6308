/* Memberships and invitations. */
#include "membership.h"

#include <stdio.h>
#include <string.h>

#include "email.h"
#include "text.h"

static bool same(const char *a, const char *b) { return a && b && strcmp(a, b) == 0; }

/* The id of t at level l (l at or above t's level). */
static const char *id_at(const node_tree *t, node_level l)
{
    switch (l) {
    case LEVEL_INSTITUTION: return t->institution_id;
    case LEVEL_FACULTY: return t->faculty_id;
    case LEVEL_ISSUER: return t->issuer_id;
    case LEVEL_BADGE_CLASS: return t->badge_class_id;
    }
    return NULL;
}

node_relation node_tree_relation(const node_tree *a, const node_tree *b)
{
    if (a->level <= b->level && same(id_at(a, a->level), id_at(b, a->level)))
        return a->level == b->level ? NODE_SAME : NODE_ANCESTOR;
    if (b->level < a->level && same(id_at(b, b->level), id_at(a, b->level)))
        return NODE_DESCENDANT;
    return NODE_UNRELATED;
}

org_node node_tree_node(const node_tree *t) { return (org_node){t->level, id_at(t, t->level)}; }

perm_set permissions_from_request(eb_error *e, const char *prefix, const int *numbers, size_t n, int role,
                                  node_level level)
{
    char field[96];
    if (n > 0 && role != 0) {
        snprintf(field, sizeof field, "%srole", prefix);
        eb_violate(e, field, "give either permissions or a role, not both");
        return 0;
    }
    if (role != 0) {
        const staff_role *r = staff_role_by_number(role);
        snprintf(field, sizeof field, "%srole", prefix);
        if (!r)
            eb_violate(e, field, "is not a value of edubadges.v1.StaffRole");
        else if (level && r->level != level)
            eb_violate(e, field, "%s is a role on a %s, not on a %s", r->code, node_level_code(r->level),
                       node_level_code(level));
        return r && (!level || r->level == level) ? r->permissions : 0;
    }
    perm_set s = 0;
    bool bad = false;
    for (size_t i = 0; i < n; i++) {
        perm_flag f = perm_of_number(numbers[i]);
        snprintf(field, sizeof field, "%spermissions[%zu]", prefix, i);
        if (!f) {
            eb_violate(e, field, "is not a value of edubadges.v1.Permission");
            bad = true;
        } else if (s & f) {
            eb_violate(e, field, "repeats %s", perm_code(f));
            bad = true;
        }
        s |= f;
    }
    if (n == 0) {
        snprintf(field, sizeof field, "%spermissions", prefix);
        eb_violate(e, field, "give at least one permission, or a role");
    }
    return bad ? 0 : s;
}

char *invitation_email(arena *a, eb_error *e, const char *field, const char *email)
{
    int before = e->n_violations;
    check_text(e, field, email, EMAIL_MAX, TEXT_SINGLE_LINE);
    char *s = email_normalize(a, email ? email : "");
    if (e->n_violations == before)
        check_email(e, field, s, true);
    return e->n_violations == before ? s : NULL;
}
