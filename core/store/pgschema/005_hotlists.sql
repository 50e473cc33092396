-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ALPR Workstation developers
-- Hot lists, their entries and hits on the department store (Los Altos
-- 462.4(h)): general lists replaced whole by each extract, department lists
-- whose entries (BOLOs) members make and an administrator approves, and the
-- hits the server makes as reads enter. The rules are the file store's
-- (core/hits/hotlists.cpp); here the server checks them again, records each
-- change in the same transaction, and answers anything that shows a plate
-- only once its access record has committed.

CREATE TABLE alpr.hot_lists (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL UNIQUE,
    kind text NOT NULL CHECK (kind IN ('general', 'department')),
    purpose text NOT NULL REFERENCES alpr.purposes(code),
    priority integer NOT NULL CHECK (priority BETWEEN 0 AND 100),
    covert boolean NOT NULL,
    alert boolean NOT NULL,
    enabled boolean NOT NULL,
    members text[] NOT NULL DEFAULT '{}',
    source text NOT NULL DEFAULT '',
    format text NOT NULL DEFAULT '',
    extract_at timestamptz,
    loaded_at timestamptz NOT NULL,
    loaded_by text NOT NULL,
    created_by text NOT NULL
);

-- misread_key: the plate with each character taken as the first of its
-- misread class; re_exact and re_misread: a pattern entry's expressions.
-- Both are made when the entry is written, from the misread table then in
-- force (alpr.hotlist_keys).
CREATE TABLE alpr.hot_list_entries (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    list_id bigint NOT NULL REFERENCES alpr.hot_lists(id),
    plate text NOT NULL,
    is_pattern boolean NOT NULL,
    state text NOT NULL DEFAULT '',
    reason text NOT NULL DEFAULT '',
    case_number text NOT NULL DEFAULT '',
    synopsis text NOT NULL DEFAULT '',
    note text NOT NULL DEFAULT '',
    expires_at timestamptz,
    status text NOT NULL CHECK (status IN ('pending', 'approved', 'removed', 'expired')),
    entered_by text NOT NULL,
    entered_at timestamptz, -- NULL only for entries a migrated store file had without one
    approved_by text NOT NULL DEFAULT '',
    approved_at timestamptz,
    details jsonb NOT NULL DEFAULT '{}',
    misread_key text,
    re_exact text,
    re_misread text
);
CREATE INDEX hot_list_entries_list ON alpr.hot_list_entries(list_id, status, id);
CREATE INDEX hot_list_entries_plate ON alpr.hot_list_entries(plate)
    WHERE status = 'approved' AND NOT is_pattern;
CREATE INDEX hot_list_entries_misread ON alpr.hot_list_entries(misread_key)
    WHERE status = 'approved' AND NOT is_pattern;
CREATE INDEX hot_list_entries_patterns ON alpr.hot_list_entries(id)
    WHERE status = 'approved' AND is_pattern;
CREATE INDEX hot_list_entries_expiry ON alpr.hot_list_entries(expires_at)
    WHERE status = 'approved' AND expires_at IS NOT NULL;

CREATE TABLE alpr.hot_list_entry_changes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entry_id bigint NOT NULL REFERENCES alpr.hot_list_entries(id),
    proposed jsonb NOT NULL,
    proposed_by text NOT NULL,
    proposed_at timestamptz NOT NULL,
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'refused')),
    decided_by text NOT NULL DEFAULT '',
    decided_at timestamptz
);
CREATE INDEX hot_list_entry_changes_entry ON alpr.hot_list_entry_changes(entry_id);

-- A hit keeps what the entry said when it matched (snapshot): replacing the
-- list later never changes a past hit, so entry_id is no foreign key. The
-- purge deletes a read's hits with the read (004's alpr_api.purge_batch).
CREATE TABLE alpr.hits (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    read_id bigint NOT NULL REFERENCES alpr.reads(id),
    list_id bigint NOT NULL REFERENCES alpr.hot_lists(id),
    entry_id bigint NOT NULL,
    matched_at timestamptz NOT NULL,
    match_kind text NOT NULL CHECK (match_kind IN ('exact', 'pattern', 'candidate', 'misread')),
    matched_plate text NOT NULL,
    state_differs boolean NOT NULL,
    stale boolean NOT NULL,
    priority integer NOT NULL,
    covert boolean NOT NULL,
    status text NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'taken', 'confirmed', 'rejected')),
    snapshot jsonb NOT NULL,
    -- The dispatcher's work on it, as the file store keeps it (hits/alerts.h).
    taken_by text NOT NULL DEFAULT '',
    taken_at timestamptz,
    incident text NOT NULL DEFAULT '',
    last_step_at timestamptz,
    escalated_at timestamptz,
    checklist jsonb NOT NULL DEFAULT '{}',
    decided_by text NOT NULL DEFAULT '',
    decided_at timestamptz,
    outcome text NOT NULL DEFAULT '',
    notified_at timestamptz,
    UNIQUE (read_id, entry_id)
);
CREATE INDEX hits_status ON alpr.hits(status, id);
CREATE INDEX hits_list ON alpr.hits(list_id);

-- Each step of a hit's verification, in order (the trail has them too).
CREATE TABLE alpr.hit_steps (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hit_id bigint NOT NULL REFERENCES alpr.hits(id),
    step text NOT NULL,
    username text NOT NULL,
    at timestamptz NOT NULL,
    incident text NOT NULL DEFAULT '',
    details jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX hit_steps_hit ON alpr.hit_steps(hit_id, id);

INSERT INTO alpr.settings(key, value) VALUES ('hotlist_stale_hours', '24')
    ON CONFLICT (key) DO NOTHING;

-- ---------------------------------------------------------------- helpers

-- Whether the signed-in user's roles allow p_action (nothing recorded: for
-- what a permission shows, such as a covert list to its administrators).
CREATE FUNCTION alpr.may(p_action text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM alpr.permissions p
                    WHERE p.action = p_action AND p.role = ANY ((alpr.me()).roles))
$$;

