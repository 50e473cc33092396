-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ALPR Workstation developers
--
-- Department store, migration 9: the canvass (core/inquiry/canvass.h), "which
-- vehicles were here then, and there later?". One audited search: the server
-- checks who, the case, the purpose and the windows, finds the reads inside
-- each window, and records the search with them before any read goes out;
-- the workstation groups the answer into the plates common to the windows.

-- The great-circle distance in metres (core/common/geo.h, distanceMetres).
CREATE FUNCTION alpr.distance_metres(p_lat1 float8, p_lon1 float8, p_lat2 float8,
                                     p_lon2 float8) RETURNS float8
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT 2 * 6371008.8 * asin(least(1.0, sqrt(
               power(sin(radians(p_lat2 - p_lat1) / 2), 2)
             + cos(radians(p_lat1)) * cos(radians(p_lat2))
               * power(sin(radians(p_lon2 - p_lon1) / 2), 2))))
$$;

-- What is wrong with a canvass query (CanvassService::validate, in its
-- words), or NULL. p_query: windows (latitude, longitude, radius_m, from,
-- to) and min_windows.
CREATE FUNCTION alpr.canvass_problem(p_query jsonb) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
    v_windows jsonb := p_query->'windows';
    v_count integer;
    w jsonb;
    i integer;
    v_name text;
    v_lat float8;
    v_lon float8;
    v_radius float8;
    v_from timestamptz;
    v_to timestamptz;
    v_min integer;
BEGIN
    IF jsonb_typeof(v_windows) IS DISTINCT FROM 'array' OR jsonb_array_length(v_windows) = 0 THEN
        RETURN 'a canvass needs at least one window (a place, a radius and a time range)';
    END IF;
    v_count := jsonb_array_length(v_windows);
    IF v_count > 10 THEN
        RETURN format('a canvass takes at most 10 windows, not %s', v_count);
    END IF;
    FOR i IN 0 .. v_count - 1 LOOP
        w := v_windows->i;
        v_name := format('window %s', i + 1);
        BEGIN
            v_lat := (w->>'latitude')::float8;
            v_lon := (w->>'longitude')::float8;
            v_radius := (w->>'radius_m')::float8;
            v_from := (w->>'from')::timestamptz;
            v_to := (w->>'to')::timestamptz;
        EXCEPTION WHEN data_exception THEN
            RETURN format('%s: a latitude, longitude, radius_m, from and to are needed', v_name);
        END;
        IF v_lat IS NULL OR v_lat NOT BETWEEN -90 AND 90 OR v_lat = 'NaN' THEN
            RETURN format('%s: latitude %s is not between -90 and 90 degrees', v_name, v_lat);
        ELSIF v_lon IS NULL OR v_lon NOT BETWEEN -180 AND 180 OR v_lon = 'NaN' THEN
            RETURN format('%s: longitude %s is not between -180 and 180 degrees', v_name, v_lon);
        ELSIF v_radius IS NULL OR v_radius <= 0 OR v_radius > 50000 OR v_radius = 'NaN' THEN
            RETURN format('%s: radius %s m is not more than 0 and at most 50000 m (50 km)',
                          v_name, v_radius);
        ELSIF v_from IS NULL OR v_to IS NULL THEN
            RETURN format('%s: give both the start and the end of the time range', v_name);
        ELSIF v_from >= v_to THEN
            RETURN format('%s: the time range must start (%s) before it ends (%s)', v_name,
                          w->>'from', w->>'to');
        ELSIF v_from + interval '31 days' < v_to THEN
            RETURN format('%s: the time range %s to %s is longer than 31 days; split it into '
                          'several windows', v_name, w->>'from', w->>'to');
        END IF;
    END LOOP;
    BEGIN
        v_min := coalesce((p_query->>'min_windows')::integer, v_count);
    EXCEPTION WHEN data_exception THEN
        v_min := -1;
    END;
    IF v_min < 1 OR v_min > v_count THEN
        RETURN format('min-windows %s must be between 1 and the number of windows (%s)',
                      left(p_query->>'min_windows', 20), v_count);
    END IF;
    RETURN NULL;
END $$;

