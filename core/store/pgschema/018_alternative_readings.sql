-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ALPR Workstation developers
--
-- Department store, migration 18: searches with alternative readings at
-- 10,000,000 reads (README, "Migration 18: alternative readings"). A
-- workstation searches with them by default, and migration 17 left them slow:
--  - Each alternative reading a pattern matched was looked up in its read,
--    a probe of every month table, to learn the read's plate and time: 250
--    of the 320 ms of "*AB*". An alternative reading now keeps its read's
--    plate and capture time, copied once as it is stored.
--  - A broad pattern ("8*", "*9") counted the reads whose alternative
--    reading matched by joining 214,000 alternative readings with their
--    reads and plates: 4.6 s for "8*". The reads that only an alternative
--    reading gives a start or an end are now counted as they are stored,
--    like the plates' own (migration 17).
--  - The search's larger plans were compiled by the JIT: 17 to 94 ms that
--    no search got back. It runs without.

-- ------------------------------------------------ the read of an alternative

-- The read's plate and capture time, as the read has them: filled on the
-- way in, whatever the writer gave, and never changed. (A read's plate is
-- never changed, migration 2; nor is its capture time, below.)
ALTER TABLE alpr.read_candidates ADD COLUMN read_plate_id bigint,
                                 ADD COLUMN captured_at timestamptz;
-- Written anew rather than updated: an update leaves every row's old
-- version behind until a vacuum after the migration, with the table and its
-- indexes twice their size meanwhile (and CLUSTER in the same transaction
-- must keep them too).
CREATE TEMP TABLE read_candidates_filled ON COMMIT DROP AS
SELECT rc.plate_id, rc.read_id, rc.confidence, r.plate_id AS read_plate_id, r.captured_at
  FROM alpr.read_candidates rc JOIN alpr.reads r ON r.id = rc.read_id;
TRUNCATE alpr.read_candidates;
INSERT INTO alpr.read_candidates(plate_id, read_id, confidence, read_plate_id, captured_at)
SELECT * FROM read_candidates_filled ORDER BY plate_id, read_id;
ALTER TABLE alpr.read_candidates ALTER COLUMN read_plate_id SET NOT NULL,
                                 ALTER COLUMN captured_at SET NOT NULL;

CREATE FUNCTION alpr.read_candidate_of() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    SELECT r.plate_id, r.captured_at INTO NEW.read_plate_id, NEW.captured_at
      FROM alpr.reads r WHERE r.id = NEW.read_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'read % is not stored', NEW.read_id USING ERRCODE = '23503';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER read_candidates_of_read BEFORE INSERT ON alpr.read_candidates
    FOR EACH ROW EXECUTE FUNCTION alpr.read_candidate_of();
CREATE FUNCTION alpr.read_candidate_kept() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'an alternative reading keeps the plate and time of its read'
        USING ERRCODE = 'AL403';
END $$;
CREATE TRIGGER read_candidates_copy_kept BEFORE UPDATE OF read_plate_id, captured_at
    ON alpr.read_candidates FOR EACH ROW
    WHEN (old.read_plate_id IS DISTINCT FROM new.read_plate_id
          OR old.captured_at IS DISTINCT FROM new.captured_at)
    EXECUTE FUNCTION alpr.read_candidate_kept();

CREATE FUNCTION alpr.read_time_kept() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the capture time of a read is what the camera recorded; it is not changed'
        USING ERRCODE = 'AL403';
END $$;
CREATE TRIGGER reads_time_kept BEFORE UPDATE OF captured_at ON alpr.reads
    FOR EACH ROW WHEN (old.captured_at IS DISTINCT FROM new.captured_at)
    EXECUTE FUNCTION alpr.read_time_kept();

-- --------------------------------- the starts and ends of alternative readings

