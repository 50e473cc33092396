// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "store/sqlcipherdriver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QPointer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <QThread>

#include <sqlcipher/sqlite3.h>

#include <dlfcn.h>
#include <future>
#include <thread>

#include <limits>
#include <memory>

using namespace alpr;

namespace {

QByteArray testKey(const char* label)
{
    return QCryptographicHash::hash(QByteArray(label), QCryptographicHash::Sha256);
}

const QString createOption = QStringLiteral("QSQLCIPHER_CREATE");

} // namespace

class TestSqlCipherDriver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void registration();
    void roundTrip_data();
    void roundTrip();
    void dateTimeIsUtcIsoText();
    void largeBlob();
    void placeholders_data();
    void placeholders();
    void bindingMistakesAreErrors_data();
    void bindingMistakesAreErrors();
    void lastInsertId();
    void numRowsAffected();
    void transactions_data();
    void transactions();
    void refusedOpen_data();
    void refusedOpen();
    void keyIsNotKeptAfterOpen();
    void readOnly();
    void connectionSettings();
    void encryptedAtRest();
    void flippedByteIsDetected_data();
    void flippedByteIsDetected();
    void tamperedPageNeverReadsAsData();
    void walSurvivesReopen();
    void forwardOnlyIteration();
    void goingBackFailsCleanly();
    void statementErrors();
    void oneStatementPerQuery();
    void resultsOutliveClose();
    void tablesAndRecord();
    void escapeIdentifier_data();
    void escapeIdentifier();
    void noPlainSqliteInProcess();