-- Detectives (canvass): the reads inside each window of p_query, recorded as
-- one search (action "canvass") under p_case and p_purpose with the count
-- per window and the number of plates common to at least min_windows of
-- them; answered, once that record has committed, with each window's read
-- ids and the reads.
CREATE FUNCTION alpr_api.canvass(p_case text, p_purpose text, p_query jsonb, p_note text)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    u alpr.users := alpr.me();
    -- A note that carries a personal identifier never reaches the trail.
    v_note_problem text := alpr.note_problem(p_note);
    v_details jsonb := alpr.inquiry_details(u, p_case, p_purpose, p_query,
                                            CASE WHEN v_note_problem IS NULL THEN p_note END);
    refusal jsonb := CASE WHEN v_note_problem IS NULL
                          THEN alpr.require('canvass', 'canvass', v_details)
                          ELSE alpr.signed_in_guard() END;
    v_reason text;
    v_count integer;
    v_min integer;
    w jsonb;
    i integer;
    v_found bigint;
    v_total bigint;
    v_common bigint;
    v_window_counts jsonb;
    v_search bigint;
    v_seq bigint;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    ELSIF v_note_problem IS NOT NULL THEN
        RETURN alpr.error('invalid', v_note_problem);
    END IF;
    v_reason := alpr.inquiry_problem(u, p_case, p_purpose);
    IF v_reason IS NOT NULL THEN
        PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'canvass', 'canvass',
                                  v_details || jsonb_build_object('reason', v_reason), 'refused');
        RETURN alpr.error('denied', v_reason);
    END IF;
    v_reason := alpr.canvass_problem(p_query);
    IF v_reason IS NOT NULL THEN
        PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'canvass', 'canvass',
                                  v_details || jsonb_build_object('reason', v_reason), 'invalid');
        RETURN alpr.error('invalid', v_reason);
    END IF;
    v_count := jsonb_array_length(p_query->'windows');
    v_min := coalesce((p_query->>'min_windows')::integer, v_count);

    CREATE TEMP TABLE IF NOT EXISTS pg_temp.canvassed (
        window_index integer, read_id bigint, PRIMARY KEY (window_index, read_id)
    ) ON COMMIT DROP;
    DELETE FROM pg_temp.canvassed;
    FOR i IN 0 .. v_count - 1 LOOP
        w := p_query->'windows'->i;
        -- By time and a band of latitude first; the exact distance decides.
        INSERT INTO pg_temp.canvassed(window_index, read_id)
        SELECT i, r.id
          FROM alpr.reads r
         WHERE r.captured_at >= (w->>'from')::timestamptz
           AND r.captured_at < (w->>'to')::timestamptz
           AND r.latitude BETWEEN (w->>'latitude')::float8
                                  - (w->>'radius_m')::float8 / (6371008.8 * pi() / 180)
                              AND (w->>'latitude')::float8
                                  + (w->>'radius_m')::float8 / (6371008.8 * pi() / 180)
           AND r.longitude IS NOT NULL
           AND alpr.distance_metres((w->>'latitude')::float8, (w->>'longitude')::float8,
                                    r.latitude, r.longitude) <= (w->>'radius_m')::float8
         LIMIT 100001;
        GET DIAGNOSTICS v_found = ROW_COUNT;
        IF v_found > 100000 THEN
            v_reason := format('window %s holds more than 100000 reads; make its radius or its '
                               'time range smaller', i + 1);
            PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'canvass', 'canvass',
                                      v_details || jsonb_build_object('reason', v_reason),
                                      'invalid');
            RETURN alpr.error('invalid', v_reason);
        END IF;
    END LOOP;
    SELECT count(DISTINCT read_id) INTO v_total FROM pg_temp.canvassed;
    SELECT jsonb_agg((SELECT count(*) FROM pg_temp.canvassed c WHERE c.window_index = g)
                     ORDER BY g)
      INTO v_window_counts FROM generate_series(0, v_count - 1) g;
    v_common := CASE WHEN v_count < 2 THEN 0 ELSE (
        SELECT count(*) FROM (SELECT r.plate_id FROM pg_temp.canvassed c
                                JOIN alpr.reads r ON r.id = c.read_id
                               GROUP BY r.plate_id
                              HAVING count(DISTINCT c.window_index) >= v_min) x) END;

    -- The search record and its event, before any read goes out.
    INSERT INTO alpr.searches(user_id, at, case_number, purpose, query, note, result_count,
                              audit_seq)
    VALUES (u.id, now(), p_case, p_purpose, p_query, coalesce(p_note, ''), v_total, 0)
    RETURNING id INTO v_search;
    v_seq := alpr.append_event(u.username, alpr.my_workstation(), 'canvass',
                               'search:' || v_search,
                               v_details || jsonb_build_object('result_count', v_total,
                                                               'window_counts', v_window_counts,
                                                               'common_plates', v_common),
                               'success');
    UPDATE alpr.searches SET audit_seq = v_seq WHERE id = v_search;
    INSERT INTO alpr.search_reads(search_id, read_id, position, reason, cost, reading)
    SELECT v_search, c.read_id, row_number() OVER (ORDER BY min(c.window_index), c.read_id),
           'canvass', 0, (SELECT p.plate FROM alpr.reads r JOIN alpr.plates p ON p.id = r.plate_id
                           WHERE r.id = c.read_id)
      FROM pg_temp.canvassed c GROUP BY c.read_id;
    RETURN alpr.pending('canvass', jsonb_build_object(
        'search_id', v_search,
        'windows', (SELECT jsonb_agg(coalesce((SELECT jsonb_agg(c.read_id
                                                                ORDER BY r.captured_at, r.id)
                                                 FROM pg_temp.canvassed c
                                                 JOIN alpr.reads r ON r.id = c.read_id
                                                WHERE c.window_index = g), '[]') ORDER BY g)
                      FROM generate_series(0, v_count - 1) g)));
END $$;

-- The answer to a canvass, once its record has committed: the windows' read
-- ids and every read, as the search's results.
CREATE FUNCTION alpr.canvass_answer(p_result jsonb) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT p_result || jsonb_build_object('reads', coalesce((
        SELECT jsonb_agg(alpr.read_json(r) ORDER BY r.id)
          FROM alpr.search_reads sr JOIN alpr.reads r ON r.id = sr.read_id
         WHERE sr.search_id = (p_result->>'search_id')::bigint), '[]'))
$$;
