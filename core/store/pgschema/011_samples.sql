-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ALPR Workstation developers
--
-- Department store, migration 11: the policy audit's samples and the
-- auditor's worksheets (core/auditing/auditsample.h; Los Altos 462.6(f), San
-- Leandro 418.6.1). The server draws the sample itself, from its own trail,
-- with the workstation's draw (Fisher-Yates over SplitMix64, alpr_pg.so's
-- alpr_draw_positions), so no client can hand-pick the events an auditor
-- looks at; the seed and the trail's last event make the draw repeatable by
-- anyone, and the workstation repeats it for the memo.

CREATE TABLE alpr.audit_samples (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind text NOT NULL,
    period text NOT NULL,
    period_start timestamptz NOT NULL,
    period_end timestamptz NOT NULL,
    seed numeric(20) NOT NULL CHECK (seed BETWEEN 0 AND 18446744073709551615),
    requested_size integer NOT NULL,
    population bigint NOT NULL,
    through_seq bigint NOT NULL,
    drawn_by text NOT NULL,
    drawn_at timestamptz NOT NULL,
    audit_seq bigint,
    -- 'live': drawn from alpr.audit_events; 'migrated': a file store's sample,
    -- whose events are in alpr.migrated_audit_events.
    trail text NOT NULL DEFAULT 'live' CHECK (trail IN ('live', 'migrated'))
);

CREATE TABLE alpr.audit_sample_items (
    sample_id bigint NOT NULL REFERENCES alpr.audit_samples(id),
    item integer NOT NULL,
    event_seq bigint NOT NULL,
    case_real boolean,
    purpose_authorized boolean,
    query_consistent boolean,
    finding text CHECK (finding IN ('complies', 'violation', 'follow-up')),
    note text NOT NULL DEFAULT '',
    reviewed_by text,
    reviewed_at timestamptz,
    PRIMARY KEY (sample_id, item)
);

-- A sampled search's row, for the automatic checks. A search migrated from
-- a file store names an event of the migrated trail, whose numbers the live
-- trail uses again.
ALTER TABLE alpr.searches ADD COLUMN trail text NOT NULL DEFAULT 'live'
    CHECK (trail IN ('live', 'migrated'));
CREATE INDEX searches_audit_seq ON alpr.searches(audit_seq, trail);

-- What each kind samples and its policy minimum (auditsample.cpp, kindInfos).
CREATE FUNCTION alpr.sample_kind(p_kind text, OUT actions text[], OUT minimum integer,
                                  OUT noun text)
LANGUAGE sql IMMUTABLE AS $$
    SELECT k.actions, k.minimum, k.noun
      FROM (VALUES ('searches', ARRAY['search', 'canvass'], 10, 'search inquiries'),
                   ('images', ARRAY['view-image'], 5, 'image views'),
                   ('hits', ARRAY['hit-decided'], 5, 'hit verifications'),
                   ('exports', ARRAY['evidence-export'], 5, 'evidence exports'),
                   ('releases', ARRAY['release-request', 'release-decision'], 5,
                    'release requests and decisions'))
           AS k(name, actions, minimum, noun)
     WHERE k.name = p_kind
$$;

-- A half-year ("2026-H1") or a quarter ("2026-Q3") in UTC; NULLs when the
-- text is neither.
CREATE FUNCTION alpr.audit_period(p_label text, OUT label text, OUT start_at timestamptz,
                                  OUT end_at timestamptz)
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    m text[] := regexp_match(upper(btrim(coalesce(p_label, ''))), '^(\d{4})-([HQ])([1-4])$');
    v_months integer;
    v_start date;