private:
    // A connection on `path` keyed with `key`, not yet opened; removed in cleanup().
    QSqlDatabase connection(const QString& path, const QByteArray& key,
                            const QString& options = createOption);
    QSqlDatabase openStore(const QString& path, const QByteArray& key = testKey("store"),
                           const QString& options = createOption);
    QString storePath() const { return m_dir->filePath(QStringLiteral("store.db")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_connections;
    int m_serial = 0;
};

QSqlDatabase TestSqlCipherDriver::connection(const QString& path, const QByteArray& key,
                                             const QString& options)
{
    const QString name = QStringLiteral("tst_sqlcipher_%1").arg(++m_serial);
    m_connections << name;
    QSqlDatabase db = QSqlDatabase::addDatabase(sqlCipherDriverName(), name);
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
    if (driver && !key.isNull())
        driver->setKey(key);
    return db;
}

QSqlDatabase TestSqlCipherDriver::openStore(const QString& path, const QByteArray& key,
                                            const QString& options)
{
    QSqlDatabase db = connection(path, key, options);
    if (!db.open())
        qWarning("open failed: %s", qPrintable(db.lastError().text()));
    return db;
}

void TestSqlCipherDriver::initTestCase()
{
    registerSqlCipherDriver();
}

void TestSqlCipherDriver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSqlCipherDriver::cleanup()
{
    for (const QString& name : std::as_const(m_connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
    m_dir.reset();
}

void TestSqlCipherDriver::registration()
{
    registerSqlCipherDriver(); // a second call changes nothing
    QCOMPARE(sqlCipherDriverName(), QStringLiteral("QSQLCIPHER"));
    QSqlDatabase db = openStore(storePath());
    QVERIFY(db.isOpen());
    QVERIFY(qobject_cast<SqlCipherDriver*>(db.driver()) != nullptr);
    QCOMPARE(db.driverName(), QStringLiteral("QSQLCIPHER"));

    const QSqlDriver* driver = db.driver();
    for (auto feature :
         {QSqlDriver::Transactions, QSqlDriver::BLOB, QSqlDriver::Unicode,
          QSqlDriver::PreparedQueries, QSqlDriver::PositionalPlaceholders,
          QSqlDriver::NamedPlaceholders, QSqlDriver::LastInsertId, QSqlDriver::LowPrecisionNumbers,
          QSqlDriver::SimpleLocking, QSqlDriver::FinishQuery})
        QVERIFY2(driver->hasFeature(feature), qPrintable(QString::number(feature)));
    QVERIFY(!driver->hasFeature(QSqlDriver::QuerySize));

    const QVariant handle = driver->handle();
    QCOMPARE(QByteArray(handle.typeName()), QByteArray("sqlite3*"));
    QVERIFY(handle.value<sqlite3*>() != nullptr);
    db.close();
    QVERIFY(db.driver()->handle().value<sqlite3*>() == nullptr);
}

void TestSqlCipherDriver::roundTrip_data()
{
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QVariant>("expected"); // QVariant() means SQL NULL

    QTest::newRow("int") << QVariant(42) << QVariant(qlonglong(42));
    QTest::newRow("negative int") << QVariant(-7) << QVariant(qlonglong(-7));
    QTest::newRow("int64 max") << QVariant(std::numeric_limits<qlonglong>::max())
                               << QVariant(std::numeric_limits<qlonglong>::max());
    QTest::newRow("int64 min") << QVariant(std::numeric_limits<qlonglong>::min())
                               << QVariant(std::numeric_limits<qlonglong>::min());
    QTest::newRow("bool") << QVariant(true) << QVariant(qlonglong(1));
    QTest::newRow("double") << QVariant(-1234.5678125) << QVariant(-1234.5678125);
    QTest::newRow("text, non-ASCII") << QVariant(QStringLiteral("Zoë 東京 ✓ Ärger"))
                                     << QVariant(QStringLiteral("Zoë 東京 ✓ Ärger"));
    QTest::newRow("empty text") << QVariant(QString(QLatin1String("")))
                                << QVariant(QString(QLatin1String("")));
    QTest::newRow("null variant") << QVariant() << QVariant();
    QTest::newRow("null QString") << QVariant(QString()) << QVariant();
    QTest::newRow("blob with zero bytes") << QVariant(QByteArray("\x00\x01\x00\xff\x00", 5))
                                          << QVariant(QByteArray("\x00\x01\x00\xff\x00", 5));
    QTest::newRow("empty blob") << QVariant(QByteArray("")) << QVariant(QByteArray(""));
}

void TestSqlCipherDriver::roundTrip()
{
    QFETCH(QVariant, input);
    QFETCH(QVariant, expected);

    QSqlDatabase db = openStore(storePath());
    QVERIFY(db.isOpen());
    QSqlQuery query(db);
    QVERIFY2(query.exec(QStringLiteral("CREATE TABLE t (v)")),
             qPrintable(query.lastError().text()));
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO t (v) VALUES (?)")));
    query.addBindValue(input);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

    QVERIFY(query.exec(QStringLiteral("SELECT v, typeof(v) FROM t")));
    QVERIFY(query.next());
    const QVariant value = query.value(0);
    if (!expected.isValid()) {
        QVERIFY(query.isNull(0));
        QVERIFY(value.isNull());
        QCOMPARE(query.value(1).toString(), QStringLiteral("null"));
    } else {
        QVERIFY(!query.isNull(0));
        QCOMPARE(value.metaType(), expected.metaType());
        QCOMPARE(value, expected);
        if (expected.typeId() == QMetaType::QString)
            QVERIFY(!value.toString().isNull()); // '' is not NULL
        if (expected.typeId() == QMetaType::QByteArray) {
            QCOMPARE(query.value(1).toString(), QStringLiteral("blob"));
            QVERIFY(!value.toByteArray().isNull()); // a zero-length blob is not NULL either
        }
    }
    QVERIFY(!query.next());
}

void TestSqlCipherDriver::dateTimeIsUtcIsoText()
{
    QSqlDatabase db = openStore(storePath());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (v)")));
    const QDateTime utc(QDate(2024, 5, 1), QTime(13, 45, 0, 250), Qt::UTC);
    const QDateTime plusTwo = utc.toOffsetFromUtc(2 * 3600);
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO t (v) VALUES (?)")));
    query.addBindValue(plusTwo);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("SELECT v FROM t")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("2024-05-01T13:45:00.250Z"));
    QCOMPARE(QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs), utc);
}

void TestSqlCipherDriver::largeBlob()
{
    QByteArray blob(1024 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(20260501);
    generator.fillRange(reinterpret_cast<quint32*>(blob.data()), blob.size() / 4);
    blob[17] = '\0';
    {
        QSqlDatabase db = openStore(storePath());
        QSqlQuery query(db);
        QVERIFY(
            query.exec(QStringLiteral("CREATE TABLE images (id INTEGER PRIMARY KEY, jpeg BLOB)")));
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO images (jpeg) VALUES (:jpeg)")));
        query.bindValue(QStringLiteral(":jpeg"), blob);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase db = openStore(storePath(), testKey("store"), QString());
    QVERIFY(db.isOpen());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT jpeg, length(jpeg) FROM images")));
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toLongLong(), qlonglong(blob.size()));
    const QByteArray back = query.value(0).toByteArray();
    QCOMPARE(back.size(), blob.size());
    QVERIFY(back == blob);
}

void TestSqlCipherDriver::placeholders_data()
{
    QTest::addColumn<QString>("insert");
    QTest::addColumn<QStringList>("names"); // empty: bind by position
    QTest::addColumn<QVariantList>("values");
    QTest::addColumn<QString>("expectedA");
    QTest::addColumn<qlonglong>("expectedB");
    QTest::addColumn<QString>("expectedC");

    QTest::newRow("positional") << QStringLiteral("INSERT INTO t (a, b, c) VALUES (?, ?, ?)")
                                << QStringList()
                                << QVariantList{QStringLiteral("7ABC123"), 5, QStringLiteral("x")}
                                << QStringLiteral("7ABC123") << qlonglong(5) << QStringLiteral("x");
    QTest::newRow("named") << QStringLiteral(
                                  "INSERT INTO t (a, b, c) VALUES (:plate, :count, :note)")
                           << QStringList{QStringLiteral(":plate"), QStringLiteral(":count"),
                                          QStringLiteral(":note")}
                           << QVariantList{QStringLiteral("8XYZ999"), 9, QStringLiteral("y")}
                           << QStringLiteral("8XYZ999") << qlonglong(9) << QStringLiteral("y");
    QTest::newRow("named, bound out of order")
        << QStringLiteral("INSERT INTO t (a, b, c) VALUES (:plate, :count, :note)")
        << QStringList{QStringLiteral(":note"), QStringLiteral(":plate"), QStringLiteral(":count")}
        << QVariantList{QStringLiteral("z"), QStringLiteral("1AAA111"), 3}
        << QStringLiteral("1AAA111") << qlonglong(3) << QStringLiteral("z");
    QTest::newRow("named, one used twice")
        << QStringLiteral("INSERT INTO t (a, b, c) VALUES (:plate, :count, :plate || '-copy')")
        << QStringList{QStringLiteral(":plate"), QStringLiteral(":count")}
        << QVariantList{QStringLiteral("2BBB222"), 4} << QStringLiteral("2BBB222") << qlonglong(4)
        << QStringLiteral("2BBB222-copy");
    QTest::newRow("'?' inside a string literal is text")
        << QStringLiteral("INSERT INTO t (a, b, c) VALUES (?, ?, 'what?')") << QStringList()
        << QVariantList{QStringLiteral("3CCC333"), 1} << QStringLiteral("3CCC333") << qlonglong(1)
        << QStringLiteral("what?");
}

void TestSqlCipherDriver::placeholders()
{
    QFETCH(QString, insert);
    QFETCH(QStringList, names);
    QFETCH(QVariantList, values);
    QFETCH(QString, expectedA);
    QFETCH(qlonglong, expectedB);
    QFETCH(QString, expectedC);

    QSqlDatabase db = openStore(storePath());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (a TEXT, b INTEGER, c TEXT)")));
    QVERIFY2(query.prepare(insert), qPrintable(query.lastError().text()));
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (names.isEmpty())
            query.addBindValue(values.at(i));
        else
            query.bindValue(names.at(i), values.at(i));
    }
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

    // The same prepared statement runs again with new values.
    QSqlQuery select(db);
    QVERIFY(select.prepare(QStringLiteral("SELECT a, b, c FROM t WHERE a = :a AND b >= :min")));
    select.bindValue(QStringLiteral(":a"), expectedA);
    select.bindValue(QStringLiteral(":min"), 0);
    QVERIFY2(select.exec(), qPrintable(select.lastError().text()));
    QVERIFY(select.next());
    QCOMPARE(select.value(0).toString(), expectedA);
    QCOMPARE(select.value(1).toLongLong(), expectedB);
    QCOMPARE(select.value(2).toString(), expectedC);
    QVERIFY(!select.next());

    select.bindValue(QStringLiteral(":a"), QStringLiteral("NOPE"));
    QVERIFY(select.exec());
    QVERIFY(!select.next());
}

void TestSqlCipherDriver::bindingMistakesAreErrors_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("values");

    QTest::newRow("too few values")
        << QStringLiteral("INSERT INTO t (a, b) VALUES (?, ?)") << QVariantList{1};
    QTest::newRow("too many values")
        << QStringLiteral("INSERT INTO t (a) VALUES (?)") << QVariantList{1, 2};
    QTest::newRow("values for a statement without placeholders")
        << QStringLiteral("INSERT INTO t (a) VALUES (1)") << QVariantList{1};
    QTest::newRow("unsigned too large")
        << QStringLiteral("INSERT INTO t (a) VALUES (?)")
        << QVariantList{QVariant(std::numeric_limits<qulonglong>::max())};
}

