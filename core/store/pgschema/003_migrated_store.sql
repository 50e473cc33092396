-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ALPR Workstation developers
--
-- Department store, migration 3: a file store migrated in ('alprctl pg
-- migrate --from FILE.alprdb'). Its audit trail is kept verbatim, apart from
-- the server's own chain: each event as the file store had it (its seq, time,
-- hash and its writer's signature), so 'alprctl audit verify --migrated'
-- checks it exactly as 'audit verify' checked it in the file. The server's
-- own trail records the migration in a 'store-migrated' event naming the
-- old trail's head hash and root key fingerprint, which binds the two.

-- Column for column the live trail's (the form AuditLog checks).
CREATE TABLE alpr.migrated_audit_events (LIKE alpr.audit_events INCLUDING ALL);
CREATE TRIGGER migrated_audit_events_no_update BEFORE UPDATE OR DELETE
    ON alpr.migrated_audit_events
    FOR EACH ROW EXECUTE FUNCTION alpr.audit_append_only();
CREATE TRIGGER migrated_audit_events_no_truncate BEFORE TRUNCATE ON alpr.migrated_audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION alpr.audit_append_only();

-- Each migration in: where from, the old trail's head, what was copied.
CREATE TABLE alpr.migrations_in (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    migrated_at timestamptz NOT NULL DEFAULT now(),
    from_store_id text NOT NULL,
    old_head_seq bigint NOT NULL,
    old_head_hash text NOT NULL,
    old_root_fingerprint text NOT NULL,
    audit_seq bigint NOT NULL,   -- the 'store-migrated' event of the server's trail
    counts jsonb NOT NULL        -- users, users_skipped, reads, images, searches, events, ...
);
CREATE TRIGGER migrations_in_no_update BEFORE UPDATE OR DELETE ON alpr.migrations_in
    FOR EACH ROW EXECUTE FUNCTION alpr.audit_append_only();
CREATE TRIGGER migrations_in_no_truncate BEFORE TRUNCATE ON alpr.migrations_in
    FOR EACH STATEMENT EXECUTE FUNCTION alpr.audit_append_only();

-- Pages of the migrated trail, for the auditor ('audit verify --migrated'),
-- under a reading opened (and recorded) by alpr_api.audit_open, as
-- alpr_api.audit_page gives the live one.
CREATE FUNCTION alpr_api.migrated_audit_page(p_reading bigint, p_after bigint, p_limit bigint,
                                              p_filter jsonb)
RETURNS jsonb
LANGUAGE sql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
    SELECT alpr.audit_reading_page('alpr.migrated_audit_events', p_reading, p_after, p_limit,
                                   p_filter)
$$;