-- Why a text a user typed is refused, in the words of core/common/textinput:
-- too long, or a control character (a line break only where several lines
-- are allowed). NULL when it is fine.
CREATE FUNCTION alpr.text_problem(p_field text, p_value text, p_max integer,
                                  p_lines boolean DEFAULT false)
RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN length(coalesce(p_value, '')) > p_max
            THEN format('the %s is at most %s characters', p_field, p_max)
        WHEN CASE WHEN p_lines THEN translate(coalesce(p_value, ''), E'\n', '')
                  ELSE coalesce(p_value, '') END ~ '[[:cntrl:]]'
            THEN format('the %s holds a control character', p_field)
    END
$$;

-- The misread table as translate()'s two arguments: each character of a
-- class, and the first of its class in its place.
CREATE FUNCTION alpr.misread_translation() RETURNS text[]
LANGUAGE sql STABLE AS $$
    SELECT ARRAY[coalesce(string_agg(g, '' ORDER BY n), ''),
                 coalesce(string_agg(repeat(left(g, 1), length(g)), '' ORDER BY n), '')]
      FROM regexp_split_to_table(coalesce((SELECT value FROM alpr.settings
                                             WHERE key = 'misread_table'), ''), '\s+')
           WITH ORDINALITY AS c(g, n)
     WHERE g ~ '^[A-Z0-9]{2,}$'
$$;

-- Fills an entry's matching keys (see alpr.hot_list_entries) unless the
-- writer gave them (an import computes the misread table's translation once).
CREATE FUNCTION alpr.hotlist_keys() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    t text[];
BEGIN
    IF TG_OP = 'INSERT' AND NEW.misread_key IS NOT NULL AND NOT NEW.is_pattern THEN
        RETURN NEW;
    END IF;
    t := alpr.misread_translation();
    IF NEW.is_pattern THEN
        NEW.misread_key := '';
        NEW.re_exact := alpr.pattern_regex(NEW.plate, false);
        NEW.re_misread := alpr.pattern_regex(NEW.plate, true);
    ELSE
        NEW.misread_key := translate(NEW.plate, t[1], t[2]);
        NEW.re_exact := NULL;
        NEW.re_misread := NULL;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER hot_list_entries_keys BEFORE INSERT OR UPDATE OF plate, is_pattern
    ON alpr.hot_list_entries FOR EACH ROW EXECUTE FUNCTION alpr.hotlist_keys();

CREATE FUNCTION alpr.stale_hours() RETURNS integer
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN value ~ '^[0-9]{1,6}$' AND value::integer > 0 THEN value::integer ELSE 24 END
      FROM alpr.settings WHERE key = 'hotlist_stale_hours'
$$;

CREATE FUNCTION alpr.list_json(l alpr.hot_lists) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'id', l.id, 'name', l.name, 'kind', l.kind, 'purpose', l.purpose,
        'priority', l.priority, 'covert', l.covert, 'alert', l.alert, 'enabled', l.enabled,
        'members', to_jsonb(l.members), 'source', l.source, 'format', l.format,
        'extract_time', alpr.event_time_text(l.extract_at),
        'loaded_at', alpr.event_time_text(l.loaded_at), 'loaded_by', l.loaded_by,
        'created_by', l.created_by,
        'entries', (SELECT count(*) FROM alpr.hot_list_entries e WHERE e.list_id = l.id))
$$;

-- A list as the trail records it (the file store's listJson in hotlists.cpp).
CREATE FUNCTION alpr.list_event_json(l alpr.hot_lists) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_build_object('name', l.name, 'kind', l.kind, 'purpose', l.purpose,
                              'priority', l.priority, 'covert', l.covert, 'alert', l.alert,
                              'enabled', l.enabled, 'members', array_to_string(l.members, ','))
$$;

CREATE FUNCTION alpr.entry_json(e alpr.hot_list_entries) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'id', e.id, 'list_id', e.list_id, 'plate', e.plate, 'pattern', e.is_pattern,
        'state', e.state, 'reason', e.reason, 'case', e.case_number, 'synopsis', e.synopsis,
        'note', e.note, 'expires', alpr.event_time_text(e.expires_at), 'status', e.status,
        'entered_by', e.entered_by, 'entered_at', alpr.event_time_text(e.entered_at),
        'approved_by', e.approved_by, 'approved_at', alpr.event_time_text(e.approved_at),
        'details', e.details)
$$;

CREATE FUNCTION alpr.change_json(c alpr.hot_list_entry_changes) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'id', c.id, 'entry', c.entry_id, 'proposed', c.proposed, 'proposed_by', c.proposed_by,
        'proposed_at', alpr.event_time_text(c.proposed_at), 'status', c.status,
        'decided_by', c.decided_by, 'decided_at', alpr.event_time_text(c.decided_at))
$$;

CREATE FUNCTION alpr.hit_json(h alpr.hits) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'id', h.id, 'read', h.read_id, 'list_id', h.list_id, 'entry', h.entry_id,
        'matched_at', alpr.event_time_text(h.matched_at), 'match', h.match_kind,
        'matched_reading', h.matched_plate, 'state_differs', h.state_differs,
        'stale', h.stale, 'priority', h.priority, 'covert', h.covert, 'status', h.status,
        'listed', h.snapshot, 'taken_by', h.taken_by,
        'taken_at', alpr.event_time_text(h.taken_at), 'incident', h.incident,
        'last_step_at', alpr.event_time_text(h.last_step_at),
        'escalated_at', alpr.event_time_text(h.escalated_at), 'checklist', h.checklist,
        'decided_by', h.decided_by, 'decided_at', alpr.event_time_text(h.decided_at),
        'outcome', h.outcome, 'notified_at', alpr.event_time_text(h.notified_at), 'plate_read', p.plate, 'state_read', r.state,
        'captured_at', alpr.event_time_text(r.captured_at), 'camera', c.name)
      FROM alpr.reads r JOIN alpr.plates p ON p.id = r.plate_id
      JOIN alpr.cameras c ON c.id = r.camera_id
     WHERE r.id = h.read_id
$$;

