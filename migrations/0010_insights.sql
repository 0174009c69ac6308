-- Insights: counters that triggers keep up to date with every award, so that management
-- queries and public statistics read a few thousand counter rows instead of millions of
-- awards. The meaning of every counter is written in proto/edubadges/v1/insights.proto.
--
--   insight_badge_classes     the dimensions of each badge class as the counters have them
--   insight_*_counts/totals   the counters at five levels of detail (see below)
--   insight_learner_holdings  per learner: micro-credentials in the backpack, per institution
--                             and nationally (scope 0)
--   insight_holdings_histogram per scope: how many learners hold n micro-credentials
--   insight_learner_total     registered learners (a few rows that add up)
--
-- Months are calendar months in Europe/Amsterdam. States that change with the passing of
-- time (an unclaimed direct award expires, a scheduled bundle is released, an assertion
-- expires) are made stored state by insight_sweep(now), which the insights calls run first.

-- The first day of the month of t in Europe/Amsterdam.
CREATE FUNCTION insight_month(t timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT date_trunc('month', t AT TIME ZONE 'Europe/Amsterdam')::date
$$;

-- Set by insight_sweep once expires_at has passed; the counters count the assertion as
-- expired from then on. Readers of a single assertion use expires_at itself.
ALTER TABLE assertions ADD COLUMN stats_expired boolean NOT NULL DEFAULT false;
CREATE INDEX assertions_expiry_pending ON assertions (expires_at)
    WHERE NOT stats_expired AND revoked_at IS NULL AND expires_at IS NOT NULL;
CREATE INDEX direct_awards_open_expiry ON direct_awards (expires_at)
    WHERE status IN ('scheduled', 'unaccepted');
CREATE INDEX direct_awards_scheduled ON direct_awards (bundle_id) WHERE status = 'scheduled';

CREATE TABLE insight_badge_classes (
    badge_class_id bigint PRIMARY KEY REFERENCES badge_classes (id) ON DELETE CASCADE,
    institution_id bigint NOT NULL,
    faculty_id bigint NOT NULL,
    issuer_id bigint NOT NULL,
    sector text NOT NULL,           -- the faculty's sector, else the institution's
    badge_class_type text NOT NULL
);
CREATE INDEX insight_badge_classes_institution ON insight_badge_classes (institution_id, badge_class_id);

-- Scope 0 is the whole platform; any other scope is an institution id.
CREATE TABLE insight_learner_holdings (
    scope bigint NOT NULL,
    learner_id bigint NOT NULL,
    held integer NOT NULL,
    PRIMARY KEY (scope, learner_id)
);
CREATE TABLE insight_holdings_histogram (
    scope bigint NOT NULL,
    held integer NOT NULL,
    learners integer NOT NULL,
    PRIMARY KEY (scope, held)
);
CREATE TABLE insight_learner_total (
    shard integer PRIMARY KEY,
    learners bigint NOT NULL
);

-- One change of one counter: counter is the position in the list of insight_counts
-- (1 = a_backpack … 17 = r_withdrawn), delta +1 or -1.
CREATE TYPE insight_fact AS (badge_class_id bigint, month date, source text, counter smallint, delta integer);
-- One change of a learner's micro-credential holdings candidate (filtered on type later).
CREATE TYPE insight_holding AS (learner_id bigint, badge_class_id bigint, delta integer);

CREATE FUNCTION insight_assertion_facts(a assertions, sign integer) RETURNS SETOF insight_fact
LANGUAGE sql IMMUTABLE AS $$
    SELECT a.badge_class_id, insight_month(a.issued_at), a.source, k::smallint, sign
    FROM (VALUES (CASE WHEN a.revoked_at IS NOT NULL THEN 4
                       WHEN a.acceptance = 'rejected' THEN 3
                       WHEN a.stats_expired THEN 2
                       ELSE 1 END),
                 (CASE WHEN a.public AND a.revoked_at IS NULL THEN 5 END),
                 (CASE WHEN a.award_type = 'request' THEN 6 END),
                 (CASE WHEN a.award_type = 'direct_award' AND a.revoked_at IS NOT NULL THEN 7 END)) v (k)
    WHERE k IS NOT NULL
$$;

CREATE FUNCTION insight_direct_award_facts(d direct_awards, source text, sign integer)
RETURNS SETOF insight_fact LANGUAGE sql IMMUTABLE AS $$
    SELECT d.badge_class_id, insight_month(d.created_at), source,
           (CASE d.status WHEN 'scheduled' THEN 8 WHEN 'unaccepted' THEN 9 WHEN 'accepted' THEN 10
                          WHEN 'rejected' THEN 11 WHEN 'expired' THEN 12 ELSE 13 END)::smallint, sign
$$;

CREATE FUNCTION insight_request_facts(r badge_requests, sign integer) RETURNS SETOF insight_fact
LANGUAGE sql IMMUTABLE AS $$
    SELECT r.badge_class_id, insight_month(r.created_at), 'ui',
           (CASE r.status WHEN 'pending' THEN 14 WHEN 'approved' THEN 15 WHEN 'denied' THEN 16
                          ELSE 17 END)::smallint, sign
$$;

-- An assertion counts towards its learner's holdings while it is in the backpack.
CREATE FUNCTION insight_assertion_holding(a assertions, sign integer) RETURNS SETOF insight_holding
LANGUAGE sql IMMUTABLE AS $$
    SELECT a.learner_id, a.badge_class_id, sign
    WHERE a.learner_id IS NOT NULL AND a.revoked_at IS NULL AND a.acceptance <> 'rejected'
      AND NOT a.stats_expired
$$;

-- The counters, by stored state, the same columns at five levels of detail: a_* count
-- assertions by issue month (a_backpack + a_expired + a_rejected + a_revoked = all of them),
-- d_* direct awards by creation month (one per stored status), r_* badge requests by
-- creation month (one per status); the *_totals tables have no month.
--   insight_counts              badge class × month × source (institution_id leads the key)
--   insight_institution_counts  institution × sector × badge class type × month × source
--   insight_national_counts     sector × badge class type × month × source
--   insight_badge_class_totals  badge class × source, over all time
--   insight_institution_totals  institution × sector × badge class type × source, over all time
-- The tables and insight_apply(facts), which adds facts to all five in one statement, are
-- generated from the two lists below so that the levels cannot drift apart. Counter rows
-- are written in key order, so that concurrent transactions lock them in the same order.
--
-- A sixth table holds the same counters running: insight_running has, per badge class ×
-- source (and per badge class with source '*': every source together) and month,
-- everything counted from the first month of that pair up to and
-- including the month, with a row for every month from the pair's first up to its
-- last_month in insight_running_pairs (nothing is counted for it after that month). A range
-- of months is then the row of its last month minus the row of the month before its first,
-- each taken at the pair's last_month when later: two months read instead of every month of
-- the range. A fact is added
-- to its month and every later month of its pair; the pair's row in insight_running_pairs
-- is locked first, so that concurrent writers never carry a stale row.
-- Per badge class × source: the last month of its running counters (see insight_running).
CREATE TABLE insight_running_pairs (
    badge_class_id bigint NOT NULL,
    source text NOT NULL,
    last_month date NOT NULL,
    PRIMARY KEY (badge_class_id, source)
);
CREATE INDEX insight_running_pairs_last ON insight_running_pairs (last_month);
-- A pair's running counters of from_month copied to every later month up to to_month.
CREATE TYPE insight_running_carry AS (badge_class_id bigint, source text, from_month date, to_month date);

DO $generate$
DECLARE
    counters constant text[] := ARRAY['a_backpack', 'a_expired', 'a_rejected', 'a_revoked', 'a_public',
        'a_request', 'a_direct_revoked', 'd_scheduled', 'd_open', 'd_accepted', 'd_rejected', 'd_expired',
        'd_deleted', 'r_pending', 'r_approved', 'r_denied', 'r_withdrawn'];
    levels constant text[][] := ARRAY[
        ['insight_counts', 'institution_id, badge_class_id, month, source'],
        ['insight_institution_counts', 'institution_id, sector, badge_class_type, month, source'],
        ['insight_national_counts', 'sector, badge_class_type, month, source'],
        ['insight_badge_class_totals', 'institution_id, badge_class_id, source'],
        ['insight_institution_totals', 'institution_id, sector, badge_class_type, source']];
    types constant jsonb := '{"institution_id": "bigint", "badge_class_id": "bigint", "sector": "text",
                              "badge_class_type": "text", "month": "date", "source": "text"}';
    level text[];
    key_columns text;
    sums text;
    updates text;
    upserts text[] := '{}';
