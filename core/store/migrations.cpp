// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "store/migrations.h"
#include "store/storedamage.h"

#include "common/readrecord.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace alpr {

namespace {

QStringList schemaV1()
{
    return {
        QStringLiteral("CREATE TABLE settings ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE users ("
                       " id INTEGER PRIMARY KEY,"
                       " username TEXT NOT NULL UNIQUE,"
                       " full_name TEXT NOT NULL DEFAULT '',"
                       " badge TEXT NOT NULL DEFAULT '',"
                       " organization TEXT NOT NULL DEFAULT '',"
                       " roles TEXT NOT NULL,"
                       " status TEXT NOT NULL DEFAULT 'active',"
                       " must_change_password INTEGER NOT NULL DEFAULT 0,"
                       " created_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE training ("
                       " id INTEGER PRIMARY KEY,"
                       " user_id INTEGER NOT NULL REFERENCES users(id),"
                       " course TEXT NOT NULL,"
                       " completed_on TEXT NOT NULL,"
                       " expires_on TEXT)"),
        QStringLiteral("CREATE TABLE cameras ("
                       " id INTEGER PRIMARY KEY,"
                       " code TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL,"
                       " source_kind TEXT NOT NULL,"
                       " latitude REAL,"
                       " longitude REAL)"),
        // The distinct plates; the in-memory plate index is built from here.
        QStringLiteral("CREATE TABLE plates ("
                       " id INTEGER PRIMARY KEY,"
                       " plate TEXT NOT NULL UNIQUE)"),
        QStringLiteral("CREATE TABLE reads ("
                       " id INTEGER PRIMARY KEY,"
                       " plate_id INTEGER NOT NULL REFERENCES plates(id),"
                       " plate TEXT NOT NULL,"
                       " state TEXT NOT NULL DEFAULT '',"
                       " captured_at INTEGER NOT NULL,"
                       " camera_id INTEGER NOT NULL REFERENCES cameras(id),"
                       " latitude REAL,"
                       " longitude REAL,"
                       " confidence REAL NOT NULL DEFAULT 0,"
                       " candidates TEXT NOT NULL DEFAULT '',"
                       " make TEXT NOT NULL DEFAULT '',"
                       " model TEXT NOT NULL DEFAULT '',"
                       " color TEXT NOT NULL DEFAULT '',"
                       " body TEXT NOT NULL DEFAULT '',"
                       " source_kind TEXT NOT NULL,"
                       " external_id TEXT,"
                       " legal_hold INTEGER NOT NULL DEFAULT 0,"
                       " imported_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX reads_plate_id ON reads(plate_id)"),
        QStringLiteral("CREATE INDEX reads_plate ON reads(plate)"),
        QStringLiteral("CREATE INDEX reads_captured_at ON reads(captured_at)"),
        QStringLiteral("CREATE UNIQUE INDEX reads_external_id ON reads(external_id)"
                       " WHERE external_id IS NOT NULL"),
        QStringLiteral("CREATE TABLE images ("
                       " id INTEGER PRIMARY KEY,"
                       " read_id INTEGER NOT NULL REFERENCES reads(id),"
                       " kind TEXT NOT NULL,"
                       " jpeg BLOB NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX images_read_kind ON images(read_id, kind)"),
        QStringLiteral("CREATE TABLE purposes ("
                       " code TEXT PRIMARY KEY,"
                       " description TEXT NOT NULL,"
                       " policy_ref TEXT NOT NULL DEFAULT '',"
                       " active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE cases ("
                       " number TEXT PRIMARY KEY,"
                       " first_user TEXT NOT NULL,"
                       " first_at INTEGER NOT NULL,"
                       " title TEXT NOT NULL DEFAULT '')"),
        // A search is the access record of Civil Code 1798.90.52.
        QStringLiteral("CREATE TABLE searches ("
                       " id INTEGER PRIMARY KEY,"
                       " user_id INTEGER REFERENCES users(id),"
                       " username TEXT NOT NULL,"
                       " at INTEGER NOT NULL,"
                       " case_number TEXT NOT NULL,"
                       " purpose TEXT NOT NULL,"
                       " query TEXT NOT NULL,"
                       " result_count INTEGER NOT NULL,"
                       " audit_seq INTEGER)"),
        QStringLiteral("CREATE INDEX searches_case ON searches(case_number)"),
        QStringLiteral("CREATE INDEX searches_user_at ON searches(username, at)"),
        QStringLiteral("CREATE TABLE hotlists ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " source TEXT NOT NULL,"
                       " loaded_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE hotlist_entries ("
                       " id INTEGER PRIMARY KEY,"
                       " hotlist_id INTEGER NOT NULL REFERENCES hotlists(id),"
                       " plate TEXT NOT NULL,"
                       " state TEXT NOT NULL DEFAULT '',"
                       " reason TEXT NOT NULL,"
                       " case_number TEXT NOT NULL DEFAULT '',"
                       " entered_by TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX hotlist_entries_plate ON hotlist_entries(plate)"),
        // The hash-chained audit trail. Append-only: the triggers refuse
        // UPDATE and DELETE; verification catches what bypasses them.
        QStringLiteral("CREATE TABLE audit ("
                       " seq INTEGER PRIMARY KEY,"
                       " at INTEGER NOT NULL,"
                       " username TEXT NOT NULL,"
                       " workstation TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " object TEXT NOT NULL,"
                       " details TEXT NOT NULL,"
                       " outcome TEXT NOT NULL,"
                       " prev_hash TEXT NOT NULL,"
                       " hash TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_user_at ON audit(username, at)"),
        QStringLiteral("CREATE INDEX audit_action_at ON audit(action, at)"),
        QStringLiteral("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
                       " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
                       " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
        // The authorized purposes of the department policies (e.g. Los Altos
        // 462.3 and 462.6(c)); an administrator maintains the list.
        QStringLiteral(
            "INSERT INTO purposes(code, description, policy_ref) VALUES"
            " ('stolen-vehicle', 'Stolen vehicle or stolen plate', 'Los Altos 462.3'),"
            " ('wanted-person', 'Wanted person or active warrant', 'Los Altos 462.3'),"
            " ('missing-person', 'Missing person, AMBER or Silver alert', 'Los Altos 462.3'),"
            " ('witness-victim', 'Locating a witness or a victim', 'Los Altos 462.6(c)'),"
            " ('criminal-investigation', 'A specific criminal investigation',"
            "  'Los Altos 462.6(c)'),"
            " ('civil-administrative', 'Department-related civil or administrative action',"
            "  'Los Altos 462.6(c)'),"
            " ('event-protection', 'Protection of a public event', 'Los Altos 462.3'),"
            " ('infrastructure-protection', 'Protection of critical infrastructure',"
            "  'Los Altos 462.3'),"
            " ('audit', 'Audit of ALPR use', 'Los Altos 462.6(f)')"),
    };
}

// Alternative readings of a read (OpenALPR candidates, low-confidence
// readings) as plates of the dictionary, so a search can match them too.
QStringList readCandidatesV3()
{
    return {
        // Sorted by plate so the index build reads it in one pass; the time
        // is kept here so that pass needs no lookup into reads.
        QStringLiteral("CREATE TABLE read_candidates ("
                       " plate_id INTEGER NOT NULL REFERENCES plates(id),"
                       " read_id INTEGER NOT NULL REFERENCES reads(id),"
                       " captured_at INTEGER NOT NULL,"
                       " PRIMARY KEY (plate_id, read_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX read_candidates_read ON read_candidates(read_id)"),
        // Covering index for the posting lists: plate, time and (implicitly) the read id.
        QStringLiteral("DROP INDEX reads_plate_id"),
        QStringLiteral("CREATE INDEX reads_plate_time ON reads(plate_id, captured_at)"),
    };
}

// Accounts to CJIS standard: the second factor, password age, and the one
// active session per user.
QStringList schemaV2()
{
    return {
        // The TOTP secret lives in the encrypted store (AES-256, SQLCipher):
        // only a key slot opens it, and it is checked after the slot opened.
        QStringLiteral("ALTER TABLE users ADD COLUMN totp_secret BLOB"),
        // The step of the last accepted code; a code is good only once.
        QStringLiteral("ALTER TABLE users ADD COLUMN totp_last_step INTEGER NOT NULL DEFAULT -1"),
        QStringLiteral("ALTER TABLE users ADD COLUMN password_changed_at INTEGER"),
        QStringLiteral("CREATE TABLE sessions ("
                       " username TEXT PRIMARY KEY,"
                       " token TEXT NOT NULL,"
                       " workstation TEXT NOT NULL,"
                       " pid INTEGER NOT NULL,"
                       " started_at INTEGER NOT NULL,"
                       " last_seen INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX training_user ON training(user_id)"),
    };
}

// Accountability: the auditor's samples and worksheets, a screened note on
// each inquiry, and the trail read by time.
QStringList accountabilityV4()
{
    return {
        QStringLiteral("ALTER TABLE searches ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX audit_at ON audit(at)"),
        // A random draw from the trail (Los Altos 462.6(f), San Leandro
        // 418.6.1). The seed and the trail's last event at the draw make it
        // reproducible: the population is every matching event up to through_seq.
        QStringLiteral("CREATE TABLE audit_samples ("
                       " id INTEGER PRIMARY KEY,"
                       " kind TEXT NOT NULL,"
                       " period TEXT NOT NULL,"
                       " period_start INTEGER NOT NULL,"
                       " period_end INTEGER NOT NULL,"
                       " seed TEXT NOT NULL,"
                       " requested_size INTEGER NOT NULL,"
                       " population INTEGER NOT NULL,"
                       " through_seq INTEGER NOT NULL,"
                       " drawn_by TEXT NOT NULL,"
                       " drawn_at INTEGER NOT NULL,"
                       " audit_seq INTEGER)"),
        // One sampled event and the auditor's worksheet for it. The checks
        // are NULL until the auditor answers them; every answer is also an
        // audit event, so a later edit here shows against the trail.
        QStringLiteral("CREATE TABLE audit_sample_items ("
                       " sample_id INTEGER NOT NULL REFERENCES audit_samples(id),"
                       " item INTEGER NOT NULL,"
                       " event_seq INTEGER NOT NULL REFERENCES audit(seq),"
                       " case_real INTEGER,"
                       " purpose_authorized INTEGER,"
                       " query_consistent INTEGER,"
                       " finding TEXT,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " reviewed_by TEXT,"
                       " reviewed_at INTEGER,"
                       " PRIMARY KEY (sample_id, item)) WITHOUT ROWID"),
    };
}

// Each event is signed by the user whose session wrote it; events from before
// keep empty columns. The store records the generation of each user's key
// slot, so that a slot file rolled back to an older copy is refused.
QStringList signedTrailV6()
{
    return {
        QStringLiteral("ALTER TABLE audit ADD COLUMN signer TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE audit ADD COLUMN signature TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE key_slot_generations ("
                       " username TEXT PRIMARY KEY,"
                       " generation INTEGER NOT NULL) WITHOUT ROWID"),
    };
}

// Version 3 began keeping alternative readings in read_candidates, which the
// plate index is built from, but left the readings of the reads already
// stored in reads.candidates only: a store from before it never found them.
// SQLite 3.15 has no JSON functions, so the text is read here.
Result<void> backfillCandidatesV5(QSqlDatabase db)
{
    struct Pending
    {
        qint64 readId;
        QString plate;
        qint64 capturedAt;
        QString candidates;
    };
    std::vector<Pending> pending;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT id, plate, captured_at, candidates FROM reads WHERE candidates <> ''"));
        if (auto r = execPrepared(q, QStringLiteral("reading the alternative readings")); !r)
            return r;
        while (q.next())
            pending.push_back({q.value(0).toLongLong(), q.value(1).toString(),
                               q.value(2).toLongLong(), q.value(3).toString()});
        if (auto r = fetchedAll(q, QCoreApplication::translate("alpr::Migrations",
                                                               "reading the alternative readings"));
            !r)
            return r.error();
    }
    QSqlQuery addPlate(db), findPlate(db), addCandidate(db);
    addPlate.prepare(QStringLiteral("INSERT OR IGNORE INTO plates(plate) VALUES (?)"));
    findPlate.prepare(QStringLiteral("SELECT id FROM plates WHERE plate = ?"));
    addCandidate.prepare(
        QStringLiteral("INSERT OR IGNORE INTO read_candidates(plate_id, read_id, captured_at) "
                       "VALUES (?,?,?)"));
    const QString what =
        QCoreApplication::translate("alpr::Migrations", "storing an alternative reading");
    for (const Pending& p : pending) {
        for (const PlateCandidate& c : candidatesFromJson(p.candidates)) {
            if (c.plate.isEmpty() || c.plate == p.plate)
                continue;
            addPlate.addBindValue(c.plate);
            if (auto r = execPrepared(addPlate, what); !r)
                return r;
            findPlate.addBindValue(c.plate);
            if (auto r = execPrepared(findPlate, what); !r)
                return r;
            if (!findPlate.next())
                return makeError(ErrorCode::Database, what);
            const qint64 plateId = findPlate.value(0).toLongLong();
            findPlate.finish();
            addCandidate.addBindValue(plateId);
            addCandidate.addBindValue(p.readId);
            addCandidate.addBindValue(p.capturedAt);
            if (auto r = execPrepared(addCandidate, what); !r)
                return r;
        }
    }
    return {};
}

// Who may choose what: each purpose names the roles that may give it. The
// audit purpose belongs to auditors, the others to the roles that work
// cases (detectives, dispatchers, records staff). Version 6 is left to a
// change made at the same time; the runner applies the versions it has, in order.
QStringList purposeRolesV7()
{
    return {
        QStringLiteral("ALTER TABLE purposes ADD COLUMN roles TEXT NOT NULL"
                       " DEFAULT 'detective,dispatcher,records'"),
        QStringLiteral("UPDATE purposes SET roles = 'auditor' WHERE code = 'audit'"),
    };
}

// Hot lists that carry what the policies ask (Los Altos 462.4(h)): kind,
// the purpose hits are verified under, priority, covert membership, the
// extract's own time and who loaded it; department entries (BOLOs) with a
// case, a synopsis, an expiry and an approval; changes to entries awaiting a
// supervisor; and hits, each keeping a snapshot of the entry it matched.
// hotlist_state.generation changes with every change to what may match, so
// a matcher in another process knows to reload.
QStringList hotListsV8()
{
    return {
        QStringLiteral("ALTER TABLE hotlists ADD COLUMN kind TEXT NOT NULL DEFAULT 'general'"),
        QStringLiteral(
            "ALTER TABLE hotlists ADD COLUMN purpose TEXT NOT NULL DEFAULT 'stolen-vehicle'"),
        QStringLiteral("ALTER TABLE hotlists ADD COLUMN priority INTEGER NOT NULL DEFAULT 50"),
        QStringLiteral("ALTER TABLE hotlists ADD COLUMN covert INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE hotlists ADD COLUMN alert INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE hotlists ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE hotlists ADD COLUMN extract_at INTEGER"),
        QStringLiteral("ALTER TABLE hotlists ADD COLUMN format TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE hotlists ADD COLUMN loaded_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE hotlists ADD COLUMN created_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE UNIQUE INDEX hotlists_name ON hotlists(name)"),
        QStringLiteral("CREATE TABLE hotlist_members ("
                       " hotlist_id INTEGER NOT NULL REFERENCES hotlists(id),"
                       " username TEXT NOT NULL,"
                       " PRIMARY KEY (hotlist_id, username))"),
        QStringLiteral(
            "ALTER TABLE hotlist_entries ADD COLUMN is_pattern INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE hotlist_entries ADD COLUMN synopsis TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE hotlist_entries ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE hotlist_entries ADD COLUMN expires_at INTEGER"),
        QStringLiteral(
            "ALTER TABLE hotlist_entries ADD COLUMN status TEXT NOT NULL DEFAULT 'approved'"),
        QStringLiteral("ALTER TABLE hotlist_entries ADD COLUMN entered_at INTEGER"),
        QStringLiteral(
            "ALTER TABLE hotlist_entries ADD COLUMN approved_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE hotlist_entries ADD COLUMN approved_at INTEGER"),
        // Descriptors and the extract's own fields (NIC, ORI, county, ...) as JSON.
        QStringLiteral("ALTER TABLE hotlist_entries ADD COLUMN details TEXT NOT NULL DEFAULT '{}'"),
        QStringLiteral("CREATE INDEX hotlist_entries_list ON hotlist_entries(hotlist_id, status)"),
        QStringLiteral("CREATE INDEX hotlist_entries_expiry ON hotlist_entries(expires_at)"
                       " WHERE expires_at IS NOT NULL"),
        QStringLiteral("CREATE TABLE hotlist_entry_changes ("
                       " id INTEGER PRIMARY KEY,"
                       " entry_id INTEGER NOT NULL REFERENCES hotlist_entries(id),"
                       " proposed TEXT NOT NULL,"
                       " proposed_by TEXT NOT NULL,"
                       " proposed_at INTEGER NOT NULL,"
                       " status TEXT NOT NULL DEFAULT 'pending',"
                       " decided_by TEXT NOT NULL DEFAULT '',"
                       " decided_at INTEGER)"),
        QStringLiteral("CREATE TABLE hotlist_lookbacks ("
                       " entry_id INTEGER NOT NULL REFERENCES hotlist_entries(id),"
                       " search_id INTEGER NOT NULL REFERENCES searches(id),"
                       " PRIMARY KEY (entry_id, search_id))"),
        QStringLiteral("CREATE TABLE hits ("
                       " id INTEGER PRIMARY KEY,"
                       " read_id INTEGER NOT NULL REFERENCES reads(id),"
                       " hotlist_id INTEGER NOT NULL REFERENCES hotlists(id),"
                       " entry_id INTEGER NOT NULL,"
                       " matched_at INTEGER NOT NULL,"
                       " match_kind TEXT NOT NULL,"
                       " matched_plate TEXT NOT NULL,"
                       " state_differs INTEGER NOT NULL,"
                       " stale INTEGER NOT NULL,"
                       " priority INTEGER NOT NULL,"
                       " covert INTEGER NOT NULL,"
                       " status TEXT NOT NULL DEFAULT 'new',"
                       " snapshot TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX hits_status ON hits(status, id)"),
        QStringLiteral("CREATE INDEX hits_read ON hits(read_id)"),
        QStringLiteral("CREATE TABLE hotlist_state ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " generation INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO hotlist_state(id, generation) VALUES (1, 1)"),
        // Supervisors, new with this version, work cases as dispatchers do.
        QStringLiteral("UPDATE purposes SET roles = roles || ',supervisor'"
                       " WHERE roles LIKE '%dispatcher%'"),
    };
}

// The dispatcher's queue and the CLETS verification checklist: who holds
// each hit and under which incident, the checklist's state as it stands
// (JSON, one member per step), the decision and the disposition; every step
// kept in order in hit_steps (the audit trail has them too, signed). Reads
// keep the plate's corners in the overview frame, for the rectified view.
QStringList alertsV9()
{
    return {
        QStringLiteral("ALTER TABLE reads ADD COLUMN plate_corners TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE hits ADD COLUMN taken_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE hits ADD COLUMN taken_at INTEGER"),
        QStringLiteral("ALTER TABLE hits ADD COLUMN incident TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE hits ADD COLUMN last_step_at INTEGER"),
        QStringLiteral("ALTER TABLE hits ADD COLUMN escalated_at INTEGER"),
        QStringLiteral("ALTER TABLE hits ADD COLUMN checklist TEXT NOT NULL DEFAULT '{}'"),
        QStringLiteral("ALTER TABLE hits ADD COLUMN decided_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE hits ADD COLUMN decided_at INTEGER"),
        QStringLiteral("ALTER TABLE hits ADD COLUMN outcome TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE hits ADD COLUMN notified_at INTEGER"),
        QStringLiteral("CREATE TABLE hit_steps ("
                       " id INTEGER PRIMARY KEY,"
                       " hit_id INTEGER NOT NULL REFERENCES hits(id),"
                       " step TEXT NOT NULL,"
                       " username TEXT NOT NULL,"
                       " at INTEGER NOT NULL,"
                       " incident TEXT NOT NULL,"
                       " details TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX hit_steps_hit ON hit_steps(hit_id, id)"),
    };
}

// Camera agents that deliver reads to the receiver: the SHA-256 of each
// agent's token (never the token), the cameras it may deliver for, and its
// revocation.
QStringList agentsV10()
{
    return {
        QStringLiteral("CREATE TABLE agents ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " token_sha256 TEXT NOT NULL UNIQUE,"
                       " cameras TEXT NOT NULL DEFAULT '',"
                       " created_by TEXT NOT NULL,"
                       " created_at INTEGER NOT NULL,"
                       " revoked_by TEXT NOT NULL DEFAULT '',"
                       " revoked_at INTEGER)"),
    };
}

// Evidence packages (issue 16): the keys that sign them (the private halves
// sealed to records staff, never readable with the database key alone), the
// packages with the reads in each, and how each export ended.
QStringList evidenceV11()
{
    return {
        QStringLiteral("CREATE TABLE evidence_keys ("
                       " id INTEGER PRIMARY KEY,"
                       " public_key BLOB NOT NULL UNIQUE,"
                       " certificate BLOB NOT NULL,"
                       " created_by TEXT NOT NULL,"
                       " created_at INTEGER NOT NULL,"
                       " retired_at INTEGER)"),
        QStringLiteral("CREATE TABLE evidence_key_grants ("
                       " key_id INTEGER NOT NULL REFERENCES evidence_keys(id),"
                       " username TEXT NOT NULL,"
                       " recipient BLOB NOT NULL,"
                       " ephemeral BLOB NOT NULL,"
                       " nonce BLOB NOT NULL,"
                       " ciphertext BLOB NOT NULL,"
                       " tag BLOB NOT NULL,"
                       " granted_by TEXT NOT NULL,"
                       " granted_at INTEGER NOT NULL,"
                       " PRIMARY KEY (key_id, username))"),
        QStringLiteral("CREATE TABLE evidence_packages ("
                       " id TEXT PRIMARY KEY,"
                       " case_number TEXT NOT NULL,"
                       " purpose TEXT NOT NULL,"
                       " exported_by TEXT NOT NULL,"
                       " started_at INTEGER NOT NULL,"
                       " finished_at INTEGER,"
                       " status TEXT NOT NULL,"
                       " source TEXT NOT NULL,"
                       " folder TEXT NOT NULL,"
                       " key_id INTEGER NOT NULL REFERENCES evidence_keys(id),"
                       " payload_bytes INTEGER NOT NULL DEFAULT 0,"
                       " payload_files INTEGER NOT NULL DEFAULT 0,"
                       " tagmanifest_sha256 TEXT NOT NULL DEFAULT '',"
                       " failure TEXT NOT NULL DEFAULT '',"
                       " release_id INTEGER REFERENCES release_requests(id))"),
        QStringLiteral("CREATE INDEX evidence_packages_case ON evidence_packages(case_number)"),
        QStringLiteral("CREATE TABLE evidence_package_reads ("
                       " package_id TEXT NOT NULL REFERENCES evidence_packages(id),"
                       " read_id INTEGER NOT NULL,"
                       " PRIMARY KEY (package_id, read_id))"),
        QStringLiteral("CREATE INDEX evidence_package_reads_read ON "
                       "evidence_package_reads(read_id)"),
        // What happened to a package after it was exported: booked into
        // evidence, transferred, released, returned, destroyed.
        QStringLiteral("CREATE TABLE evidence_custody ("
                       " id INTEGER PRIMARY KEY,"
                       " package_id TEXT NOT NULL REFERENCES evidence_packages(id),"
                       " at INTEGER NOT NULL,"
                       " recorded_by TEXT NOT NULL,"
                       " event TEXT NOT NULL,"
                       " to_whom TEXT NOT NULL DEFAULT '',"
                       " item TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX evidence_custody_package ON evidence_custody(package_id, id)"),
        // Requests from other agencies for ALPR data (Civil Code 1798.90.55),
        // kept on file whatever their outcome.
        QStringLiteral("CREATE TABLE release_requests ("
                       " id INTEGER PRIMARY KEY,"
                       " agency TEXT NOT NULL,"
                       " agency_type TEXT NOT NULL,"
                       " requester TEXT NOT NULL,"
                       " purpose TEXT NOT NULL,"
                       " description TEXT NOT NULL,"
                       " case_number TEXT NOT NULL,"
                       " logged_by TEXT NOT NULL,"
                       " logged_at INTEGER NOT NULL,"
                       " status TEXT NOT NULL,"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " decided_by TEXT NOT NULL DEFAULT '',"
                       " decided_at INTEGER,"
                       " decision_note TEXT NOT NULL DEFAULT '')"),
    };
}

// Retention (issue 17): legal holds on reads, and the purge runs with the
// reads each one removed (ids, source kind and capture time only: never a
// plate), kept for the certificate and for the plate indexes of running
// workstations, which drop purged reads in the order of `seq`.
QStringList retentionV12()
{
    return {
        QStringLiteral("CREATE TABLE legal_holds ("
                       " id INTEGER PRIMARY KEY,"
                       " case_number TEXT NOT NULL,"
                       " reason TEXT NOT NULL,"
                       " requesting_party TEXT NOT NULL,"
                       " review_on TEXT NOT NULL,"
                       " source TEXT NOT NULL,"
                       " incident TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '',"
                       " placed_by TEXT NOT NULL,"
                       " placed_at INTEGER NOT NULL,"
                       " released_by TEXT NOT NULL DEFAULT '',"
                       " released_at INTEGER,"
                       " release_note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE legal_hold_reads ("
                       " hold_id INTEGER NOT NULL REFERENCES legal_holds(id),"
                       " read_id INTEGER NOT NULL,"
                       " PRIMARY KEY (hold_id, read_id))"),
        QStringLiteral("CREATE INDEX legal_hold_reads_read ON legal_hold_reads(read_id)"),
        QStringLiteral("CREATE TABLE purge_runs ("
                       " id INTEGER PRIMARY KEY,"
                       " started_by TEXT NOT NULL,"
                       " started_at INTEGER NOT NULL,"
                       " finished_at INTEGER,"
                       " status TEXT NOT NULL,"
                       " continues INTEGER REFERENCES purge_runs(id),"
                       " rules TEXT NOT NULL,"
                       " summary TEXT NOT NULL DEFAULT '{}',"
                       " ids_sha256 TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE purged_reads ("
                       " seq INTEGER PRIMARY KEY,"
                       " run_id INTEGER NOT NULL REFERENCES purge_runs(id),"
                       " read_id INTEGER NOT NULL,"
                       " source_kind TEXT NOT NULL,"
                       " captured_at INTEGER NOT NULL,"
                       " images_only INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX purged_reads_run ON purged_reads(run_id, read_id)"),
        // Reads by source kind and time, for the purge's cut-offs.
        QStringLiteral("CREATE INDEX reads_kind_time ON reads(source_kind, captured_at)"),
    };
}

} // namespace

const std::vector<Migration>& storeMigrations()
{
    static const std::vector<Migration> migrations{
        {1, "reads, cameras, plates, images, users, searches, audit", schemaV1()},
        {2, "second factor, password age, one session per user", schemaV2()},
        {3, "alternative readings of reads", readCandidatesV3()},
        {4, "audit samples and worksheets, notes on searches", accountabilityV4()},
        {5, "alternative readings of reads stored before version 3", {}, backfillCandidatesV5},
        {6, "signed audit events, key-slot generations", signedTrailV6()},
        {7, "the roles that may give each purpose", purposeRolesV7()},
        {8, "hot lists, department entries, changes awaiting approval, hits", hotListsV8()},
        {9, "the alert queue, the verification checklist, plate corners", alertsV9()},
        {10, "camera agents that deliver reads to the receiver", agentsV10()},
        {11, "evidence packages, the keys that sign them, custody, release requests",
         evidenceV11()},
        {12, "legal holds, retention purges and their certificates", retentionV12()},
    };
    return migrations;
}

} // namespace alpr