void TestSqlCipherDriver::bindingMistakesAreErrors()
{
    QFETCH(QString, sql);
    QFETCH(QVariantList, values);

    QSqlDatabase db = openStore(storePath());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (a, b)")));
    QVERIFY(query.prepare(sql));
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    QVERIFY(!query.exec());
    QVERIFY(query.lastError().isValid());
    QVERIFY(!query.lastError().text().isEmpty());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM t")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), qlonglong(0));
}

void TestSqlCipherDriver::lastInsertId()
{
    QSqlDatabase db = openStore(storePath());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY, v TEXT)")));
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE b (id INTEGER PRIMARY KEY, v TEXT UNIQUE)")));
    QVERIFY(!query.lastInsertId().isValid());

    QVERIFY(query.prepare(QStringLiteral("INSERT INTO a (v) VALUES (?)")));
    for (int i = 1; i <= 3; ++i) {
        query.addBindValue(QStringLiteral("row %1").arg(i));
        QVERIFY(query.exec());
        QCOMPARE(query.lastInsertId(), QVariant(qlonglong(i)));
    }
    QSqlQuery other(db);
    QVERIFY(other.exec(QStringLiteral("INSERT INTO b (id, v) VALUES (100, 'x')")));
    QCOMPARE(other.lastInsertId(), QVariant(qlonglong(100)));
    // An insert that inserted nothing has no id, nor has an update.
    QVERIFY(other.exec(QStringLiteral("INSERT OR IGNORE INTO b (v) VALUES ('x')")));
    QVERIFY(!other.lastInsertId().isValid());
    QVERIFY(other.exec(QStringLiteral("UPDATE a SET v = 'y' WHERE id = 1")));
    QVERIFY(!other.lastInsertId().isValid());
}

void TestSqlCipherDriver::numRowsAffected()
{
    QSqlDatabase db = openStore(storePath());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (n INTEGER)")));
    QCOMPARE(query.numRowsAffected(), 0);
    QVERIFY(query.exec(QStringLiteral("INSERT INTO t (n) VALUES (1), (2), (3), (4), (5)")));
    QCOMPARE(query.numRowsAffected(), 5);
    QVERIFY(query.prepare(QStringLiteral("UPDATE t SET n = n * 10 WHERE n > ?")));
    query.addBindValue(3);
    QVERIFY(query.exec());
    QCOMPARE(query.numRowsAffected(), 2);
    QVERIFY(query.exec(QStringLiteral("DELETE FROM t WHERE n >= 10")));
    QCOMPARE(query.numRowsAffected(), 2);
    // DDL after DML changes nothing; SQLite's own counter would still say 2.
    QVERIFY(query.exec(QStringLiteral("CREATE INDEX t_n ON t (n)")));
    QCOMPARE(query.numRowsAffected(), 0);
    QVERIFY(query.exec(QStringLiteral("DELETE FROM t WHERE n > 100")));
    QCOMPARE(query.numRowsAffected(), 0);
    QVERIFY(query.exec(QStringLiteral("SELECT n FROM t")));
    QCOMPARE(query.numRowsAffected(), -1);
    QCOMPARE(query.size(), -1);
}

void TestSqlCipherDriver::transactions_data()
{
    QTest::addColumn<bool>("commit");
    QTest::addColumn<qlonglong>("rowsAfterReopen");
    QTest::newRow("commit keeps the row") << true << qlonglong(1);
    QTest::newRow("rollback leaves no row") << false << qlonglong(0);
}