BEGIN
    sums := (SELECT string_agg(format('coalesce(sum(delta) FILTER (WHERE counter = %s), 0)', i), ', ')
             FROM generate_subscripts(counters, 1) i);
    updates := (SELECT string_agg(format('%1$I = t.%1$I + excluded.%1$I', c), ', ') FROM unnest(counters) c);
    FOREACH level SLICE 1 IN ARRAY levels LOOP
        key_columns := (SELECT string_agg(format('%I %s NOT NULL', k, types ->> k), ', ')
                        FROM unnest(string_to_array(level[2], ', ')) k);
        EXECUTE format('CREATE TABLE %I (%s, %s, PRIMARY KEY (%s))', level[1], key_columns,
                       (SELECT string_agg(format('%I integer NOT NULL DEFAULT 0', c), ', ') FROM unnest(counters) c),
                       level[2]);
        upserts := upserts || format('INSERT INTO %I AS t (%s, %s) SELECT %s, %s FROM f GROUP BY %s ORDER BY %s'
                                     ' ON CONFLICT (%s) DO UPDATE SET %s', level[1], level[2],
                                     array_to_string(counters, ', '), level[2], sums, level[2], level[2],
                                     level[2], updates);
    END LOOP;
    EXECUTE format('CREATE TABLE insight_running (badge_class_id bigint NOT NULL, source text NOT NULL,'
                   ' month date NOT NULL, %s, PRIMARY KEY (badge_class_id, source, month)) WITH (fillfactor = 80)',
                   (SELECT string_agg(format('%I integer NOT NULL DEFAULT 0', c), ', ') FROM unnest(counters) c));
    EXECUTE format($function$
        CREATE FUNCTION insight_running_carry(carries insight_running_carry[]) RETURNS void LANGUAGE sql AS $body$
            INSERT INTO insight_running (badge_class_id, source, month, %1$s)
            SELECT r.badge_class_id, r.source, g.month::date, %2$s
            FROM unnest(carries) c JOIN insight_running r ON r.badge_class_id = c.badge_class_id
                 AND r.source = c.source AND r.month = c.from_month
            CROSS JOIN generate_series(c.from_month + interval '1 month', c.to_month, interval '1 month') g (month)
            ORDER BY 1, 2, 3;
            UPDATE insight_running_pairs p SET last_month = c.to_month FROM unnest(carries) c
            WHERE p.badge_class_id = c.badge_class_id AND p.source = c.source;
        $body$ $function$, array_to_string(counters, ', '),
        (SELECT string_agg(format('r.%I', c), ', ') FROM unnest(counters) c));
    -- the running counters from insight_counts, every pair up to the newest month counted
    EXECUTE format($function$
        CREATE FUNCTION insight_running_rebuild() RETURNS void LANGUAGE sql AS $body$
            TRUNCATE insight_running, insight_running_pairs;
            WITH counted AS (
                SELECT badge_class_id, source, month, %1$s FROM insight_counts
                UNION ALL SELECT badge_class_id, '*', month, %3$s FROM insight_counts GROUP BY 1, 2, 3),
            pairs AS (
                INSERT INTO insight_running_pairs (badge_class_id, source, last_month)
                SELECT badge_class_id, source, (SELECT max(month) FROM counted) FROM counted
                GROUP BY 1, 2 ORDER BY 1, 2 RETURNING *)
            INSERT INTO insight_running (badge_class_id, source, month, %1$s)
            SELECT p.badge_class_id, p.source, g.month::date, %2$s
            FROM (SELECT badge_class_id, source, min(month) AS first FROM counted GROUP BY 1, 2) f
            JOIN pairs p USING (badge_class_id, source)
            CROSS JOIN generate_series(f.first, p.last_month, interval '1 month') g (month)
            LEFT JOIN counted c ON c.badge_class_id = p.badge_class_id AND c.source = p.source
                 AND c.month = g.month
            WINDOW w AS (PARTITION BY p.badge_class_id, p.source ORDER BY g.month)
            ORDER BY 3, 1, 2; -- the rows of a month together
        $body$ $function$, array_to_string(counters, ', '),
        (SELECT string_agg(format('sum(coalesce(c.%I, 0)) OVER w', c), ', ') FROM unnest(counters) c),
        (SELECT string_agg(format('sum(%1$I)', c), ', ') FROM unnest(counters) c));
    EXECUTE format($function$
        CREATE FUNCTION insight_apply_running(facts insight_fact[]) RETURNS void LANGUAGE plpgsql AS $body$
        DECLARE
            all_facts constant insight_fact[] := facts || ARRAY(
                SELECT (f.badge_class_id, f.month, '*', f.counter, f.delta)::insight_fact FROM unnest(facts) f);
        BEGIN
            IF current_setting('edubadges.insight_rebuilding', true) = 'on' THEN
                RETURN; -- insight_rebuild computes the running counters at its end
            END IF;
            INSERT INTO insight_running_pairs (badge_class_id, source, last_month)
            SELECT x.badge_class_id, x.source, max(x.month) FROM unnest(all_facts) x GROUP BY 1, 2 ORDER BY 1, 2
            ON CONFLICT DO NOTHING;
            -- locked in key order, then carried in statements of their own, which read the
            -- rows as the previous lock holders left them
            PERFORM FROM insight_running_pairs p
            WHERE (p.badge_class_id, p.source) IN (SELECT x.badge_class_id, x.source FROM unnest(all_facts) x)
            ORDER BY p.badge_class_id, p.source FOR UPDATE;
            PERFORM insight_running_carry(ARRAY(
                SELECT (p.badge_class_id, p.source, p.last_month, n.month)::insight_running_carry
                FROM (SELECT x.badge_class_id, x.source, max(x.month) AS month FROM unnest(all_facts) x GROUP BY 1, 2) n
                JOIN insight_running_pairs p USING (badge_class_id, source) WHERE n.month > p.last_month));
            INSERT INTO insight_running AS t (badge_class_id, source, month, %1$s)
            SELECT x.badge_class_id, x.source, g.month::date, %2$s
            FROM unnest(all_facts) x JOIN insight_running_pairs p USING (badge_class_id, source)
            CROSS JOIN generate_series(x.month, p.last_month, interval '1 month') g (month)
            GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
            ON CONFLICT (badge_class_id, source, month) DO UPDATE SET %3$s;
        END $body$ $function$, array_to_string(counters, ', '), sums, updates);
    EXECUTE format($function$
        CREATE FUNCTION insight_apply(facts insight_fact[]) RETURNS void LANGUAGE plpgsql AS $body$
        BEGIN
            PERFORM insight_apply_running(facts);
            WITH f AS (
                SELECT b.institution_id, b.sector, b.badge_class_type, x.badge_class_id, x.month, x.source,
                       x.counter, sum(x.delta)::integer AS delta
                FROM unnest(facts) x JOIN insight_badge_classes b ON b.badge_class_id = x.badge_class_id
                GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(x.delta) <> 0),
            %s;
        END $body$ $function$,
        (SELECT string_agg(format('c%s AS (%s)', i, upserts[i]), ', ')
         FROM generate_series(1, array_length(upserts, 1) - 1) i)
        || ' ' || upserts[array_length(upserts, 1)]);
