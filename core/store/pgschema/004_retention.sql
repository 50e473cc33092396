-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ALPR Workstation developers
--
-- Department store, migration 4: legal holds and the retention purge, run
-- on the server by the maintenance account (or an administrator), batch by
-- batch, each batch one transaction with its signed audit event, as on the
-- file store (core/retention/retentionpurge.cpp); the certificate has the
-- file store's shape, so the same code prints it.

CREATE TABLE alpr.legal_holds (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_number text NOT NULL,
    reason text NOT NULL,
    party text NOT NULL DEFAULT '',
    review_on date,
    placed_by text NOT NULL,
    placed_at timestamptz NOT NULL,
    released_by text,
    released_at timestamptz,
    release_note text,
    source text NOT NULL DEFAULT 'reads', -- how the reads were chosen: reads, search:12, ...
    incident text NOT NULL DEFAULT '',
    note text NOT NULL DEFAULT ''
);
CREATE TABLE alpr.legal_hold_reads (
    hold_id bigint NOT NULL REFERENCES alpr.legal_holds(id),
    read_id bigint NOT NULL,
    PRIMARY KEY (hold_id, read_id)
);
CREATE INDEX legal_hold_reads_read ON alpr.legal_hold_reads(read_id);

CREATE TABLE alpr.purge_runs (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_by text NOT NULL,
    started_at timestamptz NOT NULL,
    finished_at timestamptz,
    status text NOT NULL CHECK (status IN ('running', 'interrupted', 'finished')),
    continues bigint,
    rules jsonb NOT NULL,
    summary jsonb,
    ids_sha256 text
);
-- What was removed: ids, kinds and times, never a plate.
CREATE TABLE alpr.purged_reads (
    run_id bigint NOT NULL REFERENCES alpr.purge_runs(id),
    read_id bigint NOT NULL,
    source_kind text NOT NULL,
    captured_at timestamptz NOT NULL,
    images_only boolean NOT NULL
);
CREATE INDEX purged_reads_run ON alpr.purged_reads(run_id, read_id);
CREATE INDEX reads_kind_time ON alpr.reads(source_kind, captured_at);

-- alpr.require for whichever of these actions the user's roles allow first
-- (the last one when none does, so that the refusal names it): where two
-- roles reach the same thing by different permissions.
CREATE FUNCTION alpr.require_any(p_actions text[], p_object text) RETURNS jsonb
LANGUAGE sql AS $$
    SELECT alpr.require(coalesce(
               (SELECT a.action FROM unnest(p_actions) WITH ORDINALITY AS a(action, n)
                 WHERE EXISTS (SELECT 1 FROM alpr.permissions p
                                WHERE p.action = a.action AND p.role = ANY ((alpr.me()).roles))
                 ORDER BY a.n LIMIT 1),
               p_actions[cardinality(p_actions)]), p_object)
$$;

-- The periods per source kind (settings retention.<kind>, as the file store
-- keeps them), with San Leandro 418.5's defaults.
CREATE FUNCTION alpr.retention_rules() RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_object_agg(k.kind, coalesce(
               (SELECT value::jsonb FROM alpr.settings WHERE key = 'retention.' || k.kind),
               jsonb_build_object('read_days', k.days, 'image_days', k.days,
                                  'policy', 'San Leandro 418.5')))
      FROM (VALUES ('mobile', 365), ('fixed', 30), ('unknown', 30)) AS k(kind, days)
$$;

-- A period of N days keeps the reads of the last N local days, today
-- included: the cut-off is the start of day (today - N + 1) in the agency's zone.
CREATE FUNCTION alpr.retention_cutoff(p_days integer) RETURNS timestamptz
LANGUAGE sql STABLE AS $$
    SELECT (((now() AT TIME ZONE alpr.agency_zone())::date - p_days + 1)::timestamp)
           AT TIME ZONE alpr.agency_zone()
$$;

-- The cut-offs under the rules in force, or under p_rules (a change previewed).
CREATE FUNCTION alpr.retention_cutoffs(p_rules jsonb DEFAULT NULL) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_object_agg(key, jsonb_build_object(
               'reads_before', alpr.event_time_text(alpr.retention_cutoff((value->>'read_days')::int)),
               'images_before', alpr.event_time_text(alpr.retention_cutoff(
                   least((value->>'image_days')::int, (value->>'read_days')::int)))))
      FROM jsonb_each(coalesce(p_rules, alpr.retention_rules()))
$$;

