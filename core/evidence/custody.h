// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"
#include "store/evidencerepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace alpr {

class Session;

// The chain of custody of an evidence package after its export: booked
// into evidence (with the property room's item number), transferred,
// released, returned, destroyed. Each entry is a row and an audit event
// ("evidence-custody") in one transaction; nothing follows "destroyed".
class EvidenceCustody final
{
    Q_DECLARE_TR_FUNCTIONS(alpr::EvidenceCustody)

public:
    explicit EvidenceCustody(Session& session) : m_session(session) {}

    // booked, transferred, released, returned, destroyed.
    static QStringList events();

    // Records staff (export). "booked" needs the item number; transferred
    // and released need whom it went to.
    Result<CustodyEntry> record(const QString& packageId, const QString& event, const QString& to,
                                const QString& item, const QString& note);
    // The export itself first, then every entry; records staff and auditors.
    Result<QList<CustodyEntry>> log(const QString& packageId);
    // The custody log as a PDF for the property room (needs a
    // QGuiApplication for fonts); 0600. Reprinting is recorded.
    Result<void> writePdf(const QString& packageId, const QString& path);

private:
    Session& m_session;
};

// Lays out a titled document of lines and tables as a PDF at path (0600),
// whole or not at all. For the custody log and the release request on file.
Result<void> writeSimplePdf(const QString& path, const QString& title, const QStringList& lines,
                            const QList<QStringList>& table = {});

} // namespace alpr
