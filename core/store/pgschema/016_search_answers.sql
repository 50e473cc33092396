-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ALPR Workstation developers
--
-- Department store, migration 16: searches that stay fast as the store grows.
--
-- Measured at 1,000,000 and 10,000,000 reads (README, "Migration 16: what
-- changed at 10,000,000 reads"), these costs grew with the store, not with
-- the answer:
--  - The answer (alpr_api.result) built each read's JSON with one query per
--    read and gathered them as jsonb, rebuilt as each one was added: about
--    50 ms for 500 reads. Now the reads, their plates, cameras and
--    alternative readings are joined once and written out as json text, and
--    each read is found in its own month's table (alpr.search_reads keeps
--    its capture time), not by asking every month's table for its id.
--  - The matching plates' working table was analyzed whole (60 ms for
--    34,000 plates) and kept a key it did not need. Now only the number of
--    plates per rank is sampled, and the working tables stay for the
--    connection instead of being made and dropped with every search.
--  - The newest reads of many plates were found by a probe per plate and
--    month table. Now, when that costs more, the time index (which now
--    holds each read's plate) is walked back, which costs the same however
--    many plates match.
--  - How many plates a pattern matches was guessed from a sample of the
--    plates, and a contains pattern taken for broad had its reads walked
--    one by one. Now it is guessed from the plate index's statistics of the
--    pattern's tags, and counted when near the threshold.
--  - The pattern's regular expression was checked on every plate the index
--    named, even where the tags say just as much (a fixed start or end).
--  - The alternative readings and the check that a new alternative reading,
--    image or hit names a stored read were left to plans that read every
--    read; they now go plate by plate and read by read.

-- Migration 15's check that a new image, alternative reading or hit names a
-- stored read, and its lock on that read (what the foreign key did), now
-- read by read through the reads' key. The planner knows nothing of a
-- statement's transition table and read every stored read for each
-- statement instead: 260 ms a statement by 4,000,000 reads, so copying a
-- store's alternative readings took longer the more reads were already in.
CREATE OR REPLACE FUNCTION alpr.read_named() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v_missing bigint;
BEGIN
    -- (The locking clause keeps each EXISTS a lookup of its own.)
    SELECT c.read_id INTO v_missing FROM changed c
     WHERE NOT EXISTS (SELECT 1 FROM alpr.reads r WHERE r.id = c.read_id FOR KEY SHARE)
     LIMIT 1;
    IF v_missing IS NOT NULL THEN
        RAISE EXCEPTION 'insert into %.% names read %, which is not stored', TG_TABLE_SCHEMA,
                        TG_TABLE_NAME, v_missing USING ERRCODE = '23503';
    END IF;
    RETURN NULL;
END $$;

-- The time index also holds each read's id and plate: a search walks it back
-- for the newest reads of many plates without reading the reads themselves
-- (an index-only scan).
DROP INDEX alpr.reads_captured_at;
CREATE INDEX reads_time ON alpr.reads(captured_at, id) INCLUDE (plate_id);

ALTER TABLE alpr.search_reads ADD COLUMN captured_at timestamptz;
COMMENT ON COLUMN alpr.search_reads.captured_at IS
    'The read''s capture time, for its month''s table (NULL: looked up by id)';

-- A read's capture time by its id alone: one probe of every month's key.
CREATE FUNCTION alpr.read_time(p_read bigint) RETURNS timestamptz
LANGUAGE sql STABLE AS $$
    SELECT captured_at FROM alpr.reads WHERE id = p_read
$$;

-- A read's alternative readings, best first.
CREATE FUNCTION alpr.read_candidates_json(p_read bigint) RETURNS json
LANGUAGE sql STABLE AS $$
    SELECT coalesce(json_agg(json_build_object('plate', cp.plate, 'confidence', rc.confidence)
                             ORDER BY rc.confidence DESC, cp.plate), '[]')
      FROM alpr.read_candidates rc JOIN alpr.plates cp ON cp.id = rc.plate_id
     WHERE rc.read_id = p_read
$$;

-- A read as the workstation reads it (core/inquiry/departmentsearch.cpp), from
-- its row and what the caller joined to it: the one place that names its
-- fields.
CREATE FUNCTION alpr.read_json_of(r alpr.reads, p_plate text, p_camera alpr.cameras)
RETURNS json
LANGUAGE sql STABLE AS $$
    SELECT json_build_object(
        'id', r.id, 'plate', p_plate, 'state', r.state,
        'captured_at', alpr.event_time_text(r.captured_at),
        'camera_code', p_camera.code, 'camera_name', p_camera.name,
        'latitude', r.latitude, 'longitude', r.longitude, 'confidence', r.confidence,
        'make', r.make, 'model', r.model, 'color', r.color, 'body', r.body,
        'source_kind', r.source_kind, 'external_id', r.external_id,
        'plate_corners', r.plate_corners,
        'candidates', alpr.read_candidates_json(r.id))
$$;

-- Migration 15's, for one read (a view, a hit, a package's list).
CREATE OR REPLACE FUNCTION alpr.read_json(r alpr.reads) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT alpr.read_json_of(r, p.plate, c)::jsonb
      FROM alpr.plates p, alpr.cameras c
     WHERE p.id = r.plate_id AND c.id = r.camera_id
