-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ALPR Workstation developers
--
-- Department store, migration 1: accounts, sessions, the signed audit trail.
-- Run by 'alprctl pg init' as the role alpr_owner, in one transaction.
--
-- Two schemas. alpr holds the tables and the internal functions; nobody but
-- alpr_owner has any privilege on it. alpr_api holds the SECURITY DEFINER
-- functions the workstations call (role alpr_workstation has EXECUTE on
-- them and nothing else). Each API function finds the user from the
-- connection's own session (never from an argument), takes the time from the
-- server's clock, checks the permission, does the work and appends the audit
-- event in the same transaction.

CREATE TABLE alpr.settings (
    key text PRIMARY KEY,
    value text NOT NULL
);

-- The permission table, filled by 'pg init' from the program's own
-- (core/auth/permissions.cpp), so client and server never disagree.
CREATE TABLE alpr.permissions (
    role text NOT NULL,
    action text NOT NULL,
    PRIMARY KEY (role, action)
);
-- Actions that reach ALPR data: they need a current training record.
CREATE TABLE alpr.data_actions (
    action text PRIMARY KEY
);

CREATE TABLE alpr.users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username text NOT NULL UNIQUE CHECK (username ~ '^[a-z][a-z0-9._-]{1,31}$'),
    full_name text NOT NULL DEFAULT '',
    badge text NOT NULL DEFAULT '',
    organization text NOT NULL DEFAULT '',
    roles text[] NOT NULL CHECK (cardinality(roles) > 0),
    active boolean NOT NULL DEFAULT true,
    must_change_password boolean NOT NULL DEFAULT true,
    -- bcrypt (pgcrypto crypt() with gen_salt('bf', 12)): slow on purpose.
    password_hash text NOT NULL,
    password_changed_at timestamptz NOT NULL DEFAULT now(),
    failed_sign_ins integer NOT NULL DEFAULT 0,
    locked_until timestamptz,
    totp_secret bytea,
    totp_last_step bigint NOT NULL DEFAULT -1,
    totp_required boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE alpr.training (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES alpr.users(id),
    course text NOT NULL,
    completed_on date NOT NULL,
    expires_on date
);
CREATE INDEX training_user ON alpr.training(user_id);

-- A signed-in user is one server connection: the session is the backend's
-- process id and start time, which a client cannot choose. A session whose
-- backend is gone has ended, even without a sign-out.
CREATE TABLE alpr.sessions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES alpr.users(id),
    backend_pid integer NOT NULL,
    backend_start timestamptz NOT NULL,
    workstation text NOT NULL,
    started_at timestamptz NOT NULL,
    ended_at timestamptz
);
CREATE INDEX sessions_open ON alpr.sessions(user_id) WHERE ended_at IS NULL;
CREATE INDEX sessions_backend ON alpr.sessions(backend_pid, backend_start) WHERE ended_at IS NULL;

