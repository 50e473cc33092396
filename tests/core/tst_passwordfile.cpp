// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// Service accounts' password files: generated, created new and 0600, read
// back only when nobody else may read them.
#include "auth/passwordfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace alpr;
using namespace Qt::StringLiterals;

// The error message of a failed result, for QVERIFY2 (which words its
// message even when the check passes).
template <typename T> QString why(const Result<T>& r)
{
    return r ? QString() : r.error().message;
}

namespace {

QString text(const SecureBytes& bytes)
{
    return QString::fromLatin1(bytes.constData(), bytes.size());
}

void writeFile(const QString& path, const QByteArray& content, QFile::Permissions permissions)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(content), content.size());
    f.close();
    QVERIFY(QFile::setPermissions(path, permissions));
}

} // namespace

class TestPasswordFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void generatedPasswordsAreLongAndDiffer()
    {
        static const QRegularExpression shape(u"^[A-Za-z0-9_-]{32}$"_s);
        QSet<QString> seen;
        QSet<QChar> symbols;
        for (int i = 0; i < 200; ++i) {
            const QString p = text(passwordfile::generatePassword());
            QVERIFY2(shape.match(p).hasMatch(), qPrintable(p));
            seen.insert(p);
            for (QChar c : p)
                symbols.insert(c);
        }
        QCOMPARE(seen.size(), 200);
        // 6,400 draws from 64 symbols: all of them turn up.
        QCOMPARE(symbols.size(), 64);
    }

    void createdFileIsOwnerOnlyAndReadsBack()
    {
        const QString path = m_dir.filePath(u"ingest.pw"_s);
        const SecureBytes password = passwordfile::generatePassword();
        auto created = passwordfile::create(path, password);
        QVERIFY2(created.ok(), qPrintable(why(created)));
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), password.toByteArrayUnsafe() + '\n');
        auto read = passwordfile::read(path);
        QVERIFY2(read.ok(), qPrintable(why(read)));
        QVERIFY(read.value() == password);
        // Nothing left over under a temporary name.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"ingest.pw"_s});
    }

    void anExistingFileIsNeverReplaced()
    {
        const QString path = m_dir.filePath(u"taken.pw"_s);
        writeFile(path, "keep me\n", QFile::ReadOwner | QFile::WriteOwner);
        auto created = passwordfile::create(path, passwordfile::generatePassword());
        QVERIFY(!created);
        QVERIFY2(created.error().message.contains(u"already exists"_s), qPrintable(why(created)));
        QVERIFY(created.error().message.contains(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me\n"));
    }

    void aMissingFolderIsNamed()
    {
        const QString path = m_dir.filePath(u"no-such-folder/x.pw"_s);
        auto created = passwordfile::create(path, passwordfile::generatePassword());
        QVERIFY(!created);
        QVERIFY2(created.error().message.contains(u"does not exist"_s), qPrintable(why(created)));
        QVERIFY(!QFileInfo::exists(path));
    }

    void firstLineWithoutItsLineBreak_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("password");
        QTest::newRow("newline") << QByteArray("s3cret-line\n") << u"s3cret-line"_s;
        QTest::newRow("no newline") << QByteArray("s3cret-line") << u"s3cret-line"_s;
        QTest::newRow("crlf") << QByteArray("s3cret-line\r\n") << u"s3cret-line"_s;
        QTest::newRow("second line ignored") << QByteArray("first\nsecond\n") << u"first"_s;
        QTest::newRow("spaces kept") << QByteArray(" two words \n") << u" two words "_s;
    }
    void firstLineWithoutItsLineBreak()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, password);
        const QString path = m_dir.filePath(u"line.pw"_s);
        QFile::remove(path);
        writeFile(path, content, QFile::ReadOwner | QFile::WriteOwner);
        auto read = passwordfile::read(path);
        QVERIFY2(read.ok(), qPrintable(why(read)));
        QCOMPARE(text(read.value()), password);
    }

    void refusedFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("permissions");
        QTest::addColumn<QString>("problem");
        const int owner = int(QFile::ReadOwner | QFile::WriteOwner);
        QTest::newRow("world-readable")
            << QByteArray("pw\n") << int(owner | QFile::ReadOther) << u"mode 0604"_s;
        QTest::newRow("group-readable")
            << QByteArray("pw\n") << int(owner | QFile::ReadGroup) << u"mode 0640"_s;
        QTest::newRow("group-writable")
            << QByteArray("pw\n") << int(owner | QFile::WriteGroup) << u"mode 0620"_s;
        QTest::newRow("too large") << QByteArray(5000, 'a') << owner << u"5000 bytes"_s;
        QTest::newRow("empty") << QByteArray() << owner << u"is empty"_s;
        QTest::newRow("empty first line") << QByteArray("\npw\n") << owner << u"is empty"_s;
    }
    void refusedFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, permissions);
        QFETCH(QString, problem);
        const QString path = m_dir.filePath(u"refused.pw"_s);
        QFile::remove(path);
        writeFile(path, content, QFile::Permissions(permissions));
        auto read = passwordfile::read(path);
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(problem), qPrintable(why(read)));
        QVERIFY(read.error().message.contains(path));
    }

    void missingFileAndFolderAreRefused()
    {
        auto missing = passwordfile::read(m_dir.filePath(u"nothing.pw"_s));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(u"nothing.pw"_s));
        auto folder = passwordfile::read(m_dir.path());
        QVERIFY(!folder);
        QVERIFY2(folder.error().message.contains(u"not a regular file"_s), qPrintable(why(folder)));
    }
};

QTEST_GUILESS_MAIN(TestPasswordFile)
#include "tst_passwordfile.moc"
