-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ALPR Workstation developers
-- The dispatcher's work on hits on the department store (core/hits/alerts.h):
-- the queue, a hit taken under an incident number, the CLETS verification
-- checklist's steps in order (Los Altos 462.4(g)-(h), Irvine
-- 3.03.26.030(6)), the decision, the disposition, releases and escalations.
-- The server holds the state machine: who holds a hit, which step comes
-- next, whether the plate and the vehicle were looked at by this user
-- before they are compared, and what a confirmation needs. Each change is
-- a row of hit_steps and an event of the trail in the same transaction.

INSERT INTO alpr.settings(key, value) VALUES ('alert_hold_minutes', '30'),
                                             ('alert_escalate_minutes', '5')
    ON CONFLICT (key) DO NOTHING;

-- The open hits each session has been shown: the queue is listed again at
-- every change, and only a hit it has not shown before is a new access.
CREATE TABLE alpr.alerts_shown (
    session_id bigint NOT NULL REFERENCES alpr.sessions(id) ON DELETE CASCADE,
    hit_id bigint NOT NULL REFERENCES alpr.hits(id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, hit_id)
);

-- ---------------------------------------------------------------- helpers

CREATE FUNCTION alpr.setting_minutes(p_key text, p_default integer) RETURNS interval
LANGUAGE sql STABLE AS $$
    SELECT make_interval(mins => coalesce(
        (SELECT value::integer FROM alpr.settings WHERE key = p_key AND value ~ '^[0-9]{1,5}$'),
        p_default))
$$;

-- The hit, if the signed-in user may see it (alpr.hit_visible).
CREATE FUNCTION alpr.visible_hit(p_hit bigint) RETURNS alpr.hits
LANGUAGE sql STABLE AS $$
    SELECT h.* FROM alpr.hits h WHERE h.id = p_hit AND alpr.hit_visible(h)
$$;

CREATE FUNCTION alpr.no_hit(p_hit bigint) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT alpr.error('not-found', format('There is no hit %s.', p_hit))
$$;

-- What every event about a hit says: "case" and "purpose" as searches
-- record them, so the auditor's case history finds a verification under
-- its incident.
CREATE FUNCTION alpr.hit_event_details(h alpr.hits) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_build_object('purpose', h.snapshot->'purpose', 'list', h.snapshot->'list',
                              'read', h.read_id)
        || CASE WHEN h.incident <> '' THEN jsonb_build_object('case', h.incident) ELSE '{}' END
$$;

-- Writes the hit as changed, its step and its event.
CREATE FUNCTION alpr.hit_write(h alpr.hits, p_action text, p_step text, p_details jsonb)
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    v_user text := (alpr.me()).username;
    v_details jsonb := alpr.hit_event_details(h) || p_details;
BEGIN
    UPDATE alpr.hits
       SET status = h.status, taken_by = h.taken_by, taken_at = h.taken_at,
           incident = h.incident, last_step_at = h.last_step_at, escalated_at = h.escalated_at,
           checklist = h.checklist, decided_by = h.decided_by, decided_at = h.decided_at,
           outcome = h.outcome, notified_at = h.notified_at
     WHERE id = h.id;
    INSERT INTO alpr.hit_steps(hit_id, step, username, at, incident, details)
    VALUES (h.id, p_step, v_user, now(), h.incident, v_details);
    PERFORM alpr.append_event(v_user, alpr.my_workstation(), p_action, 'hit:' || h.id, v_details,
                              'success');
END $$;

-- Whether the signed-in user's view of one of these images of the hit's
-- read is recorded.
CREATE FUNCTION alpr.hit_viewed_by_me(p_hit bigint, p_kinds text[]) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM alpr.hit_steps s
                    WHERE s.hit_id = p_hit AND s.step = 'image-viewed'
                      AND s.username = (alpr.me()).username
                      AND s.details->>'kind' = ANY (p_kinds))
$$;

-- A hit given back to the queue, with why.
CREATE FUNCTION alpr.hit_release(h alpr.hits, p_reason text, p_more jsonb DEFAULT '{}')
RETURNS alpr.hits
LANGUAGE plpgsql AS $$
DECLARE
    v_holder text := h.taken_by;
BEGIN
    h.status := 'new';
    h.taken_by := '';
    h.taken_at := NULL;
    PERFORM alpr.hit_write(h, 'hit-released', 'released',
                           jsonb_build_object('reason', p_reason, 'holder', v_holder) || p_more);
    RETURN h;
