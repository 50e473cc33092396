-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ALPR Workstation developers
--
-- Department store, migration 8: evidence packages (core/evidence/
-- evidenceexport.h), with the agency's evidence key kept on the server.
--
-- The workstation lays the BagIt package out on the medium; the server
-- decides what goes into it and signs it:
--   evidence_start   checks who, the case, the purpose and how the reads
--                    were chosen, records the export ("evidence-export",
--                    started) and, once that has committed, gives the reads;
--   evidence_image   gives the images of those reads, to that session only;
--   evidence_extract gives the trail's events under the case that concern
--                    them, each with its hash and signature;
--   evidence_sign    signs the tag manifest with the evidence key, once per
--                    package, and only after checking that the manifest it
--                    names lists every image of the package's reads with the
--                    digest of the image the server stores, and no other;
--   evidence_finish  records the end: exported (the hash it signed) or failed.
-- The evidence key's private half never leaves the server: no function
-- returns it, and the workstations' login role can read no table.

-- Ed25519 keys that sign evidence packages, each certified by the server's
-- root key (the bytes EvidenceKeys::certificateMessage names). A retired key
-- signs no more packages but is kept, so that older packages still verify.
-- A key a migrated store file used (pg migrate) keeps its public half and
-- its certificate by that file's root key (root_public), retired, without a
-- seed: its packages still verify, and it signs nothing more.
CREATE TABLE alpr.evidence_keys (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    seed bytea CHECK (length(seed) = 32),
    public_key bytea NOT NULL CHECK (length(public_key) = 32),
    certificate bytea NOT NULL,
    root_public bytea, -- NULL: certified by the server's root key
    created_by text NOT NULL,
    created_at timestamptz NOT NULL,
    retired_at timestamptz,
    CHECK (seed IS NOT NULL OR retired_at IS NOT NULL)
);

CREATE TABLE alpr.evidence_packages (
    id text PRIMARY KEY,
    case_number text NOT NULL,
    purpose text NOT NULL,
    exported_by text NOT NULL,
    started_at timestamptz NOT NULL,
    finished_at timestamptz,
    status text NOT NULL CHECK (status IN ('started', 'exported', 'failed')),
    source text NOT NULL,
    folder text NOT NULL,
    key_id bigint NOT NULL REFERENCES alpr.evidence_keys(id),
    payload_bytes bigint NOT NULL DEFAULT 0,
    payload_files integer NOT NULL DEFAULT 0,
    tag_manifest_sha256 text NOT NULL DEFAULT '',
    signed_sha256 text, -- the tag manifest the server signed (once)
    failure text NOT NULL DEFAULT '',
    release_id bigint NOT NULL DEFAULT 0,
    read_ids bigint[] NOT NULL,
    session_id bigint NOT NULL -- the session that started it, the only one that goes on
);
CREATE INDEX evidence_packages_started ON alpr.evidence_packages(started_at DESC);

-- Requests from other agencies for ALPR data (core/evidence/releaserequests.h):
-- Civil Code 1798.90.55 (SB 34), the California Values Act (Government Code
-- 7284.6), Los Altos 462.7, San Leandro 418.7. Kept on file whatever became
-- of them.
CREATE TABLE alpr.release_requests (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency text NOT NULL,
    agency_type text NOT NULL CHECK (agency_type IN ('ca-local', 'ca-state', 'ca-prosecutor',
                                                     'out-of-state', 'federal',
                                                     'non-law-enforcement')),
    requester text NOT NULL,
    purpose text NOT NULL CHECK (purpose IN ('criminal-investigation', 'prosecution',
                                             'missing-person', 'stolen-vehicle',
                                             'immigration-enforcement', 'other')),
    description text NOT NULL,
    case_number text NOT NULL,
    logged_by text NOT NULL,
    logged_at timestamptz NOT NULL,
    status text NOT NULL CHECK (status IN ('pending', 'approved', 'denied', 'refused')),
    reason text NOT NULL DEFAULT '',
    decided_by text NOT NULL DEFAULT '',
    decided_at timestamptz,
    decision_note text NOT NULL DEFAULT ''
);

-- ---------------------------------------------------------------- helpers

CREATE FUNCTION alpr.evidence_certificate_message(p_public bytea) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
    SELECT convert_to(E'alpr-evidence-key-v1\n', 'UTF8') || p_public
$$;

