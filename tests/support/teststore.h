// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once
// Helpers for tests that need a real store in a temporary directory.

#include "auth/session.h"
#include "auth/signin.h"
#include "auth/useradministration.h"
#include "common/clock.h"
#include "evidence/evidencekeys.h"
#include "ingest/readimporter.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QTest>

namespace alpr::test {

inline const char* const kPassword = "correct horse battery staple";

inline SecureBytes password(const char* text = kPassword)
{
    return SecureBytes::fromRaw(text, qsizetype(qstrlen(text)));
}

// A current training record, as every user needs before reaching ALPR data.
inline TrainingRecord currentTraining()
{
    return TrainingRecord{QStringLiteral("ALPR system use and privacy (test course)"),
                          QDate(2020, 1, 1), QDate()};
}

// A new store with administrator "admin" (roles administrator + the extra
// ones), trained.
inline std::unique_ptr<Session> createStore(const QString& path, const Clock& clock,
                                            QList<Role> extraRoles = {})
{
    UserAccount admin;
    admin.username = QStringLiteral("admin");
    admin.fullName = QStringLiteral("Test Administrator");
    admin.organization = QStringLiteral("Test PD");
    admin.roles = QList<Role>{Role::Administrator} + extraRoles;
    auto session = SignIn::createStore(path, admin, password(), clock);
    if (!session)
        qFatal("cannot create a test store: %s", qPrintable(session.error().message));
    if (auto trained =
            UserAdministration(*session.value()).addTraining(admin.username, currentTraining());
        !trained)
        qFatal("cannot record training: %s", qPrintable(trained.error().message));
    return std::move(session.value());
}

// Adds a trained user with these roles (and the organization "Test PD");
// false when the store refuses.
inline bool addTrainedUser(Session& admin, const QString& name, const QList<Role>& roles)
{
    UserAccount u;
    u.username = name;
    u.fullName = QStringLiteral("Test ") + name;
    u.organization = QStringLiteral("Test PD");
    u.roles = roles;
    return UserAdministration(admin).addUser(u, password()).ok() &&
           UserAdministration(admin).addTraining(name, currentTraining()).ok();
}

// Signs in with the test password as the CLI and the GUI do, which then
// hand the evidence key on (EvidenceKeys::maintain); aborts if refused.
inline std::unique_ptr<Session> signInLikeTheApps(const QString& path, const QString& name)
{
    auto s = SignIn::signIn(path, name, password(), Clock::system());
    if (!s)
        qFatal("sign-in of %s: %s", qPrintable(name), qPrintable(s.error().message));
    (void)EvidenceKeys(*s.value()).maintain();
    return std::move(s.value());
}

// A JPEG of one grey shade, for reads that need images of a given size.
inline QByteArray flatJpeg(int width, int height, int shade)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(shade, shade, shade));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return bytes;
}

inline ReadRecord makeRead(const QString& plate, const QDateTime& at,
                           const QString& camera = QStringLiteral("CAM-1"))
{
    ReadRecord r;
    r.plate = plate;
    r.state = QStringLiteral("CA");
    r.capturedAt = at;
    r.cameraCode = camera;
    r.cameraName = camera + QStringLiteral(" test camera");
    r.latitude = 37.4;
    r.longitude = -122.1;
    r.confidence = 90;
    r.sourceKind = SourceKind::Fixed;
    return r;
}

} // namespace alpr::test
