// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alpr-workstation: the desktop application.
#include "changepassworddialog.h"
#include "signindialog.h"
#include "startwindow.h"

#include "auth/processguard.h"
#include "auth/session.h"
#include "common/clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMainWindow>
#include <QStandardPaths>
#include <QTranslator>

int main(int argc, char* argv[])
{
    alpr::protectProcessSecrets();
    alpr::HiddenArguments arguments(argc, argv);
    argv = arguments.argv();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ALPR Workstation"));
    QApplication::setOrganizationName(QStringLiteral("alpr-workstation"));
    QApplication::setApplicationVersion(QStringLiteral(ALPR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("alpr-workstation"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // English is the source language; alpr_en holds its plural forms and
    // serves any locale without a translation of its own.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("alpr"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral(":/i18n/alpr_en")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Search, review and audit license plate reads."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(
        QStringLiteral("store"),
        QApplication::translate("main", "The store file, or the department store's address "
                                        "postgresql://HOST[:PORT]/DATABASE (default: "
                                        "$ALPR_STORE)."),
        QStringLiteral("FILE"));
    parser.addOption(storeOption);
    parser.process(app);

    QString store = parser.value(storeOption);
    if (store.isEmpty())
        store = qEnvironmentVariable("ALPR_STORE");
    if (store.isEmpty())
        store = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                QStringLiteral("/alpr-workstation/store.alprdb");

    alpr::gui::SignInDialog signIn(store, alpr::Clock::system());
    if (signIn.exec() != QDialog::Accepted)
        return 0;
    auto session = signIn.takeSession();
    // A temporary password (an administrator's reset) is changed before any data shows.
    if (!alpr::gui::ChangePasswordDialog::changeIfRequired(*session))
        return 0;
    // By role: an administrator who may not search gets the administration
    // window, everyone else the search window.
    const auto window = alpr::gui::makeStartWindow(std::move(session));
    window->show();
    return QApplication::exec();
}