BEGIN
    IF m IS NULL OR m[1]::integer < 2000 OR (m[2] = 'H' AND m[3]::integer > 2) THEN
        RETURN;
    END IF;
    v_months := CASE m[2] WHEN 'H' THEN 6 ELSE 3 END;
    v_start := make_date(m[1]::integer, (m[3]::integer - 1) * v_months + 1, 1);
    label := m[1] || '-' || m[2] || m[3];
    start_at := v_start::timestamp AT TIME ZONE 'UTC';
    end_at := (v_start + make_interval(months => v_months))::timestamp AT TIME ZONE 'UTC';
END $$;

-- The successful events of a kind in a sample's period up to its last event,
-- by seq: what the sample was drawn from.
CREATE FUNCTION alpr.sample_population(s alpr.audit_samples) RETURNS bigint[]
LANGUAGE plpgsql STABLE AS $$
DECLARE
    v bigint[];
BEGIN
    EXECUTE format('SELECT coalesce(array_agg(seq ORDER BY seq), ''{}'') FROM %s'
                   ' WHERE action = ANY ($1) AND outcome = ''success'''
                   '   AND at >= $2 AND at < $3 AND seq <= $4',
                   CASE s.trail WHEN 'live' THEN 'alpr.audit_events'
                                ELSE 'alpr.migrated_audit_events' END)
    INTO v USING (alpr.sample_kind(s.kind)).actions, s.period_start, s.period_end,
                 s.through_seq;
    RETURN v;
END $$;

CREATE FUNCTION alpr.sample_json(s alpr.audit_samples) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'id', s.id, 'kind', s.kind, 'period', s.period,
        'period_start', alpr.event_time_text(s.period_start),
        'period_end', alpr.event_time_text(s.period_end), 'seed', s.seed::text,
        'requested_size', s.requested_size, 'population', s.population,
        'through_seq', s.through_seq, 'drawn_by', s.drawn_by,
        'drawn_at', alpr.event_time_text(s.drawn_at), 'audit_seq', s.audit_seq,
        'trail', s.trail)
$$;

