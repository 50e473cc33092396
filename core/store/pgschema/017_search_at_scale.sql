-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ALPR Workstation developers
--
-- Department store, migration 17: what a search still paid for at
-- 10,000,000 reads beyond its answer (README, "Migration 17: searches at
-- 10,000,000 reads").
--  - Each of the up to 500 reads a search keeps was checked against its
--    search by the foreign key, one lookup a row: 10 ms of every search.
--    A check by statement keeps the same rule.
--  - A pattern's fixed start or end of two characters or more ("7AB*",
--    "*123", "7[A-C]*") was looked up as three or more of the plate index's
--    tags, whose lists of plates were intersected: 24 ms for "*123",
--    whatever its answer. It is now a range of plates_prefix, or of a new
--    index of the plates written backwards.
--  - A broad pattern of one or two fixed characters at the start or the end
--    ("8*", "*9") was counted plate by plate: 180 ms for the 337,000 plates
--    of "8*". The reads of each such start and end are now counted as reads
--    are stored and deleted.
--  - The newest reads of a few thousand plates were found by a probe of
--    every plate. Each plate now keeps a time no read of it is later than:
--    only the plates whose newest read can be among the answer are probed.

-- Migration 2's foreign key from the reads a search returned to their
-- search, kept by statement instead of by row: every read names the search
-- the same statement just recorded.
ALTER TABLE alpr.search_reads DROP CONSTRAINT search_reads_search_id_fkey;
CREATE FUNCTION alpr.search_named() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v_missing bigint;
BEGIN
    -- (The locking clause, as the key's: the search stays until this commits.)
    SELECT c.search_id INTO v_missing FROM (SELECT DISTINCT search_id FROM changed) c
     WHERE NOT EXISTS (SELECT 1 FROM alpr.searches s WHERE s.id = c.search_id FOR KEY SHARE)
     LIMIT 1;
    IF v_missing IS NOT NULL THEN
        RAISE EXCEPTION 'insert into alpr.search_reads names search %, which is not recorded',
                        v_missing USING ERRCODE = '23503';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER search_reads_search_named AFTER INSERT ON alpr.search_reads
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION alpr.search_named();
CREATE FUNCTION alpr.search_unnamed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v_named bigint;
BEGIN
    SELECT c.id INTO v_named FROM changed c
     WHERE EXISTS (SELECT 1 FROM alpr.search_reads sr WHERE sr.search_id = c.id) LIMIT 1;
    IF v_named IS NOT NULL THEN
        RAISE EXCEPTION 'search % still has the reads it returned', v_named USING ERRCODE = '23503';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER searches_unnamed AFTER DELETE ON alpr.searches
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION alpr.search_unnamed();
CREATE FUNCTION alpr.search_id_kept() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a search''s id, and the search a returned read belongs to, are not changed;'
                    ' and searches are not truncated' USING ERRCODE = 'AL403';
END $$;
CREATE TRIGGER searches_id_kept BEFORE UPDATE OF id ON alpr.searches
    FOR EACH ROW WHEN (old.id IS DISTINCT FROM new.id) EXECUTE FUNCTION alpr.search_id_kept();
CREATE TRIGGER searches_not_truncated BEFORE TRUNCATE ON alpr.searches
    FOR EACH STATEMENT EXECUTE FUNCTION alpr.search_id_kept();
CREATE TRIGGER search_reads_search_kept BEFORE UPDATE OF search_id ON alpr.search_reads
    FOR EACH ROW WHEN (old.search_id IS DISTINCT FROM new.search_id)
    EXECUTE FUNCTION alpr.search_id_kept();

-- No read of a plate was captured later than this (NULL: none stored yet).
-- Set as reads are stored; the purge deletes the oldest reads and leaves it.
-- Filled here while the plates' table and its indexes are written anew (one
-- probe of the plate-and-time index per plate and month): an UPDATE of every
-- plate took 5 minutes at 10,000,000 reads and left the indexes twice their
-- size, each new row version needing its own entries (21 in the tag index).
ALTER TABLE alpr.plates ADD COLUMN newest timestamptz;
COMMENT ON COLUMN alpr.plates.newest IS
    'No read of the plate is later than this (set as reads are stored; NULL: none yet)';
CREATE FUNCTION alpr.plate_newest_of(p_plate bigint) RETURNS timestamptz
LANGUAGE sql STABLE AS $$
    SELECT max(captured_at) FROM alpr.reads WHERE plate_id = p_plate
$$;
ALTER TABLE alpr.plates ALTER COLUMN newest TYPE timestamptz USING alpr.plate_newest_of(id);
DROP FUNCTION alpr.plate_newest_of(bigint);

-- A pattern's fixed end, as a range: the plates written backwards.
CREATE INDEX plates_suffix ON alpr.plates (reverse(plate) text_pattern_ops);

