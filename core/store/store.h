// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace alpr {

class AgentRepository;
class EvidenceRepository;
class AuditEventRepository;
class HotListRepository;
class InquiryRepository;
class ReadRepository;
class RetentionRepository;
class SampleRepository;
class SecureBytes;
class SettingsRepository;
class SlotGenerationRepository;
class UserRepository;

// The embedded store: one SQLCipher (AES-256) file, opened with the raw
// database key that a key slot gave up. Owns its one database connection;
// use it from the thread that opened it.
class Store final
{
public:
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    // Opens an existing store file and brings its schema up to date.
    static Result<std::unique_ptr<Store>> open(const QString& path, const SecureBytes& databaseKey);
    // Creates a new, empty store file (refuses if the file exists).
    static Result<std::unique_ptr<Store>> create(const QString& path,
                                                 const SecureBytes& databaseKey);

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // --- Repositories: every SQL statement of the store is behind one. ---
    // Reads, cameras, plates and images.
    ReadRepository& reads() { return *m_reads; }
    const ReadRepository& reads() const { return *m_reads; }
    // The stored audit events (the chain itself is AuditLog's).
    AuditEventRepository& auditEvents() { return *m_auditEvents; }
    const AuditEventRepository& auditEvents() const { return *m_auditEvents; }
    // Searches and the cases they were made under.
    InquiryRepository& inquiries() { return *m_inquiries; }
    const InquiryRepository& inquiries() const { return *m_inquiries; }
    // Purposes and settings.
    SettingsRepository& settings() { return *m_settings; }
    const SettingsRepository& settings() const { return *m_settings; }
    // Hot lists.
    HotListRepository& hotLists() { return *m_hotLists; }
    const HotListRepository& hotLists() const { return *m_hotLists; }
    // The accounts: users, training records, second factors, sessions.
    UserRepository& users() { return *m_users; }
    // Audit samples and their worksheets, and the trail lookups the checks make.
    SampleRepository& samples() { return *m_samples; }
    // The generations of the users' key slots.
    SlotGenerationRepository& slotGenerations() { return *m_slotGenerations; }
    // The camera agents that deliver reads to the receiver.
    AgentRepository& agents() { return *m_agents; }
    // Evidence packages and the keys that sign them.
    EvidenceRepository& evidence() { return *m_evidence; }
    // Legal holds and the retention purge.
    RetentionRepository& retention() { return *m_retention; }
    const RetentionRepository& retention() const { return *m_retention; }
    // --- end of repositories ---

    // Runs fn inside one transaction: commits when it returns ok, rolls back otherwise.
    Result<void> transaction(const std::function<Result<void>()>& fn);

    // Rewrites the file with every table and index in one contiguous run
    // (VACUUM), then empties the write-ahead log. Imports scatter the pages
    // of the covering indexes the plate index is built from over the whole
    // file; with them contiguous, a build with a cold disk cache reads them
    // in one sweep. Needs room for a second copy while it runs, and no open
    // statement or transaction. Row ids are kept.
    Result<void> compact();
    qint64 fileSize() const; // bytes, of the store file and its write-ahead log
    // SQLite's data_version of this connection: it moves on whenever another
    // connection, in this process or another, commits a change to the file
    // (never for this connection's own commits). Cheap: read from the shared
    // memory of the write-ahead log.
    Result<qint64> dataVersion() const;

    // --- Replacing the file (rekey, restore) ---
    // Every open Store holds a shared lock on "<store>.lock" for as long as it
    // is open; opening fails (Denied) while another process holds it
    // exclusively. exclusiveLock() takes it exclusively for this Store, and
    // fails (Denied) while any other Store, in any process, has the file open.
    Result<void> exclusiveLock();
    // Back to the shared lock.
    void releaseExclusiveLock();
    // Writes a consistent copy of the whole store to path, encrypted with key
    // (SQLCipher's sqlcipher_export), synced to disk, mode 0600. The file
    // must not exist. Other connections may go on writing meanwhile.
    Result<void> exportTo(const QString& path, const SecureBytes& key);
    // Moves everything in the write-ahead log into the file and empties the
    // log, so that the file alone holds the store.
    Result<void> checkpoint();
    // For a long run of short write transactions (the retention purge):
    // commits are not synced one by one (WAL with synchronous=NORMAL: a crash
    // of the process loses nothing, a power cut may undo the last commits but
    // never half of one), the log is not checkpointed after each commit but by
    // the caller's checkpointBetweenWrites(), and the page cache is larger.
    // endBulkWrites() puts the connection back as it was.
    Result<void> beginBulkWrites();
    void endBulkWrites();
    // Moves the log into the file without blocking anyone, then lets the next
    // commit start the log over if no reader needs it (waiting for readers at
    // most a few milliseconds, as writers wait meanwhile): with searches
    // running all the time, the log would otherwise only grow.
    void checkpointBetweenWrites();
    static QString lockPathFor(const QString& storePath);
    // Closes the database connection but keeps the lock: the file is about
    // to be replaced. Nothing but destruction and the lock calls may follow.
    void closeConnection();

private:
    Store(QString path, QString connectionName);
    static Result<std::unique_ptr<Store>> openImpl(const QString& path, const SecureBytes& key,
                                                   bool create);
    Result<void> configure();
    Result<void> migrate();
    Result<int> readSchemaVersion() const; // 0 for a store without a version row

    void createRepositories();

    QString m_path;
    QString m_connectionName;
    int m_lockFd = -1;
    QStringList m_bulkRestore; // the pragmas endBulkWrites() runs
    // Repositories (destroyed before the connection is closed).
    std::unique_ptr<ReadRepository> m_reads;
    std::unique_ptr<AuditEventRepository> m_auditEvents;
    std::unique_ptr<InquiryRepository> m_inquiries;
    std::unique_ptr<SettingsRepository> m_settings;
    std::unique_ptr<HotListRepository> m_hotLists;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<SampleRepository> m_samples;
    std::unique_ptr<SlotGenerationRepository> m_slotGenerations;
    std::unique_ptr<AgentRepository> m_agents;
    std::unique_ptr<EvidenceRepository> m_evidence;
    std::unique_ptr<RetentionRepository> m_retention;
    // --- end of repositories ---
};

// Text for a NOT NULL column: Qt binds a null QString as SQL NULL.
inline QString sqlText(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Runs fn inside one transaction on db: commits when it returns ok, rolls
// back otherwise. For use by the repositories.
Result<void> runTransaction(QSqlDatabase db, const std::function<Result<void>()>& fn);

// Runs a prepared statement; turns a failure into an Error that names what
// was being done. For use by the repositories.
Result<void> execPrepared(class QSqlQuery& query, const QString& what);

} // namespace alpr
