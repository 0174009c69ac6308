-- A synthetic national dataset, generated inside PostgreSQL (no row goes over the wire):
-- 60 institutions (11 WO, 21 HBO, 27 MBO, 1 combined HBO/MBO), their faculties, issuers,
-- badge classes and tags, :learners learners, and about :assertions assertions over the
-- 60 months up to now, with the direct awards, bundles and badge requests behind them,
-- and staff with memberships on every level.
--
-- Skew: institutions by sector and rank, badge classes by a Zipf law within their
-- institution, months by growth (×3.2 over five years) and season (peaks in January/
-- February and June/July, a dip in August). Stored states are as the system would hold them
-- now: unclaimed direct awards older than 82 days are expired, assertions past their expiry
-- are counted as expired.
--
-- Run by tools/national/load.sh with the insights triggers and foreign-key checks off
-- (session_replication_role = replica); the counters are rebuilt afterwards.
\set ON_ERROR_STOP on

-- A deterministic pseudo-random number in [0, 1) from a key and a salt.
CREATE FUNCTION pg_temp.rnd(k bigint, salt integer) RETURNS double precision
LANGUAGE sql IMMUTABLE AS $$ SELECT (hashint8(k * 7919 + salt)::bigint & 2147483647) / 2147483648.0 $$;
-- A 22-character public id (base64url of 16 bytes, so its last character is one of A, Q,
-- g, w): a letter for the kind, the number, and A.
CREATE FUNCTION pg_temp.pid(kind text, n bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT kind || lpad(n::text, 20, '0') || 'A' $$;

\echo institutions, faculties, issuers, badge classes, tags
CREATE TEMP TABLE inst AS
SELECT i, sector,
       (CASE sector WHEN 'WO' THEN 3.0 WHEN 'HBO' THEN 2.0 WHEN 'HBO/MBO' THEN 1.5 ELSE 1.0 END)
           / power(1 + row_number() OVER (PARTITION BY sector ORDER BY i), 0.8) AS weight
FROM (SELECT i, CASE WHEN i <= 11 THEN 'WO' WHEN i <= 32 THEN 'HBO' WHEN i <= 59 THEN 'MBO' ELSE 'HBO/MBO' END AS sector
      FROM generate_series(1, 60) i) s;

INSERT INTO institutions (id, public_id, identifier, name_nl, name_en, description_nl, sector, brin,
                          country_code, default_language, micro_credentials_enabled,
                          direct_awarding_enabled, sis_integration_enabled)
OVERRIDING SYSTEM VALUE
SELECT i, pg_temp.pid('I', i), 'inst' || i || '.nl', 'Instelling ' || i, 'Institution ' || i,
       'Een ' || sector || '-instelling', sector, lpad(i::text, 2, '0') || 'AB', 'NL', 'nl', true, true, true
FROM inst;
INSERT INTO institution_domains (domain, institution_id) SELECT identifier, id FROM institutions;

CREATE TEMP TABLE fac AS
SELECT row_number() OVER (ORDER BY i, k) AS f, i, k,
       CASE WHEN sector = 'HBO/MBO' THEN CASE WHEN k % 2 = 0 THEN 'HBO' ELSE 'MBO' END END AS sector
FROM inst, generate_series(1, greatest(2, round(12 * sqrt(weight / (SELECT max(weight) FROM inst)))::int)) k;
INSERT INTO faculties (id, public_id, institution_id, name_nl, name_en, description_nl, sector, visibility)
OVERRIDING SYSTEM VALUE
SELECT f, pg_temp.pid('F', f), i, 'Faculteit ' || k, 'Faculty ' || k, 'Faculteit ' || k, sector, 'public' FROM fac;

CREATE TEMP TABLE iss AS
SELECT row_number() OVER (ORDER BY f, n) AS s, f, i, n AS k
FROM fac, generate_series(1, 1 + (pg_temp.rnd(f, 1) * 4)::int) n;
INSERT INTO issuers (id, public_id, faculty_id, institution_id, name_nl, name_en, description_nl, url_nl, email)
OVERRIDING SYSTEM VALUE
SELECT s, pg_temp.pid('S', s), f, i, 'Uitgever ' || k, 'Issuer ' || k, 'Uitgever ' || k,
       'https://inst' || i || '.nl/issuer/' || s, 'issuer' || s || '@inst' || i || '.nl'
FROM iss;

CREATE TEMP TABLE bc AS
SELECT row_number() OVER (ORDER BY s, n) AS b, s, i,
       CASE WHEN pg_temp.rnd(s * 100 + n, 2) < 0.55 THEN 'regular'
            WHEN pg_temp.rnd(s * 100 + n, 2) < 0.80 THEN 'micro_credential' ELSE 'extra_curricular' END AS type,
       CASE WHEN pg_temp.rnd(s * 100 + n, 3) < 0.15 THEN 365 + (pg_temp.rnd(s * 100 + n, 4) * 730)::int END AS expiration_days,
       pg_temp.rnd(s * 100 + n, 5) AS u
FROM iss, generate_series(1, 2 + (pg_temp.rnd(s, 6) * 9)::int) n;
INSERT INTO badge_classes (id, public_id, issuer_id, institution_id, badge_class_type, draft, name,
                           description, criteria, course_language, grade_achieved, expiration_days)
OVERRIDING SYSTEM VALUE
SELECT b, pg_temp.pid('B', b), s, i, type, false, 'Badge ' || b, 'Beschrijving', 'Criteria', 'nl',
       'optional', expiration_days
FROM bc;

INSERT INTO tags (id, public_id, institution_id, name)
OVERRIDING SYSTEM VALUE
SELECT (i - 1) * 8 + k, pg_temp.pid('T', (i - 1) * 8 + k), i, 'Label ' || k FROM inst, generate_series(1, 8) k;
INSERT INTO badge_class_tags (badge_class_id, tag_id)
SELECT DISTINCT b, (i - 1) * 8 + 1 + (pg_temp.rnd(b, 10 + n) * 8)::int % 8
FROM bc, generate_series(1, 2) n WHERE pg_temp.rnd(b, 20 + n) < 0.45;

\echo the plan: awards per badge class and month
-- Months 0..59; month 59 is the current one, cut off at now.
CREATE TEMP TABLE months AS
SELECT m, start, least(start + interval '1 month', now()) AS stop,
       power(1.02, m) * (ARRAY[1.4, 1.2, 1.0, 0.9, 1.0, 1.5, 1.6, 0.4, 0.8, 0.9, 1.0, 0.7])[extract(month FROM start AT TIME ZONE 'Europe/Amsterdam')::int]
           * CASE WHEN m = 59 THEN extract(epoch FROM now() - start) / extract(epoch FROM interval '30 days') ELSE 1 END AS weight
FROM (SELECT m, (date_trunc('month', now() AT TIME ZONE 'Europe/Amsterdam') - (59 - m) * interval '1 month')
                 AT TIME ZONE 'Europe/Amsterdam' AS start
      FROM generate_series(0, 59) m) x;

-- Popularity: the institution's weight times 1/rank^1.1 of a random rank within it; the
-- badge class awards from a start month on.
CREATE TEMP TABLE bcw AS
SELECT b, i, type, expiration_days,
       inst.weight / power(1 + row_number() OVER (PARTITION BY i ORDER BY u), 1.1) AS weight,
       floor(36 * pg_temp.rnd(b, 30))::int AS first_month,
       0.10 + 0.30 * pg_temp.rnd(b, 31) AS request_share
FROM bc JOIN inst USING (i);

CREATE TEMP TABLE plan AS
WITH share AS (
    SELECT b, i, type, expiration_days, request_share, m,
           :assertions * bcw.weight / (SELECT sum(weight) FROM bcw)
               * months.weight / sum(months.weight) OVER (PARTITION BY b) AS n
    FROM bcw JOIN months ON months.m >= bcw.first_month
), counts AS (
    SELECT b, i, type, expiration_days, m, round(n)::int AS n, round(n * request_share)::int AS n_request
    FROM share
)
SELECT b, i, type, expiration_days, m, n, n_request, n - n_request AS n_claimed,
       round((n - n_request) * 0.3)::int AS n_unclaimed,
       CASE WHEN m >= 58 THEN round(n_request * 0.05)::int ELSE 0 END AS n_pending,
       round(n_request * 0.04)::int AS n_denied, round(n_request * 0.02)::int AS n_withdrawn
FROM counts WHERE n > 0;
-- Per badge class and month: the bundles, and where the numbering of its people (k0) and of
-- the ids of its assertions (a0), direct awards (d0), bundles (u0) and requests (r0) starts.
-- The people of a month: 1..n receive assertions (the claimed first), n + 1 .. n +
-- n_unclaimed are addressed by unclaimed awards, the rest make the requests not approved.
ALTER TABLE plan ADD COLUMN people int, ADD COLUMN bundles int, ADD COLUMN k0 bigint, ADD COLUMN a0 bigint,
    ADD COLUMN d0 bigint, ADD COLUMN u0 bigint, ADD COLUMN r0 bigint;
UPDATE plan SET people = n + n_unclaimed + n_pending + n_denied + n_withdrawn,
                bundles = greatest(1, ceil((n_claimed + n_unclaimed) / 40.0)::int);
UPDATE plan p SET k0 = o.k0, a0 = o.a0, d0 = o.d0, u0 = o.u0, r0 = o.r0
FROM (SELECT b, m,
             coalesce(sum(people) OVER (PARTITION BY b ORDER BY m ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS k0,
             coalesce(sum(n) OVER w, 0) AS a0,
             coalesce(sum(n_claimed + n_unclaimed) OVER w, 0) AS d0,
             coalesce(sum(bundles) OVER w, 0) AS u0,
             coalesce(sum(n_request + n_pending + n_denied + n_withdrawn) OVER w, 0) AS r0
      FROM plan WINDOW w AS (ORDER BY b, m ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)) o
WHERE p.b = o.b AND p.m = o.m;
CREATE INDEX ON plan (b, m);
ANALYZE plan;

-- Learner pools: each institution draws its learners from its own range, large enough for
-- its busiest badge class, so that person k of a badge class is a distinct learner:
-- base + 1 + (offset + k * prime) mod size.
CREATE TEMP TABLE pool AS
WITH need AS (SELECT i, max(people) AS busiest FROM (SELECT i, b, sum(people) AS people FROM plan GROUP BY 1, 2) x GROUP BY 1),
     sized AS (SELECT i, greatest(busiest + 1, round(:learners * weight / (SELECT sum(weight) FROM inst)))::bigint AS size
               FROM inst JOIN need USING (i))
SELECT i, size, coalesce(sum(size) OVER (ORDER BY i ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::bigint AS base FROM sized;
CREATE FUNCTION pg_temp.person(base bigint, size bigint, b bigint, k bigint) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$ SELECT base + 1 + ((hashint8(b) & 65535) + k * 1000000007) % size $$;

\echo learners
INSERT INTO learners (id, public_id, eduid, email, validated_name, created_at)
OVERRIDING SYSTEM VALUE
SELECT l, pg_temp.pid('L', l), 'eduid-' || l, 'learner' || l || '@example.org', 'Learner ' || l,
       now() - (pg_temp.rnd(l, 40) * 1800) * interval '1 day'
FROM generate_series(1, (SELECT sum(size) FROM pool)::bigint) l;
INSERT INTO learner_accounts (learner_id, eppn, schac_home)
SELECT base + k, 's' || (base + k) || '@inst' || i || '.nl', 'inst' || i || '.nl'
FROM pool, generate_series(1, size) k;

\echo bundles
CREATE TEMP TABLE bundle AS
SELECT u0 + j AS id, b, i, p.m, j, start + (stop - start) * pg_temp.rnd(b * 1000 + p.m, 50 + j) AS created_at,
       CASE WHEN pg_temp.rnd(b * 1000 + p.m, 60 + j) < 0.50 THEN 'sis'
            WHEN pg_temp.rnd(b * 1000 + p.m, 60 + j) < 0.95 THEN 'ui' ELSE 'alliance' END AS source
FROM plan p JOIN months USING (m), generate_series(1, bundles) j;
INSERT INTO direct_award_bundles (id, public_id, badge_class_id, institution_id, identifier_type, source, created_by, created_at)
OVERRIDING SYSTEM VALUE
SELECT id, pg_temp.pid('U', id), b, i, 'eppn', source, 'national-load', created_at FROM bundle;
CREATE UNIQUE INDEX ON bundle (b, m, j);
ANALYZE bundle;

\echo assertions
-- Claimed direct awards are issued at the award's creation, in its bundle; requests are
-- approved at a random moment of the month.
INSERT INTO assertions (id, public_id, badge_class_id, learner_id, recipient_type, recipient_hash, recipient_salt,
                        recipient_name, issued_at, expires_at, award_type, source, acceptance, public,
                        revoked_at, revocation_reason, stats_expired)
OVERRIDING SYSTEM VALUE
SELECT id, pg_temp.pid('A', id), b, learner, 'email', 'sha256$' || lpad(to_hex(id), 64, '0'),
       lpad(to_hex(id * 31), 32, '0'), 'Learner ' || learner, issued, issued + expiration_days * interval '1 day',
       CASE WHEN claimed THEN 'direct_award' ELSE 'request' END, source,
       CASE WHEN pg_temp.rnd(id, 80) < 0.01 THEN 'rejected'
            WHEN NOT claimed AND pg_temp.rnd(id, 81) < 0.3 THEN 'unaccepted' ELSE 'accepted' END,
       pg_temp.rnd(id, 82) < 0.2,
       CASE WHEN revoked THEN least(issued + interval '30 days', now()) END,
       CASE WHEN revoked THEN 'Administrative error' ELSE '' END,
       coalesce(NOT revoked AND issued + expiration_days * interval '1 day' <= now(), false)
FROM (SELECT p.a0 + q AS id, p.b, p.expiration_days, q <= p.n_claimed AS claimed,
             pg_temp.person(pool.base, pool.size, p.b, p.k0 + q) AS learner,
             CASE WHEN q <= p.n_claimed THEN bu.created_at + q * interval '1 microsecond'
                  ELSE start + (stop - start) * pg_temp.rnd(p.a0 + q, 84) END AS issued,
             coalesce(bu.source, 'ui') AS source, pg_temp.rnd(p.a0 + q, 83) < 0.02 AS revoked
      FROM plan p JOIN pool USING (i) JOIN months USING (m) CROSS JOIN generate_series(1, p.n) q
      LEFT JOIN bundle bu ON q <= p.n_claimed AND bu.b = p.b AND bu.m = p.m AND bu.j = 1 + (q - 1) % p.bundles) x;

\echo direct awards
INSERT INTO direct_awards (id, public_id, bundle_id, badge_class_id, recipient, recipient_name, status,
                           expires_at, assertion_id, created_at, updated_at)
OVERRIDING SYSTEM VALUE
SELECT id, pg_temp.pid('D', id), bundle_id, b, recipient, 'Learner', status, created + interval '82 days',
       assertion_id, created, created
FROM (SELECT p.d0 + q AS id, bu.id AS bundle_id, p.b, bu.created_at + q * interval '1 microsecond' AS created,
             CASE WHEN q <= p.n_claimed THEN 's' || pg_temp.person(pool.base, pool.size, p.b, p.k0 + q)
                  ELSE 'u' || (p.k0 + p.n_request + q) END || '@inst' || p.i || '.nl' AS recipient,
             CASE WHEN q <= p.n_claimed THEN 'accepted'
                  WHEN pg_temp.rnd(p.d0 + q, 90) < 0.06 THEN 'rejected'
                  WHEN pg_temp.rnd(p.d0 + q, 90) < 0.12 THEN 'deleted'
                  WHEN bu.created_at + interval '82 days' <= now() THEN 'expired' ELSE 'unaccepted' END AS status,
             CASE WHEN q <= p.n_claimed THEN p.a0 + q END AS assertion_id
      FROM plan p JOIN pool USING (i) CROSS JOIN generate_series(1, p.n_claimed + p.n_unclaimed) q
      JOIN bundle bu ON bu.b = p.b AND bu.m = p.m AND bu.j = 1 + (q - 1) % p.bundles) x;

\echo badge requests
INSERT INTO badge_requests (id, public_id, badge_class_id, learner_id, status, deny_reason, assertion_id, created_at, updated_at)
OVERRIDING SYSTEM VALUE
SELECT p.r0 + q - p.n_claimed, pg_temp.pid('R', p.r0 + q - p.n_claimed), p.b, a.learner_id, 'approved', '', a.id,
       a.issued_at - pg_temp.rnd(a.id, 95) * interval '14 days', a.issued_at
FROM plan p CROSS JOIN generate_series(p.n_claimed + 1, p.n) q JOIN assertions a ON a.id = p.a0 + q;
INSERT INTO badge_requests (id, public_id, badge_class_id, learner_id, status, deny_reason, created_at, updated_at)
OVERRIDING SYSTEM VALUE
SELECT p.r0 + p.n_request + v, pg_temp.pid('R', p.r0 + p.n_request + v), p.b,
       pg_temp.person(pool.base, pool.size, p.b, p.k0 + p.n + p.n_unclaimed + v),
       CASE WHEN v <= p.n_pending THEN 'pending' WHEN v <= p.n_pending + p.n_denied THEN 'denied' ELSE 'withdrawn' END,
       CASE WHEN v > p.n_pending AND v <= p.n_pending + p.n_denied THEN 'Criteria not met' ELSE '' END,
       start + (stop - start) * pg_temp.rnd(p.r0 + v, 96), stop
FROM plan p JOIN pool USING (i) JOIN months USING (m)
CROSS JOIN generate_series(1, p.n_pending + p.n_denied + p.n_withdrawn) v;

\echo staff: admins per institution, admins and awarders per faculty and issuer, owners of some badge classes
INSERT INTO accounts (public_id, kind, institution_id, display_name, oidc_issuer, oidc_subject, email, created_by)
SELECT pg_temp.pid('K', n), 'staff', i, 'Medewerker ' || n, 'https://idp.inst' || i || '.nl', 'staff-' || n,
       'staff' || n || '@inst' || i || '.nl', 'national-load'
FROM (SELECT row_number() OVER () AS n, i FROM (
        SELECT i FROM inst, generate_series(1, 3)
        UNION ALL SELECT i FROM fac, generate_series(1, 2)
        UNION ALL SELECT i FROM iss, generate_series(1, 2)
        UNION ALL SELECT i FROM bc WHERE pg_temp.rnd(b, 120) < 0.3) x) y;
-- the accounts of an institution in the order above take its nodes in that order
INSERT INTO memberships (public_id, account_id, institution_id, node_level, faculty_id, issuer_id, badge_class_id,
                         permissions, granted_by)
SELECT pg_temp.pid('M', a.id), a.id, a.institution_id, node.level, node.f, node.s, node.b, node.p, 'national-load'
FROM (SELECT id, institution_id, row_number() OVER (PARTITION BY institution_id ORDER BY id) AS k FROM accounts) a
JOIN (SELECT i, row_number() OVER (PARTITION BY i ORDER BY o, id, copy) AS k, level, f, s, b, p FROM (
        SELECT i, 1 AS o, 0 AS id, c AS copy, 'institution' AS level, NULL::bigint AS f, NULL::bigint AS s,
               NULL::bigint AS b, 127 AS p FROM inst, generate_series(1, 3) c
        UNION ALL SELECT i, 2, f, c, 'faculty', f, NULL, NULL, CASE c WHEN 1 THEN 127 ELSE 50 END
        FROM fac, generate_series(1, 2) c
        UNION ALL SELECT i, 3, s, c, 'issuer', NULL, s, NULL, CASE c WHEN 1 THEN 127 ELSE 50 END
        FROM iss, generate_series(1, 2) c
        UNION ALL SELECT i, 4, b, 1, 'badge_class', NULL, NULL, b, 127 FROM bc WHERE pg_temp.rnd(b, 120) < 0.3) n) node
  ON node.i = a.institution_id AND node.k = a.k;

\echo identity sequences
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['institutions', 'faculties', 'issuers', 'badge_classes', 'tags', 'learners',
                             'direct_award_bundles', 'assertions', 'direct_awards', 'badge_requests', 'accounts',
                             'memberships'] LOOP
        EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, ''id''), (SELECT max(id) FROM %I))', t, t);
    END LOOP;
END $$;
