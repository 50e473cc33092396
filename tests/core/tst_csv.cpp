// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "common/csv.h"

#include <QTest>

using namespace alpr;
using namespace Qt::StringLiterals;

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsAreQuotedWhereNeeded_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("line");
        QTest::newRow("plain") << QStringList{u"7ABC123"_s, u"CA"_s} << u"7ABC123,CA\r\n"_s;
        QTest::newRow("empty fields") << QStringList{QString(), u""_s, u"x"_s} << u",,x\r\n"_s;
        QTest::newRow("comma") << QStringList{u"Ruiz, Ana"_s} << u"\"Ruiz, Ana\"\r\n"_s;
        QTest::newRow("quote doubled")
            << QStringList{u"the \"blue\" car"_s} << u"\"the \"\"blue\"\" car\"\r\n"_s;
        QTest::newRow("newline written out")
            << QStringList{u"line 1\nline 2"_s} << u"line 1\\nline 2\r\n"_s;
        QTest::newRow("carriage return written out") << QStringList{u"a\rb"_s} << u"a\\rb\r\n"_s;
        QTest::newRow("no fields") << QStringList{} << u"\r\n"_s;
        QTest::newRow("unicode as is") << QStringList{u"Peña"_s} << u"Peña\r\n"_s;
        // Unquoted, these would be blank lines, which a reader skips.
        QTest::newRow("one empty field") << QStringList{QString()} << u"\"\"\r\n"_s;
        QTest::newRow("one blank field") << QStringList{u"  "_s} << u"\"  \"\r\n"_s;
    }

    void fieldsAreQuotedWhereNeeded()
    {
        QFETCH(QStringList, fields);
        QFETCH(QString, line);
        QCOMPARE(csvLine(fields), line);
    }

    // A trail or worksheet export is opened in a spreadsheet: a field that
    // would run as a formula there is made text with a leading apostrophe.
    void formulasAreDefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("written");
        QTest::newRow("equals") << u"=HYPERLINK(\"http://x\",\"y\")"_s
                                << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s;
        QTest::newRow("plus") << u"+1+1"_s << u"'+1+1"_s;
        QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\\t=1"_s;
        QTest::newRow("carriage return") << u"\r=1"_s << u"'\\r=1"_s;
        QTest::newRow("line feed") << u"\n=1"_s << u"'\\n=1"_s;
        QTest::newRow("after spaces") << u"  =1+1"_s << u"'  =1+1"_s;
        QTest::newRow("full-width equals") << u"\uff1dSUM(A1)"_s << u"'\uff1dSUM(A1)"_s;
        QTest::newRow("full-width at") << u"\uff20SUM(A1)"_s << u"'\uff20SUM(A1)"_s;
        QTest::newRow("dde with comma")
            << u"=cmd|' /C calc'!A0,x"_s << u"\"'=cmd|' /C calc'!A0,x\""_s;
        QTest::newRow("inside is fine") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("negative-looking plate text") << u"7-ABC"_s << u"7-ABC"_s;
    }

    void formulasAreDefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, written);
        QCOMPARE(csvLine({field}), written + u"\r\n"_s);
    }

    // Hostile stored text (a note, a name, a purpose description) cannot
    // forge a record or carry a terminal code into the file.
    void controlCharactersAreWrittenOut_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("written");
        QTest::newRow("forged record")
            << u"ok\r\n999,admin,delete-all"_s << u"\"ok\\r\\n999,admin,delete-all\""_s;
        QTest::newRow("escape sequence") << u"a\x1b[2Jb"_s << u"a\\x1b[2Jb"_s;
        QTest::newRow("bidi override") << u"abc\u202edcba"_s << u"abc\\u202edcba"_s;
        QTest::newRow("nul") << QString(QChar(0)) + u"x"_s << u"\\x00x"_s;
        QTest::newRow("backslash doubled") << u"C:\\x"_s << u"C:\\\\x"_s;
        QTest::newRow("line separator") << u"a\u2028b"_s << u"a\\u2028b"_s;
    }

    void controlCharactersAreWrittenOut()
    {
        QFETCH(QString, field);
        QFETCH(QString, written);
        const QString line = csvLine({field, u"next"_s});
        QCOMPARE(line, written + u",next\r\n"_s);
        // One record, one line: only the record's own CRLF ends it.
        QCOMPARE(line.count(u'\n'), 1);
        QCOMPARE(line.count(u'\r'), 1);
        for (const QChar c : line.chopped(2))
            QVERIFY2(c.category() != QChar::Other_Control && c.unicode() != 0x202e &&
                         c.unicode() != 0x2028,
                     qPrintable(line));
    }

    // What csvLine() writes, CsvReader reads back field for field (text with
    // control characters or a leading formula sign is written out on purpose,
    // see above, and reads back as written).
    void writtenRecordsReadBack_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("plain") << QStringList{u"7ABC123"_s, u"CA"_s};
        QTest::newRow("empty fields") << QStringList{QString(), QString(), u"x"_s};
        QTest::newRow("one empty field") << QStringList{QString()};
        QTest::newRow("one blank field") << QStringList{u"   "_s};
        QTest::newRow("quotes and commas")
            << QStringList{u"the \"blue\" car"_s, u"Ruiz, Ana"_s, u"a;b"_s};
        QTest::newRow("unicode") << QStringList{u"Peña"_s, u"東京"_s};
    }

    void writtenRecordsReadBack()
    {
        QFETCH(QStringList, fields);
        const QByteArray text = csvLine(fields).toUtf8();
        CsvReader reader(text);
        QList<QByteArray> read;
        QCOMPARE(reader.next(read), CsvReader::Status::Record);
        QStringList decoded;
        for (const QByteArray& field : read)
            decoded << QString::fromUtf8(field);
        QCOMPARE(decoded, fields);
        QCOMPARE(reader.next(read), CsvReader::Status::End);
    }

    void readerErrorsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("error");
        QTest::newRow("unclosed quote") << "a,b\r\nc,\"d\r\ne\r\n"_ba << 2 << u"never closed"_s;
        QTest::newRow("quote inside a field") << "a\nb\"c\n"_ba << 2 << u"does not start"_s;
        QTest::newRow("text after closing quote") << "\"a\nb\"c\n"_ba << 2 << u"after the"_s;
    }

    void readerErrorsNameTheLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, error);
        CsvReader reader(text);
        QList<QByteArray> fields;
        CsvReader::Status status;
        while ((status = reader.next(fields)) == CsvReader::Status::Record) {
        }
        QCOMPARE(status, CsvReader::Status::Error);
        QCOMPARE(reader.errorLine(), line);
        QVERIFY2(reader.errorText().contains(error), qPrintable(reader.errorText()));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
