-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ALPR Workstation developers
--
-- Department store, migration 21: the store check records what it found of
-- the store's code (README, "Checking the department store").
--
-- A superuser can redefine any function of the store: a search that leaves
-- out a plate, a trail append that records nothing. The trail cannot see
-- it, and neither could migration 19's check, which runs inside the store's
-- own functions. The workstation now reads the catalogs itself
-- (store_code.sql), compares them with what this program's migrations make
-- (store_code.txt) and hands what differs to the check, which records it
-- with the recount: the objects that were changed, are missing or were
-- added (names, never plates), at most 50 of them, and a failure when any
-- differs. What the workstation found does not depend on this function: a
-- redefined check is itself a changed function, and alprctl says so.

DROP FUNCTION alpr_api.store_check(boolean);

CREATE FUNCTION alpr_api.store_check(p_mend boolean, p_code jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp
SET max_parallel_workers_per_gather = 0 SET jit = off AS $$
DECLARE
    refusal jsonb := alpr.require('maintain-store', 'store');
    v_code jsonb;
    v_found jsonb;
    v_after jsonb;
    v_mended boolean := false;
    v_sound boolean;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    IF p_code IS NULL OR jsonb_typeof(p_code) <> 'object' OR octet_length(p_code::text) > 16384
       OR EXISTS (SELECT 1 FROM jsonb_each(p_code) e
                   WHERE e.key NOT IN ('changed', 'missing', 'added')
                      OR jsonb_typeof(e.value) <> 'array' OR jsonb_array_length(e.value) > 50) THEN
        RETURN alpr.error('invalid', 'what differs of the store''s code is given as '
                                     '{"changed": [...], "missing": [...], "added": [...]}, '
                                     'at most 50 names each');
    END IF;
    v_code := jsonb_build_object('changed', coalesce(p_code->'changed', '[]'),
                                 'missing', coalesce(p_code->'missing', '[]'),
                                 'added', coalesce(p_code->'added', '[]'));
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
               AND (v_after->>'copies')::bigint = 0
               AND jsonb_array_length(v_code->'changed') = 0
               AND jsonb_array_length(v_code->'missing') = 0
               AND jsonb_array_length(v_code->'added') = 0;
    PERFORM alpr.append_event((alpr.me()).username, alpr.my_workstation(), 'store-check',
                              'store',
                              jsonb_build_object('found', v_found, 'mended', v_mended,
                                                 'after', v_after, 'code', v_code),
                              CASE WHEN v_sound THEN 'success' ELSE 'failure' END);
    RETURN jsonb_build_object('found', v_found, 'mended', v_mended, 'after', v_after);
END $$;