-- Whether the signed-in user sees the list: a covert list exists only for
-- its members and those who manage hot lists.
CREATE FUNCTION alpr.list_visible(l alpr.hot_lists) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT NOT l.covert OR alpr.may('manage-hotlists') OR (alpr.me()).username = ANY (l.members)
$$;

-- Whether the signed-in user sees the hit: a covert list's hits reach only
-- its members.
CREATE FUNCTION alpr.hit_visible(h alpr.hits) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT NOT h.covert OR EXISTS (SELECT 1 FROM alpr.hot_lists l
                                    WHERE l.id = h.list_id
                                      AND (alpr.me()).username = ANY (l.members))
$$;

-- The list named, if the signed-in user may see it.
CREATE FUNCTION alpr.visible_list(p_name text) RETURNS alpr.hot_lists
LANGUAGE sql STABLE AS $$
    SELECT l.* FROM alpr.hot_lists l
     WHERE l.name = p_name
       AND alpr.list_visible(l)
$$;

CREATE FUNCTION alpr.no_list(p_name text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT alpr.error('not-found', format('There is no hot list named "%s".', left(p_name, 64)))
$$;

CREATE FUNCTION alpr.no_entry(p_id bigint) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT alpr.error('not-found', format('There is no hot-list entry %s.', p_id))
$$;

-- The entry, if the signed-in user may see its list.
CREATE FUNCTION alpr.visible_entry(p_id bigint) RETURNS alpr.hot_list_entries
LANGUAGE sql STABLE AS $$
    SELECT e.* FROM alpr.hot_list_entries e JOIN alpr.hot_lists l ON l.id = e.list_id
     WHERE e.id = p_id
       AND alpr.list_visible(l)
$$;

-- Approved entries whose expiry has passed become expired, one event each,
-- recorded as done by whoever's call noticed it (as on the file store).
CREATE FUNCTION alpr.expire_due_entries() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    e alpr.hot_list_entries;
    v_count integer := 0;
BEGIN
    FOR e IN SELECT * FROM alpr.hot_list_entries
              WHERE status = 'approved' AND expires_at <= now() ORDER BY id FOR UPDATE LOOP
        UPDATE alpr.hot_list_entries SET status = 'expired' WHERE id = e.id;
        PERFORM alpr.append_event((alpr.me()).username, alpr.my_workstation(),
                                  'hotlist-entry-expired', 'hotlist-entry:' || e.id,
                                  jsonb_build_object('expires',
                                                     alpr.event_time_text(e.expires_at)),
                                  'success');
        v_count := v_count + 1;
    END LOOP;
    RETURN v_count;
END $$;

-- Every approved, unexpired entry of an enabled list that the reads match,
-- as hits, one per read and entry with its best kind: the plate as read
-- (exact, pattern), an alternative reading (candidate), or either taken
-- through the misread classes (misread). Called in the import's own
-- transaction; returns how many hits it made.
CREATE FUNCTION alpr.match_reads(p_reads bigint[]) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    t text[] := alpr.misread_translation();
    v_stale_before timestamptz := now() - make_interval(hours => alpr.stale_hours());
    v_count integer;
BEGIN
    WITH readings AS (
        SELECT r.id AS read_id, p.plate AS reading, true AS as_read, r.state
          FROM alpr.reads r JOIN alpr.plates p ON p.id = r.plate_id
         WHERE r.id = ANY (p_reads)
        UNION ALL
        SELECT rc.read_id, p.plate, false, r.state
          FROM alpr.read_candidates rc JOIN alpr.plates p ON p.id = rc.plate_id
          JOIN alpr.reads r ON r.id = rc.read_id
         WHERE rc.read_id = ANY (p_reads)
    ), keyed AS (
        SELECT x.*, translate(x.reading, t[1], t[2]) AS key FROM readings x
    ), matched AS (
        SELECT k.read_id, k.state, k.reading, e.id AS entry_id,
               CASE WHEN k.as_read THEN 0 ELSE 2 END AS rank
          FROM keyed k JOIN alpr.hot_list_entries e
            ON e.plate = k.reading AND e.status = 'approved' AND NOT e.is_pattern
        UNION ALL
        SELECT k.read_id, k.state, k.reading, e.id, 3
          FROM keyed k JOIN alpr.hot_list_entries e
            ON e.misread_key = k.key AND e.status = 'approved' AND NOT e.is_pattern
           AND e.plate <> k.reading
        UNION ALL
        SELECT k.read_id, k.state, k.reading, e.id,
               CASE WHEN k.reading ~ e.re_exact THEN CASE WHEN k.as_read THEN 1 ELSE 2 END
                    ELSE 3 END
          FROM keyed k JOIN alpr.hot_list_entries e
            ON e.status = 'approved' AND e.is_pattern AND k.reading ~ e.re_misread
    ), best AS (
        SELECT DISTINCT ON (m.read_id, m.entry_id) m.*
          FROM matched m ORDER BY m.read_id, m.entry_id, m.rank, m.reading
    )
    INSERT INTO alpr.hits(read_id, list_id, entry_id, matched_at, match_kind, matched_plate,
                          state_differs, stale, priority, covert, snapshot)
    SELECT b.read_id, l.id, e.id, now(),
           (ARRAY['exact', 'pattern', 'candidate', 'misread'])[b.rank + 1], b.reading,
           e.state <> '' AND b.state <> '' AND e.state <> b.state,
           l.kind = 'general' AND coalesce(l.extract_at, l.loaded_at) < v_stale_before,
           l.priority, l.covert,
           jsonb_strip_nulls(jsonb_build_object(
               'list', l.name, 'list_kind', l.kind, 'purpose', l.purpose, 'entry', e.id,
               'plate', e.plate, 'pattern', e.is_pattern, 'state', e.state, 'reason', e.reason,
               'case', e.case_number, 'synopsis', e.synopsis, 'entered_by', e.entered_by,
               'approved_by', e.approved_by, 'details', e.details,
               'extract_time', alpr.event_time_text(l.extract_at),
               'loaded_at', alpr.event_time_text(l.loaded_at),
               'expires', alpr.event_time_text(e.expires_at)))
      FROM best b JOIN alpr.hot_list_entries e ON e.id = b.entry_id
      JOIN alpr.hot_lists l ON l.id = e.list_id
     WHERE l.enabled AND (e.expires_at IS NULL OR e.expires_at > now())
    ON CONFLICT (read_id, entry_id) DO NOTHING;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END $$;

-- Why an entry's fields are refused (the server's own check of what
-- HotLists::addEntry and proposeChange check first); NULL when they are fine.
CREATE FUNCTION alpr.entry_problem(p jsonb) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT coalesce(
        CASE WHEN p ? 'state' AND coalesce(p->>'state', '') !~ '^([A-Z]{2})?$'
             THEN format('The state "%s" is not a two-letter code such as CA.',
                         left(p->>'state', 20)) END,
        alpr.text_problem('reason', p->>'reason', 128),
        alpr.text_problem('synopsis', p->>'synopsis', 2000, true),
        alpr.text_problem('note', p->>'note', 2000, true),
        CASE WHEN p ? 'reason' AND btrim(coalesce(p->>'reason', '')) = ''
             THEN 'An entry needs a reason.' END,
        CASE WHEN p ? 'synopsis' AND btrim(coalesce(p->>'synopsis', '')) = ''
             THEN 'An entry needs a synopsis of why the vehicle is sought (Los Altos '
                  '462.4(h)(5)).' END,
        CASE WHEN p ? 'expires' AND NOT (p->>'expires' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
                  AND (p->>'expires')::date BETWEEN (now() AT TIME ZONE 'UTC')::date
                                                AND (now() AT TIME ZONE 'UTC')::date + 365)
             THEN format('The expiry %s is not between today and one year from today.',
                         left(p->>'expires', 20)) END,
        CASE WHEN p ? 'status' AND p->>'status' <> 'removed'
             THEN 'a change removes an entry or changes its fields' END)
