-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ALPR Workstation developers
--
-- Department store, migration 14: the change notice is pushed, not only
-- polled. Every statement that moves the counter of migration 10 also
-- notifies the channel alpr_changes; PostgreSQL delivers the notice to every
-- connection listening on it when, and only if, the transaction commits, and
-- folds the notices of one transaction into one. A workstation listens and
-- asks for the counter at once (core/inquiry/changenotice.h), so a hit stored
-- or taken on one workstation is listed on all of them within a second,
-- without each of them asking the server every second.
--
-- Reads alone do not notify. A workstation on this store shows nothing that
-- changes with a read that made no hit (the search runs here, on the server),
-- and a read that makes one notifies through alpr.hits. It matters: a
-- notifying transaction holds PostgreSQL's one notify lock from its commit
-- until the commit is flushed, so the cameras' imports, the most frequent
-- commits by far, would otherwise commit one at a time across the server.
--
-- The notice carries no payload: it says nothing but that something changed,
-- which is all a connection that has not signed in may learn. The counter
-- stays the authority (alpr_api.changes checks the signed-in user).
--
-- Purposes and department settings, and the auditor's samples, now count as
-- changes too: another workstation's lists of them follow.

CREATE OR REPLACE FUNCTION alpr.note_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval('alpr.change_seq');
    IF TG_TABLE_NAME <> 'reads' THEN
        PERFORM pg_notify('alpr_changes', '');
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER settings_changed AFTER INSERT OR UPDATE OR DELETE ON alpr.settings
    FOR EACH STATEMENT EXECUTE FUNCTION alpr.note_change();
CREATE TRIGGER purposes_changed AFTER INSERT OR UPDATE OR DELETE ON alpr.purposes
    FOR EACH STATEMENT EXECUTE FUNCTION alpr.note_change();
CREATE TRIGGER audit_samples_changed AFTER INSERT OR UPDATE ON alpr.audit_samples
    FOR EACH STATEMENT EXECUTE FUNCTION alpr.note_change();
CREATE TRIGGER audit_sample_items_changed AFTER UPDATE ON alpr.audit_sample_items
    FOR EACH STATEMENT EXECUTE FUNCTION alpr.note_change();