-- A new evidence key, certified by the root key; the one that signed until
-- now is retired. Recorded as "evidence-key-created" with p_reason. pg init
-- makes the first (alprctl's department setup); an administrator rotates it.
CREATE FUNCTION alpr.evidence_key_create(p_username text, p_workstation text, p_reason text)
RETURNS alpr.evidence_keys
LANGUAGE plpgsql AS $$
DECLARE
    v_seed bytea := alpr.gen_random_bytes(32);
    v_public bytea := alpr.alpr_ed25519_public(v_seed);
    k alpr.evidence_keys;
BEGIN
    UPDATE alpr.evidence_keys SET retired_at = now() WHERE retired_at IS NULL;
    INSERT INTO alpr.evidence_keys(seed, public_key, certificate, created_by, created_at)
    VALUES (v_seed, v_public,
            alpr.alpr_ed25519_sign((SELECT seed FROM alpr.server_keys WHERE name = 'root'),
                                   alpr.evidence_certificate_message(v_public)),
            p_username, now())
    RETURNING * INTO k;
    PERFORM alpr.append_event(p_username, p_workstation, 'evidence-key-created',
                              'evidence-key:' || k.id,
                              jsonb_build_object('key', k.id, 'reason', p_reason,
                                                 'public_key', encode(v_public, 'base64'),
                                                 'kept_by', 'the department store''s server'),
                              'success');
    RETURN k;
END $$;

-- The key that signs now (one is made if none is).
CREATE FUNCTION alpr.evidence_key_current() RETURNS alpr.evidence_keys
LANGUAGE plpgsql AS $$
DECLARE
    k alpr.evidence_keys;
BEGIN
    -- Two first exports at once make one key.
    LOCK TABLE alpr.evidence_keys IN SHARE ROW EXCLUSIVE MODE;
    SELECT * INTO k FROM alpr.evidence_keys
     WHERE retired_at IS NULL AND seed IS NOT NULL ORDER BY id DESC LIMIT 1;
    IF k.id IS NULL THEN
        k := alpr.evidence_key_create((alpr.me()).username, alpr.my_workstation(),
                                      'none was current');
    END IF;
    RETURN k;
END $$;

CREATE FUNCTION alpr.evidence_key_json(k alpr.evidence_keys) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'id', k.id, 'public_key', encode(k.public_key, 'base64'),
        'certificate', encode(k.certificate, 'base64'),
        'root_public', encode(coalesce(k.root_public, (SELECT public_key FROM alpr.server_keys
                                                        WHERE name = 'root')), 'base64'),
        'created_by', k.created_by,
        'created_at', alpr.event_time_text(k.created_at),
        'retired_at', CASE WHEN k.retired_at IS NOT NULL
                           THEN alpr.event_time_text(k.retired_at) END,
        -- Who may sign with it: the server signs for every active clerk.
        'holders', coalesce((SELECT jsonb_agg(u.username ORDER BY u.username)
                               FROM alpr.users u
                              WHERE u.active AND k.retired_at IS NULL
                                AND EXISTS (SELECT 1 FROM alpr.permissions p
                                             WHERE p.role = ANY (u.roles)
                                               AND p.action = 'export')), '[]'))
$$;

CREATE FUNCTION alpr.evidence_package_json(p alpr.evidence_packages) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'package', p.id, 'case', p.case_number, 'purpose', p.purpose,
        'exported_by', p.exported_by, 'started_at', alpr.event_time_text(p.started_at),
        'finished_at', CASE WHEN p.finished_at IS NOT NULL
                            THEN alpr.event_time_text(p.finished_at) END,
        'status', p.status, 'source', p.source, 'folder', p.folder, 'key', p.key_id,
        'payload_bytes', p.payload_bytes, 'payload_files', p.payload_files,
        'tagmanifest_sha256', p.tag_manifest_sha256, 'failure', p.failure,
        'release', p.release_id, 'reads', to_jsonb(p.read_ids))
$$;

-- The package p_id if this session started it and it is still being written.
CREATE FUNCTION alpr.my_open_package(p_id text) RETURNS alpr.evidence_packages
LANGUAGE sql STABLE AS $$
    SELECT p.* FROM alpr.evidence_packages p
     WHERE p.id = p_id AND p.status = 'started'
       AND p.session_id = (alpr.current_session()).id
$$;

CREATE FUNCTION alpr.no_open_package(p_id text) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT alpr.error('not-found', format('evidence package %s is not being exported by this '
                                          'session', left(p_id, 40)))
$$;

-- The fingerprint people compare (crypto::fingerprint): SHA-256 of the
-- public key in lower-case hex, in groups of four.
CREATE FUNCTION alpr.fingerprint(p_public bytea) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT rtrim(regexp_replace(encode(alpr.digest(p_public, 'sha256'), 'hex'), '(.{4})', '\1 ',
                                'g'))
$$;

-- An SSH string: its length (4 bytes, big-endian), then its bytes.
CREATE FUNCTION alpr.ssh_string(p bytea) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
    SELECT int4send(length(p)) || p
$$;

-- --------------------------------------------------------------------- API

-- Every evidence key, oldest first, with the root key they are certified by.
CREATE FUNCTION alpr_api.evidence_keys() RETURNS jsonb
LANGUAGE sql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
    SELECT coalesce(alpr.signed_in_guard(), jsonb_build_object(
        'root_public', (SELECT encode(public_key, 'base64') FROM alpr.server_keys
                         WHERE name = 'root'),
        'keys', coalesce((SELECT jsonb_agg(alpr.evidence_key_json(k) ORDER BY k.id)
                            FROM alpr.evidence_keys k), '[]')))
$$;

-- Administrators: a new key for the packages from now on.
CREATE FUNCTION alpr_api.evidence_key_rotate() RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('manage-users', 'evidence-key');
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    LOCK TABLE alpr.evidence_keys IN SHARE ROW EXCLUSIVE MODE;
    RETURN alpr.evidence_key_json(alpr.evidence_key_create((alpr.me()).username,
                                                           alpr.my_workstation(), 'rotated'));
END $$;