void TestSqlCipherDriver::transactions()
{
    QFETCH(bool, commit);
    QFETCH(qlonglong, rowsAfterReopen);
    {
        QSqlDatabase db = openStore(storePath());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (v TEXT)")));
        QVERIFY2(db.transaction(), qPrintable(db.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t (v) VALUES ('inside')")));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM t")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), qlonglong(1));
        // A second BEGIN inside a transaction is an error, reported as such.
        QVERIFY(!db.driver()->beginTransaction());
        QCOMPARE(db.driver()->lastError().type(), QSqlError::TransactionError);
        if (commit)
            QVERIFY2(db.commit(), qPrintable(db.lastError().text()));
        else
            QVERIFY2(db.rollback(), qPrintable(db.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM t")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), rowsAfterReopen);
        db.close();
    }
    QSqlDatabase db = openStore(storePath(), testKey("store"), QString());
    QVERIFY(db.isOpen());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM t")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), rowsAfterReopen);
}

void TestSqlCipherDriver::refusedOpen_data()
{
    QTest::addColumn<QString>("setup");  // what lies at the path before opening
    QTest::addColumn<QByteArray>("key"); // null: no setKey()
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("message"); // expected in lastError().text()

    const QByteArray right = testKey("store");
    QTest::newRow("wrong key") << QStringLiteral("store") << testKey("other") << QString()
                               << QString() << QStringLiteral("wrong key or not an ALPR store: ");
    QTest::newRow("plain SQLite file") << QStringLiteral("plain") << right << QString() << QString()
                                       << QStringLiteral("wrong key or not an ALPR store: ");
    QTest::newRow("text file") << QStringLiteral("text") << right << QString() << QString()
                               << QStringLiteral("wrong key or not an ALPR store: ");
    QTest::newRow("missing file without QSQLCIPHER_CREATE")
        << QStringLiteral("none") << right << QString() << QString()
        << QStringLiteral("Store file not found: ");
    QTest::newRow("missing file, read-only")
        << QStringLiteral("none") << right << QStringLiteral("QSQLCIPHER_READONLY") << QString()
        << QStringLiteral("Store file not found: ");
    QTest::newRow("no key") << QStringLiteral("store") << QByteArray() << QString() << QString()
                            << QStringLiteral("No database key was set before opening ");
    QTest::newRow("key of 16 bytes")
        << QStringLiteral("store") << right.left(16) << QString() << QString()
        << QStringLiteral("The database key must be 32 bytes, not 16");
    QTest::newRow("a password instead of a key")
        << QStringLiteral("store") << right << QString() << QStringLiteral("secret")
        << QStringLiteral("not a password");
    QTest::newRow("misspelt option")
        << QStringLiteral("none") << right << QStringLiteral("QSQLCIPHER_CREAT") << QString()
        << QStringLiteral("Unknown connect option \"QSQLCIPHER_CREAT\"");
    QTest::newRow("create and read-only") << QStringLiteral("none") << right
                                          << QStringLiteral("QSQLCIPHER_CREATE;QSQLCIPHER_READONLY")
                                          << QString() << QStringLiteral("exclude each other");
}

void TestSqlCipherDriver::refusedOpen()
{
    QFETCH(QString, setup);
    QFETCH(QByteArray, key);
    QFETCH(QString, options);
    QFETCH(QString, password);
    QFETCH(QString, message);

    const QString path = storePath();
    if (setup == QLatin1String("store")) {
        QSqlDatabase db = openStore(path);
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (v)")));
        db.close();
    } else if (setup == QLatin1String("plain")) {
        // The header and first page of an unencrypted SQLite file, as plain SQLite writes it.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray page(4096, '\0');
        page.replace(0, 16, QByteArray("SQLite format 3\0", 16));
        file.write(page);
    } else if (setup == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'A'));
    }
    const QByteArray before = QFile::exists(path) ? [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }() : QByteArray();

    QSqlDatabase db = connection(path, key, options);
    QVERIFY(!db.open(QString(), password));
    QVERIFY(!db.isOpen());
    QVERIFY(db.isOpenError());
    const QString text = db.lastError().text();
    QVERIFY2(text.contains(message), qPrintable(text));
    QCOMPARE(db.lastError().type(), QSqlError::ConnectionError);
    QVERIFY(db.driver()->handle().value<sqlite3*>() == nullptr);
    QVERIFY2(text.contains(path), qPrintable(text)); // every refusal names the file
    if (setup == QLatin1String("none"))
        QVERIFY(!QFile::exists(path));

    // Nothing was written to the file.
    if (!before.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll() == before);
    }
    QSqlQuery query(db);
    QTest::ignoreMessage(QtWarningMsg, "QSqlQuery::exec: database not open");
    QVERIFY(!query.exec(QStringLiteral("SELECT 1")));
}

void TestSqlCipherDriver::keyIsNotKeptAfterOpen()
{
    QSqlDatabase db = openStore(storePath());
    QVERIFY(db.isOpen());
    db.close();
    // The key went with the first open: a second needs it again.
    QVERIFY(!db.open());
    QVERIFY2(db.lastError().text().contains(QLatin1String("No database key")),
             qPrintable(db.lastError().text()));
    static_cast<SqlCipherDriver*>(db.driver())->setKey(testKey("store"));
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    // A failed open wipes the key as well.
    db.close();
    static_cast<SqlCipherDriver*>(db.driver())->setKey(testKey("store"));
    db.setConnectOptions(QStringLiteral("QSQLCIPHER_NOPE"));
    QVERIFY(!db.open());
    db.setConnectOptions(QString());
    QVERIFY(!db.open());
    QVERIFY(db.lastError().text().contains(QLatin1String("No database key")));
}