$$;

-- Hot lists are read by those who work with them (HotLists::requireReader),
-- trained, unlocked and with their second factor as alpr.require checks:
-- NULL for them; for anyone else the refusal, recorded (naming verify-hit,
-- as the file store does).
CREATE FUNCTION alpr.hotlist_reader_refusal() RETURNS jsonb
LANGUAGE sql AS $$
    SELECT alpr.require_any(ARRAY['manage-hotlists', 'import-hotlists', 'enter-hotlist-entries',
                                  'approve-entry-changes', 'verify-hit'], 'hotlists')
$$;

-- ---------------------------------------------------------------- the API

-- The lists the user may see, with the stale-hours setting; expires the
-- entries whose day is over first.
CREATE FUNCTION alpr_api.hotlist_lists() RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.hotlist_reader_refusal();
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    PERFORM alpr.expire_due_entries();
    RETURN jsonb_build_object(
        'stale_hours', alpr.stale_hours(),
        'lists', coalesce((SELECT jsonb_agg(alpr.list_json(l) ORDER BY l.priority DESC, l.name)
                             FROM alpr.hot_lists l
                            WHERE alpr.list_visible(l)), '[]'::jsonb));
END $$;

-- A new list (administrators). p_list: name, kind, purpose, priority,
-- covert, alert, enabled, members.
CREATE FUNCTION alpr_api.hotlist_create(p_list jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    v_name text := btrim(coalesce(p_list->>'name', ''));
    refusal jsonb := alpr.require('manage-hotlists', 'hotlist:' || left(v_name, 64));
    u alpr.users;
    l alpr.hot_lists;
    v_problem text;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    u := alpr.me();
    v_problem := coalesce(
        CASE WHEN v_name = '' THEN 'A hot list needs a name.' END,
        alpr.text_problem('list name', v_name, 64),
        CASE WHEN coalesce(p_list->>'kind', '') NOT IN ('general', 'department')
             THEN 'a hot list is general or department' END,
        CASE WHEN EXISTS (SELECT 1 FROM alpr.hot_lists WHERE name = v_name)
             THEN format('There is already a hot list named "%s".', v_name) END,
        CASE WHEN NOT EXISTS (SELECT 1 FROM alpr.purposes
                               WHERE code = p_list->>'purpose' AND active)
             THEN format('"%s" is not an active purpose.', left(p_list->>'purpose', 64)) END,
        alpr.list_settings_problem(p_list));
    IF v_problem IS NOT NULL THEN
        RETURN alpr.error('invalid', v_problem);
    END IF;
    INSERT INTO alpr.hot_lists(name, kind, purpose, priority, covert, alert, enabled, members,
                               loaded_at, loaded_by, created_by)
    VALUES (v_name, p_list->>'kind', p_list->>'purpose', (p_list->>'priority')::integer,
            (p_list->>'covert')::boolean, (p_list->>'alert')::boolean,
            (p_list->>'enabled')::boolean,
            ARRAY(SELECT jsonb_array_elements_text(p_list->'members')), now(), u.username,
            u.username)
    RETURNING * INTO l;
    PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'hotlist-created', '',
                              jsonb_build_object('after', alpr.list_event_json(l)), 'success');
    RETURN jsonb_build_object('id', l.id);
END $$;

-- What a list's settings may not be, for creating and editing one.
CREATE FUNCTION alpr.list_settings_problem(p_list jsonb) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT coalesce(
        CASE WHEN jsonb_typeof(p_list->'priority') IS DISTINCT FROM 'number'
                  OR (p_list->>'priority')::numeric NOT BETWEEN 0 AND 100
             THEN format('The priority %s is not between 0 and 100.',
                         left(coalesce(p_list->>'priority', ''), 20)) END,
        CASE WHEN jsonb_typeof(p_list->'covert') IS DISTINCT FROM 'boolean'
                  OR jsonb_typeof(p_list->'alert') IS DISTINCT FROM 'boolean'
                  OR jsonb_typeof(p_list->'enabled') IS DISTINCT FROM 'boolean'
                  OR jsonb_typeof(p_list->'members') IS DISTINCT FROM 'array'
             THEN 'a list says whether it is covert, alerts and is enabled, and its members' END,
        CASE WHEN (p_list->>'covert')::boolean AND jsonb_array_length(p_list->'members') = 0
             THEN 'A covert list names its members: only they see its hits.' END,
        (SELECT format('There is no user %s.', left(m, 64))
           FROM jsonb_array_elements_text(p_list->'members') AS x(m)
          WHERE NOT EXISTS (SELECT 1 FROM alpr.users WHERE username = m) LIMIT 1))