-- Auditors: draws a sample of a kind from a period. p_size NULL or 0 is the
-- policy minimum; p_seed NULL is a fresh random one. The sample, its items
-- and its "audit-sample" event commit together; the answer is its id.
CREATE FUNCTION alpr_api.audit_sample_draw(p_kind text, p_period text, p_size integer,
                                           p_seed text)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('read-audit', 'audit');
    me alpr.users;
    k record;
    p record;
    s alpr.audit_samples;
    v_size integer;
    v_seed numeric;
    v_population bigint[];
    v_chosen bigint[];
    v_items jsonb;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    me := alpr.me();
    k := alpr.sample_kind(p_kind);
    IF k.actions IS NULL THEN
        RETURN alpr.error('invalid', format('"%s" is not a kind of sample: searches, images, '
                                            'hits, exports or releases', left(p_kind, 40)));
    END IF;
    p := alpr.audit_period(p_period);
    IF p.label IS NULL THEN
        RETURN alpr.error('invalid', format('"%s" is not an audit period: give a half-year like '
                                            '2026-H1 or a quarter like 2026-Q3',
                                            left(p_period, 40)));
    END IF;
    IF p.start_at > now() THEN
        RETURN alpr.error('invalid', format('%s has not begun yet', p.label));
    END IF;
    v_size := coalesce(nullif(p_size, 0), k.minimum);
    IF v_size < k.minimum THEN
        RETURN alpr.error('invalid', format('a sample of %s is at least %s (the policy '
                                            'minimum); %s is too few', p_kind, k.minimum, v_size));
    ELSIF v_size > 1000 THEN
        RETURN alpr.error('invalid', format('a sample holds at most 1000 items, not %s', v_size));
    END IF;
    IF p_seed IS NULL THEN
        v_seed := ('x' || encode(alpr.gen_random_bytes(8), 'hex'))::bit(64)::bigint::numeric;
        v_seed := CASE WHEN v_seed < 0 THEN v_seed + 18446744073709551616 ELSE v_seed END;
    ELSIF p_seed ~ '^[0-9]{1,20}$' AND p_seed::numeric <= 18446744073709551615 THEN
        v_seed := p_seed::numeric;
    ELSE
        RETURN alpr.error('invalid', format('"%s" is not a seed (0 to 18446744073709551615)',
                                            left(p_seed, 40)));
    END IF;

    -- Appends wait for each other (alpr.append_event), so every event up to
    -- the last one this transaction sees has committed: the population is final.
    s.kind := p_kind;
    s.period := p.label;
    s.period_start := p.start_at;
    s.period_end := p.end_at;
    s.seed := v_seed;
    s.requested_size := v_size;
    s.through_seq := coalesce((SELECT max(seq) FROM alpr.audit_events), 0);
    s.trail := 'live';
    v_population := alpr.sample_population(s);
    s.population := cardinality(v_population);
    IF s.population = 0 THEN
        RETURN alpr.error('invalid', format('there were no %s in %s (%s to %s): there is '
                                            'nothing to sample; choose a period in which the '
                                            'trail records some',
                                            k.noun, p.label, p.start_at::date,
                                            (p.end_at - interval '1 day')::date));
    END IF;
    SELECT array_agg(v_population[pos + 1] ORDER BY v_population[pos + 1]) INTO v_chosen
      FROM unnest(alpr.alpr_draw_positions(
               (CASE WHEN v_seed > 9223372036854775807 THEN v_seed - 18446744073709551616
                     ELSE v_seed END)::bigint,
               s.population, v_size)) AS pos;

    INSERT INTO alpr.audit_samples(kind, period, period_start, period_end, seed, requested_size,
                                   population, through_seq, drawn_by, drawn_at, trail)
    VALUES (s.kind, s.period, s.period_start, s.period_end, s.seed, s.requested_size,
            s.population, s.through_seq, me.username, date_trunc('milliseconds', now()), 'live')
    RETURNING id INTO s.id;
    INSERT INTO alpr.audit_sample_items(sample_id, item, event_seq)
    SELECT s.id, n, seq FROM unnest(v_chosen) WITH ORDINALITY AS c(seq, n);
    SELECT coalesce(jsonb_agg(jsonb_build_array(n, seq) ORDER BY n), '[]') INTO v_items
      FROM unnest(v_chosen) WITH ORDINALITY AS c(seq, n);
    UPDATE alpr.audit_samples
       SET audit_seq = alpr.append_event(
               me.username, alpr.my_workstation(), 'audit-sample', 'sample:' || s.id,
               jsonb_build_object('sample', s.id, 'kind', s.kind, 'period', s.period,
                                  'seed', s.seed::text, 'size', s.requested_size,
                                  'population', s.population, 'through_seq', s.through_seq,
                                  'items', v_items),
               'success')
     WHERE id = s.id;
    RETURN jsonb_build_object('sample', s.id);
END $$;

-- Auditors: every sample, newest first, without items.
CREATE FUNCTION alpr_api.audit_samples() RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('read-audit', 'audit');
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    RETURN jsonb_build_object('samples', (
        SELECT coalesce(jsonb_agg(alpr.sample_json(s) ORDER BY s.id DESC), '[]')
          FROM alpr.audit_samples s));
END $$;

-- The sample p_id under a reading of the trail this user opened
-- (alpr_api.audit_open, recorded and committed): each item with its event as
-- the trail holds it, the auditor's worksheet, and what the automatic checks
-- look at (when the case was first searched under; the search row the event
-- names: for an image view the search it was viewed under, else the one the
-- event recorded). With p_population, also every event the sample was drawn
-- from, so that the workstation can draw it again by itself.
CREATE FUNCTION alpr_api.audit_sample(p_reading bigint, p_id bigint, p_population boolean)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    s alpr.audit_samples;
    v_items jsonb;