void TestSqlCipherDriver::readOnly()
{
    {
        QSqlDatabase db = openStore(storePath());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (v TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES ('kept')")));
        db.close();
    }
    QSqlDatabase db =
        openStore(storePath(), testKey("store"), QStringLiteral("QSQLCIPHER_READONLY"));
    QVERIFY(db.isOpen());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT v FROM t")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("kept"));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO t VALUES ('refused')")));
    QVERIFY2(query.lastError().databaseText().contains(QLatin1String("readonly")),
             qPrintable(query.lastError().text()));
    QVERIFY(db.transaction());
    QVERIFY(db.rollback());
}

void TestSqlCipherDriver::connectionSettings()
{
    QSqlDatabase db = openStore(storePath());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE w (n INTEGER)")));
    // A writer waits for another connection's write lock (the driver's busy
    // wait, tried every millisecond): another thread holds it a moment.
    auto* handle = qvariant_cast<sqlite3*>(db.driver()->handle());
    const auto holdTheLock = [this](std::promise<void>& locked) {
        const QString name = QStringLiteral("tst_sqlcipher_holder");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(sqlCipherDriverName(), name);
            other.setDatabaseName(storePath());
            static_cast<SqlCipherDriver*>(other.driver())->setKey(testKey("store"));
            if (other.open()) {
                QSqlQuery q(other);
                q.exec(QStringLiteral("BEGIN IMMEDIATE"));
                locked.set_value();
                QThread::msleep(150);
                q.exec(QStringLiteral("COMMIT"));
            } else {
                locked.set_value();
            }
        }
        QSqlDatabase::removeDatabase(name);
    };
    for (const bool waits : {true, false}) {
        setBusyWait(handle, waits ? kBusyWaitMs : 0);
        std::promise<void> locked;
        std::future<void> isLocked = locked.get_future();
        std::thread holder(holdTheLock, std::ref(locked));
        isLocked.wait();
        const bool began = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        holder.join();
        QCOMPARE(began, waits);
        if (began)
            QVERIFY(query.exec(QStringLiteral("COMMIT")));
    }
    setBusyWait(handle, kBusyWaitMs);
    QVERIFY(query.exec(QStringLiteral("PRAGMA cipher_page_size")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("4096"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA cipher_version")));
    QVERIFY(query.next());
    QVERIFY(!query.value(0).toString().isEmpty());
}

void TestSqlCipherDriver::encryptedAtRest()
{
    const QByteArray marker("PLATE-7QX4ALPR-MARKER");
    {
        QSqlDatabase db = openStore(storePath());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE reads (plate TEXT, image BLOB)")));
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO reads VALUES (?, ?)")));
        query.addBindValue(QString::fromLatin1(marker));
        query.addBindValue(marker + marker);
        QVERIFY(query.exec());
        db.close();
    }
    QFile file(storePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes.size() % 4096, 0); // cipher_page_size 4096
    QVERIFY(bytes.size() >= 2 * 4096);
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    QVERIFY(!bytes.contains(marker));
    QVERIFY(!bytes.contains("CREATE TABLE")); // the schema is encrypted too
    QVERIFY(!bytes.contains(QStringLiteral("PLATE-7QX4").toUtf8()));
}

void TestSqlCipherDriver::flippedByteIsDetected_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::newRow("first page") << qint64(600);
    QTest::newRow("a data page") << qint64(4 * 4096 + 1500);
    QTest::newRow("the last page's end") << qint64(-40);
}

void TestSqlCipherDriver::flippedByteIsDetected()
{
    QFETCH(qint64, offset);
    const int rows = 40;
    {
        QSqlDatabase db = openStore(storePath());
        QSqlQuery query(db);
        QVERIFY(
            query.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, payload BLOB)")));
        QVERIFY(db.transaction());
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO t (payload) VALUES (?)")));
        for (int i = 0; i < rows; ++i) {
            query.addBindValue(QByteArray(1000, char('a' + i % 26)));
            QVERIFY(query.exec());
        }
        QVERIFY(db.commit());
        db.close();
    }
    {
        QFile file(storePath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 at = offset >= 0 ? offset : file.size() + offset;
        QVERIFY(at < file.size());
        QVERIFY(file.seek(at));
        char byte = 0;
        QVERIFY(file.getChar(&byte));
        QVERIFY(file.seek(at));
        QVERIFY(file.putChar(char(byte ^ 0x10)));
    }

    QSqlDatabase db = connection(storePath(), testKey("store"), QString());
    QString error;
    int good = 0;
    if (!db.open()) {
        error = db.lastError().text();
    } else {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT id, payload FROM t ORDER BY id"))) {
            error = query.lastError().text();
        } else {
            while (query.next()) {
                if (query.value(1).toByteArray() == QByteArray(1000, char('a' + good % 26)))
                    ++good;
            }
            if (query.lastError().isValid())
                error = query.lastError().text();
        }
    }
    QVERIFY2(!error.isEmpty(), qPrintable(QStringLiteral("read %1 rows, no error").arg(good)));
    QVERIFY(good < rows);
    qDebug("detected: %s", qPrintable(error));
}

// SQLCipher 3.4.1 hands SQLite a zeroed page when a page fails its HMAC; for the last page of an
// overflow chain SQLite itself sees nothing wrong, and a one-row lookup used to return the zeros
// as data. Whatever page is damaged, a lookup must give the right bytes or an error.
void TestSqlCipherDriver::tamperedPageNeverReadsAsData()
{
    const auto payload = [](int id) {
        return QByteArray(id == 2 ? 20000 : id == 3 ? 9000 : 700, char('a' + id));
    };
    const int rows = 4;
    {
        QSqlDatabase db = openStore(storePath());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, p BLOB)")));
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO t (id, p) VALUES (?, ?)")));
        for (int id = 1; id <= rows; ++id) {
            query.addBindValue(id);
            query.addBindValue(payload(id));
            QVERIFY(query.exec());
        }
        db.close();
    }
    QFile file(storePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    file.close();
    const int pages = int(original.size() / 4096);
    QVERIFY(pages >= 8);

    for (int page = 2; page <= pages; ++page) {
        int errors = 0;
        QByteArray damaged = original;
        damaged[(page - 1) * 4096 + 100] = char(damaged.at((page - 1) * 4096 + 100) ^ 0x04);
        const QString path = m_dir->filePath(QStringLiteral("damaged-%1.db").arg(page));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(damaged);
        out.close();

        QSqlDatabase db = openStore(path, testKey("store"), QString());
        QVERIFY(db.isOpen());
        for (int id = 1; id <= rows; ++id) {
            QSqlQuery query(db);
            QVERIFY(query.prepare(QStringLiteral("SELECT p FROM t WHERE id = ?")));
            query.addBindValue(id);
            if (!query.exec() || !query.next()) {
                QVERIFY2(
                    query.lastError().isValid(),
                    qPrintable(
                        QStringLiteral("page %1, row %2: no row, no error").arg(page).arg(id)));
                ++errors;
                continue;
            }
            QVERIFY2(query.value(0).toByteArray() == payload(id),
                     qPrintable(QStringLiteral("page %1 damaged, row %2 read wrong bytes without "
                                               "an error")
                                    .arg(page)
                                    .arg(id)));
        }
        db.close();
        QVERIFY2(errors > 0,
                 qPrintable(QStringLiteral("damaged page %1 went unnoticed").arg(page)));
    }
}

void TestSqlCipherDriver::walSurvivesReopen()
{
    {
        QSqlDatabase db = openStore(storePath());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
        QVERIFY(query.isSelect());
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous=FULL")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (v TEXT)")));
        QVERIFY(db.transaction());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES ('durable')")));
        QVERIFY(db.commit());
        // The committed row sits in the WAL until a checkpoint; the WAL is encrypted too.
        QFile wal(storePath() + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::ReadOnly));
        const QByteArray walBytes = wal.readAll();
        QVERIFY(walBytes.size() > 4096);
        QVERIFY(!walBytes.contains("durable"));

        // A second connection sees the committed row while the first is open.
        QSqlDatabase reader = openStore(storePath(), testKey("store"), QString());
        QVERIFY(reader.isOpen());
        QSqlQuery read(reader);
        QVERIFY(read.exec(QStringLiteral("SELECT v FROM t")));
        QVERIFY(read.next());
        QCOMPARE(read.value(0).toString(), QStringLiteral("durable"));
        read.finish();
        reader.close();
        db.close();
    }
    QSqlDatabase db = openStore(storePath(), testKey("store"), QString());
    QVERIFY(db.isOpen());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("SELECT v FROM t")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("durable"));
}