$$;

-- Changes a list's purpose, priority, alerting, covert, members and
-- enabled (administrators); its name and kind stay.
CREATE FUNCTION alpr_api.hotlist_edit(p_list jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('manage-hotlists', 'hotlist:' || left(p_list->>'name', 64));
    u alpr.users;
    before alpr.hot_lists;
    after alpr.hot_lists;
    v_problem text;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    u := alpr.me();
    SELECT * INTO before FROM alpr.hot_lists WHERE name = p_list->>'name' FOR UPDATE;
    IF before.id IS NULL THEN
        RETURN alpr.no_list(p_list->>'name');
    END IF;
    v_problem := coalesce(
        CASE WHEN NOT EXISTS (SELECT 1 FROM alpr.purposes
                               WHERE code = p_list->>'purpose' AND active)
             THEN format('"%s" is not an active purpose.', left(p_list->>'purpose', 64)) END,
        alpr.list_settings_problem(p_list));
    IF v_problem IS NOT NULL THEN
        RETURN alpr.error('invalid', v_problem);
    END IF;
    UPDATE alpr.hot_lists
       SET purpose = p_list->>'purpose', priority = (p_list->>'priority')::integer,
           covert = (p_list->>'covert')::boolean, alert = (p_list->>'alert')::boolean,
           enabled = (p_list->>'enabled')::boolean,
           members = ARRAY(SELECT jsonb_array_elements_text(p_list->'members'))
     WHERE id = before.id
    RETURNING * INTO after;
    PERFORM alpr.append_event(u.username, alpr.my_workstation(),
                              CASE WHEN before.enabled AND NOT after.enabled
                                   THEN 'hotlist-disabled' ELSE 'hotlist-changed' END,
                              'hotlist:' || before.id,
                              jsonb_build_object('before', alpr.list_event_json(before),
                                                 'after', alpr.list_event_json(after)),
                              'success');
    RETURN jsonb_build_object('id', after.id);
END $$;

-- A list's entries by status (all when p_status is NULL), newest first:
-- they hold plates, so showing them is recorded ("hotlist-viewed") and the
-- answer comes once that record has committed.
CREATE FUNCTION alpr_api.hotlist_entries(p_list text, p_status text, p_limit bigint)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    l alpr.hot_lists;
    v_entries jsonb;
    refusal jsonb := alpr.hotlist_reader_refusal();
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    l := alpr.visible_list(p_list);
    IF l.id IS NULL THEN
        RETURN alpr.no_list(p_list);
    END IF;
    IF p_status IS NOT NULL AND p_status NOT IN ('pending', 'approved', 'removed', 'expired') THEN
        RETURN alpr.error('invalid', format('"%s" is not the status of an entry',
                                            left(p_status, 20)));
    END IF;
    SELECT coalesce(jsonb_agg(alpr.entry_json(e) ORDER BY e.id DESC), '[]'::jsonb) INTO v_entries
      FROM (SELECT * FROM alpr.hot_list_entries
             WHERE list_id = l.id AND (p_status IS NULL OR status = p_status)
             ORDER BY id DESC LIMIT greatest(0, least(coalesce(p_limit, 200), 100000))) e;
    PERFORM alpr.append_event((alpr.me()).username, alpr.my_workstation(), 'hotlist-viewed',
                              'hotlist:' || l.id,
                              jsonb_build_object('entries_shown', jsonb_array_length(v_entries),
                                                 'status', coalesce(p_status, 'any')),
                              'success');
    RETURN alpr.pending('hotlist', jsonb_build_object('list', alpr.list_json(l),
                                                      'entries', v_entries));
END $$;

-- Replaces every entry of a general list with an extract's (administrators
-- and the maintenance account). p_file: file, format, extract_time,
-- duplicates, refused_plates, states_corrected as the workstation parsed
-- the file; p_entries: plate, state, reason, case, synopsis, note, expires
-- (a date), details. Refused whole when any entry is not a plate, and when
-- the list would shrink by more than half unless p_allow_shrink.
CREATE FUNCTION alpr_api.hotlist_import(p_list text, p_file jsonb, p_entries jsonb,
                                        p_allow_shrink boolean)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('import-hotlists', 'hotlist:' || left(p_list, 64));
    u alpr.users;
    l alpr.hot_lists;
    v_before integer;
    v_loaded integer;
    v_details jsonb;
    v_bad integer;
    v_label text := left(coalesce(p_file->>'file', ''), 255);
    t text[];
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    u := alpr.me();
    SELECT * INTO l FROM alpr.hot_lists WHERE name = p_list FOR UPDATE;
    IF l.id IS NULL THEN
        RETURN alpr.no_list(p_list);
    END IF;
    IF jsonb_typeof(p_entries) IS DISTINCT FROM 'array'
       OR jsonb_array_length(p_entries) > 2000000 THEN
        RETURN alpr.error('invalid', 'entries come as an array of at most 2000000');
    END IF;
    SELECT count(*) INTO v_before FROM alpr.hot_list_entries WHERE list_id = l.id;
    v_loaded := jsonb_array_length(p_entries);
    v_details := jsonb_strip_nulls(jsonb_build_object(
        'file', v_label, 'format', left(p_file->>'format', 20), 'before', v_before,
        'loaded', v_loaded, 'duplicates', (p_file->>'duplicates')::integer,
        'refused_plates', (p_file->>'refused_plates')::integer,
        'states_corrected', (p_file->>'states_corrected')::integer,
        'extract_time', left(p_file->>'extract_time', 40)));
    IF l.kind <> 'general' THEN
        PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'hotlist-imported',
                                  'hotlist:' || l.id,
                                  jsonb_build_object('file', v_label, 'reason',
                                                     'a department list is not imported'),
                                  'refused');
        RETURN alpr.error('invalid', format('"%s" is a department list: its entries are entered '
                                            'one by one and approved, not imported.', l.name));
    END IF;
    SELECT min(n) INTO v_bad FROM jsonb_array_elements(p_entries) WITH ORDINALITY AS x(e, n)
     WHERE coalesce(e->>'plate', '') !~ '^[A-Z0-9]{1,8}$'
        OR coalesce(e->>'state', '') !~ '^([A-Z]{2})?$'
        OR alpr.text_problem('reason', e->>'reason', 200) IS NOT NULL
        OR alpr.text_problem('case', e->>'case', 64) IS NOT NULL
        OR alpr.text_problem('synopsis', e->>'synopsis', 2000, true) IS NOT NULL
        OR alpr.text_problem('note', e->>'note', 2000, true) IS NOT NULL
        OR coalesce(e->>'expires', '') !~ '^([0-9]{4}-[0-9]{2}-[0-9]{2})?$'
        OR jsonb_typeof(coalesce(e->'details', '{}')) <> 'object'
        OR octet_length(coalesce(e->'details', '{}')::text) > 4096;
    IF v_bad IS NOT NULL THEN
        RETURN alpr.error('invalid', format('%s: nothing was loaded: entry %s is not a plate '
                                            'with its state and fields', v_label, v_bad));
    END IF;
    IF NOT coalesce(p_allow_shrink, false) AND v_loaded * 2 < v_before THEN
        PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'hotlist-imported',
                                  'hotlist:' || l.id,
                                  v_details || jsonb_build_object(
                                      'reason', format('the list would shrink from %s to %s '
                                                       'entries', v_before, v_loaded)),
                                  'refused');
        RETURN alpr.error('invalid', format('%s has %s entries where "%s" has %s: loading it '
                                            'would shrink the list by more than half',
                                            v_label, v_loaded, l.name, v_before));
    END IF;
    DELETE FROM alpr.hot_list_entries WHERE list_id = l.id;
    t := alpr.misread_translation();
    INSERT INTO alpr.hot_list_entries(list_id, plate, is_pattern, state, reason, case_number,
                                      synopsis, note, expires_at, status, entered_by,
                                      entered_at, details, misread_key)
    SELECT l.id, e->>'plate', false, coalesce(e->>'state', ''), coalesce(e->>'reason', ''),
           coalesce(e->>'case', ''), coalesce(e->>'synopsis', ''), coalesce(e->>'note', ''),
           CASE WHEN coalesce(e->>'expires', '') <> ''
                THEN ((e->>'expires')::date + 1)::timestamp AT TIME ZONE 'UTC' END,
           'approved', u.username, now(), coalesce(e->'details', '{}'),
           translate(e->>'plate', t[1], t[2])
      FROM jsonb_array_elements(p_entries) AS x(e);
    UPDATE alpr.hot_lists
       SET source = v_label, format = left(coalesce(p_file->>'format', ''), 20),
           extract_at = (p_file->>'extract_time')::timestamptz, loaded_at = now(),
           loaded_by = u.username
     WHERE id = l.id;
    PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'hotlist-imported',
                              'hotlist:' || l.id,
                              v_details || jsonb_build_object('allow_shrink',
                                                              coalesce(p_allow_shrink, false)),
                              'success');
    RETURN jsonb_build_object('before', v_before, 'loaded', v_loaded);
