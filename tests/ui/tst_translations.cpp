// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The translations embedded under :/i18n reach the messages core makes: a
// locked account at sign-in, on a real store through the real sign-in
// dialog, comes out in Spanish, and counts take their plural forms.
#include "signindialog.h"

#include "auditing/auditsample.h"
#include "auth/session.h"
#include "common/clock.h"
#include "demo/demostore.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace alpr;
using namespace alpr::gui;
using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    // Installed for one test function, removed when it ends.
    static std::unique_ptr<QTranslator> install(const QString& language)
    {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(u":/i18n/alpr_"_s + language))
            return nullptr;
        QCoreApplication::installTranslator(translator.get());
        return translator;
    }

    // One sign-in attempt through the dialog's widgets; the message it shows.
    QString attempt(const QString& user, const QString& password)
    {
        SignInDialog dialog(m_store, Clock::system());
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"userEdit"_s), user);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"passwordEdit"_s), password);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"signInButton"_s), Qt::LeftButton);
        if (dialog.takeSession())
            return u"(signed in)"_s;
        return dialog.findChild<QLabel*>(u"signInMessage"_s)->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"translations.alprdb"_s);
        DemoOptions options;
        options.reads = 0;
        QVERIFY(createOrFillDemoStore(m_store, options).ok());
    }

    void lockedAccountIsRefusedInSpanish()
    {
        const auto spanish = install(u"es"_s);
        QVERIFY2(spanish, "no :/i18n/alpr_es.qm");

        const QString first = attempt(u"records"_s, u"not-the-password"_s);
        QVERIFY2(first.contains(u"usuario o contraseña incorrectos"_s, Qt::CaseInsensitive),
                 qPrintable(first));
        QVERIFY2(first.contains(u"(intento 1 de 5 antes de que se bloquee la cuenta)"_s),
                 qPrintable(first));
        for (int i = 2; i < 5; ++i)
            (void)attempt(u"records"_s, u"not-the-password"_s);
        const QString fifth = attempt(u"records"_s, u"not-the-password"_s);
        QVERIFY2(fifth.contains(u"la cuenta queda bloqueada hasta el "_s), qPrintable(fifth));

        // Now even the right password is refused, and said so in Spanish.
        const QString locked = attempt(u"records"_s, demoPassword());
        QVERIFY2(locked.startsWith(u"la cuenta records está bloqueada tras 5 intentos fallidos "
                                   u"de inicio de sesión hasta el "_s,
                                   Qt::CaseInsensitive),
                 qPrintable(locked));
        QVERIFY2(locked.contains(u"espere, o pida a un administrador que la desbloquee"_s),
                 qPrintable(locked));
        QVERIFY2(!locked.contains(u"locked"_s), qPrintable(locked));
    }

    void countsTakeTheirPluralForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("items");
        QTest::addColumn<QString>("said");
        QTest::newRow("es, one") << u"es"_s << 1 << u"1 de 1 elemento sin revisar todavía"_s;
        QTest::newRow("es, several")
            << u"es"_s << 24 << u"24 de 24 elementos sin revisar todavía"_s;
        QTest::newRow("en, one") << u"en"_s << 1 << u"1 of 1 item not yet reviewed"_s;
        QTest::newRow("en, several") << u"en"_s << 24 << u"24 of 24 items not yet reviewed"_s;
    }

    void countsTakeTheirPluralForms()
    {
        QFETCH(QString, language);
        QFETCH(int, items);
        QFETCH(QString, said);
        const auto translator = install(language);
        QVERIFY(translator);
        AuditSample sample; // items without a finding: none reviewed yet
        for (int i = 1; i <= items; ++i) {
            SampleItem item;
            item.item = i;
            sample.items.append(item);
        }
        QCOMPARE(sample.reviewStatement(), said);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