-- The reads that an alternative reading gives a start or an end of one or
-- two characters their own plate does not have, counted in the tables of
-- migration 17 under the end with a tilde before it ("~^8": the reads not
-- of a plate starting with 8, with an alternative reading that does). A
-- read is counted once for each such start or end, however many of its
-- alternative readings have it: so a pattern that is one start or end
-- ("8*", "*9") is counted from here; one of several ("7[A-C]*") is not,
-- since a read may have two of them.
--
-- Kept by each statement that stores or deletes alternative readings:
-- what it adds or takes away is a start or end of a read that no other of
-- the read's alternative readings has (changed: the statement's rows).
CREATE FUNCTION alpr.count_candidate_ends() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v_sign integer := CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END;
BEGIN
    INSERT INTO alpr.plate_end_changes(plate_end, reads)
    SELECT '~' || x.e, v_sign * count(*)
      FROM (SELECT DISTINCT c.read_id, e
              FROM changed c JOIN alpr.plates p ON p.id = c.plate_id
              JOIN alpr.plates own ON own.id = c.read_plate_id,
                   unnest(alpr.plate_ends(p.plate)) e
             WHERE e <> ALL (alpr.plate_ends(own.plate))) x
     WHERE NOT EXISTS (SELECT 1 FROM alpr.read_candidates o JOIN alpr.plates op ON op.id = o.plate_id
                        WHERE o.read_id = x.read_id AND x.e = ANY (alpr.plate_ends(op.plate))
                          AND NOT EXISTS (SELECT 1 FROM changed c
                                           WHERE c.read_id = o.read_id AND c.plate_id = o.plate_id))
     GROUP BY x.e;
    RETURN NULL;
END $$;
CREATE TRIGGER read_candidates_counted_in AFTER INSERT ON alpr.read_candidates
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
    EXECUTE FUNCTION alpr.count_candidate_ends();
CREATE TRIGGER read_candidates_counted_out AFTER DELETE ON alpr.read_candidates
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT
    EXECUTE FUNCTION alpr.count_candidate_ends();

-- Migration 17's, which now counts the alternative readings' too.
CREATE OR REPLACE FUNCTION alpr.recount_plate_ends() RETURNS void
LANGUAGE sql AS $$
    DELETE FROM alpr.plate_end_changes;
    DELETE FROM alpr.plate_end_reads;
    INSERT INTO alpr.plate_end_reads(plate_end, reads)
    SELECT e, sum(p.reads) FROM alpr.plates p, unnest(alpr.plate_ends(p.plate)) e GROUP BY e;
    INSERT INTO alpr.plate_end_reads(plate_end, reads)
    SELECT '~' || e, count(*)
      FROM (SELECT DISTINCT rc.read_id, e
              FROM alpr.read_candidates rc JOIN alpr.plates p ON p.id = rc.plate_id
              JOIN alpr.plates own ON own.id = rc.read_plate_id,
                   unnest(alpr.plate_ends(p.plate)) e
             WHERE e <> ALL (alpr.plate_ends(own.plate))) x
     GROUP BY e;
$$;
SELECT alpr.recount_plate_ends();

-- ---------------------------------------------------------------- the search

