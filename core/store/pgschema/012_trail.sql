-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ALPR Workstation developers
--
-- Department store, migration 12: anchors of the trail (core/audit/
-- trailanchors.h) and a new trail key. A DBA can read the server's trail key and could re-sign
-- a rewritten trail; an anchor, the trail's signed head sent where the
-- database's owners cannot reach (the department's syslog), shows it. Every
-- workstation sends one when its user signs out, and 'alprctl store anchor'
-- sends one at once; 'alprctl audit verify --anchors FILE' checks them.

-- Anyone signed in: the trail's head, signed by the server's trail key over
-- the file store's anchor message (AuditLog::anchorMessage, signer
-- "alpr-server"), and where anchors go ('' for the workstation's default).
CREATE FUNCTION alpr_api.trail_anchor() RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    v_store text;
    v_seq bigint;
    v_hash text;
    v_seed bytea;
BEGIN
    IF alpr.signed_in_guard() IS NOT NULL THEN
        RETURN alpr.signed_in_guard();
    END IF;
    SELECT details->>'store_id' INTO v_store FROM alpr.audit_events
     WHERE action = 'signing-started' ORDER BY seq LIMIT 1;
    SELECT seq, hash INTO v_seq, v_hash FROM alpr.audit_events ORDER BY seq DESC LIMIT 1;
    SELECT seed INTO v_seed FROM alpr.server_keys WHERE name = 'trail';
    IF v_store IS NULL OR v_seq IS NULL OR v_seed IS NULL THEN
        RETURN alpr.error('invalid', 'the department store''s trail is not started: run '
                                     'alprctl pg init');
    END IF;
    RETURN jsonb_build_object(
        'store_id', v_store, 'seq', v_seq, 'hash', v_hash, 'signer', 'alpr-server',
        'signature', translate(encode(alpr.alpr_ed25519_sign(v_seed, convert_to(
                         'alpr-anchor-v1' || E'\n' || v_store || E'\n' || v_seq || E'\n' ||
                         v_hash || E'\n' || 'alpr-server', 'UTF8')), 'base64'), E'\n', ''),
        'at', alpr.event_time_text(clock_timestamp()),
        'target', coalesce((SELECT value FROM alpr.settings WHERE key = 'audit.anchor_target'),
                           ''));
END $$;

-- Administrators: where the anchors go (trailanchors::checkTarget's forms:
-- syslog, off, unix:/path, udp:host:port), recorded with before and after.
CREATE FUNCTION alpr_api.anchor_target_set(p_target text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('change-settings', 'settings');
    v_before text;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    IF coalesce(p_target, '') !~ '^(syslog|off|unix:/[^[:cntrl:]]{1,200}|udp:[A-Za-z0-9.:\[\]-]{1,253}:[0-9]{1,5})$'
    THEN
        RETURN alpr.error('invalid', format('"%s" is not where anchors can go: syslog, '
                                            'unix:/path, udp:host:port or off',
                                            left(p_target, 80)));
    END IF;
    SELECT value INTO v_before FROM alpr.settings WHERE key = 'audit.anchor_target' FOR UPDATE;
    INSERT INTO alpr.settings(key, value) VALUES ('audit.anchor_target', p_target)
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
    PERFORM alpr.append_event((alpr.me()).username, alpr.my_workstation(), 'settings-changed',
                              'settings:anchor',
                              jsonb_build_object('before', coalesce(v_before, ''),
                                                 'after', p_target),
                              'success');
    RETURN '{}'::jsonb;
END $$;

-- Administrators: a new trail key, for when someone who could read the key
-- table (a DBA) leaves. The "key-rotated" event that names the new public key
-- is the last the old key signs, as a user's key is handed on in the file
-- store; append_event holds the trail's lock until this commits, so no event
-- is signed in between. The old seed is overwritten: whoever copied it can
-- sign no event after this one that 'audit verify' accepts.
CREATE FUNCTION alpr_api.trail_key_rotate(p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('change-settings', 'key:alpr-server');
    v_reason text := btrim(coalesce(p_reason, ''));
    v_seed bytea;
    v_public bytea;
    v_seq bigint;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    IF v_reason = '' OR alpr.text_problem('reason', v_reason, 200) IS NOT NULL THEN
        RETURN alpr.error('invalid', coalesce(alpr.text_problem('reason', v_reason, 200),
                                              'say why the trail key is replaced'));
    END IF;
    v_seed := alpr.gen_random_bytes(32);
    v_public := alpr.alpr_ed25519_public(v_seed);
    v_seq := alpr.append_event((alpr.me()).username, alpr.my_workstation(), 'key-rotated',
                               'key:alpr-server',
                               jsonb_build_object('signing_public', encode(v_public, 'base64'),
                                                  'reason', v_reason),
                               'success');
    UPDATE alpr.server_keys SET seed = v_seed, public_key = v_public, created_at = now()
     WHERE name = 'trail';
    RETURN jsonb_build_object('seq', v_seq, 'public_key', encode(v_public, 'base64'));
END $$;