$$;

-- The reads a search or canvass returned, each as JSON, in one pass.
CREATE FUNCTION alpr.search_reads_json(p_search bigint)
RETURNS TABLE (read_id bigint, "position" integer, reason text, cost integer, reading text,
               read json)
LANGUAGE sql STABLE AS $$
    SELECT r.id, sr.position, sr.reason, sr.cost, sr.reading, alpr.read_json_of(r, p.plate, c)
      FROM alpr.search_reads sr
      JOIN alpr.reads r ON r.id = sr.read_id
                       AND r.captured_at = coalesce(sr.captured_at, alpr.read_time(sr.read_id))
      JOIN alpr.plates p ON p.id = r.plate_id
      JOIN alpr.cameras c ON c.id = r.camera_id
     WHERE sr.search_id = p_search
$$;

-- Migration 2's, as json text: what goes out is text, and jsonb would be
-- built only to be written out again.
DROP FUNCTION alpr.search_answer(bigint);
CREATE FUNCTION alpr.search_answer(p_search bigint) RETURNS json
LANGUAGE sql STABLE AS $$
    SELECT json_build_object(
        'search_id', s.id,
        'pattern', alpr.normalize_pattern(s.query->>'pattern'),
        'count', s.result_count,
        'hits', coalesce((SELECT json_agg(json_build_object('read', x.read, 'reason', x.reason,
                                                            'cost', x.cost, 'reading', x.reading)
                                          ORDER BY x.position)
                            FROM alpr.search_reads_json(s.id) x), '[]'))
      FROM alpr.searches s WHERE s.id = p_search
$$;

-- Migration 9's.
CREATE OR REPLACE FUNCTION alpr.canvass_answer(p_result jsonb) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT p_result || jsonb_build_object('reads', coalesce((
        SELECT json_agg(x.read ORDER BY x.read_id)
          FROM alpr.search_reads_json((p_result->>'search_id')::bigint) x), '[]')::jsonb)
$$;

-- Migration 2's, now json: a search's answer is written out as it is built.
DROP FUNCTION alpr_api.result(bigint);
CREATE FUNCTION alpr_api.result(p_id bigint) RETURNS json
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    p alpr.pending_results;
BEGIN
    IF alpr.read_only_guard() IS NOT NULL THEN
        RETURN alpr.read_only_guard()::json;
    END IF;
    SELECT * INTO p FROM alpr.pending_results WHERE id = p_id;
    p := alpr.committed_pending(p_id, p.kind, interval '5 minutes');
    IF p.id IS NULL THEN
        RETURN alpr.error('invalid', 'no such answer for this connection, or its record has not '
                                     'committed')::json;
    END IF;
    -- Each answer once.
    DELETE FROM alpr.pending_results WHERE id = p.id;
    IF p.kind = 'sign-in' THEN
        RETURN alpr.finish_sign_in(p.result)::json;
    ELSIF p.kind = 'search' THEN
        RETURN alpr.search_answer((p.result->>'search_id')::bigint);
    ELSIF p.kind = 'canvass' THEN
        RETURN alpr.canvass_answer(p.result)::json;
    ELSIF p.kind = 'view' THEN
        RETURN coalesce(alpr.view_answer(p.result),
                        alpr.error('not-found', 'the read is no longer stored'))::json;
    END IF;
    RETURN p.result::json; -- 'password'