END $generate$;
CREATE INDEX insight_running_month ON insight_running (month, source);

-- Moves learners between histogram buckets as their micro-credential holdings change, per
-- institution and nationally.
CREATE FUNCTION insight_apply_holdings(changes insight_holding[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
WITH d AS (
    SELECT s.scope, x.learner_id, sum(x.delta)::integer AS delta
    FROM unnest(changes) x JOIN insight_badge_classes b ON b.badge_class_id = x.badge_class_id
    CROSS JOIN LATERAL (VALUES (b.institution_id), (0::bigint)) s (scope)
    WHERE b.badge_class_type = 'micro_credential'
    GROUP BY 1, 2 HAVING sum(x.delta) <> 0
), held AS (
    INSERT INTO insight_learner_holdings AS h (scope, learner_id, held)
    SELECT scope, learner_id, delta FROM d ORDER BY 1, 2
    ON CONFLICT (scope, learner_id) DO UPDATE SET held = h.held + excluded.held
    RETURNING h.scope, h.learner_id, h.held
), moves AS (
    SELECT held.scope, held.held AS bucket, 1 AS n FROM held WHERE held.held > 0
    UNION ALL
    SELECT held.scope, held.held - d.delta, -1 FROM held JOIN d USING (scope, learner_id)
    WHERE held.held - d.delta > 0
)
INSERT INTO insight_holdings_histogram AS t (scope, held, learners)
SELECT scope, bucket, sum(n) FROM moves GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2
ON CONFLICT (scope, held) DO UPDATE SET learners = t.learners + excluded.learners;
END $$;

-- Statement triggers: the transition tables hold the rows before and after the statement;
-- a row that changed nothing that is counted gives facts that cancel out.
CREATE FUNCTION insight_assertions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN -- a statement that touched no row costs nothing
        IF NOT EXISTS (SELECT FROM old_rows) THEN RETURN NULL; END IF;
    ELSIF NOT EXISTS (SELECT FROM new_rows) THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM insight_apply(ARRAY(SELECT f FROM new_rows n, insight_assertion_facts(n, 1) f));
        PERFORM insight_apply_holdings(ARRAY(SELECT h FROM new_rows n, insight_assertion_holding(n, 1) h));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM insight_apply(ARRAY(SELECT f FROM new_rows n, insight_assertion_facts(n, 1) f
                                    UNION ALL SELECT f FROM old_rows o, insight_assertion_facts(o, -1) f));
        PERFORM insight_apply_holdings(ARRAY(SELECT h FROM new_rows n, insight_assertion_holding(n, 1) h
                                             UNION ALL SELECT h FROM old_rows o, insight_assertion_holding(o, -1) h));
    ELSE
        PERFORM insight_apply(ARRAY(SELECT f FROM old_rows o, insight_assertion_facts(o, -1) f));
        PERFORM insight_apply_holdings(ARRAY(SELECT h FROM old_rows o, insight_assertion_holding(o, -1) h));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER assertions_insights_insert AFTER INSERT ON assertions
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_assertions_changed();
CREATE TRIGGER assertions_insights_update AFTER UPDATE ON assertions
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_assertions_changed();
CREATE TRIGGER assertions_insights_delete AFTER DELETE ON assertions
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_assertions_changed();

CREATE FUNCTION insight_direct_awards_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN -- a statement that touched no row costs nothing
        IF NOT EXISTS (SELECT FROM old_rows) THEN RETURN NULL; END IF;
    ELSIF NOT EXISTS (SELECT FROM new_rows) THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM insight_apply(ARRAY(
            SELECT f FROM new_rows n JOIN direct_award_bundles bu ON bu.id = n.bundle_id,
                          insight_direct_award_facts(n, bu.source, 1) f));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM insight_apply(ARRAY(
            SELECT f FROM new_rows n JOIN direct_award_bundles bu ON bu.id = n.bundle_id,
                          insight_direct_award_facts(n, bu.source, 1) f
            UNION ALL
            SELECT f FROM old_rows o JOIN direct_award_bundles bu ON bu.id = o.bundle_id,
                          insight_direct_award_facts(o, bu.source, -1) f));
    ELSE
        PERFORM insight_apply(ARRAY(
            SELECT f FROM old_rows o JOIN direct_award_bundles bu ON bu.id = o.bundle_id,
                          insight_direct_award_facts(o, bu.source, -1) f));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER direct_awards_insights_insert AFTER INSERT ON direct_awards
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_direct_awards_changed();
CREATE TRIGGER direct_awards_insights_update AFTER UPDATE ON direct_awards
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_direct_awards_changed();
CREATE TRIGGER direct_awards_insights_delete AFTER DELETE ON direct_awards
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_direct_awards_changed();

CREATE FUNCTION insight_badge_requests_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN -- a statement that touched no row costs nothing
        IF NOT EXISTS (SELECT FROM old_rows) THEN RETURN NULL; END IF;
    ELSIF NOT EXISTS (SELECT FROM new_rows) THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM insight_apply(ARRAY(SELECT f FROM new_rows n, insight_request_facts(n, 1) f));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM insight_apply(ARRAY(SELECT f FROM new_rows n, insight_request_facts(n, 1) f
                                    UNION ALL SELECT f FROM old_rows o, insight_request_facts(o, -1) f));
    ELSE
        PERFORM insight_apply(ARRAY(SELECT f FROM old_rows o, insight_request_facts(o, -1) f));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER badge_requests_insights_insert AFTER INSERT ON badge_requests
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_badge_requests_changed();
CREATE TRIGGER badge_requests_insights_update AFTER UPDATE ON badge_requests
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_badge_requests_changed();
CREATE TRIGGER badge_requests_insights_delete AFTER DELETE ON badge_requests
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_badge_requests_changed();

-- Learners: eight rows that add up, so that concurrent sign-ups rarely wait for each other.
CREATE FUNCTION insight_learners_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO insight_learner_total AS t (shard, learners)
        SELECT (id % 8)::integer, count(*) FROM new_rows GROUP BY 1 ORDER BY 1
        ON CONFLICT (shard) DO UPDATE SET learners = t.learners + excluded.learners;
    ELSE
        INSERT INTO insight_learner_total AS t (shard, learners)
        SELECT (id % 8)::integer, -count(*) FROM old_rows GROUP BY 1 ORDER BY 1
        ON CONFLICT (shard) DO UPDATE SET learners = t.learners + excluded.learners;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER learners_insights_insert AFTER INSERT ON learners
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_learners_changed();
CREATE TRIGGER learners_insights_delete AFTER DELETE ON learners
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_learners_changed();

-- The dimensions of badge classes as they are now.
CREATE FUNCTION insight_current_dimensions(ids bigint[]) RETURNS SETOF insight_badge_classes
LANGUAGE sql STABLE AS $$
    SELECT b.id, b.institution_id, s.faculty_id, b.issuer_id, coalesce(f.sector, i.sector), b.badge_class_type
    FROM badge_classes b JOIN issuers s ON s.id = b.issuer_id JOIN faculties f ON f.id = s.faculty_id
    JOIN institutions i ON i.id = b.institution_id
    WHERE b.id = ANY (ids)
$$;

-- Brings the dimensions of these badge classes up to date: what is counted for them is
-- taken out under the old institution, sector and type and put back under the new ones.
CREATE FUNCTION insight_rekey(ids bigint[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    counted insight_fact[] := ARRAY(
        SELECT (c.badge_class_id, c.month, c.source, v.k, v.n)::insight_fact
        FROM insight_counts c
        CROSS JOIN LATERAL (VALUES (1, c.a_backpack), (2, c.a_expired), (3, c.a_rejected), (4, c.a_revoked),
                                   (5, c.a_public), (6, c.a_request), (7, c.a_direct_revoked),
                                   (8, c.d_scheduled), (9, c.d_open), (10, c.d_accepted), (11, c.d_rejected),
                                   (12, c.d_expired), (13, c.d_deleted), (14, c.r_pending), (15, c.r_approved),
                                   (16, c.r_denied), (17, c.r_withdrawn)) v (k, n)
        WHERE c.badge_class_id = ANY (ids) AND v.n <> 0);
    held insight_holding[] := ARRAY(
        SELECT h FROM assertions a, insight_assertion_holding(a, 1) h WHERE a.badge_class_id = ANY (ids));
BEGIN
    PERFORM insight_apply(ARRAY(SELECT (f.badge_class_id, f.month, f.source, f.counter, -f.delta)::insight_fact
                                FROM unnest(counted) f));
    PERFORM insight_apply_holdings(ARRAY(SELECT (h.learner_id, h.badge_class_id, -h.delta)::insight_holding
                                         FROM unnest(held) h));
    DELETE FROM insight_counts WHERE badge_class_id = ANY (ids);
    DELETE FROM insight_badge_class_totals WHERE badge_class_id = ANY (ids);
    INSERT INTO insight_badge_classes SELECT * FROM insight_current_dimensions(ids)
    ON CONFLICT (badge_class_id) DO UPDATE SET institution_id = excluded.institution_id,
        faculty_id = excluded.faculty_id, issuer_id = excluded.issuer_id, sector = excluded.sector,
        badge_class_type = excluded.badge_class_type;
    PERFORM insight_apply(counted);
    PERFORM insight_apply_holdings(held);
END $$;

CREATE FUNCTION insight_badge_class_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO insight_badge_classes SELECT * FROM insight_current_dimensions(ARRAY[NEW.id]);
    RETURN NULL;
END $$;
CREATE TRIGGER badge_classes_insights_insert AFTER INSERT ON badge_classes
    FOR EACH ROW EXECUTE FUNCTION insight_badge_class_added();

CREATE FUNCTION insight_badge_class_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM insight_rekey(ARRAY[NEW.id]);
    RETURN NULL;
END $$;
CREATE TRIGGER badge_classes_insights_update AFTER UPDATE OF issuer_id, institution_id, badge_class_type ON badge_classes
    FOR EACH ROW WHEN (OLD.issuer_id <> NEW.issuer_id OR OLD.institution_id <> NEW.institution_id
                       OR OLD.badge_class_type <> NEW.badge_class_type)
    EXECUTE FUNCTION insight_badge_class_moved();

CREATE FUNCTION insight_sector_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM insight_rekey(ARRAY(SELECT badge_class_id FROM insight_badge_classes
                                WHERE CASE TG_TABLE_NAME WHEN 'faculties' THEN faculty_id ELSE institution_id END = NEW.id));
    RETURN NULL;
END $$;
CREATE TRIGGER faculties_insights_sector AFTER UPDATE OF sector ON faculties
    FOR EACH ROW WHEN (OLD.sector IS DISTINCT FROM NEW.sector) EXECUTE FUNCTION insight_sector_changed();
CREATE TRIGGER institutions_insights_sector AFTER UPDATE OF sector ON institutions
    FOR EACH ROW WHEN (OLD.sector IS DISTINCT FROM NEW.sector) EXECUTE FUNCTION insight_sector_changed();

-- Makes the passing of time stored state as of now: unclaimed direct awards past their
-- expiry become expired, scheduled ones whose bundle is due become open, and assertions past
-- their expiry are counted as expired (the triggers do the counting). Last, it carries the
-- running counters of pairs behind into this month, so that readers find most pairs at the
-- months they read (a pair behind is read at its last month), skipping pairs that others
-- hold: the sweep never waits while it holds pairs (a claim holds its award while it waits
-- for its pair: a deadlock).
CREATE FUNCTION insight_sweep(now timestamptz) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    UPDATE direct_awards SET status = 'expired', updated_at = clock_timestamp()
    WHERE status IN ('scheduled', 'unaccepted') AND expires_at <= now;
    UPDATE direct_awards d SET status = 'unaccepted', updated_at = clock_timestamp()
    FROM direct_award_bundles bu
    WHERE bu.id = d.bundle_id AND d.status = 'scheduled' AND bu.scheduled_at <= now;
    UPDATE assertions SET stats_expired = true
    WHERE NOT stats_expired AND revoked_at IS NULL AND expires_at <= now;
    PERFORM insight_running_carry(ARRAY(
        SELECT (p.badge_class_id, p.source, p.last_month, h.month)::insight_running_carry
        FROM (SELECT insight_month(now) AS month FROM insight_running_pairs
              HAVING min(last_month) < insight_month(now)) h -- any pair behind
        JOIN LATERAL (SELECT * FROM insight_running_pairs p WHERE p.last_month < h.month
                      ORDER BY p.badge_class_id, p.source FOR UPDATE SKIP LOCKED) p ON true));
END $$;

-- Recomputes every counter from the awards themselves (after a bulk load with the triggers
-- off), in slices of ids so that no slice's facts grow large.
CREATE FUNCTION insight_rebuild() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    slice constant bigint := 200000;
    lo bigint;
BEGIN
    PERFORM set_config('edubadges.insight_rebuilding', 'on', true);
    TRUNCATE insight_badge_classes, insight_counts, insight_institution_counts, insight_national_counts,
             insight_badge_class_totals, insight_institution_totals, insight_learner_holdings,
             insight_holdings_histogram, insight_learner_total;
    INSERT INTO insight_badge_classes SELECT * FROM insight_current_dimensions(ARRAY(SELECT id FROM badge_classes));
    FOR lo IN SELECT generate_series(0, coalesce(max(id), 0), slice) FROM assertions LOOP
        PERFORM insight_apply(ARRAY(SELECT f FROM assertions a, insight_assertion_facts(a, 1) f
                                    WHERE a.id > lo AND a.id <= lo + slice));
        PERFORM insight_apply_holdings(ARRAY(SELECT h FROM assertions a, insight_assertion_holding(a, 1) h
                                             WHERE a.id > lo AND a.id <= lo + slice));
    END LOOP;
    FOR lo IN SELECT generate_series(0, coalesce(max(id), 0), slice) FROM direct_awards LOOP
        PERFORM insight_apply(ARRAY(SELECT f FROM direct_awards d JOIN direct_award_bundles bu ON bu.id = d.bundle_id,
                                                  insight_direct_award_facts(d, bu.source, 1) f
                                    WHERE d.id > lo AND d.id <= lo + slice));
    END LOOP;
    FOR lo IN SELECT generate_series(0, coalesce(max(id), 0), slice) FROM badge_requests LOOP
        PERFORM insight_apply(ARRAY(SELECT f FROM badge_requests r, insight_request_facts(r, 1) f
                                    WHERE r.id > lo AND r.id <= lo + slice));
    END LOOP;
    INSERT INTO insight_learner_total (shard, learners)
    SELECT (id % 8)::integer, count(*) FROM learners GROUP BY 1;
    PERFORM set_config('edubadges.insight_rebuilding', 'off', true);
    PERFORM insight_running_rebuild();
END $$;

SELECT insight_rebuild();