-- The reads of the plates that start or end with one or two given
-- characters ("^8", "^7A", "9$", "19$"): a broad pattern made only of such
-- ends ("8*", "*9", "7[A-C]*") is counted from here, not plate by plate
-- (180 ms for the 337,000 plates of "8*" at 10,000,000 reads). Each statement
-- that stores or deletes reads adds its changes as rows of their own
-- (alpr.plate_end_changes), so that imports never wait for each other on
-- a count; they are folded into the counts from time to time
-- (alpr.fold_plate_ends). A count is the sum of both, read in one snapshot.
CREATE FUNCTION alpr.plate_ends(p_plate text) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY['^' || left(p_plate, 1), right(p_plate, 1) || '$']
           || CASE WHEN length(p_plate) >= 2
                   THEN ARRAY['^' || left(p_plate, 2), right(p_plate, 2) || '$'] ELSE '{}' END
$$;
CREATE TABLE alpr.plate_end_reads (
    plate_end text PRIMARY KEY,
    reads bigint NOT NULL
);
CREATE TABLE alpr.plate_end_changes (
    plate_end text NOT NULL,
    reads bigint NOT NULL
);
CREATE INDEX plate_end_changes_end ON alpr.plate_end_changes(plate_end);
-- The counts again from the plates' own: here, and after 'pg migrate' has
-- copied plates that come with their counts (the count trigger is off for
-- the copy of their reads). Not while reads are being stored.
CREATE FUNCTION alpr.recount_plate_ends() RETURNS void
LANGUAGE sql AS $$
    DELETE FROM alpr.plate_end_changes;
    DELETE FROM alpr.plate_end_reads;
    INSERT INTO alpr.plate_end_reads(plate_end, reads)
    SELECT e, sum(p.reads) FROM alpr.plates p, unnest(alpr.plate_ends(p.plate)) e GROUP BY e;
$$;
SELECT alpr.recount_plate_ends();

-- Moves the changes into the counts. Only one statement at a time does it;
-- another does not wait and leaves it to the next. So does a transaction
-- that keeps one snapshot (repeatable read, serializable): changes that a
-- fold committed since would be its to delete again, and its import would
-- fail with a serialization error.
CREATE FUNCTION alpr.fold_plate_ends() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('transaction_isolation') <> 'read committed'
       OR NOT pg_try_advisory_xact_lock(hashtext('alpr.fold_plate_ends')) THEN
        RETURN;
    END IF;
    WITH moved AS (DELETE FROM alpr.plate_end_changes RETURNING plate_end, reads),
         summed AS (SELECT plate_end, sum(reads) AS reads FROM moved GROUP BY plate_end),
         updated AS (UPDATE alpr.plate_end_reads e SET reads = e.reads + s.reads
                       FROM summed s WHERE e.plate_end = s.plate_end RETURNING e.plate_end)
    INSERT INTO alpr.plate_end_reads(plate_end, reads)
    SELECT s.plate_end, s.reads FROM summed s
     WHERE s.plate_end NOT IN (SELECT plate_end FROM updated);
END $$;

-- Migration 2's, which now keeps the bound above and the ends' counts too.
CREATE OR REPLACE FUNCTION alpr.count_plate_reads() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v_sign integer := CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END;
BEGIN
    PERFORM 1 FROM alpr.plates WHERE id IN (SELECT plate_id FROM changed) ORDER BY id FOR UPDATE;
    WITH counted AS (
        UPDATE alpr.plates p
           SET reads = p.reads + v_sign * d.n,
               newest = CASE WHEN v_sign > 0 THEN greatest(p.newest, d.newest) ELSE p.newest END
          FROM (SELECT plate_id, count(*) AS n, max(captured_at) AS newest
                  FROM changed GROUP BY plate_id) d
         WHERE p.id = d.plate_id
        RETURNING p.plate, d.n)
    INSERT INTO alpr.plate_end_changes(plate_end, reads)
    SELECT e, v_sign * sum(c.n) FROM counted c, unnest(alpr.plate_ends(c.plate)) e GROUP BY e;
    -- (About one statement in a hundred folds the changes: a few hundred
    -- rows each time under a steady feed.)
    IF random() < 0.01 THEN
        PERFORM alpr.fold_plate_ends();
    END IF;
    RETURN NULL;
END $$;

