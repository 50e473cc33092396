// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

// The hot lists a department matches its reads against (Los Altos 462.4(h)):
// general lists (CA DOJ / NCIC extracts, replaced whole at each download)
// and department lists whose entries (BOLOs) members make and an
// administrator approves. Every change is an audit event by the signed-in
// user, in the same transaction as the change.

#include "common/readrecord.h"
#include "common/result.h"
#include "hits/hotlistfile.h"
#include "store/hotlistrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace alpr {

class Session;

// Settings: hours after which a general list's extract is stale.
inline constexpr int kDefaultStaleHours = 24;
// A department entry expires after 30 days unless it says; at most a year.
inline constexpr int kDefaultEntryDays = 30;
inline constexpr int kMaxEntryDays = 366;
// A pattern entry needs this many fixed characters ("7AB*").
inline constexpr int kMinFixedCharacters = 3;
// Hot-list plates are at most 8 characters (the CLEW layout's columns 1-8).
inline constexpr int kMaxHotListPlateLength = 8;

struct ImportCounts
{
    QString list;
    QString format;
    QDateTime extractTime;
    int before = 0; // entries before the import
    int loaded = 0;
    int duplicates = 0;
    int refusedPlates = 0;
    int statesCorrected = 0;
};

struct StaleList
{
    QString name;
    QDateTime asOf; // the extract time, or the load when the file had none
};

// What a new department entry says; the entering member is the signed-in user.
struct EntryRequest
{
    QString list;
    QString plate; // a plate or a partial plate in the search pattern language
    QString state;
    QString reason;
    QString caseNumber;
    QString synopsis;
    QDate expires; // invalid: kDefaultEntryDays from today
    QString note;
    QString make, model, color, body;
};

// A change to an entry: the fields given change (null QString = unchanged).
struct EntryEdit
{
    QString state;
    QString reason;
    QString synopsis;
    QString note;
    QDate expires;
    bool remove = false;
};

class HotLists final
{
    Q_DECLARE_TR_FUNCTIONS(alpr::HotLists)

public:
    explicit HotLists(Session& session) : m_session(session) {}

    // Administrators (manage-hotlists). Names are 1-64 characters without
    // control characters; the purpose must exist; covert lists name members.
    Result<qint64> createList(const HotList& list);
    // Changes purpose, priority, alerting, covert and members; enabled=false disables.
    Result<void> editList(const HotList& list);

    // The lists the user may see (covert ones: members and administrators).
    Result<QList<HotList>> lists();
    // One list with its newest entries (covert: members and administrators).
    Result<HotList> list(const QString& name);
    Result<QList<HotListEntry>> entries(const QString& list, std::optional<EntryStatus> status,
                                        int limit = 200);

    // Replaces a general list's entries with the file's, in one transaction
    // (administrators and the maintenance account). Refused, whole, when the
    // file is broken, and when it would shrink the list by more than half
    // unless allowShrink. format null: recognised from the content.
    Result<ImportCounts> importFile(const QString& list, const QString& path,
                                    const HotListFormat* format, bool allowShrink);
    // As importFile for bytes already read (the demo); label names them.
    Result<ImportCounts> importData(const QString& list, const QByteArray& data,
                                    const QString& label, const HotListFormat* format,
                                    bool allowShrink);

    // General lists whose extract (or load) is older than the stale setting;
    // covert ones only for their members and administrators.
    Result<QList<StaleList>> staleLists();

    // A BOLO on a department list; pending until an administrator approves it.
    Result<qint64> addEntry(const EntryRequest& request);
    // An administrator approves a pending entry; never one they entered.
    Result<void> approveEntry(qint64 entryId);
    // Proposes a change; a supervisor approves it (never its proposer or the
    // member who entered the entry).
    Result<qint64> proposeChange(qint64 entryId, const EntryEdit& edit);
    Result<void> decideChange(qint64 changeId, bool approve);
    Result<QList<EntryChange>> changes(qint64 entryId);
    Result<HotListEntry> entry(qint64 entryId);

    // Marks approved entries whose expiry passed as expired, one audit event
    // each; returns how many.
    Result<int> expireDue();

    // The entering member searches the stored reads for an approved entry,
    // under its case number and the list's purpose, recorded like any search
    // and linked to the entry. Returns the search's id and the reads found.
    struct Lookback
    {
        qint64 searchId = 0;
        qint64 count = 0;
        QList<ReadRecord> reads;
    };
    Result<Lookback> lookback(qint64 entryId);

private:
    // Refused (and recorded) unless the user works with hot lists.
    Result<void> requireReader();
    Result<HotList> visibleList(const QString& name, bool forChange);
    Result<HotListEntry> entryForUser(qint64 entryId);
    // The file store's list of that name, whoever may see it.
    Result<HotList> storedList(const QString& name);
    Result<std::optional<HotList>> listById(qint64 id);

    Session& m_session;
    // The changes of the department store's entry last fetched.
    qint64 m_changesOf = 0;
    QList<EntryChange> m_changes;
};

// A partial plate an entry may hold: the search pattern language with at
// least kMinFixedCharacters fixed characters; a plain plate is not a pattern.
// Returns the normalized text and sets isPattern.
Result<QString> checkEntryPlate(const QString& text, bool* isPattern);

} // namespace alpr
