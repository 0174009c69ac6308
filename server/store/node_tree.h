/* The place of any node in the organisation tree, as SQL shared by the store files: a
 * common table expression "node (inst, fac, iss, bc, learner)" of internal ids for the
 * node of kind $1 and public id $2, with one branch per kind (the planner runs only the
 * branch whose kind matches). Kinds: "institution", "faculty", "issuer", "badge_class",
 * "assertion", "direct_award_bundle", "direct_award", "badge_request", "membership",
 * "invitation", "api_client", "staff", "learner". */
#ifndef EDUBADGES_NODE_TREE_H
#define EDUBADGES_NODE_TREE_H

#define TREE_OF_BADGE_CLASS "b.institution_id, s.faculty_id, s.id, b.id"
#define JOIN_BADGE_CLASS(col) " JOIN badge_classes b ON b.id = " col " JOIN issuers s ON s.id = b.issuer_id"
/* The tree of a membership's or invitation's node. */
#define TREE_OF_NODE(t)                                                                            \
    "SELECT " t ".institution_id, coalesce(" t ".faculty_id, s.faculty_id), coalesce(" t           \
    ".issuer_id, b.issuer_id), " t ".badge_class_id, NULL::bigint FROM "

#define NODE_TREE_CTE \
    "WITH node AS (" \
    " SELECT i.id AS inst, NULL::bigint AS fac, NULL::bigint AS iss, NULL::bigint AS bc, NULL::bigint AS learner" \
    "  FROM institutions i WHERE $1 = 'institution' AND i.public_id = $2" \
    " UNION ALL SELECT f.institution_id, f.id, NULL, NULL, NULL FROM faculties f" \
    "  WHERE $1 = 'faculty' AND f.public_id = $2" \
    " UNION ALL SELECT s.institution_id, s.faculty_id, s.id, NULL, NULL FROM issuers s" \
    "  WHERE $1 = 'issuer' AND s.public_id = $2" \
    " UNION ALL SELECT " TREE_OF_BADGE_CLASS ", NULL FROM badge_classes b JOIN issuers s ON s.id = b.issuer_id" \
    "  WHERE $1 = 'badge_class' AND b.public_id = $2" \
    " UNION ALL SELECT " TREE_OF_BADGE_CLASS ", x.learner_id FROM assertions x" JOIN_BADGE_CLASS("x.badge_class_id") \
    "  WHERE $1 = 'assertion' AND x.public_id = $2" \
    " UNION ALL SELECT " TREE_OF_BADGE_CLASS ", NULL FROM direct_award_bundles x" JOIN_BADGE_CLASS("x.badge_class_id") \
    "  WHERE $1 = 'direct_award_bundle' AND x.public_id = $2" \
    " UNION ALL SELECT " TREE_OF_BADGE_CLASS ", NULL FROM direct_awards x" JOIN_BADGE_CLASS("x.badge_class_id") \
    "  WHERE $1 = 'direct_award' AND x.public_id = $2" \
    " UNION ALL SELECT " TREE_OF_BADGE_CLASS ", x.learner_id FROM badge_requests x" JOIN_BADGE_CLASS("x.badge_class_id") \
    "  WHERE $1 = 'badge_request' AND x.public_id = $2" \
    " UNION ALL " TREE_OF_NODE("m") "memberships m LEFT JOIN badge_classes b ON b.id = m.badge_class_id" \
    "  LEFT JOIN issuers s ON s.id = coalesce(m.issuer_id, b.issuer_id) WHERE $1 = 'membership' AND m.public_id = $2" \
    " UNION ALL " TREE_OF_NODE("v") "invitations v LEFT JOIN badge_classes b ON b.id = v.badge_class_id" \
    "  LEFT JOIN issuers s ON s.id = coalesce(v.issuer_id, b.issuer_id) WHERE $1 = 'invitation' AND v.public_id = $2" \
    " UNION ALL SELECT a.institution_id, NULL, NULL, NULL, NULL FROM accounts a" \
    "  WHERE (($1 = 'api_client' AND a.kind = 'client') OR ($1 = 'staff' AND a.kind = 'staff'))" \
    "  AND a.public_id = $2" \
    " UNION ALL SELECT NULL, NULL, NULL, NULL, l.id FROM learners l WHERE $1 = 'learner' AND l.public_id = $2)"

/* The conditions under which membership m (of the same institution) applies to node n:
 * held on n or on an ancestor. */
#define MEMBERSHIP_APPLIES(m, n)                                                                   \
    m ".institution_id = " n ".inst AND (" m ".node_level = 'institution' OR " m ".faculty_id = " n  \
    ".fac OR " m ".issuer_id = " n ".iss OR " m ".badge_class_id = " n ".bc)"

#endif