void TestSqlCipherDriver::forwardOnlyIteration()
{
    const int rows = 10000;
    QSqlDatabase db = openStore(storePath());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, plate TEXT)")));
    QVERIFY(db.transaction());
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO t (id, plate) VALUES (:id, :plate)")));
    for (int i = 1; i <= rows; ++i) {
        query.bindValue(QStringLiteral(":id"), i);
        query.bindValue(QStringLiteral(":plate"), QStringLiteral("P%1").arg(i));
        QVERIFY(query.exec());
    }
    QVERIFY(db.commit());

    QSqlQuery select(db);
    select.setForwardOnly(true);
    QVERIFY(select.exec(QStringLiteral("SELECT id, plate FROM t ORDER BY id")));
    QVERIFY(select.isForwardOnly());
    QCOMPARE(select.record().count(), 2);
    QCOMPARE(select.record().fieldName(1), QStringLiteral("plate"));
    int count = 0;
    qlonglong sum = 0;
    while (select.next()) {
        ++count;
        QCOMPARE(select.at(), count - 1);
        if (select.value(0).toLongLong() != count ||
            select.value(1).toString() != QStringLiteral("P%1").arg(count))
            QFAIL(qPrintable(QStringLiteral("row %1 out of order").arg(count)));
        sum += select.value(0).toLongLong();
    }
    QVERIFY(!select.lastError().isValid());
    QCOMPARE(count, rows);
    QCOMPARE(sum, qlonglong(rows) * (rows + 1) / 2);
    QCOMPARE(select.at(), int(QSql::AfterLastRow));
    // Run again: the same result starts over.
    QVERIFY(select.exec());
    QVERIFY(select.next());
    QCOMPARE(select.value(0).toLongLong(), qlonglong(1));
}

