-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ALPR Workstation developers
--
-- Department store, migration 19: the store check (README, "Checking the
-- department store"). A search counts broad patterns from what is kept
-- beside the reads (each plate's count of reads and newest capture time,
-- migration 17; the counts of starts and ends, migrations 17 and 18) and
-- takes an alternative reading's plate and time from its own copy
-- (migration 18). Triggers keep them; a superuser who turns the triggers off
-- or edits a count changes what searches report, and the trail cannot see
-- it. The check recounts all of them from the reads, as the file store's
-- "store check" reads every table, and records what it found.

-- The reads of each start and end, counted from the plates' counts and the
-- alternative readings (migrations 17 and 18): what alpr.recount_plate_ends
-- keeps and the check compares, said once.
CREATE FUNCTION alpr.plate_ends_recounted(OUT plate_end text, OUT reads bigint)
RETURNS SETOF record
LANGUAGE sql STABLE AS $$
    SELECT e, sum(p.reads)::bigint FROM alpr.plates p, unnest(alpr.plate_ends(p.plate)) e GROUP BY e
    UNION ALL
    SELECT '~' || e, count(*)
      FROM (SELECT DISTINCT rc.read_id, e
              FROM alpr.read_candidates rc JOIN alpr.plates p ON p.id = rc.plate_id
              JOIN alpr.plates own ON own.id = rc.read_plate_id,
                   unnest(alpr.plate_ends(p.plate)) e
             WHERE e <> ALL (alpr.plate_ends(own.plate))) x
     GROUP BY e
$$;

CREATE OR REPLACE FUNCTION alpr.recount_plate_ends() RETURNS void
LANGUAGE sql AS $$
    DELETE FROM alpr.plate_end_changes;
    DELETE FROM alpr.plate_end_reads;
    INSERT INTO alpr.plate_end_reads(plate_end, reads)
    SELECT plate_end, reads FROM alpr.plate_ends_recounted();
$$;

-- The differences between what is kept and a recount from the reads, each
-- counted in one statement (one snapshot, so that reads stored meanwhile,
-- with their counts in the same transaction, never show as a difference):
--  - plates: whose count of reads is not their reads', or whose newest
--    capture time is before their newest read's (a search would pass over
--    the read);
--  - ends: starts and ends whose count, with its changes not yet folded,
--    is not a recount's, alternative readings' (under "~") included (from
--    their copies of their read's plate, which the next check compares);
--  - copies: alternative readings whose read is gone or whose copy of its
--    plate or capture time is not the read's.
-- Counts only: what differs names plates, which a maintenance account may
-- not see.
CREATE FUNCTION alpr.store_differences() RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    v_plates bigint;
    v_ends bigint;
    v_copies bigint;
BEGIN
    SELECT count(*) INTO v_plates
      FROM alpr.plates p
      LEFT JOIN (SELECT plate_id, count(*) AS n, max(captured_at) AS newest
                   FROM alpr.reads GROUP BY plate_id) r ON r.plate_id = p.id
     WHERE p.reads <> coalesce(r.n, 0)
        OR r.newest IS NOT NULL AND (p.newest IS NULL OR p.newest < r.newest);
    SELECT count(*) INTO v_ends
      FROM alpr.plate_ends_recounted() recounted
      FULL JOIN (SELECT plate_end, sum(reads) AS reads
                   FROM (SELECT plate_end, reads FROM alpr.plate_end_reads
                         UNION ALL
                         SELECT plate_end, reads FROM alpr.plate_end_changes) x
                  GROUP BY plate_end) kept ON kept.plate_end = recounted.plate_end
     WHERE coalesce(kept.reads, 0) <> coalesce(recounted.reads, 0);
    SELECT count(*) INTO v_copies
      FROM alpr.read_candidates rc LEFT JOIN alpr.reads r ON r.id = rc.read_id
     WHERE r.id IS NULL OR rc.read_plate_id IS DISTINCT FROM r.plate_id
        OR rc.captured_at IS DISTINCT FROM r.captured_at;
    RETURN jsonb_build_object('plates', v_plates, 'ends', v_ends, 'copies', v_copies);
END $$;

-- Administrators and the maintenance account (maintain-store): the
-- differences, recorded as "store-check" (a failure when any is found).
-- With p_mend, what can be recounted from the reads is: the plates' counts
-- and newest times, and the starts' and ends' counts; the reads and their
-- alternative readings are locked against change meanwhile (writers wait,
-- searches do not), and the check is made again. An alternative reading
-- whose copy differs is not mended: that is a rewrite of stored reads, for
-- the superuser to look into; the check keeps failing until it is.
CREATE FUNCTION alpr_api.store_check(p_mend boolean) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp
SET max_parallel_workers_per_gather = 0 SET jit = off AS $$
DECLARE
    refusal jsonb := alpr.require('maintain-store', 'store');
    v_found jsonb;
    v_after jsonb;
    v_mended boolean := false;
    v_sound boolean;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    v_found := alpr.store_differences();
    v_after := v_found;
    IF coalesce(p_mend, false)
       AND ((v_found->>'plates')::bigint > 0 OR (v_found->>'ends')::bigint > 0) THEN
        LOCK TABLE alpr.reads, alpr.read_candidates IN SHARE MODE;
        UPDATE alpr.plates p
           SET reads = coalesce(r.n, 0), newest = greatest(p.newest, r.newest)
          FROM alpr.plates q
          LEFT JOIN (SELECT plate_id, count(*) AS n, max(captured_at) AS newest
                       FROM alpr.reads GROUP BY plate_id) r ON r.plate_id = q.id
         WHERE p.id = q.id
           AND (q.reads <> coalesce(r.n, 0)
                OR r.newest IS NOT NULL AND (q.newest IS NULL OR q.newest < r.newest));
        PERFORM alpr.recount_plate_ends();
        v_mended := true;
        v_after := alpr.store_differences();
    END IF;
    v_sound := (v_after->>'plates')::bigint = 0 AND (v_after->>'ends')::bigint = 0
               AND (v_after->>'copies')::bigint = 0;
    PERFORM alpr.append_event((alpr.me()).username, alpr.my_workstation(), 'store-check',
                              'store',
                              jsonb_build_object('found', v_found, 'mended', v_mended,
                                                 'after', v_after),
                              CASE WHEN v_sound THEN 'success' ELSE 'failure' END);
    RETURN jsonb_build_object('found', v_found, 'mended', v_mended, 'after', v_after);
END $$;