END $$;

-- Migration 15's, which now keeps each read's capture time with the search.
-- No parallel plans: a statement in PL/pgSQL that hands its rows to INTO
-- runs without workers, and a parallel plan run by its leader alone was
-- twice as slow as a plain one (counting "8*" at 10,000,000 reads: 300 ms
-- against 125).
CREATE OR REPLACE FUNCTION alpr_api.search(p_case text, p_purpose text, p_query jsonb, p_note text)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp
SET max_parallel_workers_per_gather = 0 AS $$
DECLARE
    u alpr.users := alpr.me();
    -- A note that carries a personal identifier never reaches the trail.
    v_note_problem text := alpr.note_problem(p_note);
    v_details jsonb := alpr.inquiry_details(u, p_case, p_purpose, p_query,
                                            CASE WHEN v_note_problem IS NULL THEN p_note END);
    refusal jsonb := CASE WHEN v_note_problem IS NULL
                          THEN alpr.require('search', 'search', v_details)
                          ELSE alpr.signed_in_guard() END;
    f jsonb := coalesce(p_query->'filters', '{}'::jsonb);
    v_from timestamptz := (f->>'from')::timestamptz;
    v_to timestamptz := (f->>'to')::timestamptz;
    v_where text;
    v_any text;
    v_tags text;
    v_plates text;
    -- Why a plate matched, by rank: how the workstation orders its hits.
    v_reasons constant text[] := ARRAY['exact', 'pattern', 'misread', 'candidate', 'edit'];
    v_plan jsonb;
    v_plate_reads bigint;
    v_room integer;
    v_rows integer;
    v_months integer;
    v_stored numeric;
    v_walk numeric;
    v_broad bigint;
    v_hashable bigint;
    -- Nothing but a time range filters the reads.
    v_time_only boolean := NOT (f ?| ARRAY['state', 'camera', 'make', 'color', 'body', 'near']);
    g record;
    v_pattern text;
    v_exact text;
    v_re text;
    v_mis text;
    v_candidates boolean := coalesce((p_query->>'candidates')::boolean, true);
    v_misread boolean := coalesce((p_query->>'misread')::boolean, false);
    v_edits integer := coalesce((p_query->>'max_edits')::integer, 0);
    v_limit integer := coalesce((p_query->>'limit')::integer, 500);
    v_count bigint;
    v_search bigint;
    v_seq bigint;
    v_hits jsonb;
    v_reason text;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    ELSIF v_note_problem IS NOT NULL THEN
        RETURN alpr.error('invalid', v_note_problem);
    END IF;
    v_reason := coalesce(
        alpr.inquiry_problem(u, p_case, p_purpose),
        CASE WHEN v_limit < 1 OR v_limit > 100000 OR v_edits < 0 OR v_edits > 2
             THEN 'the limit is 1 to 100000 reads and near misses 0 to 2 edits' END);
    IF v_reason IS NOT NULL THEN
        PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'search', 'search',
                                  v_details || jsonb_build_object('reason', v_reason), 'refused');
        RETURN alpr.error('denied', v_reason);
    END IF;
    v_pattern := alpr.normalize_pattern(p_query->>'pattern');
    BEGIN
        v_re := alpr.pattern_regex(v_pattern, false);
        v_mis := CASE WHEN v_misread THEN alpr.pattern_regex(v_pattern, true) END;
    EXCEPTION WHEN SQLSTATE 'AL400' THEN
        PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'search', 'search',
                                  v_details || jsonb_build_object('reason', SQLERRM), 'invalid');
        RETURN alpr.error('invalid', SQLERRM);
    END;
    v_exact := CASE WHEN v_pattern ~ '^[A-Z0-9]+$' THEN v_pattern END;

    -- The working tables stay for the connection and are emptied at each
    -- commit: made and dropped with every search, they cost more than many
    -- a search (three tables and their keys in the catalog, each time).
    IF to_regclass('pg_temp.plate_match') IS NULL THEN
        -- (No key: each plate is in it once. The planner is given the
        -- number of plates per rank, from a small sample.)
        CREATE TEMP TABLE plate_match (
            id bigint, plate text, reads bigint, reason text, rank integer, cost integer
        ) ON COMMIT DELETE ROWS;
        ALTER TABLE plate_match ALTER COLUMN id SET STATISTICS 10,
                                ALTER COLUMN rank SET STATISTICS 10,
                                ALTER COLUMN cost SET STATISTICS 10;
        CREATE TEMP TABLE matched (
            read_id bigint PRIMARY KEY, captured_at timestamptz, reason text, rank integer,
            cost integer, reading text
        ) ON COMMIT DELETE ROWS;
        CREATE TEMP TABLE alternative (
            read_id bigint PRIMARY KEY, captured_at timestamptz, reading text, counted boolean
        ) ON COMMIT DELETE ROWS;
    END IF;
    -- (A second search in one transaction.)
    DELETE FROM pg_temp.plate_match;
    DELETE FROM pg_temp.matched;
    DELETE FROM pg_temp.alternative;
    v_any := coalesce(v_mis, v_re);
    v_tags := alpr.plate_tag_filter(v_any);
    -- The plates' condition: the plate index's tags, and the pattern's
    -- expression unless the tags say just as much (a fixed start or end,
    -- "8*" or "*123"; two neighbours anywhere, "*AB*"). The expression costs
    -- more than a microsecond a plate: three quarters of counting "8*".
    v_plates := v_tags || CASE WHEN v_any ~ '^\^([A-Z0-9]+\.\*|\.\*[A-Z0-9]+|\.\*[A-Z0-9]{2}\.\*)[$]$'
                               THEN '' ELSE format(' AND p.plate ~ %L', v_any) END;
    -- The filters on the reads: the time range is read from the covering
    -- index (plate, time, id) alone.
    v_where := concat_ws(' AND ', 'true',
        CASE WHEN v_from IS NOT NULL THEN format('r.captured_at >= %L::timestamptz', v_from) END,
        CASE WHEN v_to IS NOT NULL THEN format('r.captured_at < %L::timestamptz', v_to) END,
        CASE WHEN f->>'state' IS NOT NULL THEN format('r.state = %L', f->>'state') END,
        CASE WHEN f->>'camera' IS NOT NULL
             THEN format('r.camera_id IN (SELECT id FROM alpr.cameras WHERE code = %L OR name = %L)',
                         f->>'camera', f->>'camera') END,
        CASE WHEN f->>'make' IS NOT NULL THEN format('lower(r.make) = lower(%L)', f->>'make') END,
        CASE WHEN f->>'color' IS NOT NULL THEN format('lower(r.color) = lower(%L)', f->>'color') END,
        CASE WHEN f->>'body' IS NOT NULL THEN format('lower(r.body) = lower(%L)', f->>'body') END,
        CASE WHEN f->'near' IS NOT NULL
             THEN format('r.latitude IS NOT NULL AND r.longitude IS NOT NULL'
                         ' AND 2 * 6371008.8 * asin(sqrt('
                         'power(sin(radians(r.latitude - %1$L::float8) / 2), 2)'
                         ' + cos(radians(%1$L::float8)) * cos(radians(r.latitude))'
                         ' * power(sin(radians(r.longitude - %2$L::float8) / 2), 2))) <= %3$L::float8',
                         (f->'near'->>'latitude')::float8, (f->'near'->>'longitude')::float8,
                         (f->'near'->>'metres')::float8) END);
    -- How many plates the pattern matches, as the planner expects (planning
    -- only; the answer does not depend on it). From the plate index's
    -- statistics of the tags the pattern fixes: the planner guesses a
    -- pattern with no fixed start from a sample of the plates, and took
    -- "*AB*" (15,000 plates at 10,000,000 reads) for 83,000, so broad, and
    -- walked its reads one by one (0.8 s). A pattern expected near the
    -- threshold is counted, up to the threshold.
    EXECUTE format('EXPLAIN (FORMAT JSON) SELECT 1 FROM alpr.plates p WHERE %s',
                   CASE WHEN v_tags = 'true' THEN format('p.plate ~ %L', v_any) ELSE v_tags END)
        INTO v_plan;
    v_broad := coalesce((SELECT value::bigint FROM alpr.settings
                          WHERE key = 'search_broad_plates'), 50000);
    v_rows := (v_plan->0->'Plan'->>'Plan Rows')::numeric;
    IF v_exact IS NULL AND v_rows > v_broad AND v_rows <= 4 * v_broad THEN
        EXECUTE format('SELECT count(*) FROM (SELECT 1 FROM alpr.plates p'
                       ' WHERE %s LIMIT $1) x', v_plates)
            INTO v_rows USING v_broad + 1;
    END IF;

    IF v_exact IS NULL AND v_rows > v_broad THEN
        -- A broad pattern ("8*" is a ninth of all plates): its plates are not
        -- copied. They are counted in one pass over those the plate index
        -- names, and the newest of their reads are found by walking the time
        -- index back, the plainly matching ones first, then the misreads.
        EXECUTE format('SELECT coalesce(sum(p.reads), 0) FROM alpr.plates p WHERE %s',
                       v_plates) INTO v_plate_reads;
        IF v_where = 'true' THEN
            v_count := v_plate_reads;
        ELSE
            EXECUTE format('SELECT count(*) FROM alpr.reads r JOIN alpr.plates p'
                           ' ON p.id = r.plate_id WHERE %s AND %s',
                           v_plates, v_where) INTO v_count;
        END IF;
        IF v_candidates THEN
            EXECUTE format('SELECT count(DISTINCT r.id) FROM alpr.plates p'
                           '   JOIN alpr.read_candidates rc ON rc.plate_id = p.id'
                           '   JOIN alpr.reads r ON r.id = rc.read_id'
                           '   JOIN alpr.plates own ON own.id = r.plate_id'
                           '  WHERE %s AND own.plate !~ $1 AND %s',
                           v_plates, v_where) INTO v_rows USING v_any;
            v_count := v_count + v_rows;
        END IF;
        v_room := v_limit;
        FOR g IN SELECT * FROM (VALUES (1, 'pattern', v_re, NULL::text),
                                       (2, 'misread', v_mis, v_re)) x(rank, reason, re, not_re)
                  WHERE x.re IS NOT NULL LOOP
            EXIT WHEN v_room <= 0;
            EXECUTE format('INSERT INTO pg_temp.matched(read_id, captured_at, reason, rank, cost,'
                           ' reading) SELECT r.id, r.captured_at, %L, %s, 0, p.plate'
                           '   FROM alpr.reads r JOIN alpr.plates p ON p.id = r.plate_id'
                           '  WHERE p.plate ~ $1 AND ($2::text IS NULL OR p.plate !~ $2) AND %s'
                           '  ORDER BY r.captured_at DESC, r.id DESC LIMIT %s',
                           g.reason, g.rank, v_where, v_room) USING g.re, g.not_re;
            GET DIAGNOSTICS v_rows = ROW_COUNT;
            v_room := v_room - v_rows;
        END LOOP;
        -- (An alternative reading ranks below every plain match, and these
        -- are more than v_limit: none of them is among the first.)
    ELSE
        -- The plates that match, with why, as the workstation ranks them:
        -- exact, pattern, misread, an alternative reading, a near miss.
        EXECUTE format('INSERT INTO pg_temp.plate_match(id, plate, reads, reason, rank, cost)'
                       ' SELECT id, plate, reads, reason, array_position($4, reason) - 1,'
                       '        CASE WHEN reason = ''edit'' THEN alpr.levenshtein(plate, $1) ELSE 0 END'
                       '   FROM (SELECT id, plate, reads,'
                       '                CASE WHEN plate = $1 THEN ''exact'''
                       '                     WHEN $6 OR plate ~ $2 THEN ''pattern'''
                       '                     WHEN $3 IS NOT NULL AND plate ~ $3 THEN ''misread'''
                       '                     ELSE ''edit'' END AS reason'
                       '           FROM (SELECT p.id, p.plate, p.reads FROM alpr.plates p'
                       '                  WHERE %s%s) x) y',
                       v_plates,
                       CASE WHEN v_exact IS NOT NULL AND v_edits > 0
                            THEN format(' UNION SELECT p.id, p.plate, p.reads FROM alpr.plates p'
                                        ' WHERE %s AND alpr.levenshtein(p.plate, $1) <= $5',
                                        alpr.plate_edit_filter(v_exact, v_edits)) ELSE '' END)
            -- ($6: every plate found matches the pattern, none is only a
            -- misread or a near miss.)
            USING v_exact, v_re, v_mis, v_reasons, v_edits,
                  v_mis IS NULL AND NOT (v_exact IS NOT NULL AND v_edits > 0);
        -- Only what the planner needs of them: how many, and by rank.
        ANALYZE pg_temp.plate_match (id, rank, cost);
        -- Counted where they are (without filters, from the plates' own
        -- counts), and only the first v_limit kept, rank by rank: the newest
        -- of a rank's reads, found the cheaper of two ways.
        --  - Walking the time index back (it holds each read's plate) and
        --    keeping the reads of the rank's plates: about v_limit times the
        --    reads in store over the rank's reads, at about a tenth of a
        --    microsecond each, however many plates match. Only when nothing
        --    but a time range filters the reads, which that index holds.
        --  - Each plate's own newest reads: a probe of the plate-and-time
        --    index per plate and month table in the range, a few
        --    microseconds each. (The planner, left to choose, counted a
        --    probe per month table and walked the whole range for a few
        --    plates: 80 ms became 210 at 1,000,000 reads in two months.)
        IF v_where = 'true' THEN
            v_count := (SELECT coalesce(sum(reads), 0) FROM pg_temp.plate_match);
        ELSE
            EXECUTE format('SELECT count(*) FROM pg_temp.plate_match m JOIN alpr.reads r'
                           ' ON r.plate_id = m.id WHERE %s', v_where) INTO v_count;
        END IF;
        v_months := greatest((SELECT count(*) FROM alpr.read_months
                               WHERE (v_from IS NULL OR (month + interval '1 month')::timestamp
                                                        AT TIME ZONE 'UTC' > v_from)
                                 AND (v_to IS NULL OR month::timestamp AT TIME ZONE 'UTC' < v_to)),
                             1);
        -- The reads in store, as the month tables' statistics have them (a
        -- table not yet analyzed: from its size, at most 200 bytes a read).
        v_stored := (SELECT coalesce(sum(CASE WHEN c.reltuples >= 0 THEN c.reltuples
                                              ELSE pg_relation_size(c.oid) / 200 END), 0)
                       FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                      WHERE i.inhparent = 'alpr.reads'::regclass);
        -- The walk keeps the rank's plates in a hash table in memory: no more
        -- of them than work_mem holds (about 64 bytes each; else the
        -- planner would look each read up in the whole list).
        v_hashable := least(50000, pg_size_bytes(current_setting('work_mem')) / 64);
        -- What a probe costs in reads walked (measured: 20; 0 never walks).
        v_walk := coalesce((SELECT value::numeric FROM alpr.settings
                             WHERE key = 'search_walk_ratio'), 20);
        v_room := v_limit;
        FOR g IN SELECT rank, cost, count(*) AS plates, sum(reads) AS reads
                   FROM pg_temp.plate_match GROUP BY rank, cost ORDER BY rank, cost LOOP
            EXIT WHEN v_room <= 0;
            IF v_time_only AND g.reads > 0 AND g.plates <= v_hashable
               AND v_room * v_stored / g.reads <= v_walk * g.plates * v_months THEN
                EXECUTE format('INSERT INTO pg_temp.matched(read_id, captured_at, reason, rank,'
                               ' cost, reading) SELECT x.id, x.captured_at, %L, %s, %s, p.plate'
                               '   FROM (SELECT r.id, r.captured_at, r.plate_id FROM alpr.reads r'
                               '          WHERE (r.plate_id IN (SELECT m.id FROM pg_temp.plate_match m'
                               '                                 WHERE m.rank = %2$s AND m.cost = %3$s))'
                               '                IS TRUE AND %4$s'
                               '          ORDER BY r.captured_at DESC, r.id DESC LIMIT %5$s) x'
                               '   JOIN alpr.plates p ON p.id = x.plate_id',
                               v_reasons[g.rank + 1],
                               g.rank, g.cost, v_where, v_room);
            ELSIF g.plates * v_months <= 20000 THEN
                EXECUTE format('INSERT INTO pg_temp.matched(read_id, captured_at, reason, rank,'
                               ' cost, reading) SELECT x.id, x.captured_at, m.reason, m.rank,'
                               ' m.cost, m.plate FROM pg_temp.plate_match m CROSS JOIN LATERAL'
                               ' (SELECT r.id, r.captured_at FROM alpr.reads r'
                               '   WHERE r.plate_id = m.id AND %s'
                               '   ORDER BY r.captured_at DESC, r.id DESC LIMIT %s) x'
                               '  WHERE m.rank = %s AND m.cost = %s'
                               '  ORDER BY x.captured_at DESC, x.id DESC LIMIT %s',
                               v_where, v_room, g.rank, g.cost, v_room);
            ELSE
                EXECUTE format('INSERT INTO pg_temp.matched(read_id, captured_at, reason, rank,'
                               ' cost, reading) SELECT r.id, r.captured_at, m.reason, m.rank,'
                               ' m.cost, m.plate'
                               '   FROM alpr.reads r JOIN pg_temp.plate_match m ON m.id = r.plate_id'
                               '  WHERE m.rank = %s AND m.cost = %s AND %s'
                               '  ORDER BY r.captured_at DESC, r.id DESC LIMIT %s',
                               g.rank, g.cost, v_where, v_room);
            END IF;
            GET DIAGNOSTICS v_rows = ROW_COUNT;
            v_room := v_room - v_rows;
        END LOOP;
        -- The reads whose alternative readings match (as a pattern or a
        -- misread), unless their plate matched better: those not matched at
        -- all add to the count, and all of them may enter the first v_limit
        -- (a read matched as a near miss moves up as an alternative reading).
        -- Plate by plate, then read by read: the planner, left to choose,
        -- read every read and every alternative reading (0.9 s for 4,400
        -- plates at 1,000,000 reads, against 40 ms). The plates are looked
        -- up in hash tables made once (NOT IN).
        IF v_candidates THEN
            EXECUTE format('INSERT INTO pg_temp.alternative(read_id, captured_at, reading, counted)'
                           ' SELECT DISTINCT ON (r.id) r.id, r.captured_at, m.plate,'
                           '        r.plate_id NOT IN (SELECT d.id FROM pg_temp.plate_match d)'
                           '   FROM pg_temp.plate_match m'
                           '  CROSS JOIN LATERAL (SELECT rc.read_id FROM alpr.read_candidates rc'
                           '                       WHERE rc.plate_id = m.id OFFSET 0) rc'
                           '  CROSS JOIN LATERAL (SELECT r.id, r.captured_at, r.plate_id'
                           '                        FROM alpr.reads r'
                           '                       WHERE r.id = rc.read_id AND %s OFFSET 0) r'
                           '  WHERE m.rank <= 2'
                           '    AND r.plate_id NOT IN (SELECT d.id FROM pg_temp.plate_match d'
                           '                            WHERE d.rank < 3)'
                           '  ORDER BY r.id, m.plate', v_where);
            v_count := v_count + (SELECT count(*) FROM pg_temp.alternative WHERE counted);
            INSERT INTO pg_temp.matched AS x(read_id, captured_at, reason, rank, cost, reading)
            SELECT read_id, captured_at, 'candidate', 3, 0, reading FROM pg_temp.alternative
            ON CONFLICT (read_id) DO UPDATE
               SET reason = excluded.reason, rank = excluded.rank, cost = excluded.cost,
                   reading = excluded.reading;
        END IF;
    END IF;

    v_seq := alpr.append_event(u.username, alpr.my_workstation(), 'search', 'search',
                               v_details || jsonb_build_object('result_count', v_count,
                                                               'normalized_pattern', v_pattern),
                               'success');
    INSERT INTO alpr.searches(user_id, at, case_number, purpose, query, note, result_count,
                              audit_seq)
    VALUES (u.id, now(), p_case, p_purpose, p_query, coalesce(p_note, ''), v_count, v_seq)
    RETURNING id INTO v_search;
    INSERT INTO alpr.search_reads(search_id, read_id, position, reason, cost, reading,
                                  captured_at)
    SELECT v_search, x.read_id,
           row_number() OVER (ORDER BY x.rank, x.cost, x.captured_at DESC, x.read_id DESC),
           x.reason, x.cost, x.reading, x.captured_at
      FROM (SELECT * FROM pg_temp.matched m
             ORDER BY m.rank, m.cost, m.captured_at DESC, m.read_id DESC LIMIT v_limit) x;
    -- The reads go out once this record has committed (alpr_api.result).
    RETURN alpr.pending('search', jsonb_build_object('search_id', v_search));
END $$;