-- The keys the server signs with. Only alpr_owner can read them.
CREATE TABLE alpr.server_keys (
    name text PRIMARY KEY,   -- 'root', 'trail'
    seed bytea NOT NULL CHECK (length(seed) = 32),
    public_key bytea NOT NULL CHECK (length(public_key) = 32),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- The hash-chained, signed audit trail, in the file store's canonical form
-- (AuditLog::canonicalForm), so 'alprctl audit verify' checks it the same way.
CREATE TABLE alpr.audit_events (
    seq bigint PRIMARY KEY,
    at timestamptz NOT NULL,
    username text NOT NULL,
    workstation text NOT NULL,
    action text NOT NULL,
    object text NOT NULL,
    details jsonb NOT NULL,
    outcome text NOT NULL,
    prev_hash text NOT NULL,
    hash text NOT NULL,
    signer text NOT NULL,
    signature text NOT NULL
);
CREATE INDEX audit_events_user_at ON alpr.audit_events(username, at);
CREATE INDEX audit_events_action_at ON alpr.audit_events(action, at);
-- What was done under a case: the auditor's filter, and a hold on the
-- reads opened under it.
CREATE INDEX audit_events_case ON alpr.audit_events((details->>'case'))
    WHERE details ? 'case';

CREATE FUNCTION alpr.audit_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'AL403';
END $$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON alpr.audit_events
    FOR EACH ROW EXECUTE FUNCTION alpr.audit_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON alpr.audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION alpr.audit_append_only();

-- JSON exactly as Qt writes a QJsonDocument in its compact form: keys sorted,
-- no blanks, strings escaped as Qt escapes them. Numbers are written as
-- jsonb keeps them, so the server only ever puts integers into details.
CREATE FUNCTION alpr.canonical_json(j jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
    t text := jsonb_typeof(j);
    r text;
BEGIN
    IF t = 'object' THEN
        SELECT '{' || coalesce(string_agg(to_json(key)::text || ':' || alpr.canonical_json(value),
                                          ',' ORDER BY key COLLATE "C"), '') || '}'
          INTO r FROM jsonb_each(j);
        RETURN r;
    ELSIF t = 'array' THEN
        SELECT '[' || coalesce(string_agg(alpr.canonical_json(value), ',' ORDER BY n), '') || ']'
          INTO r FROM jsonb_array_elements(j) WITH ORDINALITY AS e(value, n);
        RETURN r;
    ELSIF t = 'string' THEN
        RETURN to_json(j #>> '{}')::text;
    ELSE
        RETURN j::text; -- number, boolean, null
    END IF;
END $$;

CREATE FUNCTION alpr.event_time_text(at timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;

-- Appends one event: serialized (one chain, whatever the number of
-- workstations writing), timed by the server's clock after the lock so that
-- time follows the chain, hashed and signed by the server's trail key.
CREATE FUNCTION alpr.append_event(p_username text, p_workstation text, p_action text,
                                  p_object text, p_details jsonb, p_outcome text)
RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    v_prev text;
    v_seq bigint;
    v_at timestamptz;
    v_canonical text;
    v_hash text;
    v_seed bytea;
BEGIN
    LOCK TABLE alpr.audit_events IN EXCLUSIVE MODE;
    SELECT seq + 1, hash INTO v_seq, v_prev FROM alpr.audit_events ORDER BY seq DESC LIMIT 1;
    IF v_seq IS NULL THEN
        v_seq := 1;
        v_prev := repeat('0', 64);
    END IF;
    v_at := date_trunc('milliseconds', clock_timestamp());
    v_canonical := alpr.canonical_json(jsonb_build_object(
        'seq', v_seq, 'at', alpr.event_time_text(v_at), 'user', p_username,
        'workstation', p_workstation, 'action', p_action, 'object', p_object,
        'details', coalesce(p_details, '{}'::jsonb), 'outcome', p_outcome,
        'signer', 'alpr-server'));
    v_hash := encode(sha256(convert_to(v_prev || E'\n' || v_canonical, 'UTF8')), 'hex');
    SELECT seed INTO v_seed FROM alpr.server_keys WHERE name = 'trail';
    IF v_seed IS NULL THEN
        RAISE EXCEPTION 'the department store has no trail key: run alprctl pg init'
            USING ERRCODE = 'AL500';
    END IF;
    INSERT INTO alpr.audit_events(seq, at, username, workstation, action, object, details,
                                  outcome, prev_hash, hash, signer, signature)
    VALUES (v_seq, v_at, p_username, p_workstation, p_action, p_object,
            coalesce(p_details, '{}'::jsonb), p_outcome, v_prev, v_hash, 'alpr-server',
            translate(encode(alpr.alpr_ed25519_sign(v_seed, convert_to(v_hash, 'UTF8')),
                             'base64'), E'\n', ''));
    RETURN v_seq;
END $$;

-- The signed-in user of this connection, or nothing.
CREATE FUNCTION alpr.current_session() RETURNS alpr.sessions
LANGUAGE sql STABLE AS $$
    SELECT s.* FROM alpr.sessions s
     WHERE s.backend_pid = pg_backend_pid()
       AND s.backend_start = (SELECT backend_start FROM pg_stat_activity
                               WHERE pid = pg_backend_pid())
       AND s.ended_at IS NULL
$$;

-- Sessions whose connection has gone are ended; a week after, their rows
-- are deleted (the trail's sign-in and sign-out events are the record).
CREATE FUNCTION alpr.end_dead_sessions() RETURNS void
LANGUAGE sql AS $$
    UPDATE alpr.sessions s SET ended_at = now()
     WHERE s.ended_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a
                        WHERE a.pid = s.backend_pid AND a.backend_start = s.backend_start);
    DELETE FROM alpr.sessions WHERE ended_at < now() - interval '7 days';
$$;

CREATE FUNCTION alpr.is_service(p_roles text[]) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT p_roles && ARRAY['ingest', 'maintenance']
$$;

-- The account rules (core/auth/accountpolicy.h) an administrator set
-- (alpr_api.account_policy_set), else the defaults: passwords of at least
-- 12 characters, a lockout of 10 minutes after 5 failures (0: until an
-- administrator unlocks), the screen locked after 30 idle minutes, a second
-- factor only for those required to have one.
CREATE FUNCTION alpr.account_policy() RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'password_min_length', coalesce(max(value) FILTER (WHERE key = 'password_min_length'),
                                        '12')::integer,
        'lockout_seconds', coalesce(max(value) FILTER (WHERE key = 'lockout_seconds'),
                                    '600')::integer,
        'idle_lock_minutes', coalesce(max(value) FILTER (WHERE key = 'idle_lock_minutes'),
                                      '30')::integer,
        'totp_required', coalesce(max(value) FILTER (WHERE key = 'totp_required'), '') = 'true')
      FROM alpr.settings
     WHERE key IN ('password_min_length', 'lockout_seconds', 'idle_lock_minutes', 'totp_required')
$$;

-- What is wrong with a new password under the rules, or NULL. (The
-- workstation checks its strength first; the server keeps the length.)
CREATE FUNCTION alpr.password_problem(p_password text) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN length(coalesce(p_password, '')) < (p->>'password_min_length')::integer
                THEN format('a password has at least %s characters', p->>'password_min_length')
           END
      FROM alpr.account_policy() AS p
$$;

-- Whether a person must have a second factor: their own account says so, or
-- the rules say so for everyone. A service account never (nobody types its code).
CREATE FUNCTION alpr.totp_required(u alpr.users) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT u.totp_required
           OR (NOT alpr.is_service(u.roles) AND (alpr.account_policy()->>'totp_required')::boolean)
$$;

CREATE FUNCTION alpr.agency_zone() RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT value FROM alpr.settings WHERE key = 'agency_time_zone'),
                    'America/Los_Angeles')
$$;

CREATE FUNCTION alpr.training_current(p_user bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM alpr.training t
                    WHERE t.user_id = p_user
                      AND t.completed_on <= (now() AT TIME ZONE alpr.agency_zone())::date
                      AND (t.expires_on IS NULL
                           OR t.expires_on >= (now() AT TIME ZONE alpr.agency_zone())::date))
$$;

-- An error as the API functions return it (a refusal must commit with its
-- audit event, so it is returned, not raised).
CREATE FUNCTION alpr.error(p_code text, p_message text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_build_object('error', jsonb_build_object('code', p_code, 'message', p_message))
$$;

CREATE FUNCTION alpr.not_signed_in() RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT alpr.error('not-signed-in', 'not signed in to the department store')
$$;

-- NULL on a signed-in connection; the not-signed-in error otherwise. For
-- what any signed-in user may read: coalesce(alpr.signed_in_guard(), answer).
CREATE FUNCTION alpr.signed_in_guard() RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN (alpr.current_session()).id IS NULL THEN alpr.not_signed_in() END
$$;

-- The account as the client shows it.
CREATE FUNCTION alpr.account_json(u alpr.users) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'id', u.id, 'username', u.username, 'full_name', u.full_name, 'badge', u.badge,
        'organization', u.organization, 'roles', to_jsonb(u.roles), 'active', u.active,
        'must_change_password', u.must_change_password,
        'totp_enrolled', u.totp_secret IS NOT NULL, 'totp_required', alpr.totp_required(u),
        'locked_until', CASE WHEN u.locked_until > now()
                             THEN alpr.event_time_text(u.locked_until) END,
        'training', coalesce((SELECT jsonb_agg(jsonb_build_object(
                                  'course', t.course, 'completed_on', t.completed_on::text,
                                  'expires_on', t.expires_on::text) ORDER BY t.id)
                                FROM alpr.training t WHERE t.user_id = u.id), '[]'::jsonb))
$$;

-- Checks that the connection's user may do p_action now: signed in, active,
-- not locked, a role that allows it, a current training record for ALPR
-- data, no password change or second factor outstanding. A refusal is
-- recorded (outcome "refused") and returned; NULL when allowed.
CREATE FUNCTION alpr.require(p_action text, p_object text, p_details jsonb DEFAULT '{}')
RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    s alpr.sessions;
    u alpr.users;
    v_reason text;
BEGIN
    s := alpr.current_session();
    IF s.id IS NULL THEN
        RETURN alpr.not_signed_in();
    END IF;
    SELECT * INTO u FROM alpr.users WHERE id = s.user_id;
    IF NOT u.active THEN
        v_reason := 'the account is disabled';
    ELSIF u.locked_until > now() THEN
        v_reason := 'the account is locked';
    ELSIF NOT EXISTS (SELECT 1 FROM alpr.permissions p
                       WHERE p.role = ANY (u.roles) AND p.action = p_action) THEN
        v_reason := format('none of the roles %s may %s', array_to_string(u.roles, ', '),
                           p_action);
    ELSIF u.must_change_password THEN
        v_reason := 'the temporary password must be changed first';
    ELSIF alpr.totp_required(u) AND u.totp_secret IS NULL THEN
        v_reason := 'a second factor must be enrolled first';
    ELSIF EXISTS (SELECT 1 FROM alpr.data_actions d WHERE d.action = p_action)
          AND NOT alpr.is_service(u.roles) AND NOT alpr.training_current(u.id) THEN
        v_reason := 'no current ALPR training record';
    END IF;
    IF v_reason IS NULL THEN
        RETURN NULL;
    END IF;
    PERFORM alpr.append_event(u.username, s.workstation, p_action, p_object,
                              coalesce(p_details, '{}'::jsonb)
                                  || jsonb_build_object('reason', v_reason), 'refused');
    RETURN alpr.error('denied', v_reason);
END $$;

-- The signed-in user (after alpr.require allowed the action).
CREATE FUNCTION alpr.me() RETURNS alpr.users
LANGUAGE sql STABLE AS $$
    SELECT u.* FROM alpr.users u WHERE u.id = (alpr.current_session()).user_id
$$;

CREATE FUNCTION alpr.my_workstation() RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT (alpr.current_session()).workstation
$$;

-- RFC 6238 TOTP, SHA-1, 6 digits, 30-second steps: the code for one step.
CREATE FUNCTION alpr.totp_code(p_secret bytea, p_step bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
    mac bytea := alpr.hmac(int8send(p_step), p_secret, 'sha1');
    o integer := get_byte(mac, 19) & 15;
    bin bigint;
BEGIN
    bin := ((get_byte(mac, o) & 127)::bigint << 24) | (get_byte(mac, o + 1)::bigint << 16)
         | (get_byte(mac, o + 2)::bigint << 8) | get_byte(mac, o + 3)::bigint;
    RETURN lpad((bin % 1000000)::text, 6, '0');
END $$;

-- The step a code is good for (this one, or one either side for clock
-- drift), not used before; NULL when none.
CREATE FUNCTION alpr.totp_accepts(u alpr.users, p_code text) RETURNS bigint
LANGUAGE plpgsql STABLE AS $$
DECLARE
    now_step bigint := floor(extract(epoch FROM clock_timestamp()) / 30)::bigint;
    st bigint;
BEGIN
    IF u.totp_secret IS NULL OR p_code IS NULL OR p_code !~ '^[0-9]{6}$' THEN
        RETURN NULL;
    END IF;
    FOR st IN SELECT now_step + d FROM generate_series(-1, 1) AS d LOOP
        IF st > u.totp_last_step AND alpr.totp_code(u.totp_secret, st) = p_code THEN
            RETURN st;
        END IF;
    END LOOP;
    RETURN NULL;
END $$;

-- A failed sign-in: counted; the fifth in a row locks the account for the
-- rules' lockout (ten minutes unless an administrator set another, CJIS
-- 5.5.3; 0: until an administrator unlocks). Returns the outcome to report.
CREATE FUNCTION alpr.sign_in_failed(u alpr.users, p_workstation text, p_what text,
                                     p_action text DEFAULT 'sign-in',
                                     p_object text DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    v_count integer := u.failed_sign_ins + 1;
    v_object text := coalesce(p_object, 'user:' || u.username);
    v_seconds integer := (alpr.account_policy()->>'lockout_seconds')::integer;
BEGIN
    IF v_count >= 5 THEN
        UPDATE alpr.users SET failed_sign_ins = 0,
                              -- "Until unlocked" as the file store keeps it (signinfailures.cpp).
                              locked_until = CASE WHEN v_seconds = 0
                                                  THEN timestamptz '9999-12-31 00:00:00+00'
                                                  ELSE now() + make_interval(secs => v_seconds) END
         WHERE id = u.id;
        PERFORM alpr.append_event(u.username, p_workstation, p_action, v_object,
                                  jsonb_build_object('reason', p_what, 'failures', v_count),
                                  'failure');
        PERFORM alpr.append_event(u.username, p_workstation, 'account-locked',
                                  'user:' || u.username,
                                  jsonb_build_object('failures', v_count,
                                                     'minutes', v_seconds / 60),
                                  'locked');
        RETURN alpr.error('locked', CASE WHEN v_seconds = 0
            THEN format('%s: 5 failed sign-ins in a row; the account is locked until an '
                        'administrator unlocks it', u.username)
            ELSE format('%s: 5 failed sign-ins in a row; the account is locked for %s minutes '
                        'or until an administrator unlocks it', u.username, v_seconds / 60) END);
    END IF;
    UPDATE alpr.users SET failed_sign_ins = v_count WHERE id = u.id;
    PERFORM alpr.append_event(u.username, p_workstation, p_action, v_object,
                              jsonb_build_object('reason', p_what, 'failures', v_count),
                              'failure');
    RETURN alpr.error('failed', 'wrong user name, password or code');
END $$;


-- ------------------------------------------------ answers only after commit
--
-- A client controls its transactions: it could call a function inside
-- BEGIN … ROLLBACK and take the answer while the record of it (a search, a
-- view, a failed sign-in) is rolled back. So whatever tells something (the
-- reads a search found, an image, whether a password was right) is kept
-- here by the function that records it, and handed out by alpr_api.result()
-- only once that record has committed, to the same connection, in a
-- transaction that has written nothing (so it cannot see its own
-- uncommitted writes either).
CREATE TABLE alpr.pending_results (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind text NOT NULL,
    backend_pid integer NOT NULL,
    backend_start timestamptz NOT NULL,
    result jsonb NOT NULL,
    written_xact xid8 NOT NULL DEFAULT pg_current_xact_id(),
    created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE FUNCTION alpr.backend_start() RETURNS timestamptz
LANGUAGE sql STABLE AS $$
    SELECT backend_start FROM pg_stat_activity WHERE pid = pg_backend_pid()
$$;

CREATE FUNCTION alpr.pending(p_kind text, p_result jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    v_id bigint;
BEGIN
    DELETE FROM alpr.pending_results WHERE created_at < now() - interval '1 hour';
    INSERT INTO alpr.pending_results(kind, backend_pid, backend_start, result)
    VALUES (p_kind, pg_backend_pid(), alpr.backend_start(), p_result)
    RETURNING id INTO v_id;
    RETURN jsonb_build_object('pending', v_id);
END $$;

-- NULL when this transaction has written nothing; an error otherwise.
CREATE FUNCTION alpr.read_only_guard() RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN pg_current_xact_id_if_assigned() IS NOT NULL
                THEN alpr.error('invalid', 'this call is answered only in a transaction of its '
                                           'own, after what it answers has been recorded') END
$$;

-- The pending answer p_id of this connection, once committed; NULL otherwise.
CREATE FUNCTION alpr.committed_pending(p_id bigint, p_kind text, p_max_age interval)
RETURNS alpr.pending_results
LANGUAGE sql STABLE AS $$
    SELECT p.* FROM alpr.pending_results p
     WHERE p.id = p_id AND p.kind = p_kind
       AND p.backend_pid = pg_backend_pid() AND p.backend_start = alpr.backend_start()
       AND p.created_at > now() - p_max_age
       AND pg_xact_status(p.written_xact) = 'committed'
$$;

-- ---------------------------------------------------------------- the API

-- Phase one of a sign-in: the password (and code) checked, a failure
-- counted and recorded; the outcome is told by alpr_api.result() once this
-- has committed, which is also where the session starts.
CREATE FUNCTION alpr_api.sign_in(p_username text, p_password text, p_code text,
                                 p_workstation text)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    u alpr.users;
    v_station text := left(coalesce(nullif(btrim(p_workstation), ''), 'unknown'), 64)
                      || coalesce(' (' || host(inet_client_addr()) || ')', '');
    v_step bigint;
BEGIN
    PERFORM alpr.end_dead_sessions();
    IF (alpr.current_session()).id IS NOT NULL THEN
        RETURN alpr.error('invalid', 'this connection is already signed in');
    END IF;
    SELECT * INTO u FROM alpr.users WHERE username = lower(btrim(p_username)) FOR UPDATE;
    IF u.id IS NULL THEN
        -- As slow as a real check, so that timing does not tell which names exist.
        PERFORM crypt(coalesce(p_password, ''), gen_salt('bf', 12));
        PERFORM alpr.append_event(left(coalesce(p_username, ''), 64), v_station, 'sign-in',
                                  'user:' || left(coalesce(p_username, ''), 64),
                                  jsonb_build_object('reason', 'unknown user'), 'failure');
        RETURN alpr.pending('sign-in', alpr.error('failed', 'wrong user name, password or code'));
    END IF;
    IF u.locked_until > now() THEN
        PERFORM alpr.append_event(u.username, v_station, 'sign-in', 'user:' || u.username,
                                  jsonb_build_object('reason', 'account locked'), 'locked');
        RETURN alpr.error('locked', CASE WHEN u.locked_until < timestamptz '9999-12-31 00:00:00+00'
            THEN format('%s is locked until %s (UTC) after 5 failed sign-ins, or until an '
                        'administrator unlocks it', u.username,
                        to_char(u.locked_until AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI'))
            ELSE format('%s is locked after 5 failed sign-ins until an administrator unlocks it',
                        u.username) END);
    END IF;
    IF crypt(coalesce(p_password, ''), u.password_hash) <> u.password_hash THEN
        RETURN alpr.pending('sign-in', alpr.sign_in_failed(u, v_station, 'wrong password'));
    END IF;
    IF NOT u.active THEN
        -- As a wrong password: whether an account exists or is disabled is not told.
        PERFORM alpr.append_event(u.username, v_station, 'sign-in', 'user:' || u.username,
                                  jsonb_build_object('reason', 'account disabled'), 'refused');
        RETURN alpr.pending('sign-in', alpr.error('failed', 'wrong user name, password or code'));
    END IF;
    IF u.totp_secret IS NOT NULL THEN
        IF coalesce(p_code, '') = '' THEN
            RETURN alpr.pending('sign-in', jsonb_build_object('code_required', true));
        END IF;
        v_step := alpr.totp_accepts(u, p_code);
        IF v_step IS NULL THEN
            RETURN alpr.pending('sign-in', alpr.sign_in_failed(u, v_station,
                                                                'wrong one-time code'));
        END IF;
        UPDATE alpr.users SET totp_last_step = v_step WHERE id = u.id;
    END IF;
    UPDATE alpr.users SET failed_sign_ins = 0, locked_until = NULL WHERE id = u.id;
    RETURN alpr.pending('sign-in', jsonb_build_object('user_id', u.id, 'station', v_station));
END $$;

-- Phase two of a sign-in: starts the session (one per person) when phase
-- one's committed outcome says so.
CREATE FUNCTION alpr.finish_sign_in(p_outcome jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    u alpr.users;
    other alpr.sessions;
    v_station text := p_outcome->>'station';
BEGIN
    IF p_outcome->'user_id' IS NULL THEN
        RETURN p_outcome; -- a failure, or a code to ask for
    END IF;
    IF (alpr.current_session()).id IS NOT NULL THEN
        RETURN alpr.error('invalid', 'this connection is already signed in');
    END IF;
    PERFORM alpr.end_dead_sessions();
    SELECT * INTO u FROM alpr.users WHERE id = (p_outcome->>'user_id')::bigint FOR UPDATE;
    IF NOT alpr.is_service(u.roles) THEN
        SELECT * INTO other FROM alpr.sessions WHERE user_id = u.id AND ended_at IS NULL LIMIT 1;
        IF other.id IS NOT NULL THEN
            PERFORM alpr.append_event(u.username, v_station, 'sign-in', 'user:' || u.username,
                                      jsonb_build_object('reason', 'already signed in',
                                                         'other_workstation', other.workstation),
                                      'refused');
            RETURN alpr.error('denied', format('%s is already signed in on %s since %s (UTC); sign '
                                               'out there first (one session per user)',
                                               u.username, other.workstation,
                                               to_char(other.started_at AT TIME ZONE 'UTC',
                                                       'YYYY-MM-DD HH24:MI')));
        END IF;
    END IF;
    INSERT INTO alpr.sessions(user_id, backend_pid, backend_start, workstation, started_at)
    VALUES (u.id, pg_backend_pid(), alpr.backend_start(), v_station, now());
    -- The file store's details (Session::finishSignIn), and which store.
    PERFORM alpr.append_event(u.username, v_station, 'sign-in', 'user:' || u.username,
                              jsonb_build_object('organization', coalesce(u.organization, ''),
                                                 'roles', array_to_string(u.roles, ','),
                                                 'second_factor', u.totp_secret IS NOT NULL,
                                                 'store', 'department'), 'success');
    RETURN jsonb_build_object('account', alpr.account_json(u),
                              'training_current', alpr.training_current(u.id),
                              'store_id', (SELECT value FROM alpr.settings
                                            WHERE key = 'store_id'));
END $$;

CREATE FUNCTION alpr_api.sign_out() RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    s alpr.sessions := alpr.current_session();
    u alpr.users;
BEGIN
    IF s.id IS NULL THEN
        RETURN '{}'::jsonb;
    END IF;
    SELECT * INTO u FROM alpr.users WHERE id = s.user_id;
    UPDATE alpr.sessions SET ended_at = now() WHERE id = s.id;
    PERFORM alpr.append_event(u.username, s.workstation, 'sign-out', 'user:' || u.username,
                              '{}'::jsonb, 'success');
    RETURN '{}'::jsonb;
END $$;

-- The signed-in account, read again.
CREATE FUNCTION alpr_api.whoami() RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    u alpr.users := alpr.me();
BEGIN
    IF alpr.read_only_guard() IS NOT NULL THEN
        RETURN alpr.read_only_guard();
    END IF;
    IF u.id IS NULL THEN
        RETURN alpr.not_signed_in();
    END IF;
    RETURN jsonb_build_object('account', alpr.account_json(u),
                              'training_current', alpr.training_current(u.id));
END $$;

-- Checks an action for the client's own gating (menus, commands): the same
-- check and refusal record every data function makes.
CREATE FUNCTION alpr_api.require(p_action text, p_object text, p_details jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
BEGIN
    -- Only the program's own actions, with bounded text: a client cannot fill
    -- the trail with refusals of its own invention.
    IF NOT EXISTS (SELECT 1 FROM alpr.permissions WHERE action = p_action) THEN
        RETURN alpr.error('invalid', format('"%s" is not an action', left(p_action, 40)));
    END IF;
    RETURN coalesce(alpr.require(p_action, left(coalesce(p_object, ''), 200),
                                 CASE WHEN octet_length(coalesce(p_details, '{}')::text) > 8192
                                      THEN jsonb_build_object('details_dropped', true)
                                      ELSE p_details END),
                    '{}'::jsonb);
END $$;

CREATE FUNCTION alpr_api.change_password(p_current text, p_next text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    u alpr.users := alpr.me();
BEGIN
    IF u.id IS NULL THEN
        RETURN alpr.not_signed_in();
    END IF;
    IF crypt(coalesce(p_current, ''), u.password_hash) <> u.password_hash THEN
        RETURN alpr.pending('password', alpr.sign_in_failed(u, alpr.my_workstation(),
                                                            'wrong password at password change'));
    END IF;
    -- The strength is checked by the workstation first; the server keeps
    -- the rules' length.
    IF alpr.password_problem(p_next) IS NOT NULL THEN
        RETURN alpr.error('invalid', alpr.password_problem(p_next));
    ELSIF p_next = p_current THEN
        RETURN alpr.error('invalid', 'the new password must differ from the current one');
    END IF;
    UPDATE alpr.users SET password_hash = crypt(p_next, gen_salt('bf', 12)),
                          password_changed_at = now(), must_change_password = false,
                          failed_sign_ins = 0
     WHERE id = u.id;
    PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'password-changed',
                              'user:' || u.username, '{}'::jsonb, 'success');
    RETURN alpr.pending('password', '{}'::jsonb);
END $$;

-- Events a client reports about itself (its screen lock); nothing else may
-- be written by a client.
CREATE FUNCTION alpr_api.record_event(p_action text, p_object text, p_details jsonb,
                                      p_outcome text)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    u alpr.users := alpr.me();
BEGIN
    IF u.id IS NULL THEN
        RETURN alpr.not_signed_in();
    END IF;
    -- What happened at the screen (the lock screen, a service account turned
    -- away from the GUI), the results of the auditor's own checks, and what
    -- the workstation's own checks refused before asking the server (a broken
    -- hot-list file, a prohibited use): a refusal only adds to the record.
    IF NOT (p_action IN ('session-locked', 'session-unlocked', 'audit-verify', 'audit-list',
                         'audit-export', 'audit-verify-extract') AND p_outcome = 'success'
            OR p_action IN ('sign-in', 'hotlist-imported', 'hotlist-entry-added',
                            'hotlist-entry-change-proposed', 'purpose-saved')
               AND p_outcome = 'refused') THEN
        RETURN alpr.error('invalid', format('a workstation cannot record "%s"', left(p_action, 40)));
    END IF;
    IF p_action LIKE 'audit-%' AND alpr.require('read-audit', 'audit') IS NOT NULL THEN
        RETURN alpr.error('denied', 'only an auditor records the results of an audit');
    END IF;
    IF octet_length(coalesce(p_details, '{}'::jsonb)::text) > 8192 THEN
        RETURN alpr.error('invalid', 'what a workstation reports is at most 8 KiB');
    END IF;
    RETURN jsonb_build_object('seq', alpr.append_event(u.username, alpr.my_workstation(),
                                                       p_action, left(coalesce(p_object, ''), 200),
                                                       coalesce(p_details, '{}'::jsonb),
                                                       p_outcome));
END $$;

-- The lock screen: the user's password again. A wrong one counts toward the
-- lockout, as at sign-in.
CREATE FUNCTION alpr_api.verify_password(p_password text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    u alpr.users := alpr.me();
BEGIN
    IF u.id IS NULL THEN
        RETURN alpr.not_signed_in();
    END IF;
    IF u.locked_until > now() THEN
        RETURN alpr.error('locked', format('%s is locked', u.username));
    END IF;
    IF crypt(coalesce(p_password, ''), u.password_hash) <> u.password_hash THEN
        -- Recorded as the file store records it (Session::verifyPassword).
        RETURN alpr.pending('password', alpr.sign_in_failed(u, alpr.my_workstation(),
                                                            'wrong password', 'password-check',
                                                            u.username));
    END IF;
    UPDATE alpr.users SET failed_sign_ins = 0 WHERE id = u.id;
    RETURN alpr.pending('password', '{}'::jsonb);
END $$;
