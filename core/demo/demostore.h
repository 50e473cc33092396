// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/readrecord.h"
#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace alpr {

class Session;

// The password every demo account has. Documented in the README; a demo
// store holds synthetic data only.
QString demoPassword();

struct DemoAccount
{
    QString username;
    QString fullName;
    QString badge;
    QString roles; // "detective", "records,auditor", ...
};
QList<DemoAccount> demoAccounts();

struct DemoOptions
{
    int reads = 20000;
    quint64 seed = 1;
    bool images = true;
    QDate lastDay;    // reads fall in the 30 days ending here (UTC); invalid = today
    QDateTime madeAt; // with no lastDay, no read is later than this; invalid = now
    int vehicles = 0; // pool of vehicles the reads are drawn from; 0 = reads / 3
};

struct DemoSummary
{
    int reads = 0;
    int distinctPlates = 0;
    int cameras = 0;
    int hotListEntries = 0;
};

// Synthetic reads for a demo store: deterministic for a seed and a last day.
// California plate formats (and some neighbours'), about a quarter as many
// distinct plates as reads, repeat sightings at a vehicle's usual cameras,
// some camera misreads with the true plate as a candidate.
class DemoGenerator final
{
public:
    explicit DemoGenerator(const DemoOptions& options);
    ~DemoGenerator();
    // Reads first..first+count-1 of the sequence, in time order, with images
    // when the options ask for them (rendered on all cores).
    QList<ReadRecord> reads(int first, int count) const;
    int distinctPlates() const;
    // Plates for the demo hot lists, each with its state.
    QList<QPair<QString, QString>> hotListPlates(int count) const;

private:
    struct Vehicle;
    ReadRecord makeRead(int index) const;

    DemoOptions m_options;
    QDateTime m_end;
    std::vector<Vehicle> m_vehicles;
    std::vector<qint64> m_times; // sorted capture times (ms) of all reads
};

// Creates a demo store at path (demo accounts, cameras, reads, a hot list),
// or adds reads to an existing demo store. progress(done, total) is called
// between batches.
Result<DemoSummary> createOrFillDemoStore(const QString& path, const DemoOptions& options,
                                          const std::function<void(int, int)>& progress = {});

} // namespace alpr
