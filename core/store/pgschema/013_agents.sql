-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ALPR Workstation developers
--
-- Department store, migration 13: the camera agents that deliver reads to a
-- receiver (core/ingest/agents.h). Administrators add them, each with a
-- token the workstation makes and shows once; the server keeps only its
-- SHA-256. A receiver, signed in as an ingest service account, reads the
-- hashes of the agents that may deliver, about once a second, so a
-- revocation takes effect within a second on every receiver.

CREATE TABLE alpr.agents (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (name ~ '^[A-Za-z0-9._-]{1,64}$'),
    token_sha256 text NOT NULL UNIQUE CHECK (token_sha256 ~ '^[0-9a-f]{64}$'),
    cameras text[] NOT NULL DEFAULT '{}',
    created_by text NOT NULL,
    created_at timestamptz NOT NULL,
    revoked_by text,
    revoked_at timestamptz
);

CREATE FUNCTION alpr.agent_json(a alpr.agents) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'id', a.id, 'name', a.name, 'token_sha256', a.token_sha256,
        'cameras', to_jsonb(a.cameras), 'created_by', a.created_by,
        'created_at', alpr.event_time_text(a.created_at), 'revoked_by', a.revoked_by,
        'revoked_at', CASE WHEN a.revoked_at IS NOT NULL
                           THEN alpr.event_time_text(a.revoked_at) END)
$$;

-- Administrators (manage-users): a new agent, by the hash of its token.
-- Names are checked as the workstation does; a name is never used twice
-- (revoked agents keep theirs), nor a token.
CREATE FUNCTION alpr_api.agent_add(p_name text, p_cameras text[], p_token_sha256 text)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    v_object text := 'agent:' || left(coalesce(p_name, ''), 64);
    refusal jsonb := alpr.require('manage-users', v_object);
    v_id bigint;
    v_problem text;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    IF coalesce(p_name, '') !~ '^[A-Za-z0-9._-]{1,64}$' THEN
        RETURN alpr.error('invalid', format('"%s" is not an agent name: use 1 to 64 letters, '
                                            'digits, ''.'', ''-'' or ''_''.',
                                            left(p_name, 64)));
    END IF;
    IF coalesce(p_token_sha256, '') !~ '^[0-9a-f]{64}$' THEN
        RETURN alpr.error('invalid', 'the token''s hash is 64 hexadecimal digits');
    END IF;
    SELECT min(alpr.text_problem('camera code', c, 128)) INTO v_problem
      FROM unnest(coalesce(p_cameras, '{}')) c;
    IF v_problem IS NOT NULL OR cardinality(p_cameras) > 1000
       OR EXISTS (SELECT 1 FROM unnest(coalesce(p_cameras, '{}')) c WHERE btrim(c) = '') THEN
        RETURN alpr.error('invalid', coalesce(v_problem, 'at most 1000 camera codes, none empty'));
    END IF;
    IF EXISTS (SELECT 1 FROM alpr.agents WHERE name = p_name) THEN
        RETURN alpr.error('invalid', format('There is already an agent named %s (revoked agents '
                                            'keep their name).', p_name));
    END IF;
    IF EXISTS (SELECT 1 FROM alpr.agents WHERE token_sha256 = p_token_sha256) THEN
        RETURN alpr.error('invalid', 'that token is another agent''s: make a new one');
    END IF;
    INSERT INTO alpr.agents(name, token_sha256, cameras, created_by, created_at)
    VALUES (p_name, p_token_sha256, coalesce(p_cameras, '{}'), (alpr.me()).username,
            date_trunc('milliseconds', now()))
    RETURNING id INTO v_id;
    PERFORM alpr.append_event((alpr.me()).username, alpr.my_workstation(), 'agent-added',
                              v_object, jsonb_build_object('cameras',
                                                           to_jsonb(coalesce(p_cameras, '{}'))),
                              'success');
    RETURN jsonb_build_object('id', v_id);
END $$;

-- Administrators: every agent, revoked ones too, by name.
CREATE FUNCTION alpr_api.agent_list() RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('manage-users', 'agents');
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    RETURN jsonb_build_object('agents', (SELECT coalesce(jsonb_agg(alpr.agent_json(a)
                                                                   ORDER BY a.name), '[]')
                                           FROM alpr.agents a));
END $$;

-- Administrators: an agent may deliver no more.
CREATE FUNCTION alpr_api.agent_revoke(p_name text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    v_object text := 'agent:' || left(coalesce(p_name, ''), 64);
    refusal jsonb := alpr.require('manage-users', v_object);
    a alpr.agents;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    SELECT * INTO a FROM alpr.agents WHERE name = p_name FOR UPDATE;
    IF NOT FOUND THEN
        RETURN alpr.error('not-found', format('There is no agent named %s.', left(p_name, 64)));
    END IF;
    IF a.revoked_at IS NOT NULL THEN
        RETURN alpr.error('invalid', format('The agent %s was already revoked on %s.', a.name,
                                            alpr.event_time_text(a.revoked_at)));
    END IF;
    UPDATE alpr.agents SET revoked_by = (alpr.me()).username,
                           revoked_at = date_trunc('milliseconds', now())
     WHERE id = a.id;
    PERFORM alpr.append_event((alpr.me()).username, alpr.my_workstation(), 'agent-revoked',
                              v_object, '{}'::jsonb, 'success');
    RETURN '{}'::jsonb;
END $$;

-- A receiver (import-reads): the agents that may deliver now, each with the
-- hash of its token and its cameras. Asked for every second: not recorded.
CREATE FUNCTION alpr_api.agents_delivering() RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('import-reads', 'agents');
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    RETURN jsonb_build_object('agents', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                                  'name', a.name, 'token_sha256', a.token_sha256,
                                                  'cameras', to_jsonb(a.cameras))
                                                  ORDER BY a.name), '[]')
                                           FROM alpr.agents a WHERE a.revoked_at IS NULL));
END $$;