-- Migration 17's, run without the JIT, which takes an alternative reading's
-- read plate and time from the alternative reading itself, and counts the
-- alternative readings of a broad start or end from their counts.
CREATE OR REPLACE FUNCTION alpr_api.search(p_case text, p_purpose text, p_query jsonb, p_note text)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp
SET max_parallel_workers_per_gather = 0 SET jit = off AS $$
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
    -- The same filters on an alternative reading rc: its time is its read's.
    v_rc_where text;
    v_any text;
    v_tags text;
    v_plates text;
    v_ends text[];
    v_bound timestamptz;
    v_more integer;
    v_pass integer;
    v_recent boolean;
    v_probes numeric;
    -- Why a plate matched, by rank: how the workstation orders its hits.
    v_reasons constant text[] := ARRAY['exact', 'pattern', 'misread', 'candidate', 'edit'];
    v_plan jsonb;
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
    IF to_regclass('pg_temp.matching_plates') IS NULL THEN
        -- (No key: each plate is in it once. The planner is given the
        -- number of plates per rank, from a small sample.)
        CREATE TEMP TABLE matching_plates (
            id bigint, plate text, reads bigint, seen timestamptz, reason text, rank integer,
            cost integer
        ) ON COMMIT DELETE ROWS;
        ALTER TABLE matching_plates ALTER COLUMN id SET STATISTICS 10,
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
    DELETE FROM pg_temp.matching_plates;
    DELETE FROM pg_temp.matched;
    DELETE FROM pg_temp.alternative;
    v_any := coalesce(v_mis, v_re);
    v_tags := alpr.plate_tag_filter(v_any);
    -- The plates' condition (and the ends that are the whole pattern).
    SELECT f.cond, f.ends INTO v_plates, v_ends FROM alpr.plate_filter(v_any) f;
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
    v_rc_where := concat_ws(' AND ', 'true',
        CASE WHEN v_from IS NOT NULL THEN format('rc.captured_at >= %L::timestamptz', v_from) END,
        CASE WHEN v_to IS NOT NULL THEN format('rc.captured_at < %L::timestamptz', v_to) END,
        CASE WHEN NOT v_time_only
             THEN format('EXISTS (SELECT 1 FROM alpr.reads r WHERE r.id = rc.read_id'
                         ' AND r.captured_at = rc.captured_at AND %s)', v_where) END);
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
        -- (A pattern made of a start or an end: from their counts.)
        IF v_where = 'true' AND v_ends IS NOT NULL THEN
            v_count := (SELECT coalesce(sum(reads), 0)
                          FROM (SELECT reads FROM alpr.plate_end_reads WHERE plate_end = ANY (v_ends)
                                UNION ALL
                                SELECT reads FROM alpr.plate_end_changes
                                 WHERE plate_end = ANY (v_ends)) x);
        ELSIF v_where = 'true' THEN
            EXECUTE format('SELECT coalesce(sum(p.reads), 0) FROM alpr.plates p WHERE %s',
                           v_plates) INTO v_count;
        ELSE
            EXECUTE format('SELECT count(*) FROM alpr.reads r JOIN alpr.plates p'
                           ' ON p.id = r.plate_id WHERE %s AND %s',
                           v_plates, v_where) INTO v_count;
        END IF;
        -- (The reads whose alternative reading only matches: of one start or
        -- end, from its count; else one by one, with their own plates.)
        IF v_candidates AND v_where = 'true' AND cardinality(v_ends) = 1 THEN
            v_count := v_count
                       + (SELECT coalesce(sum(reads), 0)
                            FROM (SELECT reads FROM alpr.plate_end_reads
                                   WHERE plate_end = '~' || v_ends[1]
                                  UNION ALL
                                  SELECT reads FROM alpr.plate_end_changes
                                   WHERE plate_end = '~' || v_ends[1]) x);
        ELSIF v_candidates THEN
            EXECUTE format('SELECT count(DISTINCT rc.read_id) FROM alpr.plates p'
                           '   JOIN alpr.read_candidates rc ON rc.plate_id = p.id'
                           '   JOIN alpr.plates own ON own.id = rc.read_plate_id'
                           '  WHERE %s AND own.plate !~ $1 AND %s',
                           v_plates, v_rc_where) INTO v_rows USING v_any;
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
        -- An alternative reading ranks below every plain match: the newest
        -- of those reads fill what room the plain matches left (a time range
        -- with few of them, or plates only alternative readings have).
        IF v_candidates AND v_room > 0 THEN
            EXECUTE format('INSERT INTO pg_temp.matched(read_id, captured_at, reason, rank, cost,'
                           ' reading) SELECT rc.read_id, max(rc.captured_at), ''candidate'', 3, 0,'
                           '        min(p.plate)'
                           '   FROM alpr.plates p JOIN alpr.read_candidates rc ON rc.plate_id = p.id'
                           '   JOIN alpr.plates own ON own.id = rc.read_plate_id'
                           '  WHERE %s AND own.plate !~ $1 AND %s GROUP BY rc.read_id'
                           '  ORDER BY 2 DESC, 1 DESC LIMIT %s',
                           v_plates, v_rc_where, v_room) USING v_any;
        END IF;
    ELSE
        -- The plates that match, with why, as the workstation ranks them:
        -- exact, pattern, misread, an alternative reading, a near miss.
        EXECUTE format('INSERT INTO pg_temp.matching_plates(id, plate, reads, seen, reason, rank,'
                       '                                    cost)'
                       ' SELECT id, plate, reads, newest, reason, array_position($4, reason) - 1,'
                       '        CASE WHEN reason = ''edit'' THEN alpr.levenshtein(plate, $1) ELSE 0 END'
                       '   FROM (SELECT id, plate, reads, newest,'
                       '                CASE WHEN plate = $1 THEN ''exact'''
                       '                     WHEN $6 OR plate ~ $2 THEN ''pattern'''
                       '                     WHEN $3 IS NOT NULL AND plate ~ $3 THEN ''misread'''
                       '                     ELSE ''edit'' END AS reason'
                       '           FROM (SELECT p.id, p.plate, p.reads, p.newest FROM alpr.plates p'
                       '                  WHERE %s%s) x) y',
                       v_plates,
                       CASE WHEN v_exact IS NOT NULL AND v_edits > 0
                            THEN format(' UNION SELECT p.id, p.plate, p.reads, p.newest'
                                        ' FROM alpr.plates p'
                                        ' WHERE %s AND alpr.levenshtein(p.plate, $1) <= $5',
                                        alpr.plate_edit_filter(v_exact, v_edits)) ELSE '' END)
            -- ($6: every plate found matches the pattern, none is only a
            -- misread or a near miss.)
            USING v_exact, v_re, v_mis, v_reasons, v_edits,
                  v_mis IS NULL AND NOT (v_exact IS NOT NULL AND v_edits > 0);
        -- Only what the planner needs of them: how many, and by rank.
        ANALYZE pg_temp.matching_plates (id, rank, cost);
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
        --    Not every plate: first the plates with the newest reads, until
        --    their reads would fill the answer; then only the plates whose
        --    newest read is not older than the oldest read so kept. When the
        --    reads are spread in time, that is about twice as many plates as
        --    the answer's reads over the plates' reads each, whatever the
        --    pattern's number of plates ("*123": 2,562 plates, 330 probed).
        IF v_where = 'true' THEN
            v_count := (SELECT coalesce(sum(reads), 0) FROM pg_temp.matching_plates);
        ELSE
            -- (Not the plates with no read since the range's start.)
            EXECUTE format('SELECT count(*) FROM pg_temp.matching_plates m JOIN alpr.reads r'
                           ' ON r.plate_id = m.id WHERE m.reads > 0'
                           ' AND ($1::timestamptz IS NULL OR m.seen IS NULL OR m.seen >= $1)'
                           ' AND %s', v_where) INTO v_count USING v_from;
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
        FOR g IN SELECT rank, cost, count(*) AS plates, sum(reads) AS reads, max(seen) AS seen
                   FROM pg_temp.matching_plates GROUP BY rank, cost ORDER BY rank, cost LOOP
            EXIT WHEN v_room <= 0;
            -- Only a time range filters, and its end leaves none of the
            -- rank's reads out: the plates with the newest reads have the
            -- newest reads in the range, and few need a probe.
            v_recent := v_time_only AND (v_to IS NULL OR g.seen IS NULL OR v_to > g.seen);
            v_probes := CASE WHEN v_recent THEN least(g.plates, 2 * v_room) ELSE g.plates END;
            IF v_time_only AND g.reads > 0 AND g.plates <= v_hashable
               AND v_room * v_stored / g.reads <= v_walk * v_probes * v_months THEN
                EXECUTE format('INSERT INTO pg_temp.matched(read_id, captured_at, reason, rank,'
                               ' cost, reading) SELECT x.id, x.captured_at, %L, %s, %s, p.plate'
                               '   FROM (SELECT r.id, r.captured_at, r.plate_id FROM alpr.reads r'
                               '          WHERE (r.plate_id IN (SELECT m.id FROM pg_temp.matching_plates m'
                               '                                 WHERE m.rank = %2$s AND m.cost = %3$s))'
                               '                IS TRUE AND %4$s'
                               '          ORDER BY r.captured_at DESC, r.id DESC LIMIT %5$s) x'
                               '   JOIN alpr.plates p ON p.id = x.plate_id',
                               v_reasons[g.rank + 1],
                               g.rank, g.cost, v_where, v_room);
                GET DIAGNOSTICS v_rows = ROW_COUNT;
            ELSIF v_recent OR g.plates * v_months <= 20000 THEN
                -- Each plate's newest read is at its bound (unless purged):
                -- the rank's room-th newest read is no older than the
                -- room-th newest bound, and only plates bound no earlier can
                -- have reads as new. Those reads first; the older ones of
                -- every plate only if they were too few.
                v_bound := CASE WHEN v_recent
                                THEN (SELECT m.seen FROM pg_temp.matching_plates m
                                       WHERE m.rank = g.rank AND m.cost = g.cost AND m.reads > 0
                                         AND m.seen >= coalesce(v_from, m.seen)
                                       ORDER BY m.seen DESC LIMIT 1 OFFSET v_room - 1) END;
                v_rows := 0;
                FOR v_pass IN 1 .. CASE WHEN v_bound IS NULL THEN 1 ELSE 2 END LOOP
                    EXIT WHEN v_rows >= v_room;
                    EXECUTE format('INSERT INTO pg_temp.matched(read_id, captured_at, reason, rank,'
                                   ' cost, reading) SELECT x.id, x.captured_at, m.reason, m.rank,'
                                   ' m.cost, m.plate FROM pg_temp.matching_plates m CROSS JOIN LATERAL'
                                   ' (SELECT r.id, r.captured_at FROM alpr.reads r'
                                   '   WHERE r.plate_id = m.id AND %s AND %s'
                                   '   ORDER BY r.captured_at DESC, r.id DESC LIMIT %s) x'
                                   '  WHERE m.rank = %s AND m.cost = %s AND m.reads > 0'
                                   '    AND (m.seen IS NULL OR m.seen >= %s)'
                                   '  ORDER BY x.captured_at DESC, x.id DESC LIMIT %3$s',
                                   v_where,
                                   CASE WHEN v_bound IS NULL THEN 'true'
                                        WHEN v_pass = 1 THEN format('r.captured_at >= %L', v_bound)
                                        ELSE format('r.captured_at < %L', v_bound) END,
                                   v_room - v_rows, g.rank, g.cost,
                                   CASE WHEN v_pass = 1 AND v_bound IS NOT NULL
                                        THEN format('%L', v_bound)
                                        WHEN v_from IS NOT NULL THEN format('%L', v_from)
                                        ELSE 'm.seen' END);
                    GET DIAGNOSTICS v_more = ROW_COUNT;
                    v_rows := v_rows + v_more;
                END LOOP;
            ELSE
                EXECUTE format('INSERT INTO pg_temp.matched(read_id, captured_at, reason, rank,'
                               ' cost, reading) SELECT r.id, r.captured_at, m.reason, m.rank,'
                               ' m.cost, m.plate'
                               '   FROM alpr.reads r JOIN pg_temp.matching_plates m ON m.id = r.plate_id'
                               '  WHERE m.rank = %s AND m.cost = %s AND %s'
                               '  ORDER BY r.captured_at DESC, r.id DESC LIMIT %s',
                               g.rank, g.cost, v_where, v_room);
                GET DIAGNOSTICS v_rows = ROW_COUNT;
            END IF;
            v_room := v_room - v_rows;
        END LOOP;
        -- The reads whose alternative readings match (as a pattern or a
        -- misread), unless their plate matched better: those not matched at
        -- all add to the count, and all of them may enter the first v_limit
        -- (a read matched as a near miss moves up as an alternative reading).
        -- Plate by plate: the planner, left to choose, read every
        -- alternative reading (0.9 s for 4,400 plates at 1,000,000 reads,
        -- against 40 ms). The read is looked up only for filters other than
        -- time. The plates are looked up in hash tables made once (NOT IN).
        IF v_candidates THEN
            EXECUTE format('INSERT INTO pg_temp.alternative(read_id, captured_at, reading, counted)'
                           ' SELECT DISTINCT ON (rc.read_id) rc.read_id, rc.captured_at, m.plate,'
                           '        rc.read_plate_id NOT IN (SELECT d.id FROM pg_temp.matching_plates d)'
                           '   FROM pg_temp.matching_plates m'
                           '  CROSS JOIN LATERAL (SELECT rc.read_id, rc.captured_at, rc.read_plate_id'
                           '                        FROM alpr.read_candidates rc'
                           '                       WHERE rc.plate_id = m.id AND %s OFFSET 0) rc'
                           '  WHERE m.rank <= 2'
                           '    AND rc.read_plate_id NOT IN (SELECT d.id FROM pg_temp.matching_plates d'
                           '                                  WHERE d.rank < 3)'
                           '  ORDER BY rc.read_id, m.plate', v_rc_where);
            v_count := v_count + (SELECT count(*) FROM pg_temp.alternative WHERE counted);
            -- (Only the newest v_limit can be among the first v_limit: if
            -- there are more, no near miss below them is either.)
            INSERT INTO pg_temp.matched AS x(read_id, captured_at, reason, rank, cost, reading)
            SELECT read_id, captured_at, 'candidate', 3, 0, reading FROM pg_temp.alternative
             ORDER BY captured_at DESC, read_id DESC LIMIT v_limit
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