-- Expired reads of one kind, and the held ones among them (under the rules
-- in force, or under p_rules).
CREATE FUNCTION alpr.expired_counts(p_rules jsonb DEFAULT NULL) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_object_agg(c.key, jsonb_build_object(
        'reads', (SELECT count(*) FROM alpr.reads r
                   WHERE r.source_kind = c.key
                     AND r.captured_at < (c.value->>'reads_before')::timestamptz
                     AND NOT EXISTS (SELECT 1 FROM alpr.legal_hold_reads hr
                                      JOIN alpr.legal_holds h ON h.id = hr.hold_id
                                     WHERE hr.read_id = r.id AND h.released_at IS NULL)),
        'images', (SELECT count(DISTINCT r.id) FROM alpr.reads r JOIN alpr.images i ON i.read_id = r.id
                    WHERE r.source_kind = c.key
                      AND r.captured_at >= (c.value->>'reads_before')::timestamptz
                      AND r.captured_at < (c.value->>'images_before')::timestamptz
                      AND NOT EXISTS (SELECT 1 FROM alpr.legal_hold_reads hr
                                       JOIN alpr.legal_holds h ON h.id = hr.hold_id
                                      WHERE hr.read_id = r.id AND h.released_at IS NULL)),
        'held_reads', (SELECT count(*) FROM alpr.reads r
                        WHERE r.source_kind = c.key
                          AND r.captured_at < (c.value->>'reads_before')::timestamptz
                          AND EXISTS (SELECT 1 FROM alpr.legal_hold_reads hr
                                       JOIN alpr.legal_holds h ON h.id = hr.hold_id
                                      WHERE hr.read_id = r.id AND h.released_at IS NULL)),
        'holds', coalesce((SELECT jsonb_agg(DISTINCT h.id ORDER BY h.id)
                             FROM alpr.reads r JOIN alpr.legal_hold_reads hr ON hr.read_id = r.id
                             JOIN alpr.legal_holds h ON h.id = hr.hold_id
                            WHERE r.source_kind = c.key AND h.released_at IS NULL
                              AND r.captured_at < (c.value->>'reads_before')::timestamptz),
                          '[]'::jsonb)))
      FROM jsonb_each(alpr.retention_cutoffs(p_rules)) c
$$;