-- Records staff: begins an export. p_request: case, purpose, reads (ids),
-- search (one of this user's searches they were chosen from) or hit (its
-- read), release (the approved request it fulfils), folder, derivatives. Refused and recorded, in the words of the
-- search's checks, for a user who may not export, a case number or purpose
-- that is not right, a search or hit this user may not name, or a read that
-- is not stored. Answered, once the record has committed, with the package,
-- its key and the reads.
CREATE FUNCTION alpr_api.evidence_start(p_request jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    u alpr.users := alpr.me();
    v_case text := btrim(coalesce(p_request->>'case', ''));
    v_purpose text := btrim(coalesce(p_request->>'purpose', ''));
    v_search bigint := nullif(coalesce(p_request->>'search', '0'), '0')::bigint;
    v_hit bigint := nullif(coalesce(p_request->>'hit', '0'), '0')::bigint;
    v_release bigint := nullif(coalesce(p_request->>'release', '0'), '0')::bigint;
    v_release_text text := '';
    rr alpr.release_requests;
    v_ids bigint[];
    v_source text := 'reads';
    v_source_text text := 'chosen by read id';
    v_details jsonb;
    refusal jsonb;
    v_reason text;
    v_missing text;
    h alpr.hits;
    s alpr.searches;
    k alpr.evidence_keys;
    v_id text;
BEGIN
    IF jsonb_typeof(p_request->'reads') IS DISTINCT FROM 'array'
       OR EXISTS (SELECT 1 FROM jsonb_array_elements(p_request->'reads') r
                   WHERE r::text !~ '^[0-9]{1,18}$') THEN
        RETURN alpr.error('invalid', 'the reads are an array of read ids');
    END IF;
    v_ids := ARRAY(SELECT DISTINCT r::text::bigint
                     FROM jsonb_array_elements(p_request->'reads') r ORDER BY 1);
    IF v_hit IS NOT NULL THEN
        v_source := 'hit:' || v_hit;
    ELSIF v_search IS NOT NULL THEN
        v_source := 'search:' || v_search;
    END IF;
    v_details := jsonb_build_object('case', left(v_case, 64), 'purpose', left(v_purpose, 64),
                                    'organization', coalesce(u.organization, ''),
                                    'source', v_source, 'reads', to_jsonb(v_ids),
                                    'folder', left(coalesce(p_request->>'folder', ''), 1000),
                                    'derivatives',
                                    coalesce((p_request->>'derivatives')::boolean, false));
    refusal := alpr.require('export', 'evidence', v_details);
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    v_reason := alpr.inquiry_problem(u, v_case, v_purpose);
    IF v_reason IS NOT NULL THEN
        PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'evidence-export',
                                  'evidence', v_details || jsonb_build_object('reason', v_reason),
                                  'refused');
        RETURN alpr.error('denied', v_reason);
    END IF;
    IF v_release IS NOT NULL THEN
        -- Only an approved request; a refused or pending one shares nothing.
        SELECT * INTO rr FROM alpr.release_requests WHERE id = v_release;
        IF rr.id IS NULL THEN
            RETURN alpr.error('not-found', format('There is no release request %s.', v_release));
        ELSIF rr.status <> 'approved' THEN
            RETURN alpr.error('denied', format('Release request %s is %s: only an approved '
                                               'request may be fulfilled.', rr.id, rr.status));
        END IF;
        v_release_text := format('%s (%s, %s; %s; approved by %s on %s)', rr.id, rr.agency,
                                 rr.agency_type, rr.requester, rr.decided_by,
                                 to_char(rr.decided_at AT TIME ZONE 'UTC',
                                         'YYYY-MM-DD"T"HH24:MI:SS"Z"'));
    END IF;
    IF v_hit IS NOT NULL THEN
        h := alpr.visible_hit(v_hit);
        IF h.id IS NULL THEN
            RETURN alpr.no_hit(v_hit);
        END IF;
        v_ids := ARRAY[h.read_id];
        v_source_text := format('the read of hit %s (%s on the list %s)', h.id, h.matched_plate,
                                h.snapshot->>'list');
    ELSIF v_search IS NOT NULL THEN
        SELECT * INTO s FROM alpr.searches WHERE id = v_search AND user_id = u.id;
        IF s.id IS NULL THEN
            RETURN alpr.error('not-found', format('Search %s is not one of your searches.',
                                                  v_search));
        END IF;
        v_source_text := format('chosen from the results of search %s (case %s, purpose %s; its '
                                'query is in data/audit-extract.jsonl)', s.id, s.case_number,
                                s.purpose);
    END IF;
    IF cardinality(v_ids) = 0 THEN
        RETURN alpr.error('invalid', 'Name at least one read to export.');
    END IF;
    SELECT string_agg(w.rid::text, ', ' ORDER BY w.rid) INTO v_missing
      FROM (SELECT m.rid FROM unnest(v_ids) AS m(rid)
             WHERE NOT EXISTS (SELECT 1 FROM alpr.reads r WHERE r.id = m.rid)
             ORDER BY m.rid LIMIT 10) w;
    IF v_missing IS NOT NULL THEN
        RETURN alpr.error('not-found', format('There is no read %s in the store.', v_missing));
    END IF;
    k := alpr.evidence_key_current();
    v_id := format('ev-%s-%s', to_char(now() AT TIME ZONE alpr.agency_zone(), 'YYYYMMDD'),
                   encode(alpr.gen_random_bytes(4), 'hex'));
    v_details := v_details || jsonb_build_object(
        'package', v_id, 'source', v_source, 'reads', to_jsonb(v_ids),
        'key_fingerprint', alpr.fingerprint(k.public_key))
        || CASE WHEN v_release IS NOT NULL THEN jsonb_build_object('release', v_release)
                ELSE '{}'::jsonb END;
    INSERT INTO alpr.evidence_packages(id, case_number, purpose, exported_by, started_at, status,
                                       source, folder, key_id, read_ids, release_id,
                                       session_id)
    VALUES (v_id, v_case, v_purpose, u.username, now(), 'started', v_source,
            coalesce(p_request->>'folder', ''), k.id, v_ids, coalesce(v_release, 0),
            (alpr.current_session()).id);
    -- On record before any byte of a read leaves the server.
    PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'evidence-export',
                              'evidence:' || v_id, v_details, 'started');
    RETURN alpr.pending('evidence', jsonb_build_object(
        'package', v_id, 'started_at', alpr.event_time_text(now()),
        'source', v_source, 'source_text', v_source_text, 'release_text', v_release_text,
        'key', alpr.evidence_key_json(k),
        'root_public', (SELECT encode(public_key, 'base64') FROM alpr.server_keys
                         WHERE name = 'root'),
        'image_bytes', (SELECT coalesce(sum(length(jpeg)), 0) FROM alpr.images
                         WHERE read_id = ANY (v_ids)),
        'reads', (SELECT jsonb_agg(jsonb_build_object(
                                       'read', alpr.read_json(r),
                                       'images', (SELECT coalesce(jsonb_agg(i.kind ORDER BY i.kind),
                                                                  '[]')
                                                    FROM alpr.images i WHERE i.read_id = r.id))
                                   ORDER BY r.id)
                    FROM alpr.reads r WHERE r.id = ANY (v_ids))));