END $$;

-- Why the checklist's step p_act cannot be made on h by the signed-in user
-- (not its holder, or an earlier step missing); NULL when it can. A
-- decision needs only the holder here: a rejection comes at any step, and
-- what a confirmation needs is alpr.hit_decision_refusal's.
CREATE FUNCTION alpr.hit_step_refusal(h alpr.hits, p_act text) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $$
DECLARE
    v_steps text[] := ARRAY['characters', 'plate-state', 'vehicle', 'currency', 'clets'];
    v_before integer := coalesce(array_position(v_steps, p_act), 1) - 1;
BEGIN
    IF h.status = 'new' THEN
        RETURN alpr.error('denied', format('Hit %s is not taken; take it under an incident number '
                                           'first.', h.id));
    ELSIF h.status = 'taken' AND h.taken_by <> (alpr.me()).username THEN
        RETURN alpr.error('conflict', format('Hit %s is being worked by %s.', h.id, h.taken_by));
    ELSIF h.status <> 'taken' THEN
        RETURN alpr.error('denied', format('Hit %s is already %s.', h.id, h.status));
    END IF;
    FOR i IN 1 .. v_before LOOP
        IF NOT h.checklist ? v_steps[i] THEN
            RETURN alpr.error('denied', format('Hit %s: the step "%s" comes first.', h.id,
                                               v_steps[i]));
        END IF;
    END LOOP;
    RETURN NULL;
END $$;

-- The result of a checklist step, from what the dispatcher gave (p_args)
-- and what the server knows; or {"error": ...} when it is refused.
CREATE FUNCTION alpr.hit_step_result(h alpr.hits, p_act text, p_args jsonb) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $$
DECLARE
    r alpr.reads;
    l alpr.hot_lists;
    v_read text;
    v_listed text;
    v_boxes integer;
    v_images boolean;
    v_time timestamptz;
    v_age bigint;