-- What is wrong with retention rules an administrator gives, or NULL: the
-- file store's RetentionRules::check, on the server.
CREATE FUNCTION alpr.retention_rules_problem(p_rules jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    k text;
    p jsonb;
    v_read integer;
    v_image integer;
BEGIN
    IF jsonb_typeof(p_rules) IS DISTINCT FROM 'object'
       OR (SELECT array_agg(key ORDER BY key) FROM jsonb_object_keys(p_rules) key)
          IS DISTINCT FROM ARRAY['fixed', 'mobile', 'unknown'] THEN
        RETURN 'the retention rules need exactly one period for each of mobile, fixed and '
               'unknown reads';
    END IF;
    FOR k, p IN SELECT key, value FROM jsonb_each(p_rules) LOOP
        IF jsonb_typeof(p->'read_days') IS DISTINCT FROM 'number'
           OR jsonb_typeof(p->'image_days') IS DISTINCT FROM 'number'
           OR jsonb_typeof(p->'policy') IS DISTINCT FROM 'string' THEN
            RETURN format('the %s period needs read_days, image_days and policy', k);
        END IF;
        IF (p->>'read_days') !~ '^[0-9]{1,4}$' OR (p->>'image_days') !~ '^[0-9]{1,4}$' THEN
            RETURN format('the %s periods are whole numbers of days', k);
        END IF;
        v_read := (p->>'read_days')::integer;
        v_image := (p->>'image_days')::integer;
        IF v_read < 1 OR v_read > 3650 THEN
            RETURN format('the %s reads'' period must be 1 to 3650 days, not %s', k, v_read);
        END IF;
        IF v_image < 1 OR v_image > v_read THEN
            RETURN format('the %s images'' period must be 1 day to the reads'' %s days, not %s: '
                          'an image is never kept without its read', k, v_read, v_image);
        END IF;
        IF btrim(p->>'policy') = '' OR length(p->>'policy') > 120
           OR p->>'policy' ~ '[[:cntrl:]]' OR p->>'policy' <> btrim(p->>'policy') THEN
            RETURN format('name the policy section the %s reads'' period follows (at most 120 '
                          'characters, no control characters)', k);
        END IF;
        IF k = 'mobile' AND v_read < 365 AND p->>'policy' = 'San Leandro 418.5' THEN
            RETURN format('vehicle-mounted reads are kept one year (Government Code 34090.6; '
                          'San Leandro 418.5); a shorter period of %s days needs the policy '
                          'section that sets it', v_read);
        END IF;
    END LOOP;
    RETURN NULL;
END $$;

-- What saving p_rules would change: the counts of the next purge before and
-- after, whether a period gets shorter, and how many more reads and images
-- it would remove (RetentionChange, as the file store computes it).
CREATE FUNCTION alpr.retention_change(p_rules jsonb) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    WITH now_rules AS (SELECT alpr.retention_rules() AS r),
         b AS (SELECT alpr.expired_counts() AS c),
         a AS (SELECT alpr.expired_counts(p_rules) AS c)
    SELECT jsonb_build_object(
        'before', b.c, 'after', a.c,
        'shortens', EXISTS (
            SELECT 1 FROM jsonb_each(p_rules) n
             WHERE (n.value->>'read_days')::int < (nr.r->n.key->>'read_days')::int
                OR (n.value->>'image_days')::int < (nr.r->n.key->>'image_days')::int),
        'more_reads', (SELECT coalesce(sum(greatest(0, (a.c->k->>'reads')::bigint
                                                       - (b.c->k->>'reads')::bigint)), 0)
                         FROM jsonb_object_keys(p_rules) k),
        'more_images', (SELECT coalesce(sum(greatest(0,
                                   (a.c->k->>'images')::bigint + (a.c->k->>'reads')::bigint
                                   - (b.c->k->>'images')::bigint - (b.c->k->>'reads')::bigint)), 0)
                          FROM jsonb_object_keys(p_rules) k))
      FROM now_rules nr, b, a
$$;

CREATE FUNCTION alpr.run_json(p alpr.purge_runs) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('id', p.id, 'started_by', p.started_by,
                              'started_at', alpr.event_time_text(p.started_at),
                              'finished_at', alpr.event_time_text(p.finished_at),
                              'status', p.status, 'continues', coalesce(p.continues, 0),
                              'rules', p.rules, 'summary', coalesce(p.summary, '{}'::jsonb),
                              'ids_sha256', coalesce(p.ids_sha256, ''))
$$;

-- ---------------------------------------------------------------- the API

-- The dry run: what a purge would remove now.
CREATE FUNCTION alpr_api.purge_plan() RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('purge-reads', 'retention');
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    RETURN jsonb_build_object(
        'at', alpr.event_time_text(now()), 'time_zone', alpr.agency_zone(),
        'rules', alpr.retention_rules(), 'cutoffs', alpr.retention_cutoffs(),
        'counts', alpr.expired_counts(),
        'interrupted', (SELECT alpr.run_json(p) FROM alpr.purge_runs p
                         WHERE p.status = 'running' ORDER BY p.id DESC LIMIT 1));
END $$;

-- Starts a run; one left running by a purge that was killed is marked
-- interrupted and continued by this one.
CREATE FUNCTION alpr_api.purge_start() RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('purge-reads', 'retention');
    u alpr.users;
    v_run bigint;
    v_continues bigint;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    u := alpr.me();
    -- One purge at a time, whichever workstation or timer starts it.
    PERFORM pg_advisory_xact_lock(hashtext('alpr.purge'));
    UPDATE alpr.purge_runs SET status = 'interrupted' WHERE status = 'running'
    RETURNING id INTO v_continues;
    INSERT INTO alpr.purge_runs(started_by, started_at, status, continues, rules)
    VALUES (u.username, now(), 'running', v_continues,
            jsonb_build_object('rules', alpr.retention_rules(),
                               'cutoffs', alpr.retention_cutoffs(),
                               'time_zone', alpr.agency_zone()))
    RETURNING id INTO v_run;
    PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'retention-purge',
                              'purge:' || v_run,
                              jsonb_build_object('stage', 'started', 'continues',
                                                 coalesce(v_continues, 0)),
                              'success');
    RETURN jsonb_build_object('run', v_run, 'continues', coalesce(v_continues, 0));
END $$;