END $$;

-- One image of a read of a package this session is exporting, as stored.
CREATE FUNCTION alpr_api.evidence_image(p_package text, p_read bigint, p_kind text)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    p alpr.evidence_packages;
    v_jpeg bytea;
BEGIN
    IF alpr.signed_in_guard() IS NOT NULL THEN
        RETURN alpr.signed_in_guard();
    END IF;
    p := alpr.my_open_package(p_package);
    IF p.id IS NULL OR NOT p_read = ANY (p.read_ids) THEN
        RETURN alpr.no_open_package(p_package);
    END IF;
    SELECT jpeg INTO v_jpeg FROM alpr.images WHERE read_id = p_read AND kind = p_kind;
    IF v_jpeg IS NULL THEN
        RETURN alpr.error('not-found', format('read %s has no %s image', p_read, left(p_kind, 20)));
    END IF;
    RETURN jsonb_build_object('jpeg', translate(encode(v_jpeg, 'base64'), E'\n', ''));
END $$;

-- The trail's events under the package's case that concern its reads (the
-- searches and canvasses under the case, the reads and images opened) and
-- the export's own start, each with its hash and signature, so that
-- 'alprctl audit verify --extract' proves them part of the trail.
CREATE FUNCTION alpr_api.evidence_extract(p_package text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    p alpr.evidence_packages;
BEGIN
    IF alpr.signed_in_guard() IS NOT NULL THEN
        RETURN alpr.signed_in_guard();
    END IF;
    p := alpr.my_open_package(p_package);
    IF p.id IS NULL THEN
        RETURN alpr.no_open_package(p_package);
    END IF;
    RETURN jsonb_build_object('events', coalesce((
        SELECT jsonb_agg(alpr.event_json(to_jsonb(e)) ORDER BY e.seq)
          FROM alpr.audit_events e
         WHERE e.details ? 'case' AND e.details->>'case' = p.case_number
           AND (e.action IN ('search', 'canvass')
                OR e.object IN (SELECT 'read:' || r FROM unnest(p.read_ids) r)
                OR e.object = 'evidence:' || p.id AND e.action = 'evidence-export')), '[]'));
END $$;

-- Signs the package's tag manifest with the evidence key, once. p_manifest
-- is the payload manifest (manifest-sha256.txt) the tag manifest lists with
-- its digest; it must list each image of the package's reads, and only
-- those, with the digest of the image the server stores. Answers the
-- Ed25519 signature of the tag manifest and of its SSHSIG form (namespace
-- alpr-evidence, SHA-512), which the workstation writes beside it.
CREATE FUNCTION alpr_api.evidence_sign(p_package text, p_manifest text, p_tag_manifest text)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    p alpr.evidence_packages;
    k alpr.evidence_keys;
    v_tag bytea := convert_to(coalesce(p_tag_manifest, ''), 'UTF8');
    v_problem text;
    v_sshsig bytea;
BEGIN
    IF alpr.signed_in_guard() IS NOT NULL THEN
        RETURN alpr.signed_in_guard();
    END IF;
    p := alpr.my_open_package(p_package);
    IF p.id IS NULL THEN
        RETURN alpr.no_open_package(p_package);
    END IF;
    IF p.signed_sha256 IS NOT NULL THEN
        RETURN alpr.error('conflict', format('evidence package %s is signed already', p.id));
    END IF;
    -- The payload manifest's lines, and the images they name.
    WITH lines AS (
        SELECT l FROM regexp_split_to_table(rtrim(coalesce(p_manifest, ''), E'\n'), E'\n') l
    ), parsed AS (
        SELECT l, substring(l FROM '^([0-9a-f]{64})  ') AS digest,
               substring(l FROM '^[0-9a-f]{64}  (.+)$') AS path
          FROM lines
    ), listed AS (
        SELECT digest, path,
               substring(path FROM '^data/images/([0-9]{1,18})-[a-z]+\.jpg$')::bigint AS read_id,
               substring(path FROM '^data/images/[0-9]+-([a-z]+)\.jpg$') AS kind
          FROM parsed
    ), stored AS (
        SELECT i.read_id, i.kind, encode(alpr.digest(i.jpeg, 'sha256'), 'hex') AS digest
          FROM alpr.images i WHERE i.read_id = ANY (p.read_ids)
    )
    SELECT coalesce(
        (SELECT 'a line of the manifest is not "digest  path"' FROM parsed
          WHERE digest IS NULL OR path IS NULL LIMIT 1),
        (SELECT format('the manifest lists %s, which is not an image of the package''s reads',
                       left(path, 80))
           FROM listed l WHERE l.path LIKE 'data/images/%'
            AND NOT EXISTS (SELECT 1 FROM stored s
                             WHERE s.read_id = l.read_id AND s.kind = l.kind) LIMIT 1),
        (SELECT format('the manifest''s digest of %s is not the stored image''s', left(path, 80))
           FROM listed l JOIN stored s ON s.read_id = l.read_id AND s.kind = l.kind
          WHERE l.digest <> s.digest LIMIT 1),
        (SELECT format('the manifest leaves out the %s image of read %s', s.kind, s.read_id)
           FROM stored s WHERE (SELECT count(*) FROM listed l
                                 WHERE l.read_id = s.read_id AND l.kind = s.kind) <> 1 LIMIT 1))
      INTO v_problem;
    IF v_problem IS NULL
       AND p_tag_manifest !~ ('(^|\n)' || encode(alpr.digest(convert_to(p_manifest, 'UTF8'),
                                                            'sha256'), 'hex')
                              || '  manifest-sha256\.txt(\n|$)') THEN
        v_problem := 'the tag manifest does not list this manifest-sha256.txt';
    END IF;
    IF v_problem IS NOT NULL THEN
        RETURN alpr.error('invalid', format('evidence package %s was not signed: %s', p.id,
                                            v_problem));
    END IF;
    SELECT * INTO k FROM alpr.evidence_keys WHERE id = p.key_id;
    -- PROTOCOL.sshsig's "signed data".
    v_sshsig := convert_to('SSHSIG', 'UTF8')
                || alpr.ssh_string(convert_to('alpr-evidence', 'UTF8'))
                || alpr.ssh_string(''::bytea)
                || alpr.ssh_string(convert_to('sha512', 'UTF8'))
                || alpr.ssh_string(alpr.digest(v_tag, 'sha512'));
    UPDATE alpr.evidence_packages SET signed_sha256 = encode(alpr.digest(v_tag, 'sha256'), 'hex')
     WHERE id = p.id;
    PERFORM alpr.append_event((alpr.me()).username, alpr.my_workstation(), 'evidence-signed',
                              'evidence:' || p.id,
                              jsonb_build_object('case', p.case_number, 'package', p.id,
                                                 'tagmanifest_sha256',
                                                 encode(alpr.digest(v_tag, 'sha256'), 'hex'),
                                                 'key', k.id),
                              'success');
    RETURN jsonb_build_object(
        'signature', encode(alpr.alpr_ed25519_sign(k.seed, v_tag), 'base64'),
        'sshsig_signature', encode(alpr.alpr_ed25519_sign(k.seed, v_sshsig), 'base64'));
END $$;

-- Records how the export ended. p_end: status "exported" (with
-- payload_bytes, payload_files and tagmanifest_sha256, which must be the
-- hash the server signed) or "failed" (with reason).
CREATE FUNCTION alpr_api.evidence_finish(p_package text, p_end jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    p alpr.evidence_packages;
    v_exported boolean := p_end->>'status' = 'exported';
    v_details jsonb;
BEGIN
    IF alpr.signed_in_guard() IS NOT NULL THEN
        RETURN alpr.signed_in_guard();
    END IF;
    p := alpr.my_open_package(p_package);
    IF p.id IS NULL THEN
        RETURN alpr.no_open_package(p_package);
    END IF;
    IF v_exported AND p.signed_sha256 IS DISTINCT FROM p_end->>'tagmanifest_sha256' THEN
        RETURN alpr.error('invalid', format('evidence package %s: that is not the tag manifest '
                                            'the server signed', p.id));
    END IF;
    IF v_exported THEN
        UPDATE alpr.evidence_packages
           SET status = 'exported', finished_at = now(),
               payload_bytes = greatest(coalesce((p_end->>'payload_bytes')::bigint, 0), 0),
               payload_files = greatest(coalesce((p_end->>'payload_files')::integer, 0), 0),
               tag_manifest_sha256 = p.signed_sha256
         WHERE id = p.id;
        v_details := jsonb_build_object(
            'case', p.case_number, 'purpose', p.purpose, 'package', p.id,
            'reads', cardinality(p.read_ids),
            'payload_bytes', greatest(coalesce((p_end->>'payload_bytes')::bigint, 0), 0),
            'payload_files', greatest(coalesce((p_end->>'payload_files')::integer, 0), 0),
            'tagmanifest_sha256', p.signed_sha256,
            'key_fingerprint', (SELECT alpr.fingerprint(public_key) FROM alpr.evidence_keys
                                 WHERE id = p.key_id));
    ELSE
        UPDATE alpr.evidence_packages
           SET status = 'failed', finished_at = now(),
               failure = left(coalesce(p_end->>'reason', ''), 500)
         WHERE id = p.id;
        v_details := jsonb_build_object('case', p.case_number, 'package', p.id,
                                        'reason', left(coalesce(p_end->>'reason', ''), 500));
    END IF;
    PERFORM alpr.append_event((alpr.me()).username, alpr.my_workstation(), 'evidence-export',
                              'evidence:' || p.id, v_details,
                              CASE WHEN v_exported THEN 'success' ELSE 'failure' END);
    RETURN jsonb_build_object('package', p.id);
END $$;

-- The packages, newest first, or one: records staff, auditors, administrators.
CREATE FUNCTION alpr.evidence_reader_refusal() RETURNS jsonb
LANGUAGE sql AS $$
    SELECT alpr.require_any(ARRAY['read-audit', 'export'], 'evidence')
$$;

CREATE FUNCTION alpr_api.evidence_packages(p_limit integer) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.evidence_reader_refusal();
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    RETURN jsonb_build_object('packages', coalesce((
        SELECT jsonb_agg(alpr.evidence_package_json(p) ORDER BY p.started_at DESC, p.id DESC)
          FROM (SELECT * FROM alpr.evidence_packages
                 ORDER BY started_at DESC, id DESC
                 LIMIT greatest(least(coalesce(p_limit, 100), 10000), 1)) p), '[]'));
END $$;

CREATE FUNCTION alpr_api.evidence_package(p_id text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.evidence_reader_refusal();
    p alpr.evidence_packages;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    SELECT * INTO p FROM alpr.evidence_packages WHERE id = p_id;
    IF p.id IS NULL THEN
        RETURN alpr.error('not-found', format('There is no evidence package %s.', left(p_id, 40)));
    END IF;
    RETURN alpr.evidence_package_json(p);
END $$;

-- ------------------------------------------------------- chain of custody

-- A package's chain of custody after its export (core/evidence/custody.h):
-- booked into evidence (with the property room's item number), transferred,
-- released, returned, destroyed; nothing follows "destroyed".
CREATE TABLE alpr.evidence_custody (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    package_id text NOT NULL REFERENCES alpr.evidence_packages(id),
    at timestamptz NOT NULL,
    recorded_by text NOT NULL,
    event text NOT NULL
        CHECK (event IN ('booked', 'transferred', 'released', 'returned', 'destroyed')),
    to_whom text NOT NULL DEFAULT '',
    item text NOT NULL DEFAULT '',
    note text NOT NULL DEFAULT ''
);
CREATE INDEX evidence_custody_package ON alpr.evidence_custody(package_id, id);

CREATE FUNCTION alpr.custody_json(c alpr.evidence_custody) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('id', c.id, 'package', c.package_id,
                              'at', alpr.event_time_text(c.at), 'recorded_by', c.recorded_by,
                              'event', c.event, 'to', c.to_whom, 'item', c.item, 'note', c.note)
$$;

-- Records staff: one entry of a package's custody. p_entry: event, to, item, note.
CREATE FUNCTION alpr_api.evidence_custody_record(p_package text, p_entry jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('export', 'evidence:' || left(p_package, 40));
    v_event text := coalesce(p_entry->>'event', '');
    v_to text := btrim(coalesce(p_entry->>'to', ''));
    v_item text := btrim(coalesce(p_entry->>'item', ''));
    v_note text := btrim(coalesce(p_entry->>'note', ''));
    p alpr.evidence_packages;
    v_last alpr.evidence_custody;
    v_problem text;
    c alpr.evidence_custody;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    v_problem := coalesce(
        CASE WHEN v_event NOT IN ('booked', 'transferred', 'released', 'returned', 'destroyed')
             THEN format('"%s" is not a custody event: use one of booked, transferred, '
                         'released, returned, destroyed.', left(v_event, 40)) END,
        alpr.text_problem('recipient', v_to, 200),
        alpr.text_problem('item number', v_item, 200),
        alpr.text_problem('note', v_note, 200),
        CASE WHEN v_event = 'booked' AND v_item = ''
             THEN 'Booking into evidence needs the property room''s item number.' END,
        CASE WHEN v_event IN ('transferred', 'released') AND v_to = ''
             THEN format('Say to whom the package was %s.', v_event) END);
    IF v_problem IS NOT NULL THEN
        RETURN alpr.error('invalid', v_problem);
    END IF;
    SELECT * INTO p FROM alpr.evidence_packages WHERE id = p_package FOR UPDATE;
    IF p.id IS NULL THEN
        RETURN alpr.error('not-found', format('There is no evidence package %s.',
                                              left(p_package, 40)));
    ELSIF p.status <> 'exported' THEN
        RETURN alpr.error('invalid', format('Package %s was never exported (its export %s): it '
                                            'has no custody.', p.id, p.status));
    END IF;
    SELECT * INTO v_last FROM alpr.evidence_custody WHERE package_id = p.id
     ORDER BY id DESC LIMIT 1;
    IF v_last.event = 'destroyed' THEN
        RETURN alpr.error('invalid', format('Package %s was destroyed on %s; nothing can follow.',
                                            p.id, alpr.event_time_text(v_last.at)));
    END IF;
    INSERT INTO alpr.evidence_custody(package_id, at, recorded_by, event, to_whom, item, note)
    VALUES (p.id, now(), (alpr.me()).username, v_event, v_to, v_item, v_note)
    RETURNING * INTO c;
    PERFORM alpr.append_event((alpr.me()).username, alpr.my_workstation(), 'evidence-custody',
                              'evidence:' || p.id,
                              jsonb_build_object('case', p.case_number, 'package', p.id,
                                                 'event', v_event, 'to', v_to, 'item', v_item)
                              || CASE WHEN v_note <> '' THEN jsonb_build_object('note', v_note)
                                      ELSE '{}'::jsonb END,
                              'success');
    RETURN alpr.custody_json(c);
END $$;

-- Records staff and auditors: the package and its custody entries, oldest first.
CREATE FUNCTION alpr_api.evidence_custody(p_package text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.evidence_reader_refusal();
    p alpr.evidence_packages;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    SELECT * INTO p FROM alpr.evidence_packages WHERE id = p_package;
    IF p.id IS NULL THEN
        RETURN alpr.error('not-found', format('There is no evidence package %s.',
                                              left(p_package, 40)));
    END IF;
    RETURN jsonb_build_object(
        'package', alpr.evidence_package_json(p),
        'entries', coalesce((SELECT jsonb_agg(alpr.custody_json(c) ORDER BY c.id)
                               FROM alpr.evidence_custody c WHERE c.package_id = p.id), '[]'));
END $$;

-- Records that the custody log was printed (to p_file), as the store file does.
CREATE FUNCTION alpr_api.evidence_custody_printed(p_package text, p_file text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.evidence_reader_refusal();
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM alpr.evidence_packages WHERE id = p_package) THEN
        RETURN alpr.error('not-found', format('There is no evidence package %s.',
                                              left(p_package, 40)));
    END IF;
    PERFORM alpr.append_event((alpr.me()).username, alpr.my_workstation(),
                              'evidence-custody-printed', 'evidence:' || p_package,
                              jsonb_build_object('package', p_package,
                                                 'file', left(coalesce(p_file, ''), 1000)),
                              'success');
    RETURN '{}'::jsonb;
END $$;

-- ------------------------------------------------------ release requests


-- Why the law or the policies refuse such a request at once, or NULL
-- (ReleaseRequests::rule, in its words; the description read as a person
-- reads it too).
CREATE FUNCTION alpr.release_refusal(p_agency_type text, p_purpose text, p_description text)
RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT CASE
        WHEN p_purpose = 'immigration-enforcement'
             OR EXISTS (SELECT 1 FROM (VALUES (p_description),
                                              (alpr.alpr_screening_text(p_description))) AS d(t)
                         WHERE d.t ~* ('immigration|deport|removal proceeding|\yICE\y|\yCBP\y|'
                                       '\yHSI\y|\yERO\y|border patrol'))
            THEN 'ALPR data is not shared for immigration enforcement (California Values Act, '
                 'Government Code 7284.6; Los Altos 462.7(d)).'
        WHEN p_agency_type IN ('out-of-state', 'federal')
            THEN 'ALPR data is shared only with California public agencies (Civil Code '
                 '1798.90.55(b), SB 34; San Leandro 418.7: no agency outside the State of '
                 'California).'
        WHEN p_agency_type = 'non-law-enforcement'
            THEN 'Requests by non-law-enforcement or non-prosecutorial agencies are processed '
                 'under the Records Maintenance and Release Policy (Civil Code 1798.90.55; San '
                 'Leandro 418.7(c)), not here.'
    END
$$;

CREATE FUNCTION alpr.release_json(r alpr.release_requests) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'id', r.id, 'agency', r.agency, 'agency_type', r.agency_type,
        'requester', r.requester, 'purpose', r.purpose, 'description', r.description,
        'case', r.case_number, 'logged_by', r.logged_by,
        'logged_at', alpr.event_time_text(r.logged_at), 'status', r.status,
        'reason', r.reason, 'decided_by', r.decided_by,
        'decided_at', CASE WHEN r.decided_at IS NOT NULL
                           THEN alpr.event_time_text(r.decided_at) END,
        'decision_note', r.decision_note)
$$;

-- The trail's details of a request (releaserequests.cpp, requestDetails).
CREATE FUNCTION alpr.release_details(r alpr.release_requests) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_build_object('agency', r.agency, 'agency_type', r.agency_type,
                              'requester', r.requester, 'purpose', r.purpose,
                              'description', r.description, 'case', r.case_number,
                              'status', r.status, 'reason', r.reason)
$$;

-- Records staff log a request; one the law refuses is kept as "refused".
-- p_request: agency, agency_type, requester, purpose, description, case.
CREATE FUNCTION alpr_api.release_log(p_request jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('export', 'release');
    r alpr.release_requests;
    v_problem text;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    r.agency := btrim(coalesce(p_request->>'agency', ''));
    r.agency_type := coalesce(p_request->>'agency_type', '');
    r.requester := btrim(coalesce(p_request->>'requester', ''));
    r.purpose := coalesce(p_request->>'purpose', '');
    r.description := btrim(coalesce(p_request->>'description', ''));
    r.case_number := btrim(coalesce(p_request->>'case', ''));
    v_problem := coalesce(
        CASE WHEN r.agency = '' THEN 'A release request needs the agency.' END,
        CASE WHEN r.requester = '' THEN 'A release request needs the requester.' END,
        CASE WHEN r.description = '' THEN 'A release request needs the intended purpose.' END,
        CASE WHEN r.case_number = '' THEN 'A release request needs the case number.' END,
        alpr.text_problem('agency', r.agency, 120),
        alpr.text_problem('requester', r.requester, 120),
        alpr.text_problem('intended purpose', r.description, 500),
        alpr.text_problem('case number', r.case_number, 120),
        CASE WHEN r.agency_type NOT IN ('ca-local', 'ca-state', 'ca-prosecutor', 'out-of-state',
                                        'federal', 'non-law-enforcement')
             THEN format('"%s" is not an agency type.', left(r.agency_type, 40)) END,
        CASE WHEN r.purpose NOT IN ('criminal-investigation', 'prosecution', 'missing-person',
                                    'stolen-vehicle', 'immigration-enforcement', 'other')
             THEN format('"%s" is not a release purpose.', left(r.purpose, 40)) END);
    IF v_problem IS NOT NULL THEN
        RETURN alpr.error('invalid', v_problem);
    END IF;
    r.reason := coalesce(alpr.release_refusal(r.agency_type, r.purpose, r.description), '');
    r.status := CASE WHEN r.reason <> '' THEN 'refused' ELSE 'pending' END;
    INSERT INTO alpr.release_requests(agency, agency_type, requester, purpose, description,
                                      case_number, logged_by, logged_at, status, reason)
    VALUES (r.agency, r.agency_type, r.requester, r.purpose, r.description, r.case_number,
            (alpr.me()).username, now(), r.status, r.reason)
    RETURNING * INTO r;
    PERFORM alpr.append_event(r.logged_by, alpr.my_workstation(), 'release-request', '',
                              alpr.release_details(r),
                              CASE WHEN r.status = 'refused' THEN 'refused' ELSE 'success' END);
    RETURN alpr.release_json(r);
END $$;

-- An administrator or supervisor who did not log it approves or denies a
-- pending request; the Values Act is checked again at approval.
CREATE FUNCTION alpr_api.release_decide(p_id bigint, p_approve boolean, p_note text)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('approve-releases', 'release:' || p_id);
    r alpr.release_requests;
    v_note text := btrim(coalesce(p_note, ''));
    v_rule text;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    IF alpr.text_problem('note', v_note, 500) IS NOT NULL THEN
        RETURN alpr.error('invalid', alpr.text_problem('note', v_note, 500));
    END IF;
    SELECT * INTO r FROM alpr.release_requests WHERE id = p_id FOR UPDATE;
    IF r.id IS NULL THEN
        RETURN alpr.error('not-found', format('There is no release request %s.', p_id));
    ELSIF r.status <> 'pending' THEN
        RETURN alpr.error('conflict', format('Release request %s is %s, not waiting for a '
                                             'decision.', r.id, r.status));
    ELSIF r.logged_by = (alpr.me()).username THEN
        PERFORM alpr.append_event((alpr.me()).username, alpr.my_workstation(),
                                  'release-decision', 'release:' || r.id,
                                  alpr.release_details(r)
                                  || jsonb_build_object('reason', 'logged it themselves'),
                                  'refused');
        RETURN alpr.error('denied', format('You logged release request %s; another approver '
                                           'must decide it.', r.id));
    ELSIF NOT p_approve AND v_note = '' THEN
        RETURN alpr.error('invalid', 'Say why the request is denied (a note).');
    END IF;
    v_rule := alpr.release_refusal(r.agency_type, r.purpose, r.description);
    IF p_approve AND v_rule IS NOT NULL THEN
        RETURN alpr.error('denied', v_rule);
    END IF;
    UPDATE alpr.release_requests
       SET status = CASE WHEN p_approve THEN 'approved' ELSE 'denied' END,
           decided_by = (alpr.me()).username, decided_at = now(), decision_note = v_note
     WHERE id = r.id
    RETURNING * INTO r;
    PERFORM alpr.append_event(r.decided_by, alpr.my_workstation(), 'release-decision',
                              'release:' || r.id,
                              alpr.release_details(r) || jsonb_build_object('note', v_note),
                              'success');
    RETURN alpr.release_json(r);
END $$;

-- Records staff, approvers and auditors.
CREATE FUNCTION alpr.release_reader_refusal() RETURNS jsonb
LANGUAGE sql AS $$
    SELECT alpr.require_any(ARRAY['approve-releases', 'read-audit', 'export'], 'release')
$$;

CREATE FUNCTION alpr_api.release_requests(p_limit integer) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.release_reader_refusal();
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    RETURN jsonb_build_object('requests', coalesce((
        SELECT jsonb_agg(alpr.release_json(r) ORDER BY r.id DESC)
          FROM (SELECT * FROM alpr.release_requests ORDER BY id DESC
                 LIMIT greatest(least(coalesce(p_limit, 100), 10000), 1)) r), '[]'));
END $$;

CREATE FUNCTION alpr_api.release_request(p_id bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.release_reader_refusal();
    r alpr.release_requests;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    SELECT * INTO r FROM alpr.release_requests WHERE id = p_id;
    IF r.id IS NULL THEN
        RETURN alpr.error('not-found', format('There is no release request %s.', p_id));
    END IF;
    RETURN alpr.release_json(r);
END $$;
