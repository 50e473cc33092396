-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ALPR Workstation developers
--
-- Department store, migration 10: the change notice (core/inquiry/
-- changenotice.h). Every statement that changes what another workstation
-- shows (hits, hot-list entries, reads, holds, evidence packages) moves a
-- counter on; each workstation asks for it about once a second and refreshes
-- its alert queue and notices when it moved. A sequence: no lock, so
-- concurrent imports never wait on it; a rolled-back change moves it too,
-- which costs one refresh.

CREATE SEQUENCE alpr.change_seq;

CREATE FUNCTION alpr.note_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval('alpr.change_seq');
    RETURN NULL;
END $$;

CREATE TRIGGER hits_changed AFTER INSERT OR UPDATE OR DELETE ON alpr.hits
    FOR EACH STATEMENT EXECUTE FUNCTION alpr.note_change();
CREATE TRIGGER hot_list_entries_changed AFTER INSERT OR UPDATE OR DELETE
    ON alpr.hot_list_entries FOR EACH STATEMENT EXECUTE FUNCTION alpr.note_change();
CREATE TRIGGER reads_changed AFTER INSERT OR DELETE ON alpr.reads
    FOR EACH STATEMENT EXECUTE FUNCTION alpr.note_change();
CREATE TRIGGER legal_holds_changed AFTER INSERT OR UPDATE ON alpr.legal_holds
    FOR EACH STATEMENT EXECUTE FUNCTION alpr.note_change();
CREATE TRIGGER evidence_packages_changed AFTER INSERT OR UPDATE ON alpr.evidence_packages
    FOR EACH STATEMENT EXECUTE FUNCTION alpr.note_change();

-- Anyone signed in: the counter, which says nothing but that something changed.
CREATE FUNCTION alpr_api.changes() RETURNS jsonb
LANGUAGE sql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
    SELECT coalesce(alpr.signed_in_guard(),
                    jsonb_build_object('version', (SELECT last_value FROM alpr.change_seq)))
$$;