-- One batch: up to p_limit expired, unheld reads (oldest first) with their
-- images, alternative readings and the plates nothing else names; when none
-- is left, up to p_limit reads' expired images. Returns what it removed and
-- whether the purge has nothing left to do.
CREATE FUNCTION alpr_api.purge_batch(p_run bigint, p_limit bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('purge-reads', 'purge:' || p_run);
    u alpr.users;
    run alpr.purge_runs;
    v_cut jsonb;
    v_ids bigint[];
    v_images bigint[];
    v_hash text;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    u := alpr.me();
    SELECT * INTO run FROM alpr.purge_runs WHERE id = p_run FOR UPDATE;
    IF run.id IS NULL OR run.status <> 'running' THEN
        RETURN alpr.error('invalid', format('purge %s is not running', p_run));
    END IF;
    v_cut := run.rules->'cutoffs';
    SELECT array_agg(id ORDER BY id) INTO v_ids FROM (
        SELECT r.id FROM alpr.reads r
         WHERE r.captured_at < (v_cut->r.source_kind->>'reads_before')::timestamptz
           AND NOT EXISTS (SELECT 1 FROM alpr.legal_hold_reads hr
                            JOIN alpr.legal_holds h ON h.id = hr.hold_id
                           WHERE hr.read_id = r.id AND h.released_at IS NULL)
         ORDER BY r.captured_at, r.id
         LIMIT greatest(least(p_limit, 20000), 1)) x;
    IF v_ids IS NOT NULL THEN
        INSERT INTO alpr.purged_reads(run_id, read_id, source_kind, captured_at, images_only)
        SELECT p_run, r.id, r.source_kind, r.captured_at, false
          FROM alpr.reads r WHERE r.id = ANY (v_ids);
        DELETE FROM alpr.images WHERE read_id = ANY (v_ids);
        CREATE TEMP TABLE IF NOT EXISTS pg_temp.purge_plates (id bigint) ON COMMIT DROP;
        DELETE FROM pg_temp.purge_plates;
        INSERT INTO pg_temp.purge_plates
            SELECT plate_id FROM alpr.reads WHERE id = ANY (v_ids)
            UNION SELECT plate_id FROM alpr.read_candidates WHERE read_id = ANY (v_ids);
        DELETE FROM alpr.read_candidates WHERE read_id = ANY (v_ids);
        -- The reads' hits and their steps go with them (alpr.hits, 005).
        DELETE FROM alpr.hit_steps WHERE hit_id IN (SELECT id FROM alpr.hits
                                                     WHERE read_id = ANY (v_ids));
        DELETE FROM alpr.hits WHERE read_id = ANY (v_ids);
        DELETE FROM alpr.reads WHERE id = ANY (v_ids);
        DELETE FROM alpr.plates p USING pg_temp.purge_plates pp
         WHERE p.id = pp.id
           AND NOT EXISTS (SELECT 1 FROM alpr.reads r WHERE r.plate_id = p.id)
           AND NOT EXISTS (SELECT 1 FROM alpr.read_candidates c WHERE c.plate_id = p.id);
        v_hash := encode(sha256(convert_to(
                      (SELECT string_agg(i::text || E'\n', '' ORDER BY i) FROM unnest(v_ids) i),
                      'UTF8')), 'hex');
        PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'retention-purge-batch',
                                  'purge:' || p_run,
                                  jsonb_build_object('reads', cardinality(v_ids),
                                                     'first_id', v_ids[1],
                                                     'last_id', v_ids[cardinality(v_ids)],
                                                     'ids_sha256', v_hash),
                                  'success');
        RETURN jsonb_build_object('reads', cardinality(v_ids), 'images', 0, 'done', false);
    END IF;
    SELECT array_agg(id ORDER BY id) INTO v_images FROM (
        SELECT DISTINCT r.id FROM alpr.reads r JOIN alpr.images i ON i.read_id = r.id
         WHERE r.captured_at < (v_cut->r.source_kind->>'images_before')::timestamptz
           AND NOT EXISTS (SELECT 1 FROM alpr.legal_hold_reads hr
                            JOIN alpr.legal_holds h ON h.id = hr.hold_id
                           WHERE hr.read_id = r.id AND h.released_at IS NULL)
         ORDER BY r.id
         LIMIT greatest(least(p_limit, 20000), 1)) x;
    IF v_images IS NULL THEN
        RETURN jsonb_build_object('reads', 0, 'images', 0, 'done', true);
    END IF;
    INSERT INTO alpr.purged_reads(run_id, read_id, source_kind, captured_at, images_only)
    SELECT p_run, r.id, r.source_kind, r.captured_at, true
      FROM alpr.reads r WHERE r.id = ANY (v_images);
    DELETE FROM alpr.images WHERE read_id = ANY (v_images);
    PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'retention-purge-batch',
                              'purge:' || p_run,
                              jsonb_build_object('images', cardinality(v_images),
                                                 'first_id', v_images[1],
                                                 'last_id', v_images[cardinality(v_images)]),
                              'success');
    RETURN jsonb_build_object('reads', 0, 'images', cardinality(v_images), 'done', false);
END $$;

