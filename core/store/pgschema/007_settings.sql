-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ALPR Workstation developers
--
-- Department store, migration 7: what an administrator sets for the whole
-- department, on the server that enforces it: the purposes (who may give
-- each, none that names a prohibited use), the case number format, the
-- misread table, the hot-list and alert minutes, and the agency as reports
-- name it (core/cases/purposes.h, departmentsettings.h, agencysettings.h).
-- The workstation checks the same first; the server checks again, writes,
-- and records the change with the values before and after, in one
-- transaction.

-- ---------------------------------------------------------------- purposes

-- A purpose as the trail records it (core/cases/purposes.cpp, purposeJson):
-- its roles joined by commas.
CREATE FUNCTION alpr.purpose_json(p alpr.purposes) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_build_object('code', p.code, 'description', p.description,
                              'policy_ref', p.policy_ref, 'active', p.active,
                              'roles', array_to_string(p.roles, ','))
$$;

-- The roles in the workstation's order (core/common/role.cpp), each once.
CREATE FUNCTION alpr.canonical_roles(p_roles text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(array_agg(r ORDER BY n), '{}')
      FROM unnest(ARRAY['detective', 'dispatcher', 'records', 'administrator', 'auditor',
                        'supervisor', 'ingest', 'maintenance']) WITH ORDINALITY AS o(r, n)
     WHERE r = ANY (p_roles)
$$;

-- Administrators: adds a purpose, or changes the description, policy
-- reference and roles of one (it keeps whether it is retired).
-- p_purpose: code, description, policy_ref, roles (an array of role names).
CREATE FUNCTION alpr_api.purpose_save(p_purpose jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    v_code text := coalesce(p_purpose->>'code', '');
    refusal jsonb := alpr.require('change-settings', 'purpose:' || left(v_code, 40));
    v_description text := btrim(coalesce(p_purpose->>'description', ''));
    v_policy text := btrim(coalesce(p_purpose->>'policy_ref', ''));
    v_roles text[];
    v_searchers text;
    v_problem text;
    v_prohibited text;
    v_before alpr.purposes;
    v_after alpr.purposes;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    IF jsonb_typeof(p_purpose->'roles') IS DISTINCT FROM 'array'
       OR EXISTS (SELECT 1 FROM jsonb_array_elements(p_purpose->'roles') r
                   WHERE jsonb_typeof(r) <> 'string') THEN
        RETURN alpr.error('invalid', 'a purpose''s roles are an array of role names');
    END IF;
    v_roles := ARRAY(SELECT jsonb_array_elements_text(p_purpose->'roles'));
    v_searchers := (SELECT string_agg(r, ', ' ORDER BY n)
                      FROM unnest(alpr.canonical_roles(ARRAY(SELECT role FROM alpr.permissions
                                                              WHERE action = 'search')))
                           WITH ORDINALITY AS o(r, n));
    v_problem := coalesce(
        CASE WHEN v_code !~ '^[a-z0-9][a-z0-9-]{1,39}$'
             THEN format('"%s" is not a purpose code: use 2 to 40 characters of a-z, 0-9 and '
                         '''-'', starting with a letter or digit', left(v_code, 64)) END,
        alpr.text_problem('purpose description', v_description, 200),
        CASE WHEN length(v_description) < 5
             THEN 'a purpose needs a description of 5 to 200 characters' END,
        alpr.text_problem('policy reference', v_policy, 100),
        CASE WHEN cardinality(v_roles) = 0
             THEN format('Purpose "%s" names no role; choose at least one of %s to give it.',
                         v_code, v_searchers) END,
        (SELECT format('Purpose "%s": the role %s may not search, so it cannot give a purpose; '
                       'choose among %s.', v_code, left(r, 40), v_searchers)
           FROM unnest(v_roles) r
          WHERE NOT EXISTS (SELECT 1 FROM alpr.permissions p
                             WHERE p.role = r AND p.action = 'search')
          LIMIT 1));
    IF v_problem IS NOT NULL THEN
        RETURN alpr.error('invalid', v_problem);
    END IF;
    -- One change to the list at a time: before and after are what was saved.
    LOCK TABLE alpr.purposes IN SHARE ROW EXCLUSIVE MODE;
    SELECT * INTO v_before FROM alpr.purposes WHERE code = v_code;
    v_after := ROW(v_code, v_description, v_policy, coalesce(v_before.active, true),
                   alpr.canonical_roles(v_roles));
    v_prohibited := alpr.prohibited_use(v_code || ' ' || v_description || ' ' || v_policy);
    IF v_prohibited IS NOT NULL THEN
        PERFORM alpr.append_event((alpr.me()).username, alpr.my_workstation(), 'purpose-saved',
                                  'purpose:' || v_code,
                                  jsonb_build_object('after', alpr.purpose_json(v_after),
                                                     'reason', v_prohibited),
                                  'refused');
        RETURN alpr.error('denied', format('"%s" names a use the policies prohibit: %s; it '
                                           'cannot be a purpose', v_code, v_prohibited));
    END IF;
    INSERT INTO alpr.purposes(code, description, policy_ref, active, roles)
    VALUES (v_after.code, v_after.description, v_after.policy_ref, v_after.active, v_after.roles)
    ON CONFLICT (code) DO UPDATE SET description = EXCLUDED.description,
                                     policy_ref = EXCLUDED.policy_ref, roles = EXCLUDED.roles;
    PERFORM alpr.append_event((alpr.me()).username, alpr.my_workstation(), 'purpose-saved',
                              'purpose:' || v_code,
                              jsonb_build_object('after', alpr.purpose_json(v_after))
                              || CASE WHEN v_before.code IS NULL THEN '{}'::jsonb
                                      ELSE jsonb_build_object('before',
                                                              alpr.purpose_json(v_before)) END,
                              'success');
    RETURN jsonb_build_object('purpose', alpr.purpose_json(v_after));
END $$;

-- Administrators: retires a purpose (it stays in the record of past
-- searches, and nobody can give it) or reinstates one, unless it names a
-- prohibited use.
CREATE FUNCTION alpr_api.purpose_set_active(p_code text, p_active boolean) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('change-settings', 'purpose:' || left(p_code, 40));
    v_before alpr.purposes;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    SELECT * INTO v_before FROM alpr.purposes WHERE code = p_code FOR UPDATE;
    IF v_before.code IS NULL THEN
        RETURN alpr.error('not-found', format('there is no purpose "%s"', left(p_code, 40)));
    END IF;
    IF p_active AND alpr.prohibited_use(v_before.code || ' ' || v_before.description)
                    IS NOT NULL THEN
        RETURN alpr.error('denied', format('"%s" names a use the policies prohibit',
                                           v_before.code));
    END IF;
    UPDATE alpr.purposes SET active = p_active WHERE code = p_code;
    PERFORM alpr.append_event((alpr.me()).username, alpr.my_workstation(),
                              CASE WHEN p_active THEN 'purpose-reinstated'
                                   ELSE 'purpose-retired' END,
                              'purpose:' || p_code,
                              jsonb_build_object('before', alpr.purpose_json(v_before)),
                              'success');
    RETURN jsonb_build_object('code', p_code, 'active', p_active);
END $$;

-- ------------------------------------------------------- department settings

-- Its numbers, whose bounds are the workstation's (departmentsettings.cpp).
CREATE FUNCTION alpr.department_settings() RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'case_number_pattern', (SELECT value FROM alpr.settings WHERE key = 'case_number_pattern'),
        'case_number_example', (SELECT value FROM alpr.settings WHERE key = 'case_number_example'),
        'misread_table', coalesce((SELECT value FROM alpr.settings
                                    WHERE key = 'misread_table'), ''),
        'hotlist_stale_hours', alpr.stale_hours(),
        'alert_hold_minutes',
        extract(epoch FROM alpr.setting_minutes('alert_hold_minutes', 30))::integer / 60,
        'alert_escalate_minutes',
        extract(epoch FROM alpr.setting_minutes('alert_escalate_minutes', 5))::integer / 60)
$$;

-- Anyone signed in: the settings every search, entry and alert follows.
CREATE FUNCTION alpr_api.department_settings() RETURNS jsonb
LANGUAGE sql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
    SELECT coalesce(alpr.signed_in_guard(), alpr.department_settings())
$$;

-- What is wrong with one whole-number setting, or NULL.
CREATE FUNCTION alpr.number_problem(p_value jsonb, p_min integer, p_max integer,
                                    p_what text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN jsonb_typeof(p_value) IS DISTINCT FROM 'number'
             OR p_value::text !~ '^-?[0-9]{1,6}$'
             OR p_value::text::integer NOT BETWEEN p_min AND p_max
            THEN format('%s must be from %s to %s, not %s', p_what, p_min, p_max,
                        left(coalesce(p_value::text, 'nothing'), 20))
    END
$$;

-- Administrators: p_settings holds every key alpr.department_settings()
-- gives. The case number format is a regular expression that a whole case
-- number matches, in PostgreSQL's dialect (the server matches with it); it
-- may not accept an empty number and must accept its example. The misread
-- table is classes of two or more of A-Z and 0-9, each character in one
-- class. A new misread table remakes every live hot-list entry's matching
-- keys in the same transaction, so that no read is matched by the old one.
CREATE FUNCTION alpr_api.department_settings_set(p_settings jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('change-settings', 'settings:department');
    v_pattern text := coalesce(p_settings->>'case_number_pattern', '');
    v_example text := coalesce(p_settings->>'case_number_example', '');
    v_misread text := coalesce(p_settings->>'misread_table', '');
    v_letters text := replace(coalesce(p_settings->>'misread_table', ''), ' ', '');
    v_problem text;
    v_before jsonb;
    v_after jsonb;
    k text;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    BEGIN
        PERFORM '' ~ v_pattern;
    EXCEPTION WHEN invalid_regular_expression THEN
        RETURN alpr.error('invalid', format('the case number format "%s" is not a regular '
                                            'expression the server can use: %s',
                                            left(v_pattern, 200), SQLERRM));
    END;
    v_problem := coalesce(
        alpr.text_problem('case number format', v_pattern, 200),
        CASE WHEN v_pattern = ''
             THEN 'the case number format "" is not a regular expression' END,
        CASE WHEN '' ~ ('^(?:' || v_pattern || ')$')
             THEN format('the case number format "%s" accepts an empty case number; every '
                         'search needs one', v_pattern) END,
        CASE WHEN v_example !~ '^[ -~]{1,64}$' OR v_example !~ ('^(?:' || v_pattern || ')$')
             THEN format('the example "%s" is not in the case number format "%s"',
                         left(v_example, 64), v_pattern) END,
        CASE WHEN v_misread !~ '^([A-Z0-9]{2,}( [A-Z0-9]{2,})*)?$'
             THEN format('the misread table "%s" is not classes of two or more of A-Z and '
                         '0-9, separated by spaces', left(v_misread, 80)) END,
        CASE WHEN length(v_letters) <> (SELECT count(DISTINCT c)
                                          FROM regexp_split_to_table(v_letters, '') c)
             THEN format('the misread table "%s" puts a character in two places; put each '
                         'character in one class only', v_misread) END,
        alpr.number_problem(p_settings->'hotlist_stale_hours', 1, 168,
                            'the hours after which a hot list is stale'),
        alpr.number_problem(p_settings->'alert_hold_minutes', 5, 480,
                            'the minutes a taken alert is held without a checklist step'),
        alpr.number_problem(p_settings->'alert_escalate_minutes', 1, 120,
                            'the minutes before an alert nobody takes is escalated'));
    IF v_problem IS NOT NULL THEN
        RETURN alpr.error('invalid', v_problem);
    END IF;
    LOCK TABLE alpr.settings IN SHARE ROW EXCLUSIVE MODE;
    v_before := alpr.department_settings();
    FOREACH k IN ARRAY ARRAY['case_number_pattern', 'case_number_example', 'misread_table',
                             'hotlist_stale_hours', 'alert_hold_minutes',
                             'alert_escalate_minutes'] LOOP
        INSERT INTO alpr.settings(key, value) VALUES (k, p_settings->>k)
        ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
    END LOOP;
    IF v_before->>'misread_table' IS DISTINCT FROM v_misread THEN
        -- The trigger (alpr.hotlist_keys) makes them from the table now in force.
        UPDATE alpr.hot_list_entries SET plate = plate WHERE status IN ('pending', 'approved');
    END IF;
    v_after := alpr.department_settings();
    PERFORM alpr.append_event((alpr.me()).username, alpr.my_workstation(), 'settings-changed',
                              'settings:department',
                              jsonb_build_object('after', v_after, 'before', v_before),
                              'success');
    RETURN v_after;
END $$;

-- ---------------------------------------------------------------- accounts

-- Anyone signed in: the account rules (the workstation locks its screen
-- after the idle minutes and asks for a second factor when required).
CREATE FUNCTION alpr_api.account_policy() RETURNS jsonb
LANGUAGE sql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
    SELECT coalesce(alpr.signed_in_guard(), alpr.account_policy())
$$;

-- Administrators: the account rules, each checked as the workstation does
-- (AccountPolicy::save): passwords of 8 to 128 characters at least; a
-- lockout of 0 (until an administrator unlocks) or 10 minutes to 7 days
-- (CJIS 5.5.3); an idle lock of 1 to 30 minutes (CJIS 5.5.5); a second
-- factor for everyone or not. Recorded with the rules before and after.
-- They hold from the next sign-in, password and lockout on.
CREATE FUNCTION alpr_api.account_policy_set(p_policy jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('change-settings', 'settings:accounts');
    p jsonb := coalesce(p_policy, '{}');
    v_problem text;
    v_before jsonb;
    v_after jsonb;
    k text;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    v_problem := coalesce(
        alpr.number_problem(p->'password_min_length', 8, 128, 'the shortest password'),
        alpr.number_problem(p->'idle_lock_minutes', 1, 30,
                            'the idle lock (CJIS 5.5.5), in minutes,'),
        CASE WHEN jsonb_typeof(p->'lockout_seconds') IS DISTINCT FROM 'number'
                  OR p->>'lockout_seconds' !~ '^[0-9]{1,7}$'
                  OR NOT ((p->>'lockout_seconds')::integer = 0
                          OR (p->>'lockout_seconds')::integer BETWEEN 600 AND 604800)
             THEN format('the lockout is 0 (until an administrator unlocks) or 10 minutes to 7 '
                         'days (CJIS 5.5.3), not %s seconds',
                         left(coalesce(p->>'lockout_seconds', 'no'), 20)) END,
        CASE WHEN jsonb_typeof(p->'totp_required') IS DISTINCT FROM 'boolean'
             THEN 'say whether everyone needs a second factor (true or false)' END);
    IF v_problem IS NOT NULL THEN
        RETURN alpr.error('invalid', v_problem);
    END IF;
    LOCK TABLE alpr.settings IN SHARE ROW EXCLUSIVE MODE;
    v_before := alpr.account_policy();
    FOREACH k IN ARRAY ARRAY['password_min_length', 'lockout_seconds', 'idle_lock_minutes',
                             'totp_required'] LOOP
        INSERT INTO alpr.settings(key, value) VALUES (k, p->>k)
        ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
    END LOOP;
    v_after := alpr.account_policy();
    PERFORM alpr.append_event((alpr.me()).username, alpr.my_workstation(), 'settings-changed',
                              'settings:accounts', v_after || jsonb_build_object('before', v_before),
                              'success');
    RETURN v_after;
END $$;

-- ---------------------------------------------------------------- agency

-- Administrators: the agency's name, ORI, address, contact and time zone
-- (agencysettings.h): a name of 1 to 120 characters, an NCIC ORI (a state's
-- two letters, then seven letters or digits), lines of at most 200
-- characters, an IANA time zone; no control characters.
CREATE FUNCTION alpr_api.agency_settings_set(p_agency jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('change-settings', 'settings:agency');
    v_name text := btrim(coalesce(p_agency->>'name', ''));
    v_ori text := upper(btrim(coalesce(p_agency->>'ori', '')));
    v_address text := btrim(coalesce(p_agency->>'address', ''));
    v_contact text := btrim(coalesce(p_agency->>'contact', ''));
    v_zone text := btrim(coalesce(p_agency->>'time_zone', ''));
    v_problem text;
    v_before jsonb;
    v_after jsonb;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    v_problem := coalesce(
        alpr.text_problem('agency name', v_name, 120),
        CASE WHEN v_name = ''
             THEN 'The agency name is empty; give the name memos and reports print.' END,
        CASE WHEN v_ori !~ '^[A-Z]{2}[A-Z0-9]{7}$'
                  OR left(v_ori, 2) <> ALL (string_to_array(
                         'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN '
                         'MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA '
                         'WA WV WI WY DC PR VI GU AS MP', ' '))
             THEN format('The ORI "%s" is not an NCIC ORI: a state''s two letters, then seven '
                         'capital letters or digits, e.g. CA0431000.', left(v_ori, 32)) END,
        alpr.text_problem('agency address', v_address, 200),
        alpr.text_problem('agency contact', v_contact, 200),
        CASE WHEN NOT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = v_zone)
                  OR v_zone !~ '^[A-Za-z]'
             THEN format('"%s" is not a time zone the server knows by its IANA name, e.g. '
                         'America/Los_Angeles', left(v_zone, 64)) END);
    IF v_problem IS NOT NULL THEN
        RETURN alpr.error('invalid', v_problem);
    END IF;
    LOCK TABLE alpr.settings IN SHARE ROW EXCLUSIVE MODE;
    v_before := alpr_api.agency_settings();
    INSERT INTO alpr.settings(key, value)
    VALUES ('agency_name', v_name), ('agency_ori', v_ori), ('agency_address', v_address),
           ('agency_contact', v_contact), ('agency_time_zone', v_zone)
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
    v_after := alpr_api.agency_settings();
    PERFORM alpr.append_event((alpr.me()).username, alpr.my_workstation(), 'settings-changed',
                              'settings:agency',
                              jsonb_build_object('after', v_after, 'before', v_before),
                              'success');
    RETURN v_after;
END $$;
