// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace alpr {

class Session;

// The agency that runs the workstation, as its memos, reports and evidence
// packages name it: its name, its NCIC ORI (Originating Agency Identifier),
// its address and contact, and the time zone in which its days are counted
// and times are shown on reports.
struct AgencySettings
{
    Q_DECLARE_TR_FUNCTIONS(alpr::AgencySettings)

public:
    QString name;     // "Los Altos Police Department"
    QString ori;      // nine characters: a state's two letters, seven letters or digits
    QString address;  // one line
    QString contact;  // one line: a phone number, an e-mail address, an office
    QString timeZone; // an IANA name: "America/Los_Angeles"

    static constexpr int kMaxNameLength = 120;
    static constexpr int kMaxLineLength = 200;

    QJsonObject toJson() const;
    // "Los Altos Police Department (ORI CA0431000)"; the name alone without an
    // ORI, and empty when neither is set.
    QString heading() const;

    // Invalid, naming the field and what is wrong: a name of 1 to 120
    // characters; an ORI in the NCIC format (two letters of a US state, the
    // District of Columbia or a territory, then seven letters or digits);
    // address and contact of at most 200 characters; a time zone QTimeZone
    // knows by its IANA name. No field may hold a control character.
    static Result<void> check(const AgencySettings& settings);
    // The same ORI check alone.
    static Result<void> checkOri(const QString& ori);
    static Result<void> checkTimeZone(const QString& timeZone);
};

// The agency's settings; fields never set are empty, and the time zone is
// America/Los_Angeles until one is set. Anyone signed in may read them.
Result<AgencySettings> agencySettings(Session& session);
// Administrators (change-settings). The ORI is taken in capitals and the
// text trimmed; check() refuses what is wrong before anything is written.
// Audited as "settings-changed" on "settings:agency" with the settings
// before and after, in the same transaction as the change.
Result<void> setAgencySettings(Session& session, const AgencySettings& settings);

} // namespace alpr