END $$;

-- A BOLO on a department list, pending until an administrator approves it.
-- p_entry: list, plate, pattern, state, reason, case, synopsis, note,
-- expires (a date), details. The workstation checks the plate's pattern
-- language and prohibited uses first; the server checks the list, its
-- members, the case number's format, every field and the prohibited uses again.
CREATE FUNCTION alpr_api.hotlist_entry_add(p_entry jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('enter-hotlist-entries',
                                  'hotlist:' || left(p_entry->>'list', 64));
    u alpr.users;
    l alpr.hot_lists;
    v_problem text;
    v_id bigint;
    v_plate text := coalesce(p_entry->>'plate', '');
    v_pattern boolean := coalesce((p_entry->>'pattern')::boolean, false);
    v_prohibited text := alpr.prohibited_use(concat_ws(E'\n', p_entry->>'reason',
                                                       p_entry->>'synopsis', p_entry->>'note'));
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    u := alpr.me();
    l := alpr.visible_list(p_entry->>'list');
    IF l.id IS NULL THEN
        RETURN alpr.no_list(p_entry->>'list');
    END IF;
    v_problem := coalesce(
        CASE WHEN l.kind <> 'department'
             THEN format('"%s" is a general list: it is replaced by each download, so entries '
                         'are made on a department list.', l.name) END,
        CASE WHEN NOT l.enabled THEN format('The list "%s" is disabled.', l.name) END,
        CASE WHEN NOT v_pattern AND v_plate !~ '^[A-Z0-9]{1,8}$'
               OR v_pattern
                  AND (v_plate !~ '^[A-Z0-9?*\[\]-]{1,40}$'
                       OR length(regexp_replace(regexp_replace(v_plate, '\[[^]]*\]', '', 'g'),
                                                '[?*]', '', 'g')) < 3)
             THEN format('"%s" is not a plate or a partial plate with three fixed characters',
                         left(v_plate, 40)) END,
        CASE WHEN NOT alpr.case_number_ok(p_entry->>'case')
             THEN format('"%s" is not a case number in the department''s format.',
                         left(p_entry->>'case', 64)) END,
        alpr.entry_problem(p_entry || jsonb_build_object(
            'reason', coalesce(p_entry->>'reason', ''),
            'synopsis', coalesce(p_entry->>'synopsis', ''),
            'expires', coalesce(p_entry->>'expires', ''))),
        CASE WHEN jsonb_typeof(coalesce(p_entry->'details', '{}')) <> 'object'
                  OR octet_length(coalesce(p_entry->'details', '{}')::text) > 4096
             THEN 'an entry''s descriptors are a small JSON object' END);
    IF v_problem IS NULL AND l.covert AND NOT u.username = ANY (l.members) THEN
        PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'hotlist-entry-added',
                                  'hotlist:' || l.id,
                                  jsonb_build_object('reason', 'not a member of the covert list'),
                                  'refused');
        RETURN alpr.error('denied', format('Only the members of the covert list "%s" make its '
                                           'entries.', l.name));
    END IF;
    IF v_problem IS NOT NULL THEN
        RETURN alpr.error('invalid', v_problem);
    END IF;
    -- An entry may not serve a use the law forbids, whatever the client checked.
    IF v_prohibited IS NOT NULL THEN
        PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'hotlist-entry-added',
                                  'hotlist:' || l.id,
                                  jsonb_build_object('list', l.name, 'plate', v_plate,
                                                     'case', p_entry->>'case',
                                                     'reason', p_entry->>'reason',
                                                     'refusal', v_prohibited),
                                  'refused');
        RETURN alpr.error('denied', format('The entry was refused: %s. ALPR data may not be '
                                           'used for it.', v_prohibited));
    END IF;
    BEGIN
        INSERT INTO alpr.hot_list_entries(list_id, plate, is_pattern, state, reason,
                                          case_number, synopsis, note, expires_at, status,
                                          entered_by, entered_at, details)
        VALUES (l.id, v_plate, v_pattern, coalesce(p_entry->>'state', ''),
                btrim(p_entry->>'reason'), p_entry->>'case', btrim(p_entry->>'synopsis'),
                coalesce(p_entry->>'note', ''),
                ((p_entry->>'expires')::date + 1)::timestamp AT TIME ZONE 'UTC', 'pending',
                u.username, now(), coalesce(p_entry->'details', '{}'))
        RETURNING id INTO v_id;
    EXCEPTION WHEN SQLSTATE 'AL400' THEN
        RETURN alpr.error('invalid', SQLERRM);
    END;
    PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'hotlist-entry-added', '',
                              jsonb_build_object('list', l.name, 'plate', v_plate,
                                                 'state', coalesce(p_entry->>'state', ''),
                                                 'case', p_entry->>'case',
                                                 'reason', btrim(p_entry->>'reason'),
                                                 'expires', p_entry->>'expires'),
                              'pending');
    RETURN jsonb_build_object('id', v_id);