-- The condition on alpr.plates p for the plates an anchored expression of
-- alpr.pattern_regex matches, the cheapest of three (measured at
-- 10,000,000 reads; README, "Migration 17"):
--  - its fixed start of two characters or more, as a range of plates_prefix
--    for each way of writing it (its sets; at most 12 ranges);
--  - else its fixed end, likewise, of plates_suffix (the plates backwards);
--  - else the plate index's tags (alpr.plate_tag_filter).
-- And the expression itself, unless that says just as much: a pattern that is
-- only a start or only an end ("7AB*", "*123", "7[A-C]*", "8*"), or two
-- neighbours anywhere ("*AB*"). The expression costs more than a
-- microsecond a plate: three quarters of counting "8*" when it was checked
-- too. It is checked on (p.plate || ''), which no index has: given the plate
-- itself, the planner took the expression's own fixed start for the range to
-- read, "F" for a misread of "FZS2840" (24,000 plates, against 7 in the
-- eight ranges of "F[2Z][5S][2Z]").
-- "ends" names the start or end of one or two characters that is the whole
-- pattern ("8*": ^8; "*1[23]": 12$ and 13$), whose reads alpr.plate_end_reads
-- counts; NULL for any other pattern.
CREATE FUNCTION alpr.plate_filter(p_re text, OUT cond text, OUT ends text[])
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    -- each: a character, a set ("[ABC]"), any character (".") or a run (".*")
    toks text[] := ARRAY(SELECT m[1] FROM regexp_matches(substr(p_re, 2, length(p_re) - 2),
                                                         '(\.\*|\.|\[[A-Z0-9]+\]|[A-Z0-9])', 'g') m);
    n integer := cardinality(toks);
    heads text[] := ARRAY[''];
    tails text[] := ARRAY[''];
    nh integer := 0; -- the characters that make the start
    nt integer := 0;
    members text;
    exact boolean;
BEGIN
    FOR k IN 1 .. n LOOP
        members := btrim(toks[k], '[]');
        EXIT WHEN toks[k] IN ('.', '.*') OR cardinality(heads) * length(members) > 12;
        heads := ARRAY(SELECT h || substr(members, m, 1)
                         FROM unnest(heads) h, generate_series(1, length(members)) m);
        nh := k;
    END LOOP;
    FOR k IN REVERSE n .. 1 LOOP
        members := btrim(toks[k], '[]');
        EXIT WHEN toks[k] IN ('.', '.*') OR cardinality(tails) * length(members) > 12;
        tails := ARRAY(SELECT substr(members, m, 1) || t
                         FROM unnest(tails) t, generate_series(1, length(members)) m);
        nt := n - k + 1;
    END LOOP;
    IF nh >= greatest(2, nt) THEN
        cond := (SELECT string_agg(format('p.plate LIKE %L', h || '%'), ' OR ')
                   FROM unnest(heads) h);
        exact := nh = n - 1 AND toks[n] = '.*';
    ELSIF nt >= 2 THEN
        cond := (SELECT string_agg(format('reverse(p.plate) LIKE %L', reverse(t) || '%'), ' OR ')
                   FROM unnest(tails) t);
        exact := nt = n - 1 AND toks[1] = '.*';
    ELSE
        cond := alpr.plate_tag_filter(p_re);
        exact := p_re ~ '^\^([A-Z0-9]\.\*|\.\*[A-Z0-9]|\.\*[A-Z0-9]{2}\.\*)[$]$';
    END IF;
    cond := '(' || cond || ')' || CASE WHEN exact THEN ''
                                       ELSE format(' AND (p.plate || '''') ~ %L', p_re) END;
    IF nh BETWEEN 1 AND 2 AND nh = n - 1 AND toks[n] = '.*' THEN
        ends := ARRAY(SELECT '^' || h FROM unnest(heads) h);
    ELSIF nt BETWEEN 1 AND 2 AND nt = n - 1 AND toks[1] = '.*' THEN
        ends := ARRAY(SELECT t || '$' FROM unnest(tails) t);
    END IF;
END $$;

-- Migration 16's (planned without parallel workers, as there), which now
-- takes the plates' condition from alpr.plate_filter, counts a broad start or
-- end from alpr.plate_end_reads, and probes only the plates whose newest read
-- can be among the answer.
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
        -- Plate by plate, then read by read: the planner, left to choose,
        -- read every read and every alternative reading (0.9 s for 4,400
        -- plates at 1,000,000 reads, against 40 ms). The plates are looked
        -- up in hash tables made once (NOT IN).
        IF v_candidates THEN
            EXECUTE format('INSERT INTO pg_temp.alternative(read_id, captured_at, reading, counted)'
                           ' SELECT DISTINCT ON (r.id) r.id, r.captured_at, m.plate,'
                           '        r.plate_id NOT IN (SELECT d.id FROM pg_temp.matching_plates d)'
                           '   FROM pg_temp.matching_plates m'
                           '  CROSS JOIN LATERAL (SELECT rc.read_id FROM alpr.read_candidates rc'
                           '                       WHERE rc.plate_id = m.id OFFSET 0) rc'
                           '  CROSS JOIN LATERAL (SELECT r.id, r.captured_at, r.plate_id'
                           '                        FROM alpr.reads r'
                           '                       WHERE r.id = rc.read_id AND %s OFFSET 0) r'
                           '  WHERE m.rank <= 2'
                           '    AND r.plate_id NOT IN (SELECT d.id FROM pg_temp.matching_plates d'
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