void TestSqlCipherDriver::goingBackFailsCleanly()
{
    QSqlDatabase db = openStore(storePath());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (n INTEGER)")));
    QVERIFY(
        query.exec(QStringLiteral("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c "
                                  "WHERE n < 10) INSERT INTO t SELECT n FROM c")));
    QCOMPARE(query.numRowsAffected(), 10);

    QSqlQuery select(db); // not forward-only: Qt may ask for any row
    QVERIFY(select.exec(QStringLiteral("SELECT n FROM t ORDER BY n")));
    QVERIFY(select.next());
    QVERIFY(select.next());
    QVERIFY(select.next());
    QCOMPARE(select.value(0).toLongLong(), qlonglong(3));
    QVERIFY(select.seek(5)); // forward is fine
    QCOMPARE(select.value(0).toLongLong(), qlonglong(6));
    QVERIFY(!select.previous());
    QVERIFY(select.lastError().text().contains(QLatin1String("only move forward")));
    QVERIFY(!select.isValid());
    QTest::ignoreMessage(QtWarningMsg, "QSqlQuery::value: not positioned on a valid record");
    QVERIFY(!select.value(0).isValid());
    QVERIFY(!select.seek(1));
    QVERIFY(!select.first());
    QVERIFY(select.last()); // reached by stepping on
    QCOMPARE(select.at(), 9);
    QCOMPARE(select.value(0).toLongLong(), qlonglong(10));

    QVERIFY(select.exec());
    QVERIFY(select.last());
    QCOMPARE(select.value(0).toLongLong(), qlonglong(10));
    QVERIFY(select.exec());
    QVERIFY(select.first());
    QCOMPARE(select.value(0).toLongLong(), qlonglong(1));
}

void TestSqlCipherDriver::statementErrors()
{
    QSqlDatabase db = openStore(storePath());
    QSqlQuery query(db);
    QVERIFY(!query.exec(QStringLiteral("SELECT * FROM missing")));
    QCOMPARE(query.lastError().type(), QSqlError::StatementError);
    QVERIFY2(query.lastError().databaseText().contains(QLatin1String("no such table: missing")),
             qPrintable(query.lastError().text()));

    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (v TEXT UNIQUE NOT NULL)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES ('a')")));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO t VALUES ('a')")));
    QVERIFY2(query.lastError().databaseText().contains(QLatin1String("UNIQUE constraint failed")),
             qPrintable(query.lastError().text()));
    // Extended result codes: SQLITE_CONSTRAINT_UNIQUE (2067), not plain SQLITE_CONSTRAINT (19).
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("2067"));

    QVERIFY(query.prepare(QStringLiteral("INSERT INTO t VALUES (?)")));
    query.addBindValue(QString()); // a null QString binds NULL
    QVERIFY(!query.exec());
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("1299")); // CONSTRAINT_NOTNULL

    QVERIFY(!query.prepare(QStringLiteral("SELEC 1")));
    QVERIFY(query.lastError().databaseText().contains(QLatin1String("syntax error")));
    // The query is usable after errors.
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM t")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), qlonglong(1));
}

void TestSqlCipherDriver::oneStatementPerQuery()
{
    QSqlDatabase db = openStore(storePath());
    QSqlQuery query(db);
    QVERIFY(!query.exec(QStringLiteral("CREATE TABLE a (v); CREATE TABLE b (v)")));
    QVERIFY2(query.lastError().text().contains(QLatin1String("one SQL statement per query")),
             qPrintable(query.lastError().text()));
    QVERIFY(db.tables().isEmpty());
    // Trailing semicolons, blanks and comments are not a second statement.
    QVERIFY2(query.exec(QStringLiteral("CREATE TABLE a (v);  ; -- done\n")),
             qPrintable(query.lastError().text()));
    QCOMPARE(db.tables(), QStringList{QStringLiteral("a")});
}

void TestSqlCipherDriver::resultsOutliveClose()
{
    const QString name = QStringLiteral("tst_sqlcipher_outlive");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(sqlCipherDriverName(), name);
        db.setDatabaseName(storePath());
        db.setConnectOptions(createOption);
        static_cast<SqlCipherDriver*>(db.driver())->setKey(testKey("store"));
        QVERIFY(db.open());
    }
    auto select = std::make_unique<QSqlQuery>(QSqlDatabase::database(name, false));
    auto insert = std::make_unique<QSqlQuery>(QSqlDatabase::database(name, false));
    QVERIFY(select->exec(QStringLiteral("CREATE TABLE t (n INTEGER)")));
    QVERIFY(select->exec(QStringLiteral("INSERT INTO t VALUES (1), (2), (3)")));
    QVERIFY(select->exec(QStringLiteral("SELECT n FROM t")));
    QVERIFY(select->next());
    QVERIFY(insert->prepare(QStringLiteral("INSERT INTO t VALUES (?)")));

    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
        QVERIFY(!select->isActive());
        QVERIFY(!select->next());
        insert->addBindValue(4);
        QVERIFY(!insert->exec());

        // Reopened, the old statement stays finalized and says so; a new one works.
        static_cast<SqlCipherDriver*>(db.driver())->setKey(testKey("store"));
        QVERIFY(db.open());
        insert->addBindValue(4);
        QVERIFY(!insert->exec());
        QVERIFY2(insert->lastError().text().contains(QLatin1String("prepare it again")),
                 qPrintable(insert->lastError().text()));
        QVERIFY(insert->prepare(QStringLiteral("INSERT INTO t VALUES (?)")));
        insert->addBindValue(4);
        QVERIFY2(insert->exec(), qPrintable(insert->lastError().text()));
        QVERIFY(select->exec(QStringLiteral("SELECT n FROM t")));
        QVERIFY(select->next());
    }
    // The connection and its driver go away while both queries still exist.
    QPointer<QSqlDriver> driver = QSqlDatabase::database(name, false).driver();
    QVERIFY(driver);
    QSqlDatabase::removeDatabase(name);
    QVERIFY(driver.isNull());
    QVERIFY(!select->next());
    QTest::ignoreMessage(QtWarningMsg, "QSqlQuery::exec: called before driver has been set up");
    QVERIFY(!select->exec(QStringLiteral("SELECT 1")));
    select.reset();
    insert.reset();
}