-- Finishes a run: its certificate covers it and the interrupted runs it
-- continues, in the file store's shape.
CREATE FUNCTION alpr_api.purge_finish(p_run bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('purge-reads', 'purge:' || p_run);
    u alpr.users;
    run alpr.purge_runs;
    v_runs bigint[];
    v_summary jsonb;
    v_hash text;
    v_counts jsonb := alpr.expired_counts();
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    u := alpr.me();
    SELECT * INTO run FROM alpr.purge_runs WHERE id = p_run FOR UPDATE;
    IF run.id IS NULL OR run.status <> 'running' THEN
        RETURN alpr.error('invalid', format('purge %s is not running', p_run));
    END IF;
    SELECT array_agg(id ORDER BY id) INTO v_runs FROM alpr.purge_runs
     WHERE id = p_run
        OR (run.continues IS NOT NULL AND status = 'interrupted'
            AND id > coalesce((SELECT max(id) FROM alpr.purge_runs WHERE status = 'finished'), 0));
    v_hash := encode(sha256(convert_to(coalesce(
                  (SELECT string_agg(read_id::text || E'\n', '' ORDER BY read_id)
                     FROM alpr.purged_reads WHERE run_id = ANY (v_runs) AND NOT images_only),
                  ''), 'UTF8')), 'hex');
    SELECT jsonb_build_object(
        'reads', count(*) FILTER (WHERE NOT images_only),
        'images', count(*) FILTER (WHERE images_only),
        'runs', to_jsonb(v_runs),
        'earliest', alpr.event_time_text(min(captured_at) FILTER (WHERE NOT images_only)),
        'latest', alpr.event_time_text(max(captured_at) FILTER (WHERE NOT images_only)),
        'store', 'department')
      INTO v_summary
      FROM alpr.purged_reads WHERE run_id = ANY (v_runs);
    v_summary := jsonb_strip_nulls(v_summary)
        || jsonb_build_object('kinds', (
               SELECT jsonb_object_agg(k.key, jsonb_build_object(
                          'reads', (SELECT count(*) FROM alpr.purged_reads
                                     WHERE run_id = ANY (v_runs) AND source_kind = k.key
                                       AND NOT images_only),
                          'images', (SELECT count(*) FROM alpr.purged_reads
                                      WHERE run_id = ANY (v_runs) AND source_kind = k.key
                                        AND images_only),
                          'held_reads', (k.value->>'held_reads')::bigint,
                          'holds', k.value->'holds'))
                 FROM jsonb_each(v_counts) k))
        || jsonb_build_object('days', coalesce((
               SELECT jsonb_agg(jsonb_build_object('day', d.day, 'source_kind', d.kind,
                                                   'reads', d.reads, 'images', d.images)
                                ORDER BY d.day, d.kind)
                 FROM (SELECT to_char(captured_at AT TIME ZONE alpr.agency_zone(), 'YYYY-MM-DD')
                              AS day, source_kind AS kind,
                              count(*) FILTER (WHERE NOT images_only) AS reads,
                              count(*) FILTER (WHERE images_only) AS images
                         FROM alpr.purged_reads WHERE run_id = ANY (v_runs)
                        GROUP BY 1, 2) d), '[]'::jsonb));
    IF run.continues IS NOT NULL THEN
        v_summary := v_summary || jsonb_build_object('continues', run.continues);
    END IF;
    UPDATE alpr.purge_runs SET status = 'finished', finished_at = now(), summary = v_summary,
                               ids_sha256 = v_hash
     WHERE id = p_run;
    PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'retention-purge',
                              'purge:' || p_run,
                              (v_summary - 'days')
                                  || jsonb_build_object('stage', 'finished', 'ids_sha256', v_hash),
                              'success');
    SELECT * INTO run FROM alpr.purge_runs WHERE id = p_run;
    RETURN alpr.run_json(run);
END $$;