END $$;

-- One entry with its changes, recorded as viewed ("hotlist-entry-viewed");
-- answered once that record has committed.
CREATE FUNCTION alpr_api.hotlist_entry(p_id bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    e alpr.hot_list_entries;
    refusal jsonb := alpr.hotlist_reader_refusal();
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    e := alpr.visible_entry(p_id);
    IF e.id IS NULL THEN
        RETURN alpr.no_entry(p_id);
    END IF;
    PERFORM alpr.append_event((alpr.me()).username, alpr.my_workstation(),
                              'hotlist-entry-viewed', 'hotlist-entry:' || e.id, '{}', 'success');
    RETURN alpr.pending('hotlist', alpr.entry_json(e) || jsonb_build_object(
        'changes', coalesce((SELECT jsonb_agg(alpr.change_json(c) ORDER BY c.id)
                               FROM alpr.hot_list_entry_changes c WHERE c.entry_id = e.id),
                            '[]'::jsonb)));
END $$;

-- An administrator approves a pending entry; never one they entered.
CREATE FUNCTION alpr_api.hotlist_entry_approve(p_id bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('manage-hotlists', 'hotlist-entry:' || p_id);
    u alpr.users;
    e alpr.hot_list_entries;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    u := alpr.me();
    e := alpr.visible_entry(p_id);
    IF e.id IS NULL THEN
        RETURN alpr.no_entry(p_id);
    END IF;
    SELECT * INTO e FROM alpr.hot_list_entries WHERE id = e.id FOR UPDATE;
    IF e.status <> 'pending' THEN
        RETURN alpr.error('invalid', format('Entry %s is %s, not waiting for approval.', e.id,
                                            e.status));
    END IF;
    IF e.entered_by = u.username THEN
        PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'hotlist-entry-approved',
                                  'hotlist-entry:' || e.id,
                                  jsonb_build_object('reason', 'own entry'), 'refused');
        RETURN alpr.error('denied', format('Nobody approves an entry they made: another '
                                           'administrator approves entry %s.', e.id));
    END IF;
    UPDATE alpr.hot_list_entries SET status = 'approved', approved_by = u.username,
                                     approved_at = now()
     WHERE id = e.id;
    PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'hotlist-entry-approved',
                              'hotlist-entry:' || e.id,
                              jsonb_build_object('entered_by', e.entered_by), 'success');
    RETURN jsonb_build_object('id', e.id);
END $$;

-- Proposes a change to a department entry (the members who enter
-- entries); p_change: state, reason, synopsis, note, expires, status
-- ("removed"), only those that change.
CREATE FUNCTION alpr_api.hotlist_change_propose(p_id bigint, p_change jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('enter-hotlist-entries', 'hotlist-entry:' || p_id);
    u alpr.users;
    e alpr.hot_list_entries;
    v_problem text;
    v_id bigint;
    v_prohibited text;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    u := alpr.me();
    e := alpr.visible_entry(p_id);
    IF e.id IS NULL THEN
        RETURN alpr.no_entry(p_id);
    END IF;
    v_problem := coalesce(
        CASE WHEN (SELECT kind FROM alpr.hot_lists WHERE id = e.list_id) <> 'department'
             THEN format('Entry %s belongs to a general list, which only its next download '
                         'changes.', e.id) END,
        CASE WHEN e.status NOT IN ('pending', 'approved')
             THEN format('Entry %s is %s and can no longer change.', e.id, e.status) END,
        CASE WHEN jsonb_typeof(p_change) IS DISTINCT FROM 'object' OR p_change = '{}'
                  OR EXISTS (SELECT 1 FROM jsonb_object_keys(p_change) k
                              WHERE k NOT IN ('state', 'reason', 'synopsis', 'note', 'expires',
                                              'status'))
             THEN 'The change changes nothing.' END,
        alpr.entry_problem(p_change));
    IF v_problem IS NOT NULL THEN
        RETURN alpr.error('invalid', v_problem);
    END IF;
    v_prohibited := alpr.prohibited_use(concat_ws(E'\n', p_change->>'reason',
                                                  p_change->>'synopsis', p_change->>'note'));
    IF v_prohibited IS NOT NULL THEN
        PERFORM alpr.append_event(u.username, alpr.my_workstation(),
                                  'hotlist-entry-change-proposed', 'hotlist-entry:' || e.id,
                                  jsonb_build_object('proposed', p_change,
                                                     'refusal', v_prohibited),
                                  'refused');
        RETURN alpr.error('denied', format('The change was refused: %s. ALPR data may not be '
                                           'used for it.', v_prohibited));
    END IF;
    INSERT INTO alpr.hot_list_entry_changes(entry_id, proposed, proposed_by, proposed_at)
    VALUES (e.id, p_change, u.username, now()) RETURNING id INTO v_id;
    PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'hotlist-entry-change-proposed',
                              'hotlist-entry:' || e.id,
                              jsonb_build_object('proposed', p_change), 'pending');
    RETURN jsonb_build_object('id', v_id);