BEGIN
    IF alpr.audit_reading_problem(p_reading) IS NOT NULL THEN
        RETURN alpr.audit_reading_problem(p_reading);
    END IF;
    SELECT * INTO s FROM alpr.audit_samples WHERE id = p_id;
    IF NOT FOUND THEN
        RETURN alpr.error('not-found', format('there is no audit sample %s', p_id));
    END IF;
    WITH items AS (
        SELECT i.*, coalesce(to_jsonb(l), to_jsonb(m)) AS e
          FROM alpr.audit_sample_items i
          LEFT JOIN alpr.audit_events l ON s.trail = 'live' AND l.seq = i.event_seq
          LEFT JOIN alpr.migrated_audit_events m ON s.trail = 'migrated' AND m.seq = i.event_seq
         WHERE i.sample_id = s.id)
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'item', i.item, 'event_seq', i.event_seq,
               'event', CASE WHEN i.e IS NOT NULL THEN alpr.event_json(i.e) END,
               'case_real', i.case_real, 'purpose_authorized', i.purpose_authorized,
               'query_consistent', i.query_consistent, 'finding', i.finding, 'note', i.note,
               'reviewed_by', i.reviewed_by,
               'reviewed_at', CASE WHEN i.reviewed_at IS NOT NULL
                                   THEN alpr.event_time_text(i.reviewed_at) END,
               'case_first_use', (SELECT alpr.event_time_text(f.at)
                                    FROM alpr.case_first_search(i.e->'details'->>'case') f),
               'search', (SELECT jsonb_build_object('user', u.username, 'case', r.case_number,
                                                    'purpose', r.purpose,
                                                    'result_count', r.result_count)
                            FROM alpr.searches r JOIN alpr.users u ON u.id = r.user_id
                           WHERE CASE WHEN i.e->>'action' = 'view-image'
                                      THEN r.id = (CASE WHEN i.e->'details'->>'search' ~ '^[0-9]{1,18}$'
                                                        THEN (i.e->'details'->>'search')::bigint END)
                                      ELSE r.trail = s.trail AND r.audit_seq = i.event_seq END
                           LIMIT 1))
               ORDER BY i.item), '[]')
      INTO v_items FROM items i;
    RETURN jsonb_build_object('sample', alpr.sample_json(s), 'items', v_items)
        || CASE WHEN p_population
                THEN jsonb_build_object('population', to_jsonb(alpr.sample_population(s)))
                ELSE '{}'::jsonb END;
END $$;