-- Finished runs, newest first (the certificates), or one of them.
CREATE FUNCTION alpr_api.purge_certificates(p_id bigint, p_limit bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    -- Those who purge, and auditors, read the certificates.
    refusal jsonb := alpr.require_any(ARRAY['purge-reads', 'read-audit'], 'retention');
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    RETURN jsonb_build_object('runs', coalesce((
        SELECT jsonb_agg(alpr.run_json(p) ORDER BY p.id DESC)
          FROM (SELECT * FROM alpr.purge_runs
                 WHERE status = 'finished' AND (p_id IS NULL OR id = p_id)
                 ORDER BY id DESC LIMIT least(greatest(coalesce(p_limit, 50), 1), 1000)) p),
        '[]'::jsonb));
END $$;

-- The retention rules in force, for anyone signed in.
CREATE FUNCTION alpr_api.retention_rules() RETURNS jsonb
LANGUAGE sql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
    SELECT coalesce(alpr.signed_in_guard(),
                    jsonb_build_object('rules', alpr.retention_rules()))
$$;

-- Rules an administrator gives: the refusal (recorded), what is wrong with
-- them, or NULL.
CREATE FUNCTION alpr.retention_rules_refusal(p_rules jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    refusal jsonb := alpr.require('change-settings', 'settings:retention');
    v_problem text;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    v_problem := alpr.retention_rules_problem(p_rules);
    IF v_problem IS NOT NULL THEN
        RETURN alpr.error('invalid', v_problem);
    END IF;
    RETURN NULL;
END $$;

-- Administrators: what saving p_rules would change, counted now.
CREATE FUNCTION alpr_api.retention_preview(p_rules jsonb) RETURNS jsonb
LANGUAGE sql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
    SELECT coalesce(alpr.retention_rules_refusal(p_rules), alpr.retention_change(p_rules))
$$;

-- Administrators: saves p_rules. A change that shortens a period is saved
-- only if p_confirmed_more_reads is the number of reads more that the next
-- purge would remove, counted here under the lock: the number the
-- administrator was shown and confirmed.
CREATE FUNCTION alpr_api.retention_set(p_rules jsonb, p_confirmed_more_reads bigint)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.retention_rules_refusal(p_rules);
    v_change jsonb;
    v_before jsonb;
    k text;
    p jsonb;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    -- One change at a time, and no purge counting meanwhile.
    LOCK TABLE alpr.settings IN SHARE ROW EXCLUSIVE MODE;
    v_before := alpr.retention_rules();
    v_change := alpr.retention_change(p_rules);
    IF (v_change->>'shortens')::boolean
       AND p_confirmed_more_reads IS DISTINCT FROM (v_change->>'more_reads')::bigint THEN
        RETURN alpr.error('conflict', format('these periods are shorter: the next purge will '
                                             'remove %s more read(s) than it would now; confirm '
                                             'to save them', v_change->>'more_reads'));
    END IF;
    FOR k, p IN SELECT key, value FROM jsonb_each(p_rules) LOOP
        INSERT INTO alpr.settings(key, value)
        VALUES ('retention.' || k,
                jsonb_build_object('read_days', (p->>'read_days')::int,
                                   'image_days', (p->>'image_days')::int,
                                   'policy', p->>'policy')::text)
        ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
    END LOOP;
    PERFORM alpr.append_event((alpr.me()).username, alpr.my_workstation(), 'settings-changed',
                              'settings:retention',
                              jsonb_build_object('after', alpr.retention_rules(),
                                                 'before', v_before,
                                                 'next_purge_more_reads',
                                                 (v_change->>'more_reads')::bigint),
                              'success');
    RETURN jsonb_build_object('rules', alpr.retention_rules());
END $$;

-- The agency as reports and certificates name it (settings agency_*), for
-- any signed-in user.
CREATE FUNCTION alpr_api.agency_settings() RETURNS jsonb
LANGUAGE sql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
    SELECT coalesce(alpr.signed_in_guard(), jsonb_build_object(
        'name', coalesce((SELECT value FROM alpr.settings WHERE key = 'agency_name'), ''),
        'ori', coalesce((SELECT value FROM alpr.settings WHERE key = 'agency_ori'), ''),
        'address', coalesce((SELECT value FROM alpr.settings WHERE key = 'agency_address'), ''),
        'contact', coalesce((SELECT value FROM alpr.settings WHERE key = 'agency_contact'), ''),
        'time_zone', alpr.agency_zone()))
$$;

-- The reads a finished purge removed (its certificate's CSV), a page at a
-- time in read id order: ids, kinds and times, never a plate.
CREATE FUNCTION alpr_api.purge_certificate_reads(p_id bigint, p_after bigint, p_limit bigint)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require_any(ARRAY['purge-reads', 'read-audit'], 'purge:' || p_id);
    run alpr.purge_runs;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    SELECT * INTO run FROM alpr.purge_runs WHERE id = p_id AND status = 'finished';
    IF run.id IS NULL THEN
        RETURN alpr.error('not-found', format('there is no certificate for purge %s', p_id));
    END IF;
    RETURN jsonb_build_object('reads', coalesce((
        SELECT jsonb_agg(jsonb_build_object('read_id', p.read_id, 'source_kind', p.source_kind,
                                            'captured_at', alpr.event_time_text(p.captured_at),
                                            'images_only', p.images_only)
                         ORDER BY p.read_id, p.images_only)
          FROM (SELECT * FROM alpr.purged_reads
                 WHERE run_id IN (SELECT jsonb_array_elements_text(run.summary->'runs')::bigint)
                   AND read_id > coalesce(p_after, 0)
                 ORDER BY read_id, images_only
                 LIMIT least(greatest(coalesce(p_limit, 10000), 1), 50000)) p), '[]'::jsonb));
END $$;

-- ------------------------------------------------------------ legal holds
-- Records staff place them; records staff and administrators release them
-- (never the maintenance account, which purges but does not decide what is
-- kept); auditors read them. Each change is an audit event naming the reads.

CREATE FUNCTION alpr.hold_json(h alpr.legal_holds) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'id', h.id, 'case', h.case_number, 'reason', h.reason, 'requesting_party', h.party,
        'review_on', h.review_on::text, 'source', h.source, 'incident', h.incident,
        'note', h.note, 'placed_by', h.placed_by,
        'placed_at', alpr.event_time_text(h.placed_at),
        'released_by', coalesce(h.released_by, ''),
        'released_at', alpr.event_time_text(h.released_at),
        'release_note', coalesce(h.release_note, ''),
        'reads', (SELECT count(*) FROM alpr.legal_hold_reads r WHERE r.hold_id = h.id))
$$;


CREATE FUNCTION alpr_api.hold_place(p_case text, p_reason text, p_party text, p_review_on date,
                                    p_note text, p_source text, p_reads jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('export', 'holds');
    u alpr.users;
    h alpr.legal_holds;
    v_ids bigint[];
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    u := alpr.me();
    IF coalesce(btrim(p_case), '') = '' OR coalesce(btrim(p_party), '') = ''
       OR length(p_case) > 64 OR length(p_party) > 200 OR length(coalesce(p_note, '')) > 2000 THEN
        RETURN alpr.error('invalid', 'a legal hold needs a case number and a requesting party');
    END IF;
    IF p_reason NOT IN ('evidence', 'discovery-request', 'preservation-letter', 'litigation') THEN
        RETURN alpr.error('invalid', format('"%s" is not a reason for a hold', left(p_reason, 40)));
    END IF;
    IF p_review_on IS NULL OR p_review_on <= (now() AT TIME ZONE alpr.agency_zone())::date THEN
        RETURN alpr.error('invalid', 'a legal hold needs a review date after today');
    END IF;
    IF p_source LIKE 'case:%' THEN
        -- Every read opened under that case, as the trail says: the
        -- server chooses them, not the client.
        IF length(p_source) > 69 OR btrim(substring(p_source FROM 6)) = '' THEN
            RETURN alpr.error('invalid', 'name the case whose reads the hold keeps');
        END IF;
        SELECT array_agg(DISTINCT r.id ORDER BY r.id) INTO v_ids
          FROM alpr.audit_events e
          JOIN alpr.reads r ON r.id = substring(e.object FROM '^read:([0-9]{1,18})$')::bigint
         WHERE e.details ? 'case' AND e.details->>'case' = substring(p_source FROM 6)
           AND e.outcome = 'success' AND e.object LIKE 'read:%';
        -- And every read of the case's exported evidence packages (008).
        SELECT array_agg(DISTINCT r.id ORDER BY r.id) INTO v_ids
          FROM alpr.reads r
         WHERE r.id = ANY (v_ids)
            OR r.id IN (SELECT unnest(p.read_ids) FROM alpr.evidence_packages p
                         WHERE p.case_number = substring(p_source FROM 6)
                           AND p.status = 'exported');
        IF v_ids IS NULL THEN
            RETURN alpr.error('not-found', format('No read was opened or exported under case %s: '
                                                  'there is nothing to hold.',
                                                  substring(p_source FROM 6)));
        END IF;
    ELSIF p_source LIKE 'package:%' THEN
        -- The reads of an exported evidence package, as the server recorded it.
        SELECT array_agg(DISTINCT r.id ORDER BY r.id) INTO v_ids
          FROM alpr.evidence_packages p JOIN alpr.reads r ON r.id = ANY (p.read_ids)
         WHERE p.id = substring(p_source FROM 9) AND p.status = 'exported';
        IF v_ids IS NULL THEN
            RETURN alpr.error('not-found', format('There is no exported evidence package %s.',
                                                  left(substring(p_source FROM 9), 40)));
        END IF;
    ELSE
        IF p_source IS DISTINCT FROM 'reads' AND p_source !~ '^search:[0-9]{1,18}$' THEN
            RETURN alpr.error('invalid', 'a hold''s reads are chosen by id, a search''s results '
                                         'or a case');
        END IF;
        -- The reads that exist, each once.
        SELECT array_agg(DISTINCT r.id ORDER BY r.id) INTO v_ids
          FROM jsonb_array_elements_text(coalesce(p_reads, '[]')) AS x(id)
          JOIN alpr.reads r ON r.id = x.id::bigint;
    END IF;
    IF v_ids IS NULL OR cardinality(v_ids) > 100000 THEN
        RETURN alpr.error('invalid', 'a legal hold keeps 1 to 100000 stored reads');
    END IF;
    INSERT INTO alpr.legal_holds(case_number, reason, party, review_on, placed_by, placed_at,
                                 source, note)
    VALUES (btrim(p_case), p_reason, btrim(p_party), p_review_on, u.username, now(),
            p_source, coalesce(btrim(p_note), ''))
    RETURNING * INTO h;
    INSERT INTO alpr.legal_hold_reads(hold_id, read_id) SELECT h.id, unnest(v_ids);
    PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'hold-placed', 'hold:' || h.id,
                              (alpr.hold_json(h) - 'id' - 'placed_at' - 'released_at')
                                  || jsonb_build_object('read_ids', to_jsonb(v_ids)),
                              'success');
    RETURN alpr.hold_json(h);
END $$;

CREATE FUNCTION alpr_api.hold_release(p_id bigint, p_note text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    u alpr.users := alpr.me();
    refusal jsonb;
    h alpr.legal_holds;
BEGIN
    refusal := alpr.require_any(ARRAY['change-settings', 'export'], 'hold:' || p_id);
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    IF coalesce(btrim(p_note), '') = '' OR length(p_note) > 2000 THEN
        RETURN alpr.error('invalid', 'say why the hold is released (a note)');
    END IF;
    SELECT * INTO h FROM alpr.legal_holds WHERE id = p_id FOR UPDATE;
    IF h.id IS NULL THEN
        RETURN alpr.error('not-found', format('there is no legal hold %s', p_id));
    END IF;
    IF h.released_at IS NOT NULL THEN
        RETURN alpr.error('exists', format('legal hold %s was released by %s already', p_id,
                                           h.released_by));
    END IF;
    UPDATE alpr.legal_holds SET released_by = u.username, released_at = now(),
                                release_note = btrim(p_note)
     WHERE id = p_id RETURNING * INTO h;
    PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'hold-released', 'hold:' || h.id,
                              (alpr.hold_json(h) - 'id' - 'placed_at' - 'released_at')
                                  || jsonb_build_object('read_ids', (
                                         SELECT jsonb_agg(read_id ORDER BY read_id)
                                           FROM alpr.legal_hold_reads WHERE hold_id = h.id)),
                              'success');
    RETURN alpr.hold_json(h);
END $$;

-- The holds (open ones, or all), newest first; one of them with its reads.
CREATE FUNCTION alpr_api.hold_list(p_include_released boolean, p_id bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    -- Records staff, administrators and auditors.
    refusal jsonb := alpr.require_any(ARRAY['export', 'change-settings', 'read-audit'], 'holds');
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    RETURN jsonb_build_object(
        'holds', coalesce((SELECT jsonb_agg(alpr.hold_json(h) ORDER BY h.id DESC)
                             FROM alpr.legal_holds h
                            WHERE (p_id IS NULL OR h.id = p_id)
                              AND (p_include_released OR h.released_at IS NULL)), '[]'::jsonb),
        'read_ids', CASE WHEN p_id IS NOT NULL THEN
                        coalesce((SELECT jsonb_agg(read_id ORDER BY read_id)
                                    FROM alpr.legal_hold_reads WHERE hold_id = p_id), '[]')
                    END);
END $$;

-- Which of these reads a legal hold keeps, for marking them in a list the
-- user already has (ids only, never a plate): for those who search, export,
-- verify hits or purge, as on the file store (LegalHolds::held).
CREATE FUNCTION alpr_api.held(p_reads bigint[]) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
BEGIN
    IF alpr.signed_in_guard() IS NOT NULL THEN
        RETURN alpr.signed_in_guard();
    END IF;
    IF NOT EXISTS (SELECT 1 FROM alpr.permissions p
                    WHERE p.role = ANY ((alpr.me()).roles)
                      AND p.action IN ('search', 'export', 'purge-reads', 'verify-hit')) THEN
        RETURN jsonb_build_object('held', '[]'::jsonb);
    END IF;
    RETURN jsonb_build_object('held', coalesce((
        SELECT jsonb_agg(DISTINCT r.read_id)
          FROM alpr.legal_hold_reads r JOIN alpr.legal_holds h ON h.id = r.hold_id
         WHERE h.released_at IS NULL
           AND r.read_id = ANY (p_reads[1:least(cardinality(p_reads), 100000)])), '[]'::jsonb));
END $$;