END $$;

-- A supervisor decides a change: never its proposer, never the member who
-- entered the entry.
CREATE FUNCTION alpr_api.hotlist_change_decide(p_id bigint, p_approve boolean) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('approve-entry-changes', 'hotlist-entry-change:' || p_id);
    u alpr.users;
    c alpr.hot_list_entry_changes;
    e alpr.hot_list_entries;
    p jsonb;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    u := alpr.me();
    SELECT * INTO c FROM alpr.hot_list_entry_changes WHERE id = p_id FOR UPDATE;
    e := alpr.visible_entry(c.entry_id);
    IF c.id IS NULL OR e.id IS NULL THEN
        RETURN alpr.error('not-found', format('There is no change %s.', p_id));
    END IF;
    IF c.status <> 'pending' THEN
        RETURN alpr.error('invalid', format('Change %s was %s already.', c.id, c.status));
    END IF;
    IF u.username IN (c.proposed_by, e.entered_by) THEN
        PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'hotlist-entry-changed',
                                  'hotlist-entry:' || e.id,
                                  jsonb_build_object('change', c.id,
                                                     'reason', 'own entry or change'),
                                  'refused');
        RETURN alpr.error('denied', format('Nobody approves an entry they entered or changed: '
                                           'another supervisor decides change %s.', c.id));
    END IF;
    p := c.proposed;
    IF p_approve THEN
        UPDATE alpr.hot_list_entries
           SET state = coalesce(p->>'state', state), reason = coalesce(p->>'reason', reason),
               synopsis = coalesce(p->>'synopsis', synopsis), note = coalesce(p->>'note', note),
               expires_at = CASE WHEN p ? 'expires'
                                 THEN ((p->>'expires')::date + 1)::timestamp AT TIME ZONE 'UTC'
                                 ELSE expires_at END,
               status = coalesce(p->>'status', status)
         WHERE id = e.id;
    END IF;
    UPDATE alpr.hot_list_entry_changes
       SET status = CASE WHEN p_approve THEN 'approved' ELSE 'refused' END,
           decided_by = u.username, decided_at = now()
     WHERE id = c.id;
    PERFORM alpr.append_event(u.username, alpr.my_workstation(),
                              CASE WHEN p_approve THEN 'hotlist-entry-changed'
                                   ELSE 'hotlist-entry-change-refused' END,
                              'hotlist-entry:' || e.id,
                              jsonb_build_object('change', c.id, 'proposed', p,
                                                 'proposed_by', c.proposed_by),
                              'success');
    RETURN jsonb_build_object('id', c.id);
END $$;

-- Hits, newest first, for users who verify them: by status (NULL: any;
-- "decided": confirmed or rejected), or one hit (p_hit); and with "bolo",
-- for a member who enters entries, the hits of their own entries they have
-- not been told of. Covert lists' hits only for their members. A listing
-- is recorded as "hits-listed", one hit as "hit-viewed"; the answer comes
-- once that record has committed.
CREATE FUNCTION alpr_api.hits(p_status text, p_hit bigint, p_limit bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require(CASE WHEN p_status = 'bolo' THEN 'enter-hotlist-entries'
                                       ELSE 'verify-hit' END,
                                  CASE WHEN p_hit IS NULL THEN 'hits' ELSE 'hit:' || p_hit END);
    u alpr.users;
    v_hits jsonb;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    u := alpr.me();
    IF p_status IS NOT NULL
       AND p_status NOT IN ('new', 'taken', 'confirmed', 'rejected', 'decided', 'bolo') THEN
        RETURN alpr.error('invalid', format('"%s" is not the status of a hit', left(p_status, 20)));
    END IF;
    SELECT coalesce(jsonb_agg(alpr.hit_json(h) ORDER BY h.id DESC), '[]'::jsonb) INTO v_hits
      FROM (SELECT * FROM alpr.hits x
             WHERE alpr.hit_visible(x)
               AND (p_status IS NULL OR x.status = p_status
                    OR p_status = 'decided' AND x.status IN ('confirmed', 'rejected')
                    OR p_status = 'bolo' AND x.notified_at IS NULL
                       AND x.snapshot->>'entered_by' = u.username)
               AND (p_hit IS NULL OR x.id = p_hit)
             ORDER BY x.id DESC LIMIT greatest(0, least(coalesce(p_limit, 200), 10000))) h;
    IF p_hit IS NOT NULL THEN
        IF jsonb_array_length(v_hits) = 0 THEN
            RETURN alpr.error('not-found', format('There is no hit %s.', p_hit));
        END IF;
        PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'hit-viewed',
                                  'hit:' || p_hit, '{}', 'success');
    ELSE
        PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'hits-listed', 'hits',
                                  jsonb_build_object('status', coalesce(p_status, 'any'),
                                                     'shown', jsonb_array_length(v_hits)),
                                  'success');
    END IF;
    RETURN alpr.pending('hits', jsonb_build_object('hits', v_hits));
END $$;