BEGIN
    SELECT * INTO r FROM alpr.reads WHERE id = h.read_id;
    IF p_act = 'characters' THEN
        IF NOT alpr.hit_viewed_by_me(h.id, ARRAY['plate', 'rectified']) THEN
            RETURN alpr.error('denied', format('Hit %s: look at the plate image before comparing '
                                               'its characters (no view of it by you is '
                                               'recorded).', h.id));
        END IF;
        -- The read plate, against the listed plate; for a pattern, against
        -- the reading that matched (alerts.cpp, Alerts::compile).
        v_read := (SELECT plate FROM alpr.plates WHERE id = r.plate_id);
        v_listed := CASE WHEN (h.snapshot->>'pattern')::boolean
                         THEN coalesce(nullif(h.matched_plate, ''), v_read)
                         ELSE h.snapshot->>'plate' END;
        v_boxes := greatest(length(v_listed), length(v_read));
        IF coalesce(p_args->>'marks', '') !~ '^[yn]+$'
           OR length(p_args->>'marks') <> v_boxes THEN
            RETURN alpr.error('invalid', format('Hit %s: mark each of the %s characters y (the '
                                                'same) or n (differs), not "%s".', h.id, v_boxes,
                                                left(p_args->>'marks', 20)));
        END IF;
        RETURN jsonb_build_object(
            'result', CASE WHEN strpos(p_args->>'marks', 'n') > 0 THEN 'mismatch' ELSE 'ok' END,
            'marks', p_args->>'marks', 'listed', v_listed, 'read', v_read);
    ELSIF p_act IN ('plate-state', 'vehicle') AND jsonb_typeof(p_args->'matches') IS DISTINCT FROM 'boolean' THEN
        RETURN alpr.error('invalid', 'say whether it matches');
    ELSIF p_act = 'plate-state' THEN
        RETURN jsonb_build_object(
            'result', CASE WHEN (p_args->>'matches')::boolean THEN 'ok' ELSE 'differs' END,
            'listed', h.snapshot->'state', 'read', r.state);
    ELSIF p_act = 'vehicle' THEN
        v_images := EXISTS (SELECT 1 FROM alpr.images
                             WHERE read_id = r.id AND kind IN ('overview', 'vehicle'));
        IF v_images AND NOT alpr.hit_viewed_by_me(h.id, ARRAY['overview', 'vehicle']) THEN
            RETURN alpr.error('denied', format('Hit %s: look at the overview or vehicle image '
                                               'before confirming the vehicle (no view of it by '
                                               'you is recorded).', h.id));
        END IF;
        RETURN jsonb_build_object(
            'result', CASE WHEN (p_args->>'matches')::boolean THEN 'ok' ELSE 'differs' END,
            'compared', jsonb_build_object(
                'make', jsonb_build_array(r.make, coalesce(h.snapshot->'details'->>'make', '')),
                'model', jsonb_build_array(r.model, coalesce(h.snapshot->'details'->>'model', '')),
                'color', jsonb_build_array(r.color, coalesce(h.snapshot->'details'->>'color', '')),
                'body', jsonb_build_array(r.body, coalesce(h.snapshot->'details'->>'body', ''))),
            'from_image', v_images);
    ELSIF p_act = 'currency' THEN
        SELECT * INTO l FROM alpr.hot_lists WHERE id = h.list_id;
        v_time := coalesce(l.extract_at, l.loaded_at);
        v_age := greatest(0, floor(extract(epoch FROM now() - v_time) / 60))::bigint;
        RETURN jsonb_build_object(
            'list_time', to_char(v_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
            'age_minutes', v_age,
            'stale', l.kind = 'general' AND v_age > alpr.stale_hours() * 60);
    ELSIF p_act = 'clets' THEN
        IF coalesce(p_args->>'result', '') NOT IN ('still-wanted', 'cleared', 'no-record') THEN
            RETURN alpr.error('invalid', format('"%s" is not a CLETS result.',
                                                left(p_args->>'result', 20)));
        END IF;
        IF btrim(coalesce(p_args->>'reference', '')) = ''
           OR alpr.text_problem('CLETS reference', p_args->>'reference', 128) IS NOT NULL THEN
            RETURN alpr.error('invalid', 'Give the CLETS message or NIC reference of the '
                                         'inquiry (one line, at most 128 characters).');
        END IF;
        IF coalesce(p_args->>'inquiry_at', '') ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+(Z|[+-][0-9:]+)$' THEN
            v_time := (p_args->>'inquiry_at')::timestamptz;
        END IF;
        IF v_time IS NULL OR v_time > now() + interval '5 minutes'
           OR v_time < now() - interval '1 day' THEN
            RETURN alpr.error('invalid', format('The time of the CLETS inquiry must be within the '
                                                'last day, not %s.',
                                                left(coalesce(p_args->>'inquiry_at', 'missing'),
                                                     40)));
        END IF;
        RETURN jsonb_build_object(
            'result', p_args->>'result', 'reference', btrim(p_args->>'reference'),
            'inquiry_at', to_char(v_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'));
    END IF;
    RETURN alpr.error('invalid', format('"%s" is not a step of the checklist', left(p_act, 20)));
END $$;

-- Why the decision p_args ({confirmed, reason, note}) cannot be made on h;
-- NULL when it can.
CREATE FUNCTION alpr.hit_decision_refusal(h alpr.hits, p_args jsonb) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT CASE
        WHEN jsonb_typeof(p_args->'confirmed') IS DISTINCT FROM 'boolean'
            THEN alpr.error('invalid', 'a decision confirms or rejects')
        WHEN alpr.text_problem('note', p_args->>'note', 2000, true) IS NOT NULL
            THEN alpr.error('invalid', alpr.text_problem('note', p_args->>'note', 2000, true))
        WHEN (p_args->>'confirmed')::boolean AND NOT h.checklist ?& ARRAY['characters',
                                                                        'plate-state', 'vehicle',
                                                                        'currency', 'clets']
            THEN alpr.error('denied', format('Hit %s: every step of the checklist comes before '
                                             'a confirmation.', h.id))
        WHEN (p_args->>'confirmed')::boolean AND h.checklist->'characters'->>'result' <> 'ok'
            THEN alpr.error('denied', format('Hit %s cannot be confirmed: a character of the '
                                             'plate does not match the listed plate.', h.id))
        WHEN (p_args->>'confirmed')::boolean AND h.checklist->'plate-state'->>'result' <> 'ok'
            THEN alpr.error('denied', format('Hit %s cannot be confirmed: the state of issuance '
                                             'differs.', h.id))
        WHEN (p_args->>'confirmed')::boolean
             AND h.checklist->'clets'->>'result' <> 'still-wanted'
            THEN alpr.error('denied', format('Hit %s cannot be confirmed: CLETS did not confirm '
                                             'the entry as still wanted.', h.id))
        WHEN (p_args->>'confirmed')::boolean AND h.checklist->'vehicle'->>'result' <> 'ok'
             AND btrim(coalesce(p_args->>'note', '')) = ''
            THEN alpr.error('denied', format('Hit %s: the vehicle differs from the entry; say in '
                                             'a note why it is confirmed.', h.id))
        WHEN NOT (p_args->>'confirmed')::boolean
             AND coalesce(p_args->>'reason', '') NOT IN ('misread', 'wrong-state',
                                                         'vehicle-mismatch', 'cleared-in-clets',
                                                         'stale-entry', 'duplicate', 'other')
            THEN alpr.error('invalid', format('"%s" is not a reason to reject.',
                                              left(p_args->>'reason', 20)))
        WHEN NOT (p_args->>'confirmed')::boolean AND p_args->>'reason' = 'other'
             AND btrim(coalesce(p_args->>'note', '')) = ''
            THEN alpr.error('invalid', format('Say in a note why hit %s is rejected.', h.id))
    END
$$;

-- A confirmed stop's read is kept as evidence: a legal hold under the
-- incident, for records staff to review within a month (LegalHolds::holdForStop).
CREATE FUNCTION alpr.hold_for_stop(h alpr.hits) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    hold alpr.legal_holds;
BEGIN
    IF EXISTS (SELECT 1 FROM alpr.legal_holds WHERE source = 'hit:' || h.id) THEN
        RETURN;
    END IF;
    INSERT INTO alpr.legal_holds(case_number, reason, party, review_on, placed_by, placed_at,
                                 source, incident)
    VALUES (h.incident, 'evidence', format('Hit %s confirmed: %s', h.id, h.outcome),
            (now() AT TIME ZONE 'UTC')::date + 30, (alpr.me()).username, now(), 'hit:' || h.id,
            h.incident)
    RETURNING * INTO hold;
    INSERT INTO alpr.legal_hold_reads(hold_id, read_id) VALUES (hold.id, h.read_id);
    PERFORM alpr.append_event(hold.placed_by, alpr.my_workstation(), 'hold-placed',
                              'hold:' || hold.id,
                              (alpr.hold_json(hold) - 'id' - 'placed_at' - 'released_at')
                                  || jsonb_build_object('read_ids', jsonb_build_array(h.read_id),
                                                        'disposition', h.outcome),
                              'success');
END $$;

-- ---------------------------------------------------------------- the API

-- The open hits (new or taken) the user may work, newest first. The first
-- listing in a session that shows a hit records it ("alerts-listed" with
-- the hits' ids); listing the same rows again records nothing more.
CREATE FUNCTION alpr_api.alerts_queue(p_limit bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('verify-hit', 'alerts');
    u alpr.users;
    v_session bigint;
    v_hits jsonb;
    v_new bigint[];
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    u := alpr.me();
    v_session := (alpr.current_session()).id;
    CREATE TEMP TABLE IF NOT EXISTS pg_temp.queued (id bigint PRIMARY KEY) ON COMMIT DROP;
    DELETE FROM pg_temp.queued;
    INSERT INTO pg_temp.queued
    SELECT x.id FROM alpr.hits x
     WHERE x.status IN ('new', 'taken')
       AND alpr.hit_visible(x)
     ORDER BY x.id DESC LIMIT greatest(0, least(coalesce(p_limit, 500), 5000));
    SELECT array_agg(q.id ORDER BY q.id DESC) INTO v_new FROM pg_temp.queued q
     WHERE NOT EXISTS (SELECT 1 FROM alpr.alerts_shown s
                        WHERE s.session_id = v_session AND s.hit_id = q.id);
    IF v_new IS NOT NULL THEN
        INSERT INTO alpr.alerts_shown(session_id, hit_id) SELECT v_session, unnest(v_new);
        PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'alerts-listed', 'alerts',
                                  jsonb_build_object('hits', to_jsonb(v_new)), 'success');
    END IF;
    SELECT coalesce(jsonb_agg(alpr.hit_json(h) ORDER BY h.id DESC), '[]'::jsonb) INTO v_hits
      FROM alpr.hits h JOIN pg_temp.queued q ON q.id = h.id;
    RETURN alpr.pending('hits', jsonb_build_object('hits', v_hits));
END $$;

-- One change to a hit by the signed-in user: take (incident), release,
-- a step of the checklist (characters: marks; plate-state and vehicle:
-- matches; currency; clets: result, reference, inquiry_at), decide
-- (confirmed, reason, note), dispose (outcome, incident), or notified (a
-- BOLO's author was shown its hit). Answers the hit as it now stands.
CREATE FUNCTION alpr_api.hit_act(p_hit bigint, p_act text, p_args jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require(CASE WHEN p_act = 'notified' THEN 'enter-hotlist-entries'
                                       ELSE 'verify-hit' END, 'hit:' || p_hit);
    u alpr.users;
    h alpr.hits;
    a jsonb := coalesce(p_args, '{}'::jsonb);
    v_result jsonb;
    v_previous text;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    u := alpr.me();
    IF (alpr.visible_hit(p_hit)).id IS NULL THEN
        RETURN alpr.no_hit(p_hit);
    END IF;
    SELECT * INTO h FROM alpr.hits WHERE id = p_hit FOR UPDATE;
    IF p_act = 'take' THEN
        IF h.status = 'taken' THEN
            RETURN alpr.error('conflict', format('Hit %s is being worked by %s.', h.id,
                                                 h.taken_by));
        ELSIF h.status <> 'new' THEN
            RETURN alpr.error('denied', format('Hit %s is already %s.', h.id, h.status));
        ELSIF NOT alpr.case_number_ok(a->>'incident') THEN
            RETURN alpr.error('invalid', format('"%s" is not an incident number in the '
                                                'department''s format.',
                                                left(a->>'incident', 64)));
        END IF;
        h.status := 'taken';
        h.taken_by := u.username;
        h.taken_at := now();
        h.last_step_at := now();
        h.incident := a->>'incident';
        PERFORM alpr.hit_write(h, 'hit-taken', 'taken', '{}');
    ELSIF p_act = 'release' THEN
        IF h.status <> 'taken' THEN
            RETURN alpr.error('denied', format('Hit %s is not taken.', h.id));
        ELSIF h.taken_by <> u.username AND NOT alpr.may('supervise-alerts') THEN
            RETURN alpr.error('denied', format('Hit %s is held by %s; only they or a supervisor '
                                               'can release it.', h.id, h.taken_by));
        END IF;
        h := alpr.hit_release(h, CASE WHEN h.taken_by = u.username THEN 'released'
                                      ELSE 'supervisor' END);
    ELSIF p_act IN ('characters', 'plate-state', 'vehicle', 'currency', 'clets') THEN
        v_result := coalesce(alpr.hit_step_refusal(h, p_act), alpr.hit_step_result(h, p_act, a));
        IF v_result ? 'error' THEN
            RETURN v_result;
        END IF;
        v_result := v_result || jsonb_build_object('by', u.username,
                                                   'at', alpr.event_time_text(now()));
        h.checklist := h.checklist || jsonb_build_object(p_act, v_result);
        h.last_step_at := now();
        PERFORM alpr.hit_write(h, 'hit-' || p_act, p_act, v_result);
    ELSIF p_act = 'decide' THEN
        refusal := coalesce(alpr.hit_step_refusal(h, 'decide'),
                            alpr.hit_decision_refusal(h, a));
        IF refusal IS NOT NULL THEN
            RETURN refusal;
        END IF;
        h.status := CASE WHEN (a->>'confirmed')::boolean THEN 'confirmed' ELSE 'rejected' END;
        h.decided_by := u.username;
        h.decided_at := now();
        h.last_step_at := now();
        h.taken_by := '';
        v_result := jsonb_build_object('decision', h.status, 'by', u.username,
                                       'at', alpr.event_time_text(now()))
            || CASE WHEN h.status = 'rejected' THEN jsonb_build_object('reason', a->>'reason')
                    ELSE '{}' END
            || CASE WHEN btrim(coalesce(a->>'note', '')) <> ''
                    THEN jsonb_build_object('note', btrim(a->>'note')) ELSE '{}' END;
        h.checklist := h.checklist || jsonb_build_object('decision', v_result);
        PERFORM alpr.hit_write(h, 'hit-decided', 'decision', v_result);
    ELSIF p_act = 'dispose' THEN
        IF coalesce(a->>'outcome', '') NOT IN ('arrest', 'citation', 'vehicle-recovered',
                                               'person-located', 'no-action') THEN
            RETURN alpr.error('invalid', format('"%s" is not a disposition.',
                                                left(a->>'outcome', 20)));
        ELSIF h.status <> 'confirmed' THEN
            RETURN alpr.error('denied', format('Hit %s has no disposition: only a confirmed hit '
                                               'is acted on.', h.id));
        ELSIF a->>'incident' IS DISTINCT FROM h.incident THEN
            RETURN alpr.error('invalid', format('Hit %s was verified under incident %s, not %s.',
                                                h.id, h.incident, left(a->>'incident', 64)));
        END IF;
        v_previous := h.outcome;
        h.outcome := a->>'outcome';
        PERFORM alpr.hit_write(h, 'hit-disposed', 'disposition',
                               jsonb_build_object('outcome', h.outcome, 'previous', v_previous));
        IF h.outcome <> 'no-action' THEN
            PERFORM alpr.hold_for_stop(h);
        END IF;
    ELSIF p_act = 'notified' THEN
        -- Only the entry's author is told, once.
        IF h.notified_at IS NULL AND h.snapshot->>'entered_by' = u.username THEN
            h.notified_at := now();
            PERFORM alpr.hit_write(h, 'bolo-hit-notified', 'notified',
                                   jsonb_build_object('entry', h.entry_id));
        END IF;
    ELSE
        RETURN alpr.error('invalid', format('"%s" is not something done to a hit',
                                            left(p_act, 20)));
    END IF;
    RETURN alpr.hit_json(h);
END $$;

-- Every hit this user holds goes back to the queue (they signed out, or
-- the screen locked). Answers how many.
CREATE FUNCTION alpr_api.hits_release_mine(p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    u alpr.users := alpr.me();
    h alpr.hits;
    v_count integer := 0;
    refusal jsonb := alpr.signed_in_guard();
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    IF p_reason NOT IN ('signed-out', 'locked') THEN
        RETURN alpr.error('invalid', 'hits go back when their holder signs out or locks');
    END IF;
    FOR h IN SELECT * FROM alpr.hits WHERE status = 'taken' AND taken_by = u.username
              ORDER BY id FOR UPDATE LOOP
        PERFORM alpr.hit_release(h, p_reason);
        v_count := v_count + 1;
    END LOOP;
    RETURN jsonb_build_object('released', v_count);
END $$;

-- Gives back holds idle longer than the department's hold minutes and
-- escalates new hits nobody took within the escalation minutes, of the
-- open hits this user may see (every workstation sweeps; a hit another
-- sweep holds at the moment is left to it).
CREATE FUNCTION alpr_api.alerts_sweep() RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('verify-hit', 'alerts');
    h alpr.hits;
    v_hold interval := alpr.setting_minutes('alert_hold_minutes', 30);
    v_escalate interval := alpr.setting_minutes('alert_escalate_minutes', 5);
    v_released bigint[] := '{}';
    v_escalated bigint[] := '{}';
    v_idle interval;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    FOR h IN SELECT x.* FROM alpr.hits x
              WHERE x.status IN ('new', 'taken')
                AND alpr.hit_visible(x)
              ORDER BY x.id FOR UPDATE SKIP LOCKED LOOP
        IF h.status = 'taken' THEN
            v_idle := now() - coalesce(h.last_step_at, h.taken_at);
            CONTINUE WHEN v_idle < v_hold;
            PERFORM alpr.hit_release(h, 'idle', jsonb_build_object(
                'idle_minutes', floor(extract(epoch FROM v_idle) / 60)::bigint));
            v_released := v_released || h.id;
        ELSE
            CONTINUE WHEN h.escalated_at IS NOT NULL OR now() - h.matched_at < v_escalate;
            h.escalated_at := now();
            PERFORM alpr.hit_write(h, 'hit-escalated', 'escalated', jsonb_build_object(
                'waiting_minutes', floor(extract(epoch FROM now() - h.matched_at) / 60)::bigint));
            v_escalated := v_escalated || h.id;
        END IF;
    END LOOP;
    RETURN jsonb_build_object('released', to_jsonb(v_released),
                              'escalated', to_jsonb(v_escalated));
END $$;

-- Everything the checklist shows for one hit: the hit, its read, its
-- steps, the kinds of image stored, its list's time, and the settings the
-- checklist uses. Recorded as "hit-viewed", or with p_form as
-- "hit-confirmation" (the printed confirmation of a decided hit and the
-- form it goes into); answered once that record has committed.
CREATE FUNCTION alpr_api.hit_checklist(p_hit bigint, p_form text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('verify-hit', 'hit:' || p_hit);
    u alpr.users;
    h alpr.hits;
    r alpr.reads;
    l alpr.hot_lists;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    u := alpr.me();
    h := alpr.visible_hit(p_hit);
    IF h.id IS NULL THEN
        RETURN alpr.no_hit(p_hit);
    END IF;
    SELECT * INTO r FROM alpr.reads WHERE id = h.read_id;
    SELECT * INTO l FROM alpr.hot_lists WHERE id = h.list_id;
    IF p_form IS NULL THEN
        PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'hit-viewed', 'hit:' || h.id,
                                  alpr.hit_event_details(h), 'success');
    ELSIF h.status NOT IN ('confirmed', 'rejected') THEN
        RETURN alpr.error('denied', format('Hit %s is not decided yet; there is nothing to print.',
                                           h.id));
    ELSIF alpr.text_problem('form', p_form, 255) IS NOT NULL THEN
        RETURN alpr.error('invalid', alpr.text_problem('form', p_form, 255));
    ELSE
        PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'hit-confirmation',
                                  'hit:' || h.id,
                                  alpr.hit_event_details(h)
                                      || jsonb_build_object('form', p_form),
                                  'success');
    END IF;
    RETURN alpr.pending('hits', jsonb_build_object(
        'hit', alpr.hit_json(h),
        'read', alpr.read_json(r),
        'steps', coalesce((SELECT jsonb_agg(jsonb_build_object(
                                   'id', s.id, 'step', s.step, 'user', s.username,
                                   'at', alpr.event_time_text(s.at), 'incident', s.incident,
                                   'details', s.details) ORDER BY s.id)
                             FROM alpr.hit_steps s WHERE s.hit_id = h.id), '[]'::jsonb),
        'images', coalesce((SELECT jsonb_agg(i.kind ORDER BY i.kind)
                              FROM alpr.images i WHERE i.read_id = h.read_id), '[]'::jsonb),
        'list', jsonb_build_object('kind', l.kind,
                                   'extract_time', alpr.event_time_text(l.extract_at),
                                   'loaded_at', alpr.event_time_text(l.loaded_at)),
        'stale_hours', alpr.stale_hours(),
        'misread_table', (SELECT value FROM alpr.settings WHERE key = 'misread_table')));
END $$;

-- An image of a hit's read (plate, overview, vehicle; rectified: the
-- overview, to cut the plate out along its corners), recorded as
-- "hit-image-viewed" and as the hit's "image-viewed" step: the view the
-- character and vehicle steps require.
CREATE FUNCTION alpr_api.hit_image(p_hit bigint, p_kind text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('verify-hit', 'hit:' || p_hit);
    u alpr.users;
    h alpr.hits;
    v_jpeg bytea;
    v_details jsonb;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    u := alpr.me();
    h := alpr.visible_hit(p_hit);
    IF h.id IS NULL THEN
        RETURN alpr.no_hit(p_hit);
    END IF;
    IF p_kind NOT IN ('plate', 'overview', 'vehicle', 'rectified') THEN
        RETURN alpr.error('invalid', format('"%s" is not a kind of image', left(p_kind, 20)));
    END IF;
    SELECT jpeg INTO v_jpeg FROM alpr.images
     WHERE read_id = h.read_id
       AND kind = CASE WHEN p_kind = 'rectified' THEN 'overview' ELSE p_kind END;
    IF v_jpeg IS NULL THEN
        RETURN alpr.error('not-found', format('The read of hit %s has no %s image.', h.id,
                                              p_kind));
    END IF;
    IF p_kind = 'rectified' AND coalesce((SELECT plate_corners FROM alpr.reads
                                           WHERE id = h.read_id), '') = '' THEN
        RETURN alpr.error('not-found', format('The camera gave no plate corners for hit %s.',
                                              h.id));
    END IF;
    v_details := alpr.hit_event_details(h) || jsonb_build_object('kind', p_kind);
    INSERT INTO alpr.hit_steps(hit_id, step, username, at, incident, details)
    VALUES (h.id, 'image-viewed', u.username, now(), h.incident, v_details);
    PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'hit-image-viewed',
                              'hit:' || h.id, v_details, 'success');
    RETURN alpr.pending('hits', jsonb_build_object(
        'jpeg', encode(v_jpeg, 'base64'),
        'corners', (SELECT plate_corners FROM alpr.reads WHERE id = h.read_id)));
END $$;
