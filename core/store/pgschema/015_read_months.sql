-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ALPR Workstation developers
--
-- Department store, migration 15: reads are kept in one table per capture
-- month (declarative partitioning by range of captured_at, in UTC). The
-- purge still deletes read by read, by each kind's cut-off day; a month whose
-- reads are all gone, and which lies wholly before the latest of the kinds'
-- cut-offs, is then dropped as a whole, table and indexes, instead of being
-- left to VACUUM (alpr.drop_read_months). A search with a time range reads only the months it names.
--
-- What the partitioning changes:
--  - The primary key is (id, captured_at): PostgreSQL keeps a unique key on a
--    partitioned table only with the partition key in it. The id still comes
--    from the one identity sequence, so it stays unique across the months.
--  - A foreign key can reference a partitioned table only through such a key,
--    so images, alternative readings and hits no longer name reads(id) as a
--    foreign key. Triggers keep what the key kept: no row of theirs names a
--    read that is not stored, and no read is deleted while one names it (the
--    purge deletes them first, as it did).
--  - A camera's id for a read (external_id) is unique across the months in
--    alpr.read_sources, kept by triggers on the reads; the import looks a
--    resent read up there.
--  - A month's table is made ahead: this month's and the next by this
--    migration and by every purge (the daily timer's) as it starts. An
--    import makes one only for a month that has none (old reads, late ones):
--    CREATE TABLE ... LIKE and ATTACH PARTITION never stop searches, but
--    the foreign keys the month takes from the parent wait for the imports
--    under way and hold the next ones back until the import commits.

-- The months that have a table, and the one function that adds them.
CREATE TABLE alpr.read_months (
    month date PRIMARY KEY CHECK (month = date_trunc('month', month)),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION alpr.read_month_table(p_month date) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT 'reads_' || to_char(p_month, 'YYYY_MM')
$$;

-- Makes the tables of the months the given capture times fall in (UTC), the
-- ones that have none. Returns how many it made. Owned by alpr_owner and run
-- as it, whoever stores the reads, so that the purge may drop them later.
-- At most 24 months' tables in one call: reads spread over
-- more months come in more imports (a file sorted by time does).
CREATE FUNCTION alpr.add_read_months(p_times timestamptz[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    m date;
    v_made integer := 0;
BEGIN
    -- Held until the import commits: the purge does not drop a month table
    -- between this look and the import's insert.
    LOCK TABLE alpr.reads IN ROW EXCLUSIVE MODE;
    FOR m IN SELECT DISTINCT date_trunc('month', t AT TIME ZONE 'UTC')::date
               FROM unnest(p_times) t WHERE t IS NOT NULL ORDER BY 1 LOOP
        CONTINUE WHEN EXISTS (SELECT 1 FROM alpr.read_months WHERE month = m);
        -- Two imports of a new month's first reads: one makes the table.
        PERFORM pg_advisory_xact_lock(hashtext('alpr.read_months'));
        CONTINUE WHEN EXISTS (SELECT 1 FROM alpr.read_months WHERE month = m);
        IF v_made = 24 THEN
            RAISE EXCEPTION 'these reads were captured in more than 24 months that have no table'
                            ' yet: import them in smaller parts, each of fewer months'
                USING ERRCODE = 'AL400';
        END IF;
        -- The bounds in UTC, written out whatever the session's date style.
        EXECUTE format('CREATE TABLE alpr.%I (LIKE alpr.reads)', alpr.read_month_table(m));
        EXECUTE format('ALTER TABLE alpr.reads ATTACH PARTITION alpr.%I'
                       ' FOR VALUES FROM (%L) TO (%L)', alpr.read_month_table(m),
                       to_char(m, 'YYYY-MM-DD') || ' 00:00:00+00',
                       to_char(m + interval '1 month', 'YYYY-MM-DD') || ' 00:00:00+00');
        INSERT INTO alpr.read_months(month) VALUES (m);
        v_made := v_made + 1;
    END LOOP;
    RETURN v_made;
END $$;

-- ---------------------------------------------------------------- the reads

ALTER TABLE alpr.reads RENAME TO reads_unpartitioned;
ALTER SEQUENCE alpr.reads_id_seq RENAME TO reads_unpartitioned_id_seq;
ALTER TABLE alpr.read_candidates DROP CONSTRAINT read_candidates_read_id_fkey;
ALTER TABLE alpr.images DROP CONSTRAINT images_read_id_fkey;
ALTER TABLE alpr.hits DROP CONSTRAINT hits_read_id_fkey;
DROP FUNCTION alpr.read_json(alpr.reads_unpartitioned);

CREATE TABLE alpr.reads (
    id bigint GENERATED ALWAYS AS IDENTITY,
    plate_id bigint NOT NULL,
    state text NOT NULL DEFAULT '',
    captured_at timestamptz NOT NULL,
    camera_id bigint NOT NULL,
    latitude double precision,
    longitude double precision,
    confidence double precision NOT NULL DEFAULT 0,
    make text NOT NULL DEFAULT '',
    model text NOT NULL DEFAULT '',
    color text NOT NULL DEFAULT '',
    body text NOT NULL DEFAULT '',
    source_kind text NOT NULL,
    external_id text,
    plate_corners text NOT NULL DEFAULT '',
    imported_at timestamptz NOT NULL
) PARTITION BY RANGE (captured_at);

SELECT alpr.add_read_months(
    ARRAY(SELECT DISTINCT date_trunc('month', captured_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'
            FROM alpr.reads_unpartitioned) || now() || now() + interval '1 month');
INSERT INTO alpr.reads(id, plate_id, state, captured_at, camera_id, latitude, longitude,
                       confidence, make, model, color, body, source_kind, external_id,
                       plate_corners, imported_at) OVERRIDING SYSTEM VALUE
SELECT id, plate_id, state, captured_at, camera_id, latitude, longitude, confidence, make,
       model, color, body, source_kind, external_id, plate_corners, imported_at
  FROM alpr.reads_unpartitioned;
SELECT setval(pg_get_serial_sequence('alpr.reads', 'id'),
              greatest((SELECT max(id) FROM alpr.reads_unpartitioned),
                       (SELECT last_value FROM alpr.reads_unpartitioned_id_seq)));
-- (An id a purged read had is never given again: the sequence goes on.)

CREATE TABLE alpr.read_sources (
    external_id text PRIMARY KEY,
    read_id bigint NOT NULL
);
INSERT INTO alpr.read_sources(external_id, read_id)
SELECT external_id, id FROM alpr.reads_unpartitioned WHERE external_id IS NOT NULL;

DROP TABLE alpr.reads_unpartitioned;

ALTER TABLE alpr.reads ADD PRIMARY KEY (id, captured_at);
ALTER TABLE alpr.reads ADD FOREIGN KEY (plate_id) REFERENCES alpr.plates(id);
ALTER TABLE alpr.reads ADD FOREIGN KEY (camera_id) REFERENCES alpr.cameras(id);
CREATE INDEX reads_plate_time ON alpr.reads(plate_id, captured_at) INCLUDE (id);
CREATE INDEX reads_captured_at ON alpr.reads(captured_at);
CREATE INDEX reads_kind_time ON alpr.reads(source_kind, captured_at);
-- Autovacuum analyzes each month's table, never the partitioned parent,
-- whose statistics the planner uses above the months (every purge analyzes
-- it again as it starts).
ANALYZE alpr.reads;
ANALYZE alpr.read_sources;

-- The triggers of migrations 2 and 10, on the new table.
CREATE TRIGGER reads_counted_in AFTER INSERT ON alpr.reads
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION alpr.count_plate_reads();
CREATE TRIGGER reads_counted_out AFTER DELETE ON alpr.reads
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION alpr.count_plate_reads();
CREATE TRIGGER reads_plate_kept BEFORE UPDATE OF plate_id ON alpr.reads
    FOR EACH ROW WHEN (old.plate_id IS DISTINCT FROM new.plate_id)
    EXECUTE FUNCTION alpr.read_plate_kept();
CREATE TRIGGER reads_changed AFTER INSERT OR DELETE ON alpr.reads
    FOR EACH STATEMENT EXECUTE FUNCTION alpr.note_change();

-- A camera's id for a read names one read: a second is refused as the
-- unique key on the reads refused it.
CREATE FUNCTION alpr.read_sources_in() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO alpr.read_sources(external_id, read_id)
    SELECT external_id, id FROM changed WHERE external_id IS NOT NULL;
    RETURN NULL;
END $$;
CREATE FUNCTION alpr.read_sources_out() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM alpr.read_sources s USING changed c
     WHERE s.external_id = c.external_id AND s.read_id = c.id;
    RETURN NULL;
END $$;
CREATE TRIGGER reads_sourced AFTER INSERT ON alpr.reads
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION alpr.read_sources_in();
CREATE TRIGGER reads_unsourced AFTER DELETE ON alpr.reads
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION alpr.read_sources_out();
CREATE FUNCTION alpr.external_id_kept() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a camera''s id for a read is what the camera sent; it is not changed'
        USING ERRCODE = 'AL403';
END $$;
CREATE TRIGGER reads_external_id_kept BEFORE UPDATE OF external_id ON alpr.reads
    FOR EACH ROW WHEN (old.external_id IS DISTINCT FROM new.external_id)
    EXECUTE FUNCTION alpr.external_id_kept();

-- What the foreign keys to reads(id) kept. A row of images, read_candidates
-- or hits names a stored read; a read is not deleted while one names it.
CREATE FUNCTION alpr.read_named() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v_missing bigint;
BEGIN
    -- As a foreign key does: the reads named stay until this commits.
    PERFORM 1 FROM alpr.reads r WHERE r.id IN (SELECT read_id FROM changed) FOR KEY SHARE;
    SELECT c.read_id INTO v_missing FROM changed c
     WHERE NOT EXISTS (SELECT 1 FROM alpr.reads r WHERE r.id = c.read_id) LIMIT 1;
    IF v_missing IS NOT NULL THEN
        RAISE EXCEPTION 'insert into %.% names read %, which is not stored', TG_TABLE_SCHEMA,
                        TG_TABLE_NAME, v_missing USING ERRCODE = '23503';
    END IF;
    RETURN NULL;
END $$;
CREATE FUNCTION alpr.read_id_kept() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the read a row of %.% belongs to is not changed', TG_TABLE_SCHEMA,
                    TG_TABLE_NAME USING ERRCODE = 'AL403';
END $$;
CREATE TRIGGER images_read_named AFTER INSERT ON alpr.images
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION alpr.read_named();
CREATE TRIGGER read_candidates_read_named AFTER INSERT ON alpr.read_candidates
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION alpr.read_named();
CREATE TRIGGER hits_read_named AFTER INSERT ON alpr.hits
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION alpr.read_named();
CREATE TRIGGER images_read_kept BEFORE UPDATE OF read_id ON alpr.images
    FOR EACH ROW WHEN (old.read_id IS DISTINCT FROM new.read_id)
    EXECUTE FUNCTION alpr.read_id_kept();
CREATE TRIGGER read_candidates_read_kept BEFORE UPDATE OF read_id ON alpr.read_candidates
    FOR EACH ROW WHEN (old.read_id IS DISTINCT FROM new.read_id)
    EXECUTE FUNCTION alpr.read_id_kept();
CREATE TRIGGER hits_read_kept BEFORE UPDATE OF read_id ON alpr.hits
    FOR EACH ROW WHEN (old.read_id IS DISTINCT FROM new.read_id)
    EXECUTE FUNCTION alpr.read_id_kept();

CREATE FUNCTION alpr.read_unnamed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v_named bigint;
BEGIN
    SELECT c.id INTO v_named FROM changed c
     WHERE EXISTS (SELECT 1 FROM alpr.images i WHERE i.read_id = c.id)
        OR EXISTS (SELECT 1 FROM alpr.read_candidates rc WHERE rc.read_id = c.id)
        OR EXISTS (SELECT 1 FROM alpr.hits h WHERE h.read_id = c.id) LIMIT 1;
    IF v_named IS NOT NULL THEN
        RAISE EXCEPTION 'read % still has images, alternative readings or hits', v_named
            USING ERRCODE = '23503';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER reads_unnamed AFTER DELETE ON alpr.reads
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION alpr.read_unnamed();
-- A read's id is what everything else names it by; and the reads go only
-- through the purge, which keeps the counts, the sources and the record.
CREATE FUNCTION alpr.read_id_unchanged() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a read''s id is not changed, and reads are not truncated: the purge deletes them'
        USING ERRCODE = 'AL403';
END $$;
CREATE TRIGGER reads_id_kept BEFORE UPDATE OF id ON alpr.reads
    FOR EACH ROW WHEN (old.id IS DISTINCT FROM new.id)
    EXECUTE FUNCTION alpr.read_id_unchanged();
CREATE TRIGGER reads_not_truncated BEFORE TRUNCATE ON alpr.reads
    FOR EACH STATEMENT EXECUTE FUNCTION alpr.read_id_unchanged();

-- Migration 2's, for the new table's row type.
CREATE FUNCTION alpr.read_json(r alpr.reads) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'id', r.id, 'plate', p.plate, 'state', r.state,
        'captured_at', alpr.event_time_text(r.captured_at),
        'camera_code', c.code, 'camera_name', c.name,
        'latitude', r.latitude, 'longitude', r.longitude, 'confidence', r.confidence,
        'make', r.make, 'model', r.model, 'color', r.color, 'body', r.body,
        'source_kind', r.source_kind, 'external_id', r.external_id,
        'plate_corners', r.plate_corners,
        'candidates', coalesce((SELECT jsonb_agg(jsonb_build_object('plate', cp.plate,
                                                                    'confidence', rc.confidence)
                                                 ORDER BY rc.confidence DESC, cp.plate)
                                  FROM alpr.read_candidates rc
                                  JOIN alpr.plates cp ON cp.id = rc.plate_id
                                 WHERE rc.read_id = r.id), '[]'::jsonb))
      FROM alpr.plates p, alpr.cameras c
     WHERE p.id = r.plate_id AND c.id = r.camera_id
$$;

-- ---------------------------------------------------------------- the purge

-- Migration 4's, which now also looks after the month tables.
CREATE OR REPLACE FUNCTION alpr_api.purge_start() RETURNS jsonb
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
    -- The partitioned reads' own statistics, which autovacuum never gathers
    -- (it analyzes each month's table); then this month's and the next
    -- month's tables, if they have none yet, so that the first reads of a
    -- month do not wait for one to be made.
    ANALYZE alpr.reads;
    PERFORM alpr.add_read_months(ARRAY[now(), now() + interval '1 month']);
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

-- Drops the month tables that hold no read, held or not, and lie wholly
-- before the latest of the kinds' cut-offs (p_cut, a purge run's cutoffs):
-- the months the cameras still store into are left alone. A late read of a
-- dropped month makes its table again. Returns the months dropped
-- ('2026-01'). Dropping a partition locks the reads against every other
-- use: it waits at most two seconds for the searches under way, and a month
-- it could not lock is dropped by the next purge.
CREATE FUNCTION alpr.drop_read_months(p_cut jsonb) RETURNS text[]
LANGUAGE plpgsql AS $$
DECLARE
    v_before timestamptz;
    m date;
    v_empty boolean;
    v_dropped text[] := '{}';
    v_timeout text := current_setting('lock_timeout');
BEGIN
    SELECT max((value->>'reads_before')::timestamptz) INTO v_before FROM jsonb_each(p_cut);
    FOR m IN SELECT month FROM alpr.read_months
              WHERE (month + interval '1 month')::timestamp AT TIME ZONE 'UTC' <= v_before
              ORDER BY month LOOP
        -- Looked at first without the lock: it also marks the purged rows
        -- dead in the indexes, so that the look under the lock is short.
        EXECUTE format('SELECT NOT EXISTS (SELECT 1 FROM alpr.%I)', alpr.read_month_table(m))
            INTO v_empty;
        CONTINUE WHEN NOT v_empty;
        BEGIN
            PERFORM set_config('lock_timeout', '2s', true);
            LOCK TABLE alpr.reads IN ACCESS EXCLUSIVE MODE;
            EXECUTE format('SELECT NOT EXISTS (SELECT 1 FROM alpr.%I)', alpr.read_month_table(m))
                INTO v_empty;
            IF v_empty THEN
                EXECUTE format('DROP TABLE alpr.%I', alpr.read_month_table(m));
                DELETE FROM alpr.read_months WHERE month = m;
                v_dropped := v_dropped || to_char(m, 'YYYY-MM');
            END IF;
        EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
            EXIT;
        END;
    END LOOP;
    PERFORM set_config('lock_timeout', v_timeout, true);
    RETURN v_dropped;
END $$;

CREATE OR REPLACE FUNCTION alpr_api.purge_batch(p_run bigint, p_limit bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('purge-reads', 'purge:' || p_run);
    u alpr.users;
    run alpr.purge_runs;
    v_cut jsonb;
    v_ids bigint[];
    v_images bigint[];
    v_hash text;
    v_months text[];
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
        -- Nothing left to delete: the months nothing is left in go whole.
        v_months := alpr.drop_read_months(v_cut);
        IF cardinality(v_months) > 0 THEN
            PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'retention-purge-batch',
                                      'purge:' || p_run,
                                      jsonb_build_object('months_dropped', to_jsonb(v_months)),
                                      'success');
        END IF;
        RETURN jsonb_build_object('reads', 0, 'images', 0, 'done', true,
                                  'months_dropped', to_jsonb(v_months));
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

-- ---------------------------------------------------------------- the import

CREATE OR REPLACE FUNCTION alpr_api.import_reads(p_reads jsonb, p_action text, p_object text,
                                      p_details jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('import-reads', left(coalesce(p_object, ''), 200),
                                  coalesce(p_details, '{}'::jsonb));
    u alpr.users;
    r jsonb;
    v_camera bigint;
    v_read bigint;
    v_plate text;
    v_ids jsonb := '[]'::jsonb;
    v_imported integer := 0;
    v_duplicates integer := 0;
    v_hits integer;
    cand jsonb;
    img text;
    v_ahead bigint;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    u := alpr.me();
    IF p_action NOT IN ('import', 'ingest') THEN
        RAISE EXCEPTION 'reads are imported or ingested, not "%"', left(p_action, 20)
            USING ERRCODE = 'AL400';
    END IF;
    IF jsonb_typeof(p_reads) <> 'array' OR jsonb_array_length(p_reads) > 100000 THEN
        RAISE EXCEPTION 'reads come as an array of at most 100000 reads' USING ERRCODE = 'AL400';
    END IF;
    -- A month's table is made for any past capture time, and no more than a
    -- year ahead (a camera whose clock is wrong, or someone making tables
    -- that no purge would drop). The months' tables first, before this
    -- transaction writes anything.
    SELECT n INTO v_ahead FROM jsonb_array_elements(p_reads) WITH ORDINALITY x(value, n)
     WHERE (value->>'captured_at')::timestamptz > now() + interval '1 year' ORDER BY n LIMIT 1;
    IF v_ahead IS NOT NULL THEN
        RAISE EXCEPTION 'read % was captured more than a year from now (%): the camera''s clock is wrong',
                        v_ahead, p_reads->(v_ahead::integer - 1)->>'captured_at'
            USING ERRCODE = 'AL400';
    END IF;
    PERFORM alpr.add_read_months(ARRAY(SELECT (value->>'captured_at')::timestamptz
                                         FROM jsonb_array_elements(p_reads)));
    FOR r IN SELECT value FROM jsonb_array_elements(p_reads) LOOP
        v_plate := r->>'plate';
        IF v_plate IS NULL OR v_plate !~ '^[A-Z0-9]{1,10}$' THEN
            RAISE EXCEPTION 'read % has no normalized plate', v_imported + v_duplicates + 1
                USING ERRCODE = 'AL400';
        END IF;
        IF r->>'external_id' IS NOT NULL
           AND EXISTS (SELECT 1 FROM alpr.read_sources WHERE external_id = r->>'external_id') THEN
            v_duplicates := v_duplicates + 1;
            v_ids := v_ids || to_jsonb(0);
            CONTINUE;
        END IF;
        SELECT id INTO v_camera FROM alpr.cameras WHERE code = r->>'camera_code';
        IF v_camera IS NULL THEN
            INSERT INTO alpr.cameras(code, name, source_kind)
            VALUES (r->>'camera_code', coalesce(r->>'camera_name', r->>'camera_code'),
                    coalesce(r->>'source_kind', 'unknown'))
            RETURNING id INTO v_camera;
        END IF;
        INSERT INTO alpr.reads(plate_id, state, captured_at, camera_id, latitude, longitude,
                               confidence, make, model, color, body, source_kind, external_id,
                               plate_corners, imported_at)
        VALUES (alpr.plate_id(v_plate), coalesce(r->>'state', ''),
                (r->>'captured_at')::timestamptz, v_camera, (r->>'latitude')::double precision,
                (r->>'longitude')::double precision,
                coalesce((r->>'confidence')::double precision, 0), coalesce(r->>'make', ''),
                coalesce(r->>'model', ''), coalesce(r->>'color', ''), coalesce(r->>'body', ''),
                coalesce(r->>'source_kind', 'unknown'), r->>'external_id',
                coalesce(r->>'plate_corners', ''), now())
        RETURNING id INTO v_read;
        FOR cand IN SELECT value FROM jsonb_array_elements(coalesce(r->'candidates', '[]')) LOOP
            IF cand->>'plate' ~ '^[A-Z0-9]{1,10}$' AND cand->>'plate' <> v_plate THEN
                INSERT INTO alpr.read_candidates(plate_id, read_id, confidence)
                VALUES (alpr.plate_id(cand->>'plate'), v_read,
                        coalesce((cand->>'confidence')::double precision, 0))
                ON CONFLICT DO NOTHING;
            END IF;
        END LOOP;
        FOREACH img IN ARRAY ARRAY['plate', 'overview', 'vehicle'] LOOP
            IF coalesce(r->>(img || '_jpeg'), '') <> '' THEN
                INSERT INTO alpr.images(read_id, kind, jpeg)
                VALUES (v_read, img, decode(r->>(img || '_jpeg'), 'base64'));
            END IF;
        END LOOP;
        v_imported := v_imported + 1;
        v_ids := v_ids || to_jsonb(v_read);
    END LOOP;
    -- Every read is matched against the hot lists as it enters (alpr.match_reads, 005).
    v_hits := alpr.match_reads(ARRAY(SELECT (jsonb_array_elements_text(v_ids))::bigint));
    PERFORM alpr.append_event(u.username, alpr.my_workstation(), p_action,
                              left(coalesce(p_object, ''), 200),
                              coalesce(p_details, '{}'::jsonb)
                                  || jsonb_build_object('imported', v_imported,
                                                        'duplicates', v_duplicates)
                                  || CASE WHEN v_hits > 0 THEN jsonb_build_object('hits', v_hits)
                                          ELSE '{}' END,
                              'success');
    RETURN jsonb_build_object('imported', v_imported, 'duplicates', v_duplicates, 'ids', v_ids,
                              'hits', v_hits);
END $$;

-- ---------------------------------------------------------------- the search

-- Migration 2's, with one change for the month tables: the newest reads of a
-- rank of few plates come from each plate's own (see the comment inside).
CREATE OR REPLACE FUNCTION alpr_api.search(p_case text, p_purpose text, p_query jsonb, p_note text)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    u alpr.users := alpr.me();
    -- A note that carries a personal identifier never reaches the trail.
    v_note_problem text := alpr.note_problem(p_note);
    v_details jsonb := alpr.inquiry_details(u, p_case, p_purpose, p_query,
                                            CASE WHEN v_note_problem IS NULL THEN p_note END);
    refusal jsonb := CASE WHEN v_note_problem IS NULL
                          THEN alpr.require('search', 'search', v_details)
                          ELSE alpr.signed_in_guard() END;
    f jsonb := coalesce(p_query->'filters', '{}'::jsonb);
    v_from timestamptz := (f->>'from')::timestamptz;
    v_to timestamptz := (f->>'to')::timestamptz;
    v_where text;
    v_any text;
    v_tags text;
    v_plan jsonb;
    v_plate_reads bigint;
    v_room integer;
    v_rows integer;
    v_months integer;
    g record;
    v_pattern text;
    v_exact text;
    v_re text;
    v_mis text;
    v_candidates boolean := coalesce((p_query->>'candidates')::boolean, true);
    v_misread boolean := coalesce((p_query->>'misread')::boolean, false);
    v_edits integer := coalesce((p_query->>'max_edits')::integer, 0);
    v_limit integer := coalesce((p_query->>'limit')::integer, 500);
    v_count bigint;
    v_search bigint;
    v_seq bigint;
    v_hits jsonb;
    v_reason text;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    ELSIF v_note_problem IS NOT NULL THEN
        RETURN alpr.error('invalid', v_note_problem);
    END IF;
    v_reason := coalesce(
        alpr.inquiry_problem(u, p_case, p_purpose),
        CASE WHEN v_limit < 1 OR v_limit > 100000 OR v_edits < 0 OR v_edits > 2
             THEN 'the limit is 1 to 100000 reads and near misses 0 to 2 edits' END);
    IF v_reason IS NOT NULL THEN
        PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'search', 'search',
                                  v_details || jsonb_build_object('reason', v_reason), 'refused');
        RETURN alpr.error('denied', v_reason);
    END IF;
    v_pattern := alpr.normalize_pattern(p_query->>'pattern');
    BEGIN
        v_re := alpr.pattern_regex(v_pattern, false);
        v_mis := CASE WHEN v_misread THEN alpr.pattern_regex(v_pattern, true) END;
    EXCEPTION WHEN SQLSTATE 'AL400' THEN
        PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'search', 'search',
                                  v_details || jsonb_build_object('reason', SQLERRM), 'invalid');
        RETURN alpr.error('invalid', SQLERRM);
    END;
    v_exact := CASE WHEN v_pattern ~ '^[A-Z0-9]+$' THEN v_pattern END;

    CREATE TEMP TABLE IF NOT EXISTS pg_temp.plate_match (
        id bigint PRIMARY KEY, plate text, reads bigint, reason text, rank integer, cost integer
    ) ON COMMIT DROP;
    CREATE TEMP TABLE IF NOT EXISTS pg_temp.matched (
        read_id bigint PRIMARY KEY, captured_at timestamptz, reason text, rank integer,
        cost integer, reading text
    ) ON COMMIT DROP;
    CREATE TEMP TABLE IF NOT EXISTS pg_temp.alternative (
        read_id bigint PRIMARY KEY, captured_at timestamptz, reading text, counted boolean
    ) ON COMMIT DROP;
    DELETE FROM pg_temp.plate_match;
    DELETE FROM pg_temp.matched;
    DELETE FROM pg_temp.alternative;
    v_any := coalesce(v_mis, v_re);
    v_tags := alpr.plate_tag_filter(v_any);
    -- The filters on the reads: the time range is read from the covering
    -- index (plate, time, id) alone.
    v_where := concat_ws(' AND ', 'true',
        CASE WHEN v_from IS NOT NULL THEN format('r.captured_at >= %L::timestamptz', v_from) END,
        CASE WHEN v_to IS NOT NULL THEN format('r.captured_at < %L::timestamptz', v_to) END,
        CASE WHEN f->>'state' IS NOT NULL THEN format('r.state = %L', f->>'state') END,
        CASE WHEN f->>'camera' IS NOT NULL
             THEN format('r.camera_id IN (SELECT id FROM alpr.cameras WHERE code = %L OR name = %L)',
                         f->>'camera', f->>'camera') END,
        CASE WHEN f->>'make' IS NOT NULL THEN format('lower(r.make) = lower(%L)', f->>'make') END,
        CASE WHEN f->>'color' IS NOT NULL THEN format('lower(r.color) = lower(%L)', f->>'color') END,
        CASE WHEN f->>'body' IS NOT NULL THEN format('lower(r.body) = lower(%L)', f->>'body') END,
        CASE WHEN f->'near' IS NOT NULL
             THEN format('r.latitude IS NOT NULL AND r.longitude IS NOT NULL'
                         ' AND 2 * 6371008.8 * asin(sqrt('
                         'power(sin(radians(r.latitude - %1$L::float8) / 2), 2)'
                         ' + cos(radians(%1$L::float8)) * cos(radians(r.latitude))'
                         ' * power(sin(radians(r.longitude - %2$L::float8) / 2), 2))) <= %3$L::float8',
                         (f->'near'->>'latitude')::float8, (f->'near'->>'longitude')::float8,
                         (f->'near'->>'metres')::float8) END);
    -- How many plates the pattern matches, as the planner expects from the
    -- plates' statistics (planning only; the answer does not depend on it).
    EXECUTE format('EXPLAIN (FORMAT JSON) SELECT 1 FROM alpr.plates p WHERE p.plate ~ %L', v_any)
        INTO v_plan;

    IF v_exact IS NULL AND (v_plan->0->'Plan'->>'Plan Rows')::numeric
           > coalesce((SELECT value::bigint FROM alpr.settings
                        WHERE key = 'search_broad_plates'), 50000) THEN
        -- A broad pattern ("8*" is a ninth of all plates): its plates are not
        -- copied. They are counted in one pass over those the plate index
        -- names, and the newest of their reads are found by walking the time
        -- index back, the plainly matching ones first, then the misreads.
        EXECUTE format('SELECT coalesce(sum(p.reads), 0) FROM alpr.plates p'
                       ' WHERE %s AND p.plate ~ $1', v_tags) INTO v_plate_reads USING v_any;
        IF v_where = 'true' THEN
            v_count := v_plate_reads;
        ELSE
            EXECUTE format('SELECT count(*) FROM alpr.reads r JOIN alpr.plates p'
                           ' ON p.id = r.plate_id WHERE %s AND p.plate ~ $1 AND %s',
                           v_tags, v_where) INTO v_count USING v_any;
        END IF;
        IF v_candidates THEN
            EXECUTE format('SELECT count(DISTINCT r.id) FROM alpr.plates p'
                           '   JOIN alpr.read_candidates rc ON rc.plate_id = p.id'
                           '   JOIN alpr.reads r ON r.id = rc.read_id'
                           '   JOIN alpr.plates own ON own.id = r.plate_id'
                           '  WHERE %s AND p.plate ~ $1 AND own.plate !~ $1 AND %s',
                           v_tags, v_where) INTO v_rows USING v_any;
            v_count := v_count + v_rows;
        END IF;
        v_room := v_limit;
        FOR g IN SELECT * FROM (VALUES (1, 'pattern', v_re, NULL::text),
                                       (2, 'misread', v_mis, v_re)) x(rank, reason, re, not_re)
                  WHERE x.re IS NOT NULL LOOP
            EXIT WHEN v_room <= 0;
            EXECUTE format('INSERT INTO pg_temp.matched(read_id, captured_at, reason, rank, cost,'
                           ' reading) SELECT r.id, r.captured_at, %L, %s, 0, p.plate'
                           '   FROM alpr.reads r JOIN alpr.plates p ON p.id = r.plate_id'
                           '  WHERE p.plate ~ $1 AND ($2::text IS NULL OR p.plate !~ $2) AND %s'
                           '  ORDER BY r.captured_at DESC, r.id DESC LIMIT %s',
                           g.reason, g.rank, v_where, v_room) USING g.re, g.not_re;
            GET DIAGNOSTICS v_rows = ROW_COUNT;
            v_room := v_room - v_rows;
        END LOOP;
        -- (An alternative reading ranks below every plain match, and these
        -- are more than v_limit: none of them is among the first.)
    ELSE
        -- The plates that match, with why, as the workstation ranks them:
        -- exact, pattern, misread, an alternative reading, a near miss.
        EXECUTE format('INSERT INTO pg_temp.plate_match(id, plate, reads, reason, rank, cost)'
                       ' SELECT id, plate, reads, reason, array_position(ARRAY[''exact'', ''pattern'','
                       '        ''misread'', ''candidate'', ''edit''], reason) - 1,'
                       '        CASE WHEN reason = ''edit'' THEN alpr.levenshtein(plate, $1) ELSE 0 END'
                       '   FROM (SELECT id, plate, reads,'
                       '                CASE WHEN plate = $1 THEN ''exact'' WHEN plate ~ $2 THEN ''pattern'''
                       '                     WHEN $3 IS NOT NULL AND plate ~ $3 THEN ''misread'''
                       '                     ELSE ''edit'' END AS reason'
                       '           FROM (SELECT p.id, p.plate, p.reads FROM alpr.plates p'
                       '                  WHERE %s AND p.plate ~ $4%s) x) y',
                       v_tags,
                       CASE WHEN v_exact IS NOT NULL AND v_edits > 0
                            THEN format(' UNION SELECT p.id, p.plate, p.reads FROM alpr.plates p'
                                        ' WHERE %s AND alpr.levenshtein(p.plate, $1) <= $5',
                                        alpr.plate_edit_filter(v_exact, v_edits)) ELSE '' END)
            USING v_exact, v_re, v_mis, v_any, v_edits;
        ANALYZE pg_temp.plate_match;
        -- Counted where they are (without filters, from the plates' own
        -- counts), and only the first v_limit kept, rank by rank: the newest
        -- of a rank's reads. Of a few plates, from each plate's own newest
        -- reads (one probe of the plate-and-time index per plate and month
        -- table in the range); of more, from their reads or by walking the
        -- time index back, whichever the planner finds cheaper. (With a time
        -- range the planner, counting a probe per month table, would walk
        -- the whole range for a few plates: 80 ms became 210 at 1,000,000
        -- reads on two month tables.)
        IF v_where = 'true' THEN
            v_count := (SELECT coalesce(sum(reads), 0) FROM pg_temp.plate_match);
        ELSE
            EXECUTE format('SELECT count(*) FROM pg_temp.plate_match m JOIN alpr.reads r'
                           ' ON r.plate_id = m.id WHERE %s', v_where) INTO v_count;
        END IF;
        v_months := greatest((SELECT count(*) FROM alpr.read_months
                               WHERE (v_from IS NULL OR (month + interval '1 month')::timestamp
                                                        AT TIME ZONE 'UTC' > v_from)
                                 AND (v_to IS NULL OR month::timestamp AT TIME ZONE 'UTC' < v_to)),
                             1);
        v_room := v_limit;
        FOR g IN SELECT rank, cost, count(*) AS plates FROM pg_temp.plate_match
                  GROUP BY rank, cost ORDER BY rank, cost LOOP
            EXIT WHEN v_room <= 0;
            IF g.plates * v_months <= 20000 THEN
                EXECUTE format('INSERT INTO pg_temp.matched(read_id, captured_at, reason, rank,'
                               ' cost, reading) SELECT x.id, x.captured_at, m.reason, m.rank,'
                               ' m.cost, m.plate FROM pg_temp.plate_match m CROSS JOIN LATERAL'
                               ' (SELECT r.id, r.captured_at FROM alpr.reads r'
                               '   WHERE r.plate_id = m.id AND %s'
                               '   ORDER BY r.captured_at DESC, r.id DESC LIMIT %s) x'
                               '  WHERE m.rank = %s AND m.cost = %s'
                               '  ORDER BY x.captured_at DESC, x.id DESC LIMIT %s',
                               v_where, v_room, g.rank, g.cost, v_room);
            ELSE
                EXECUTE format('INSERT INTO pg_temp.matched(read_id, captured_at, reason, rank,'
                               ' cost, reading) SELECT r.id, r.captured_at, m.reason, m.rank,'
                               ' m.cost, m.plate'
                               '   FROM alpr.reads r JOIN pg_temp.plate_match m ON m.id = r.plate_id'
                               '  WHERE m.rank = %s AND m.cost = %s AND %s'
                               '  ORDER BY r.captured_at DESC, r.id DESC LIMIT %s',
                               g.rank, g.cost, v_where, v_room);
            END IF;
            GET DIAGNOSTICS v_rows = ROW_COUNT;
            v_room := v_room - v_rows;
        END LOOP;
        -- The reads whose alternative readings match (as a pattern or a
        -- misread), unless their plate matched better: those not matched at
        -- all add to the count, and all of them may enter the first v_limit
        -- (a read matched as a near miss moves up as an alternative reading).
        IF v_candidates THEN
            EXECUTE format('INSERT INTO pg_temp.alternative(read_id, captured_at, reading, counted)'
                           ' SELECT DISTINCT ON (r.id) r.id, r.captured_at, m.plate,'
                           '        NOT EXISTS (SELECT 1 FROM pg_temp.plate_match d'
                           '                     WHERE d.id = r.plate_id)'
                           '   FROM pg_temp.plate_match m'
                           '   JOIN alpr.read_candidates rc ON rc.plate_id = m.id'
                           '   JOIN alpr.reads r ON r.id = rc.read_id'
                           '  WHERE m.rank <= 2 AND %s'
                           '    AND NOT EXISTS (SELECT 1 FROM pg_temp.plate_match d'
                           '                     WHERE d.id = r.plate_id AND d.rank < 3)'
                           '  ORDER BY r.id, m.plate', v_where);
            v_count := v_count + (SELECT count(*) FROM pg_temp.alternative WHERE counted);
            INSERT INTO pg_temp.matched AS x(read_id, captured_at, reason, rank, cost, reading)
            SELECT read_id, captured_at, 'candidate', 3, 0, reading FROM pg_temp.alternative
            ON CONFLICT (read_id) DO UPDATE
               SET reason = excluded.reason, rank = excluded.rank, cost = excluded.cost,
                   reading = excluded.reading;
        END IF;
    END IF;

    v_seq := alpr.append_event(u.username, alpr.my_workstation(), 'search', 'search',
                               v_details || jsonb_build_object('result_count', v_count,
                                                               'normalized_pattern', v_pattern),
                               'success');
    INSERT INTO alpr.searches(user_id, at, case_number, purpose, query, note, result_count,
                              audit_seq)
    VALUES (u.id, now(), p_case, p_purpose, p_query, coalesce(p_note, ''), v_count, v_seq)
    RETURNING id INTO v_search;
    INSERT INTO alpr.search_reads(search_id, read_id, position, reason, cost, reading)
    SELECT v_search, x.read_id,
           row_number() OVER (ORDER BY x.rank, x.cost, x.captured_at DESC, x.read_id DESC),
           x.reason, x.cost, x.reading
      FROM (SELECT * FROM pg_temp.matched m
             ORDER BY m.rank, m.cost, m.captured_at DESC, m.read_id DESC LIMIT v_limit) x;
    -- The reads go out once this record has committed (alpr_api.result).
    RETURN alpr.pending('search', jsonb_build_object('search_id', v_search));
END $$;
