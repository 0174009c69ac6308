-- The insights definitions as relations with one column per reported number (the columns
-- are described in proto/edubadges/v1/insights.proto), computed two ways:
--   insight_*_facts             from the counters, at their five levels of detail (fast)
--   insight_facts_as_of(now)    straight from the awards, one row per award, with every state
--                               as of now (the reference the counters are tested against)
--   insight_dimensions_now      the dimensions of every badge class, from the catalog

CREATE VIEW insight_dimensions_now AS
SELECT b.id AS badge_class_id, b.institution_id, s.faculty_id, b.issuer_id,
       coalesce(f.sector, i.sector) AS sector, b.badge_class_type
FROM badge_classes b JOIN issuers s ON s.id = b.issuer_id JOIN faculties f ON f.id = s.faculty_id
JOIN institutions i ON i.id = b.institution_id;

-- One view per counter table (same key, the twenty numbers instead of the counters):
-- insight_badge_class_facts, insight_institution_facts, insight_national_facts,
-- insight_badge_class_total_facts, insight_institution_total_facts, and insight_running_facts
-- (running counters: a range is its last month minus the month before its first).
DO $generate$
DECLARE
    numbers constant text :=
        'a_backpack + a_expired + a_rejected + a_revoked AS assertions, a_backpack AS in_backpack, '
        'a_expired AS expired, a_rejected AS rejected, a_revoked AS revoked, a_public AS public, '
        'a_backpack + a_expired + a_rejected + a_revoked - a_request AS via_direct_award, a_request AS via_request, '
        'd_accepted + d_open + d_rejected + d_expired AS direct_awards, d_accepted - a_direct_revoked AS da_claimed, '
        'd_open AS da_open, d_rejected AS da_rejected, d_expired AS da_expired, d_deleted AS da_deleted, '
        'a_direct_revoked AS da_revoked, d_scheduled AS da_scheduled, r_pending AS requests_pending, '
        'r_approved AS requests_accepted, r_denied AS requests_denied, r_withdrawn AS requests_withdrawn';
    views constant text[][] := ARRAY[
        ['insight_badge_class_facts', 'insight_counts', 'institution_id, badge_class_id, month, source'],
        ['insight_institution_facts', 'insight_institution_counts', 'institution_id, sector, badge_class_type, month, source'],
        ['insight_national_facts', 'insight_national_counts', 'sector, badge_class_type, month, source'],
        ['insight_badge_class_total_facts', 'insight_badge_class_totals', 'institution_id, badge_class_id, source'],
        ['insight_institution_total_facts', 'insight_institution_totals', 'institution_id, sector, badge_class_type, source'],
        ['insight_running_facts', 'insight_running', 'badge_class_id, source, month']];
    v text[];
BEGIN
    FOREACH v SLICE 1 IN ARRAY views LOOP
        EXECUTE format('CREATE VIEW %I AS SELECT %s, %s FROM %I', v[1], v[3], numbers, v[2]);
    END LOOP;
END $generate$;

-- Every award as of now: an assertion is revoked, else rejected by its learner, else
-- expired (expires_at <= now), else in the backpack; a direct award has its status as of
-- now (open and past its expiry: expired; scheduled and its bundle due: open), and a claimed
-- one whose assertion was revoked counts as revoked instead of claimed.
CREATE FUNCTION insight_facts_as_of(now timestamptz)
RETURNS TABLE (badge_class_id bigint, month date, source text, assertions integer, in_backpack integer,
               expired integer, rejected integer, revoked integer, public integer, via_direct_award integer,
               via_request integer, direct_awards integer, da_claimed integer, da_open integer,
               da_rejected integer, da_expired integer, da_deleted integer, da_revoked integer,
               da_scheduled integer, requests_pending integer, requests_accepted integer,
               requests_denied integer, requests_withdrawn integer)
LANGUAGE sql STABLE AS $$
    SELECT a.badge_class_id, insight_month(a.issued_at), a.source, 1,
           (a.revoked_at IS NULL AND a.acceptance <> 'rejected' AND NOT coalesce(a.expires_at <= now, false))::integer,
           (a.revoked_at IS NULL AND a.acceptance <> 'rejected' AND coalesce(a.expires_at <= now, false))::integer,
           (a.revoked_at IS NULL AND a.acceptance = 'rejected')::integer,
           (a.revoked_at IS NOT NULL)::integer,
           (a.public AND a.revoked_at IS NULL)::integer,
           (a.award_type = 'direct_award')::integer, (a.award_type = 'request')::integer,
           0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
    FROM assertions a
    UNION ALL
    SELECT d.badge_class_id, insight_month(d.created_at), bu.source, 0, 0, 0, 0, 0, 0, 0, 0,
           (s.status IN ('accepted', 'unaccepted', 'rejected', 'expired'))::integer,
           (s.status = 'accepted' AND a.revoked_at IS NULL)::integer,
           (s.status = 'unaccepted')::integer, (s.status = 'rejected')::integer,
           (s.status = 'expired')::integer, (s.status = 'deleted')::integer,
           (s.status = 'accepted' AND a.revoked_at IS NOT NULL)::integer, (s.status = 'scheduled')::integer,
           0, 0, 0, 0
    FROM direct_awards d JOIN direct_award_bundles bu ON bu.id = d.bundle_id
    LEFT JOIN assertions a ON a.id = d.assertion_id
    CROSS JOIN LATERAL (
        SELECT CASE WHEN d.status IN ('scheduled', 'unaccepted') AND d.expires_at <= now THEN 'expired'
                    WHEN d.status = 'scheduled' AND bu.scheduled_at <= now THEN 'unaccepted'
                    ELSE d.status END AS status) s
    UNION ALL
    SELECT r.badge_class_id, insight_month(r.created_at), 'ui', 0, 0, 0, 0, 0, 0, 0, 0,
           0, 0, 0, 0, 0, 0, 0, 0,
           (r.status = 'pending')::integer, (r.status = 'approved')::integer,
           (r.status = 'denied')::integer, (r.status = 'withdrawn')::integer
    FROM badge_requests r
$$;

-- A learner's micro-credentials in the backpack as of now, per institution.
CREATE FUNCTION insight_holdings_as_of(now timestamptz)
RETURNS TABLE (institution_id bigint, learner_id bigint, held integer)
LANGUAGE sql STABLE AS $$
    SELECT b.institution_id, a.learner_id, count(*)::integer
    FROM assertions a JOIN badge_classes b ON b.id = a.badge_class_id
    WHERE b.badge_class_type = 'micro_credential' AND a.learner_id IS NOT NULL AND a.revoked_at IS NULL
      AND a.acceptance <> 'rejected' AND NOT coalesce(a.expires_at <= now, false)
    GROUP BY 1, 2
$$;