void TestSqlCipherDriver::tablesAndRecord()
{
    QSqlDatabase db = openStore(storePath());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral(
        "CREATE TABLE reads (id INTEGER PRIMARY KEY, plate TEXT NOT NULL, confidence REAL, "
        "image BLOB, state VARCHAR(2) DEFAULT 'CA')")));
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE \"odd \"\"name\" (a INTEGER, b TEXT, "
                                      "PRIMARY KEY (b, a))")));
    QVERIFY(query.exec(QStringLiteral("CREATE VIEW plates AS SELECT plate FROM reads")));

    QCOMPARE(db.tables(QSql::Tables),
             (QStringList{QStringLiteral("odd \"name"), QStringLiteral("reads")}));
    QCOMPARE(db.tables(QSql::Views), QStringList{QStringLiteral("plates")});
    QVERIFY(db.tables(QSql::SystemTables).contains(QStringLiteral("sqlite_master")));
    QVERIFY(!db.tables(QSql::Tables).contains(QStringLiteral("sqlite_master")));

    const QSqlRecord record = db.record(QStringLiteral("reads"));
    QCOMPARE(record.count(), 5);
    QCOMPARE(record.fieldName(0), QStringLiteral("id"));
    QCOMPARE(record.field(0).metaType(), QMetaType::fromType<qlonglong>());
    QVERIFY(record.field(0).isAutoValue());
    QCOMPARE(record.field(1).metaType(), QMetaType::fromType<QString>());
    QCOMPARE(record.field(1).requiredStatus(), QSqlField::Required);
    QCOMPARE(record.field(2).metaType(), QMetaType::fromType<double>());
    QCOMPARE(record.field(2).requiredStatus(), QSqlField::Optional);
    QCOMPARE(record.field(3).metaType(), QMetaType::fromType<QByteArray>());
    QCOMPARE(record.field(4).metaType(), QMetaType::fromType<QString>());
    QCOMPARE(record.field(4).defaultValue().toString(), QStringLiteral("'CA'"));
    QCOMPARE(record.field(0).tableName(), QStringLiteral("reads"));
    QVERIFY(db.record(QStringLiteral("missing")).isEmpty());

    const QSqlIndex key = db.primaryIndex(QStringLiteral("odd \"name"));
    QCOMPARE(key.count(), 2);
    QCOMPARE(key.fieldName(0), QStringLiteral("b"));
    QCOMPARE(key.fieldName(1), QStringLiteral("a"));
    QVERIFY(!db.record(QStringLiteral("odd \"name")).field(0).isAutoValue());

    // A result's record carries the column names and the declared or stored types.
    QVERIFY(query.exec(
        QStringLiteral("INSERT INTO reads (plate, confidence) VALUES ('7ABC123', 91.5)")));
    QVERIFY(query.exec(QStringLiteral("SELECT plate AS p, confidence, id + 1 AS next FROM reads")));
    QSqlRecord result = query.record();
    QCOMPARE(result.count(), 3);
    QCOMPARE(result.fieldName(0), QStringLiteral("p"));
    QCOMPARE(result.field(0).metaType(), QMetaType::fromType<QString>());
    QCOMPARE(result.field(1).metaType(), QMetaType::fromType<double>());
    QCOMPARE(result.field(2).metaType(), QMetaType::fromType<qlonglong>());
    QVERIFY(query.next());
    result = query.record();
    QCOMPARE(result.value(QStringLiteral("p")).toString(), QStringLiteral("7ABC123"));
    QCOMPARE(result.value(QStringLiteral("next")).toLongLong(), qlonglong(2));
}

void TestSqlCipherDriver::escapeIdentifier_data()
{
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << QStringLiteral("reads") << QStringLiteral("\"reads\"");
    QTest::newRow("keyword") << QStringLiteral("order") << QStringLiteral("\"order\"");
    QTest::newRow("quote inside") << QStringLiteral("a\"b") << QStringLiteral("\"a\"\"b\"");
    QTest::newRow("already escaped") << QStringLiteral("\"x\"") << QStringLiteral("\"x\"");
    QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("\"a b\"");
}

void TestSqlCipherDriver::escapeIdentifier()
{
    QFETCH(QString, identifier);
    QFETCH(QString, escaped);
    SqlCipherDriver driver;
    QCOMPARE(driver.escapeIdentifier(identifier, QSqlDriver::TableName), escaped);
    QCOMPARE(driver.escapeIdentifier(identifier, QSqlDriver::FieldName), escaped);
}

void TestSqlCipherDriver::noPlainSqliteInProcess()
{
    // Use the driver first, so that anything it would drag in is loaded by now.
    QSqlDatabase db = openStore(storePath());
    QVERIFY(db.isOpen());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")));

    QFile maps(QStringLiteral("/proc/self/maps"));
    QVERIFY(maps.open(QIODevice::ReadOnly | QIODevice::Text));
    const QByteArray mapped = maps.readAll();
    QVERIFY2(mapped.contains("libsqlcipher.so"), "the scan itself does not work");
    QByteArrayList offenders;
    for (const QByteArray& line : mapped.split('\n')) {
        if (line.contains("libsqlite3.so") || line.contains("libqsqlite"))
            offenders << line;
    }
    // `ldd` on this binary shows what pulls it in (Debian's OpenCV imgcodecs does, via GDAL).
    QVERIFY2(offenders.isEmpty(),
             ("plain SQLite is mapped next to SQLCipher:\n" + offenders.join('\n')).constData());

    // And the SQLite entry points the process resolves are SQLCipher's.
    void* const open = dlsym(RTLD_DEFAULT, "sqlite3_open_v2");
    QVERIFY(open != nullptr);
    Dl_info info{};
    QVERIFY(dladdr(open, &info) != 0);
    QVERIFY2(QByteArray(info.dli_fname).contains("libsqlcipher"), info.dli_fname);
}

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "tst_sqlcipherdriver.moc"
