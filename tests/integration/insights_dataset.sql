-- A small random dataset for the insights tests (run after SELECT setseed(...)), written
-- with the triggers on, in many statements of one or more rows: three institutions (one
-- combined HBO/MBO), faculties, issuers, badge classes of every type (some expiring),
-- tags, learners, bundles from every source (some scheduled), direct awards in every
-- stored state, the assertions of the claimed ones, badge requests in every state, and
-- then a few hundred single changes: claims, rejections, revocations, public flags,
-- approvals, denials, withdrawals, and badge classes that change type or faculty.
-- Nothing is due within a day of now, so that the sweep of the server and the reading of
-- the test agree on every state.
CREATE FUNCTION pg_temp.pid(kind text, n bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT kind || lpad(n::text, 20, '0') || 'A' $$;
-- A moment in the last 30 months, not within a day of now.
CREATE FUNCTION pg_temp.past() RETURNS timestamptz
LANGUAGE sql VOLATILE AS $$ SELECT now() - interval '2 days' - random() * interval '900 days' $$;

INSERT INTO institutions (public_id, identifier, name_nl, description_nl, sector, country_code, default_language)
SELECT pg_temp.pid('I', i), 'inst' || i || '.nl', 'Instelling ' || i, 'd', s, 'NL', 'nl'
FROM (VALUES (1, 'WO'), (2, 'HBO/MBO'), (3, 'MBO')) v (i, s);
INSERT INTO faculties (public_id, institution_id, name_nl, name_en, description_nl, sector, visibility)
SELECT pg_temp.pid('F', i.id * 10 + k), i.id, 'Faculteit ' || k, 'Faculty ' || k, 'd',
       CASE WHEN i.sector = 'HBO/MBO' THEN CASE WHEN k % 2 = 0 THEN 'HBO' ELSE 'MBO' END END, 'public'
FROM institutions i, generate_series(1, 3) k;
INSERT INTO issuers (public_id, faculty_id, institution_id, name_nl, description_nl, url_nl, email)
SELECT pg_temp.pid('S', f.id * 10 + k), f.id, f.institution_id, 'Uitgever ' || k, 'd', 'https://x.nl', 'i@x.nl'
FROM faculties f, generate_series(1, 2) k;
INSERT INTO badge_classes (public_id, issuer_id, institution_id, badge_class_type, draft, name, course_language,
                           grade_achieved, expiration_days)
SELECT pg_temp.pid('B', s.id * 10 + k), s.id, s.institution_id,
       (ARRAY['regular', 'micro_credential', 'extra_curricular'])[1 + floor(random() * 3)::int], false,
       'Badge ' || s.id || '.' || k, 'nl', 'optional',
       CASE WHEN random() < 0.3 THEN 30 + floor(random() * 400)::int END
FROM issuers s, generate_series(1, 3) k;
INSERT INTO tags (public_id, institution_id, name)
SELECT pg_temp.pid('T', i.id * 10 + k), i.id, 'Label ' || k FROM institutions i, generate_series(1, 3) k;
INSERT INTO badge_class_tags (badge_class_id, tag_id)
SELECT b.id, t.id FROM badge_classes b JOIN tags t ON t.institution_id = b.institution_id WHERE random() < 0.35;
INSERT INTO learners (public_id, eduid, email)
SELECT pg_temp.pid('L', l), 'eduid-' || l, 'l' || l || '@example.org' FROM generate_series(1, 60) l;

-- Bundles: three per badge class; a few scheduled, some of them due.
INSERT INTO direct_award_bundles (public_id, badge_class_id, institution_id, identifier_type, source, scheduled_at,
                                  created_by, created_at)
SELECT pg_temp.pid('U', b.id * 10 + k), b.id, b.institution_id, 'email',
       (ARRAY['ui', 'sis', 'alliance'])[1 + floor(random() * 3)::int],
       CASE WHEN k = 3 AND random() < 0.5 THEN now() + (random() - 0.3) * interval '200 days' END, 'test', pg_temp.past()
FROM badge_classes b, generate_series(1, 3) k;
UPDATE direct_award_bundles SET scheduled_at = NULL WHERE scheduled_at BETWEEN now() - interval '1 day' AND now() + interval '1 day';

-- Every badge class gets its learners in a random order; award number n goes to learner n.
CREATE TEMP TABLE person AS
SELECT b.id AS badge_class_id, l.id AS learner_id, row_number() OVER (PARTITION BY b.id ORDER BY random()) AS n
FROM badge_classes b, learners l;

-- Direct awards: bundle k of a badge class addresses some of its people 6k - 5 .. 6k.
CREATE TEMP TABLE da AS
SELECT bu.id AS bundle_id, bu.badge_class_id, p.learner_id, bu.created_at + p.n * interval '1 second' AS created_at,
       bu.scheduled_at, bu.source,
       CASE WHEN bu.scheduled_at > now() THEN 'scheduled'
            ELSE (ARRAY['accepted', 'accepted', 'accepted', 'unaccepted', 'rejected', 'expired', 'deleted'])[1 + floor(random() * 7)::int] END AS status
FROM direct_award_bundles bu
CROSS JOIN LATERAL (SELECT (substr(bu.public_id, 2, 20)::bigint % 10 - 1) * 6 + 1 AS first) slot
JOIN person p ON p.badge_class_id = bu.badge_class_id AND p.n BETWEEN slot.first AND slot.first + floor(random() * 6)::int;
-- open awards are unique per person and badge class anyway; keep expiry away from now
INSERT INTO assertions (public_id, badge_class_id, learner_id, issued_at, expires_at, award_type, source, acceptance,
                        public, revoked_at, revocation_reason)
SELECT pg_temp.pid('A', row_number() OVER ()), d.badge_class_id, d.learner_id, d.created_at,
       d.created_at + b.expiration_days * interval '1 day', 'direct_award', d.source,
       CASE WHEN random() < 0.1 THEN 'rejected' ELSE 'accepted' END, random() < 0.3, NULL, ''
FROM da d JOIN badge_classes b ON b.id = d.badge_class_id WHERE d.status = 'accepted';
UPDATE assertions SET expires_at = expires_at + interval '2 days'
WHERE expires_at BETWEEN now() - interval '1 day' AND now() + interval '1 day';
INSERT INTO direct_awards (public_id, bundle_id, badge_class_id, recipient, status, expires_at, assertion_id, created_at)
SELECT pg_temp.pid('D', row_number() OVER ()), d.bundle_id, d.badge_class_id, 'l' || d.learner_id || '@x.nl', d.status,
       greatest(coalesce(d.scheduled_at, d.created_at), d.created_at) + interval '82 days',
       a.id, d.created_at
FROM da d LEFT JOIN assertions a ON a.badge_class_id = d.badge_class_id AND a.learner_id = d.learner_id
     AND d.status = 'accepted';
UPDATE direct_awards SET created_at = created_at - interval '3 days', expires_at = expires_at - interval '3 days'
WHERE status IN ('unaccepted', 'scheduled') AND expires_at BETWEEN now() - interval '1 day' AND now() + interval '2 days';

-- Requests by people 25..40 of each badge class.
INSERT INTO badge_requests (public_id, badge_class_id, learner_id, status, created_at)
SELECT pg_temp.pid('R', row_number() OVER ()), p.badge_class_id, p.learner_id,
       (ARRAY['pending', 'approved', 'approved', 'denied', 'withdrawn'])[1 + floor(random() * 5)::int], pg_temp.past()
FROM person p WHERE p.n BETWEEN 25 AND 25 + floor(random() * 16)::int;
INSERT INTO assertions (public_id, badge_class_id, learner_id, issued_at, expires_at, award_type, source, acceptance, public)
SELECT pg_temp.pid('Q', r.id), r.badge_class_id, r.learner_id, t.issued, t.issued + b.expiration_days * interval '1 day',
       'request', 'ui', (ARRAY['unaccepted', 'accepted', 'rejected'])[1 + floor(random() * 3)::int], random() < 0.3
FROM badge_requests r JOIN badge_classes b ON b.id = r.badge_class_id
CROSS JOIN LATERAL (SELECT least(r.created_at + random() * interval '20 days', now() - interval '2 days') AS issued) t
WHERE r.status = 'approved';
UPDATE badge_requests r SET assertion_id = a.id FROM assertions a
WHERE a.public_id = pg_temp.pid('Q', r.id);
UPDATE assertions SET expires_at = expires_at + interval '2 days'
WHERE expires_at BETWEEN now() - interval '1 day' AND now() + interval '1 day';

-- Single changes, one statement each.
DO $$
DECLARE
    i int;
    x bigint;
BEGIN
    FOR i IN 1..300 LOOP
        CASE floor(random() * 9)::int
        WHEN 0 THEN -- a claim of an open award
            SELECT d.id INTO x FROM direct_awards d WHERE d.status = 'unaccepted' AND d.expires_at > now() + interval '1 day'
            ORDER BY random() LIMIT 1;
            IF x IS NOT NULL THEN
                INSERT INTO assertions (public_id, badge_class_id, learner_id, issued_at, expires_at, award_type, source)
                SELECT pg_temp.pid('C', d.id), d.badge_class_id, substring(d.recipient FROM 'l([0-9]+)@')::bigint,
                       d.created_at, NULL, 'direct_award', bu.source
                FROM direct_awards d JOIN direct_award_bundles bu ON bu.id = d.bundle_id WHERE d.id = x
                  AND NOT EXISTS (SELECT 1 FROM assertions WHERE public_id = pg_temp.pid('C', d.id));
                UPDATE direct_awards SET status = 'accepted', assertion_id = (SELECT id FROM assertions WHERE public_id = pg_temp.pid('C', x))
                WHERE id = x;
            END IF;
        WHEN 1 THEN
            UPDATE direct_awards SET status = 'rejected' WHERE id = (SELECT id FROM direct_awards WHERE status = 'unaccepted' ORDER BY random() LIMIT 1);
        WHEN 2 THEN
            UPDATE assertions SET revoked_at = now(), revocation_reason = 'test'
            WHERE id = (SELECT id FROM assertions WHERE revoked_at IS NULL ORDER BY random() LIMIT 1);
        WHEN 3 THEN
            UPDATE assertions SET public = NOT public WHERE id = (SELECT id FROM assertions ORDER BY random() LIMIT 1);
        WHEN 4 THEN
            UPDATE assertions SET acceptance = 'rejected', public = false
            WHERE id = (SELECT id FROM assertions WHERE acceptance <> 'rejected' ORDER BY random() LIMIT 1);
        WHEN 5 THEN
            UPDATE badge_requests SET status = (ARRAY['denied', 'withdrawn'])[1 + floor(random() * 2)::int]
            WHERE id = (SELECT id FROM badge_requests WHERE status = 'pending' ORDER BY random() LIMIT 1);
        WHEN 6 THEN
            UPDATE direct_awards SET status = 'deleted' WHERE id = (SELECT id FROM direct_awards WHERE status IN ('unaccepted', 'scheduled') ORDER BY random() LIMIT 1);
        WHEN 7 THEN -- a badge class changes type
            UPDATE badge_classes SET badge_class_type = (ARRAY['regular', 'micro_credential', 'extra_curricular'])[1 + floor(random() * 3)::int]
            WHERE id = (SELECT id FROM badge_classes ORDER BY random() LIMIT 1);
        ELSE -- a badge class moves to another issuer of its institution, or a faculty changes sector
            IF random() < 0.5 THEN
                UPDATE badge_classes b SET issuer_id = (SELECT s.id FROM issuers s WHERE s.institution_id = b.institution_id ORDER BY random() LIMIT 1)
                WHERE b.id = (SELECT id FROM badge_classes ORDER BY random() LIMIT 1);
            ELSE
                UPDATE faculties SET sector = CASE sector WHEN 'HBO' THEN 'MBO' ELSE 'HBO' END
                WHERE id = (SELECT id FROM faculties WHERE sector IS NOT NULL ORDER BY random() LIMIT 1);
            END IF;
        END CASE;
    END LOOP;
END $$;

-- At least one open award that is due within 120 days (after the changes, which could
-- have closed it).
UPDATE direct_awards SET status = 'unaccepted', created_at = now() - interval '72 days', expires_at = now() + interval '10 days'
WHERE id = (SELECT min(id) FROM direct_awards WHERE status = 'expired');