-- Auditors: the answers for one item of a sample (p_worksheet: result,
-- note, case_real, purpose_authorized, query_consistent), recorded as an
-- "audit-finding" event in the same transaction.
CREATE FUNCTION alpr_api.audit_finding(p_sample bigint, p_item integer, p_worksheet jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    v_object text := format('sample:%s/item:%s', p_sample, p_item);
    refusal jsonb := alpr.require('read-audit', v_object);
    me alpr.users;
    w jsonb := coalesce(p_worksheet, '{}');
    v_result text := w->>'result';
    v_note text := btrim(coalesce(w->>'note', ''));
    v_problem text;
    v_seq bigint;
    v_answers jsonb;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    me := alpr.me();
    IF jsonb_typeof(w) <> 'object' OR v_result IS NULL
       OR v_result NOT IN ('complies', 'violation', 'follow-up') THEN
        RETURN alpr.error('invalid', 'a finding is complies, violation or follow-up');
    END IF;
    IF EXISTS (SELECT 1 FROM jsonb_each(w) j
                WHERE j.key IN ('case_real', 'purpose_authorized', 'query_consistent')
                  AND jsonb_typeof(j.value) NOT IN ('boolean', 'null')) THEN
        RETURN alpr.error('invalid', 'each answer is yes, no or not answered');
    END IF;
    v_problem := coalesce(alpr.text_problem('note', v_note, 2000, true),
                          alpr.note_problem(v_note));
    IF v_problem IS NOT NULL THEN
        RETURN alpr.error('invalid', v_problem);
    END IF;
    IF v_result <> 'complies' AND v_note = '' THEN
        RETURN alpr.error('invalid', format('a finding of "%s" needs a note saying what was found',
                                            CASE v_result WHEN 'violation' THEN 'does not comply'
                                                          ELSE 'needs follow-up' END));
    END IF;
    SELECT event_seq INTO v_seq FROM alpr.audit_sample_items
     WHERE sample_id = p_sample AND item = p_item FOR UPDATE;
    IF NOT FOUND THEN
        RETURN alpr.error('not-found', format('audit sample %s has no item %s', p_sample, p_item));
    END IF;
    UPDATE alpr.audit_sample_items
       SET case_real = (w->>'case_real')::boolean,
           purpose_authorized = (w->>'purpose_authorized')::boolean,
           query_consistent = (w->>'query_consistent')::boolean,
           finding = v_result, note = v_note, reviewed_by = me.username,
           reviewed_at = date_trunc('milliseconds', now())
     WHERE sample_id = p_sample AND item = p_item;
    v_answers := jsonb_build_object(
        'case_real', coalesce(w->'case_real', 'null'),
        'purpose_authorized', coalesce(w->'purpose_authorized', 'null'),
        'query_consistent', coalesce(w->'query_consistent', 'null'));
    PERFORM alpr.append_event(me.username, alpr.my_workstation(), 'audit-finding', v_object,
                              jsonb_build_object('sample', p_sample, 'item', p_item,
                                                 'event_seq', v_seq, 'result', v_result,
                                                 'note', v_note) || v_answers,
                              'success');
    RETURN jsonb_build_object('sample', p_sample, 'item', p_item);
END $$;

-- Auditors: records the memo written for a sample. The hash printed on it
-- must be the hash of the trail's event trail_events (the last the
-- workstation verified), or the memo is refused. What the workstation found of the
-- trail's signatures and of the data (trail_intact, data_errors) and the
-- files' names are its report.
CREATE FUNCTION alpr_api.audit_memo_record(p_sample bigint, p_details jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    v_object text := 'sample:' || p_sample;
    refusal jsonb := alpr.require('read-audit', v_object);
    d jsonb := coalesce(p_details, '{}');
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM alpr.audit_samples WHERE id = p_sample) THEN
        RETURN alpr.error('not-found', format('there is no audit sample %s', p_sample));
    END IF;
    IF jsonb_typeof(d) <> 'object' OR jsonb_typeof(d->'trail_intact') IS DISTINCT FROM 'boolean'
       OR jsonb_typeof(d->'data_errors') IS DISTINCT FROM 'number'
       OR jsonb_typeof(d->'trail_events') IS DISTINCT FROM 'number'
       OR d->>'trail_events' !~ '^[0-9]{1,18}$'
       OR alpr.text_problem('file name', d->>'pdf', 255) IS NOT NULL
       OR alpr.text_problem('file name', coalesce(d->>'csv', ''), 255) IS NOT NULL THEN
        RETURN alpr.error('invalid', 'a memo is recorded with trail_latest_hash, trail_events, '
                                     'trail_intact, data_errors, pdf and csv');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM alpr.audit_events
                    WHERE seq = (d->>'trail_events')::bigint
                      AND hash = d->>'trail_latest_hash') THEN
        RETURN alpr.error('invalid', format('the hash on the memo is not event %s''s',
                                            left(d->>'trail_events', 20)));
    END IF;
    RETURN jsonb_build_object('seq', alpr.append_event(
        (alpr.me()).username, alpr.my_workstation(), 'audit-memo', v_object,
        jsonb_build_object('sample', p_sample, 'trail_latest_hash', d->>'trail_latest_hash',
                           'trail_events', d->'trail_events', 'trail_intact', d->'trail_intact',
                           'data_errors', d->'data_errors', 'pdf', d->>'pdf',
                           'csv', coalesce(d->>'csv', '')),
        'success'));
END $$;
