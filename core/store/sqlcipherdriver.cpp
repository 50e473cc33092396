// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "store/sqlcipherdriver.h"

#include "common/privatefiles.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriverCreator>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>
#include <QSqlResult>
#include <QStringList>
#include <QTime>
#include <QVariant>

#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <ctime>
#include <limits>
#include <string.h> // explicit_bzero

namespace alpr {

namespace {

// SQLite's own busy handler sleeps ever longer between tries (up to 100 ms),
// so a writer that commits often and begins again at once (the retention
// purge, an import of many small batches) keeps the lock from a waiting
// writer for far longer than any one of its transactions. Tried every
// millisecond, the lock goes to a waiting writer in the moment between two
// transactions. The limit is in the handler's argument, in milliseconds.
int busyWait(void* limitMs, int tries)
{
    if (tries >= int(reinterpret_cast<std::intptr_t>(limitMs)))
        return 0;
    struct timespec pause
    {
        0, 1000000
    };
    nanosleep(&pause, nullptr);
    return 1;
}
constexpr const char* translationContext = "alpr::SqlCipherDriver";

QString trText(const char* text)
{
    return QCoreApplication::translate(translationContext, text);
}

// A memset the compiler may not drop because the buffer is dead afterwards.
void secureWipe(void* data, std::size_t size)
{
    explicit_bzero(data, size);
}

QString sqliteMessage(sqlite3* db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
}

// The storage class of the value, when the declared type says nothing.
QMetaType typeFromStorage(int storage)
{
    switch (storage) {
    case SQLITE_INTEGER:
        return QMetaType::fromType<qlonglong>();
    case SQLITE_FLOAT:
        return QMetaType::fromType<double>();
    case SQLITE_TEXT:
        return QMetaType::fromType<QString>();
    case SQLITE_BLOB:
        return QMetaType::fromType<QByteArray>();
    default:
        return QMetaType();
    }
}

// SQLite's column affinity rules (https://sqlite.org/datatype3.html, 3.1), mapped to the types
// this driver returns; numeric affinity and no declared type give an invalid QMetaType.
QMetaType typeFromDeclared(const QByteArray& declared)
{
    const QByteArray upper = declared.toUpper();
    if (upper.contains("INT"))
        return QMetaType::fromType<qlonglong>();
    if (upper.contains("CHAR") || upper.contains("CLOB") || upper.contains("TEXT"))
        return QMetaType::fromType<QString>();
    if (upper.contains("BLOB"))
        return QMetaType::fromType<QByteArray>();
    if (upper.contains("REAL") || upper.contains("FLOA") || upper.contains("DOUB"))
        return QMetaType::fromType<double>();
    return QMetaType();
}

// What Qt's own drivers bind as NULL: no value, or a null string, byte array or date/time.
bool bindsAsNull(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString*>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray*>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime*>(value.constData())->isValid();
    case QMetaType::QDate:
        return !static_cast<const QDate*>(value.constData())->isValid();
    case QMetaType::QTime:
        return !static_cast<const QTime*>(value.constData())->isValid();
    default:
        return false;
    }
}

bool startsWithKeyword(const QString& sql, QLatin1String keyword)
{
    return sql.trimmed().startsWith(keyword, Qt::CaseInsensitive);
}

// Runs one statement without parameters and collects its rows; used for catalogue look-ups.
bool collectRows(sqlite3* db, const QString& sql, QList<QVariantList>* rows, QString* error)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        *error = sqliteMessage(db);
        sqlite3_finalize(stmt);
        return false;
    }
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        QVariantList row;
        const int columns = sqlite3_column_count(stmt);
        for (int i = 0; i < columns; ++i) {
            switch (sqlite3_column_type(stmt, i)) {
            case SQLITE_INTEGER:
                row.append(qlonglong(sqlite3_column_int64(stmt, i)));
                break;
            case SQLITE_NULL:
                row.append(QVariant());
                break;
            default: {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
                row.append(QString::fromUtf8(text, sqlite3_column_bytes(stmt, i)));
                break;
            }
            }
        }
        rows->append(row);
    }
    const bool ok = rc == SQLITE_DONE;
    if (!ok)
        *error = sqliteMessage(db);
    sqlite3_finalize(stmt);
    return ok;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// SqlCipherResult: one prepared statement, stepped forward.

class SqlCipherResult final : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;

    // The driver is closing: finalize the statement; the result stays safe to use (inactive).
    void finalizeForClose();
    // The driver is being destroyed.
    void detachDriver() { m_driver = nullptr; }

protected:
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    bool fetch(int row) override;
    bool fetchNext() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;

private:
    sqlite3* db() const { return m_driver ? m_driver->m_db : nullptr; }
    bool prepareStatement(const QString& query);
    bool execute(bool bindFromQt);
    bool bindAll();
    bool bindValue(int parameter, const QVariant& value);
    int bindText(int parameter, const QString& text);
    void readRow();
    QVariant columnValue(int column) const;
    void buildRecord(bool rowAvailable);
    void finalize();
    void setStatementError(const char* what, int rc);
    void setDriverError(const QString& text);
    bool rowIsIntact();

    SqlCipherDriver* m_driver = nullptr; // null once the driver is destroyed
    sqlite3_stmt* m_stmt = nullptr;
    bool m_isInsert = false;
    bool m_rowPending = false; // exec() stepped onto the first row; fetchNext() hands it out
    bool m_done = true;        // no more rows to step
    bool m_stepFailed = false;
    int m_rowsFetched = 0;
    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
    QVariantList m_row;
    QSqlRecord m_record;
    // Bytes of bound text and blobs; SQLite reads them in place (SQLITE_STATIC) until the next
    // exec() or finalize, so they live here until then.
    QList<QByteArray> m_bound;
};

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver)
    : QSqlResult(driver), m_driver(const_cast<SqlCipherDriver*>(driver))
{
    if (m_driver)
        m_driver->m_results.append(this);
}

SqlCipherResult::~SqlCipherResult()
{
    finalize();
    if (m_driver)
        m_driver->m_results.removeOne(this);
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(m_stmt);
}

void SqlCipherResult::finalizeForClose()
{
    finalize();
    m_row.clear();
    setAt(QSql::BeforeFirstRow);
    setActive(false);
}

void SqlCipherResult::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_bound.clear();
    m_rowPending = false;
    m_done = true;
}

void SqlCipherResult::setStatementError(const char* what, int rc)
{
    // SQLCipher 3.4.1 hands SQLite a zeroed page when a page fails its HMAC
    // check and puts the pager into an error state: the statement may then
    // fail with a code that does not say "corrupt". The probe tells damage
    // from a lock, a constraint or a full disk; the error then carries
    // SQLITE_CORRUPT, so there is one way to recognise damage
    // (isStoreDamage() in store/storedamage.h).
    const QString message = sqliteMessage(db()); // before the probe replaces it
    const int primary = rc & 0xff;
    if (primary != SQLITE_CORRUPT && primary != SQLITE_NOTADB && primary != SQLITE_BUSY &&
        primary != SQLITE_LOCKED && primary != SQLITE_CONSTRAINT && m_driver &&
        !m_driver->pagesIntact())
        rc = SQLITE_CORRUPT;
    setLastError(QSqlError(trText(what), message, QSqlError::StatementError, QString::number(rc)));
}

void SqlCipherResult::setDriverError(const QString& text)
{
    setLastError(QSqlError(text, QString(), QSqlError::StatementError));
}

bool SqlCipherResult::reset(const QString& query)
{
    return prepareStatement(query) && execute(false);
}

bool SqlCipherResult::prepare(const QString& query)
{
    return prepareStatement(query);
}

bool SqlCipherResult::exec()
{
    return execute(true);
}

bool SqlCipherResult::prepareStatement(const QString& query)
{
    finalize();
    m_row.clear();
    m_record = QSqlRecord();
    setLastError(QSqlError());
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    setSelect(false);

    sqlite3* const handle = db();
    if (!handle) {
        setDriverError(trText("The database is not open"));
        return false;
    }
    const QByteArray sql = query.toUtf8();
    const char* const end = sql.constData() + sql.size();
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setStatementError(QT_TRANSLATE_NOOP("alpr::SqlCipherDriver", "Unable to prepare statement"),
                          rc);
        finalize();
        return false;
    }
    if (!m_stmt) {
        setDriverError(trText("The query holds no SQL statement"));
        return false;
    }
    // One statement per query: anything after the first one but blanks and comments is refused
    // rather than silently ignored.
    if (tail && tail < end) {
        sqlite3_stmt* next = nullptr;
        const int nextRc = sqlite3_prepare_v2(handle, tail, int(end - tail), &next, nullptr);
        const bool moreStatements = nextRc != SQLITE_OK || next != nullptr;
        sqlite3_finalize(next);
        if (moreStatements) {
            finalize();
            setDriverError(trText("QSQLCIPHER runs one SQL statement per query; "
                                  "split the text into separate queries"));
            return false;
        }
    }
    m_isInsert = startsWithKeyword(query, QLatin1String("INSERT")) ||
                 startsWithKeyword(query, QLatin1String("REPLACE"));
    buildRecord(false);
    return true;
}

bool SqlCipherResult::execute(bool bindFromQt)
{
    setLastError(QSqlError());
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    m_row.clear();
    m_rowPending = false;
    m_done = true;
    m_stepFailed = false;
    m_rowsFetched = 0;
    m_rowsAffected = -1;
    m_lastInsertId = QVariant();

    sqlite3* const handle = db();
    if (!m_stmt || !handle) {
        setDriverError(trText("The statement is not prepared (was the database closed?); "
                              "prepare it again"));
        return false;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bound.clear();
    if (bindFromQt && !bindAll())
        return false;

    const int totalChangesBefore = sqlite3_total_changes(handle);
    const int rc = sqlite3_step(m_stmt);
    const bool hasColumns = sqlite3_column_count(m_stmt) > 0;
    setSelect(hasColumns);
    if (rc == SQLITE_ROW) {
        if (!rowIsIntact())
            return false;
        m_rowPending = true;
        m_done = false;
        buildRecord(true);
    } else if (rc == SQLITE_DONE) {
        if (!hasColumns) {
            // sqlite3_changes() keeps the count of the last INSERT/UPDATE/DELETE, even when this
            // statement was DDL; the total only moves when this statement changed rows.
            const bool changed = sqlite3_total_changes(handle) != totalChangesBefore;
            m_rowsAffected = changed ? sqlite3_changes(handle) : 0;
            if (m_isInsert && m_rowsAffected > 0)
                m_lastInsertId = qlonglong(sqlite3_last_insert_rowid(handle));
        }
        sqlite3_reset(m_stmt); // release the statement's locks at once
    } else {
        setStatementError(QT_TRANSLATE_NOOP("alpr::SqlCipherDriver", "Unable to execute statement"),
                          rc);
        sqlite3_reset(m_stmt);
        return false;
    }
    setActive(true);
    return true;
}

bool SqlCipherResult::bindAll()
{
    const int parameters = sqlite3_bind_parameter_count(m_stmt);
    const QVariantList values = boundValues();

    // Qt keeps one value per placeholder occurrence, named after it (positional '?' are renamed
    // to Qt's serial names before prepare()); SQLite has one parameter per distinct name. The
    // name map is only needed for named placeholders: positional ones bind in order (the hot
    // path of every bulk insert).
    bool named = false;
    for (int p = 1; p <= parameters && !named; ++p) {
        const char* rawName = sqlite3_bind_parameter_name(m_stmt, p);
        named = rawName && rawName[0] != '?';
    }
    QHash<QString, int> firstOccurrence;
    if (named) {
        for (int i = 0; i < values.size(); ++i) {
            const QString name = boundValueName(i);
            if (!firstOccurrence.contains(name))
                firstOccurrence.insert(name, i);
        }
    }
    const qsizetype distinct = named ? firstOccurrence.size() : values.size();
    if (distinct > parameters) {
        setDriverError(trText("Parameter count mismatch: the statement has %1 placeholders, "
                              "%2 values were bound")
                           .arg(parameters)
                           .arg(distinct));
        return false;
    }
    for (int p = 1; p <= parameters; ++p) {
        const char* rawName = sqlite3_bind_parameter_name(m_stmt, p);
        int index = -1;
        if (!rawName || rawName[0] == '?')
            index = p - 1 < values.size() ? p - 1 : -1;
        else
            index = firstOccurrence.value(QString::fromUtf8(rawName), -1);
        if (index < 0) {
            setDriverError(trText("No value was bound for placeholder %1")
                               .arg(rawName ? QString::fromUtf8(rawName) : QString::number(p)));
            return false;
        }
        if (!bindValue(p, values.at(index)))
            return false;
    }
    return true;
}

int SqlCipherResult::bindText(int parameter, const QString& text)
{
    m_bound.append(text.toUtf8());
    const QByteArray& utf8 = m_bound.constLast();
    return sqlite3_bind_text64(m_stmt, parameter, utf8.constData(), sqlite3_uint64(utf8.size()),
                               SQLITE_STATIC, SQLITE_UTF8);
}

bool SqlCipherResult::bindValue(int parameter, const QVariant& value)
{
    int rc = SQLITE_OK;
    if (bindsAsNull(value)) {
        rc = sqlite3_bind_null(m_stmt, parameter);
    } else {
        switch (value.typeId()) {
        case QMetaType::Bool:
            rc = sqlite3_bind_int64(m_stmt, parameter, value.toBool() ? 1 : 0);
            break;
        case QMetaType::Char:
        case QMetaType::SChar:
        case QMetaType::UChar:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
            rc = sqlite3_bind_int64(m_stmt, parameter, value.toLongLong());
            break;
        case QMetaType::ULong:
        case QMetaType::ULongLong: {
            const qulonglong number = value.toULongLong();
            if (number > qulonglong(std::numeric_limits<qint64>::max())) {
                setDriverError(
                    trText("The value %1 is too large for an SQLite integer").arg(number));
                return false;
            }
            rc = sqlite3_bind_int64(m_stmt, parameter, qint64(number));
            break;
        }
        case QMetaType::Float:
        case QMetaType::Double:
            rc = sqlite3_bind_double(m_stmt, parameter, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            m_bound.append(value.toByteArray());
            const QByteArray& bytes = m_bound.constLast();
            // constData() is never null, so an empty array binds a zero-length blob, not NULL.
            rc = sqlite3_bind_blob64(m_stmt, parameter, bytes.constData(),
                                     sqlite3_uint64(bytes.size()), SQLITE_STATIC);
            break;
        }
        case QMetaType::QDateTime:
            rc = bindText(parameter, value.toDateTime().toUTC().toString(Qt::ISODateWithMs));
            break;
        case QMetaType::QDate:
            rc = bindText(parameter, value.toDate().toString(Qt::ISODate));
            break;
        case QMetaType::QTime:
            rc = bindText(parameter, value.toTime().toString(Qt::ISODateWithMs));
            break;
        case QMetaType::QString:
            rc = bindText(parameter, value.toString());
            break;
        default:
            if (!value.canConvert<QString>()) {
                setDriverError(trText("Cannot bind a value of type %1")
                                   .arg(QString::fromLatin1(value.typeName())));
                return false;
            }
            rc = bindText(parameter, value.toString());
            break;
        }
    }
    if (rc != SQLITE_OK) {
        setStatementError(QT_TRANSLATE_NOOP("alpr::SqlCipherDriver", "Unable to bind value"), rc);
        return false;
    }
    return true;
}

QVariant SqlCipherResult::columnValue(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return qlonglong(sqlite3_column_int64(m_stmt, column));
    case SQLITE_FLOAT: {
        const double number = sqlite3_column_double(m_stmt, column);
        switch (numericalPrecisionPolicy()) {
        case QSql::LowPrecisionInt32:
            return int(number);
        case QSql::LowPrecisionInt64:
            return qlonglong(number);
        default:
            return number;
        }
    }
    case SQLITE_TEXT: {
        // text before bytes, as SQLite asks; an empty TEXT reads as an empty, non-null QString.
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        const int bytes = sqlite3_column_bytes(m_stmt, column);
        if (!text || bytes == 0)
            return QString(QLatin1String(""));
        return QString::fromUtf8(text, bytes);
    }
    case SQLITE_BLOB: {
        const auto* blob = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
        const int bytes = sqlite3_column_bytes(m_stmt, column);
        if (!blob || bytes == 0)
            return QByteArray(""); // empty, non-null: a zero-length blob is not NULL
        return QByteArray(blob, bytes);
    }
    default:
        return QVariant();
    }
}

void SqlCipherResult::readRow()
{
    const int columns = sqlite3_column_count(m_stmt);
    m_row.resize(columns);
    for (int i = 0; i < columns; ++i)
        m_row[i] = columnValue(i);
}

void SqlCipherResult::buildRecord(bool rowAvailable)
{
    QSqlRecord record;
    const int columns = sqlite3_column_count(m_stmt);
    for (int i = 0; i < columns; ++i) {
        const QString name = QString::fromUtf8(sqlite3_column_name(m_stmt, i));
        const char* declared = sqlite3_column_decltype(m_stmt, i);
        QMetaType type = declared ? typeFromDeclared(QByteArray(declared)) : QMetaType();
        if (!type.isValid() && rowAvailable)
            type = typeFromStorage(sqlite3_column_type(m_stmt, i));
        record.append(QSqlField(name, type));
    }
    m_record = record;
}

bool SqlCipherResult::fetchNext()
{
    if (m_rowPending) {
        m_rowPending = false;
    } else {
        if (m_done || !m_stmt)
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_ROW) {
            m_done = true;
            if (rc != SQLITE_DONE) {
                m_stepFailed = true;
                setStatementError(QT_TRANSLATE_NOOP("alpr::SqlCipherDriver", "Unable to fetch row"),
                                  rc);
            }
            sqlite3_reset(m_stmt); // keep m_row: fetchLast() hands out the last row
            return false;
        }
        if (!rowIsIntact())
            return false;
    }
    readRow();
    ++m_rowsFetched;
    setAt(m_rowsFetched - 1);
    return true;
}

bool SqlCipherResult::rowIsIntact()
{
    if (m_driver && m_driver->pagesIntact())
        return true;
    m_done = true;
    m_stepFailed = true;
    setLastError(QSqlError(trText("A page of the store failed its integrity check while reading "
                                  "row %1: the file is damaged or was changed outside the "
                                  "application")
                               .arg(m_rowsFetched),
                           QString(), QSqlError::StatementError, QString::number(SQLITE_CORRUPT)));
    sqlite3_reset(m_stmt);
    return false;
}

bool SqlCipherResult::fetch(int row)
{
    if (row < 0)
        return false;
    if (isValid() && row == at())
        return true;
    if (row < m_rowsFetched) {
        setDriverError(trText("QSQLCIPHER results only move forward: cannot go back to row %1 "
                              "after row %2; execute the query again")
                           .arg(row)
                           .arg(m_rowsFetched - 1));
        return false;
    }
    while (m_rowsFetched <= row) {
        if (!fetchNext())
            return false;
    }
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    if (m_rowsFetched == 0)
        return fetchNext();
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    while (fetchNext()) {
    }
    if (m_stepFailed || m_rowsFetched == 0)
        return false;
    setAt(m_rowsFetched - 1);
    return true;
}

QVariant SqlCipherResult::data(int field)
{
    return field >= 0 && field < m_row.size() ? m_row.at(field) : QVariant();
}

bool SqlCipherResult::isNull(int field)
{
    return field < 0 || field >= m_row.size() || m_row.at(field).isNull();
}

int SqlCipherResult::size()
{
    return -1;
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QSqlRecord SqlCipherResult::record() const
{
    return m_record;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_lastInsertId;
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_rowPending = false;
    m_done = true;
}

// ---------------------------------------------------------------------------------------------
// SqlCipherDriver

QString sqlCipherDriverName()
{
    return QStringLiteral("QSQLCIPHER");
}

void setBusyWait(sqlite3* db, int limitMs)
{
    // About a millisecond a try, so the number of tries is the limit in ms.
    sqlite3_busy_handler(db, busyWait, reinterpret_cast<void*>(std::intptr_t(limitMs)));
}

void registerSqlCipherDriver()
{
    // A function-local static is initialised once, even when threads race here.
    static const bool registered = [] {
        QSqlDatabase::registerSqlDriver(sqlCipherDriverName(),
                                        new QSqlDriverCreator<SqlCipherDriver>);
        return true;
    }();
    Q_UNUSED(registered);
}

SqlCipherDriver::SqlCipherDriver(QObject* parent) : QSqlDriver(parent) {}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
    for (SqlCipherResult* result : std::as_const(m_results))
        result->detachDriver();
    m_results.clear();
    wipeKey();
}

void SqlCipherDriver::setKey(const QByteArray& rawKey)
{
    wipeKey();
    if (rawKey.size() != keySize) {
        m_keyState = KeyState::WrongSize;
        m_givenKeySize = int(rawKey.size());
        return;
    }
    std::memcpy(m_key.data(), rawKey.constData(), m_key.size());
    m_keyState = KeyState::Set;
}

void SqlCipherDriver::wipeKey()
{
    secureWipe(m_key.data(), m_key.size());
    m_keyState = KeyState::None;
    m_givenKeySize = 0;
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case NamedPlaceholders:
    case LastInsertId:
    case LowPrecisionNumbers:
    case SimpleLocking:
    case FinishQuery:
        return true;
    case QuerySize:
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::failDamaged(sqlite3* db, int rc, const QString& message)
{
    sqlite3_close_v2(db);
    setLastError(QSqlError(message, QString(), QSqlError::ConnectionError, QString::number(rc)));
    setOpen(false);
    setOpenError(true);
    return false;
}

bool SqlCipherDriver::failOpen(const QString& message)
{
    setLastError(QSqlError(message, QString(), QSqlError::ConnectionError));
    setOpen(false);
    setOpenError(true);
    return false;
}

bool SqlCipherDriver::open(const QString& databaseName, const QString& user,
                           const QString& password, const QString& host, int port,
                           const QString& connectOptions)
{
    Q_UNUSED(user);
    Q_UNUSED(host);
    Q_UNUSED(port);

    // The key is used by this open() at most, whatever happens below.
    struct KeyWiper
    {
        SqlCipherDriver* driver;
        ~KeyWiper() { driver->wipeKey(); }
    } keyWiper{this};

    if (isOpen())
        close();

    const QString path = QDir::toNativeSeparators(databaseName);
    bool create = false;
    bool readOnly = false;
    const QStringList options = connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& entry : options) {
        const QString option = entry.trimmed();
        if (option.isEmpty())
            continue;
        if (option == QLatin1String("QSQLCIPHER_CREATE"))
            create = true;
        else if (option == QLatin1String("QSQLCIPHER_READONLY"))
            readOnly = true;
        else
            return failOpen(tr("Unknown connect option \"%1\" for %2; QSQLCIPHER knows "
                               "QSQLCIPHER_CREATE and QSQLCIPHER_READONLY")
                                .arg(option, path));
    }
    if (create && readOnly)
        return failOpen(tr("QSQLCIPHER_CREATE and QSQLCIPHER_READONLY exclude each other "
                           "(opening %1)")
                            .arg(path));
    if (!password.isEmpty())
        return failOpen(tr("QSQLCIPHER takes a raw key through SqlCipherDriver::setKey(), "
                           "not a password (opening %1)")
                            .arg(path));
    if (m_keyState == KeyState::None)
        return failOpen(tr("No database key was set before opening %1").arg(path));
    if (m_keyState == KeyState::WrongSize)
        return failOpen(tr("The database key must be %1 bytes, not %2 (opening %3)")
                            .arg(keySize)
                            .arg(m_givenKeySize)
                            .arg(path));
    // If a plain SQLite library were loaded first, its symbols would shadow SQLCipher's and the
    // store would be written in clear or corrupted. Refuse rather than find out later.
    if (!sqlite3_compileoption_used("HAS_CODEC"))
        return failOpen(tr("The SQLite library in this process has no encryption (a plain "
                           "SQLite shadows SQLCipher); refusing to open %1")
                            .arg(path));

    const bool inMemory = databaseName.isEmpty() || databaseName == QLatin1String(":memory:");
    if (!create && !inMemory && !QFileInfo::exists(databaseName))
        return failOpen(tr("Store file not found: %1").arg(path));

    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(databaseName).constData(), &db, flags, nullptr);
    const auto fail = [&](const QString& message) {
        sqlite3_close_v2(db);
        return failOpen(message);
    };
    if (rc != SQLITE_OK)
        return fail(tr("Could not open the store %1: %2").arg(path, sqliteMessage(db)));
    // Owner only, whatever the umask, before anything is written: SQLite
    // (3.15 as in SQLCipher 3.4.1, and later) creates -wal, -shm and the
    // rollback journal with the database file's mode, so they follow. A store
    // made before this rule, and its side files, are made private here too.
    if (!inMemory && !readOnly) {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            const QString file = databaseName + QLatin1String(suffix);
            if (!*suffix || QFileInfo::exists(file)) {
                if (auto r = makeOwnerOnly(file); !r)
                    return fail(r.error().message);
            }
        }
    }
    sqlite3_extended_result_codes(db, 1);
    setBusyWait(db, kBusyWaitMs);

    // The raw-key form x'<64 hex digits>' makes SQLCipher use the bytes as the key, no KDF.
    {
        static constexpr char hexDigits[] = "0123456789abcdef";
        std::array<char, 2 * keySize + 3> hexKey{};
        hexKey[0] = 'x';
        hexKey[1] = '\'';
        for (int i = 0; i < keySize; ++i) {
            hexKey[2 + 2 * i] = hexDigits[m_key[i] >> 4];
            hexKey[3 + 2 * i] = hexDigits[m_key[i] & 0x0f];
        }
        hexKey[hexKey.size() - 1] = '\'';
        rc = sqlite3_key(db, hexKey.data(), int(hexKey.size()));
        secureWipe(hexKey.data(), hexKey.size());
        wipeKey();
    }
    if (rc != SQLITE_OK)
        return fail(tr("Could not set the key on %1: %2").arg(path, sqliteMessage(db)));

    // Before the first access: the page size is not stored in the (encrypted) header.
    rc = sqlite3_exec(db, "PRAGMA cipher_page_size = 4096;", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(tr("Could not set the page size on %1: %2").arg(path, sqliteMessage(db)));

    QList<QVariantList> rows;
    QString error;
    if (!collectRows(db, QStringLiteral("PRAGMA cipher_version;"), &rows, &error) ||
        rows.isEmpty() || rows.constFirst().value(0).toString().isEmpty())
        return fail(tr("The SQLite library in this process has no encryption; refusing to "
                       "open %1")
                        .arg(path));

    // Prove the key: the first read decrypts page 1 and checks its HMAC.
    rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr);
    if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT)
        return failDamaged(db, rc, tr("wrong key or not an ALPR store: %1").arg(path));
    if (rc != SQLITE_OK)
        return fail(tr("Could not read the store %1: %2").arg(path, sqliteMessage(db)));

    sqlite3_stmt* probe = nullptr;
    rc = sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master LIMIT 1;", -1, &probe, nullptr);
    if (rc != SQLITE_OK)
        return fail(tr("Could not read the store %1: %2").arg(path, sqliteMessage(db)));

    m_db = db;
    m_probe = probe;
    m_readOnly = readOnly;
    m_path = databaseName;
    setOpen(true);
    setOpenError(false);
    setLastError(QSqlError());
    return true;
}

void SqlCipherDriver::close()
{
    for (SqlCipherResult* result : std::as_const(m_results))
        result->finalizeForClose();
    if (m_probe) {
        sqlite3_finalize(m_probe);
        m_probe = nullptr;
    }
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    m_readOnly = false;
    if (isOpen())
        setOpen(false);
    setOpenError(false);
}

// SQLCipher 3.4.1: when a page fails its HMAC check, the codec hands SQLite a zeroed page and
// puts the pager into an error state. A zeroed b-tree page is caught as "malformed", but a zeroed
// last page of an overflow chain (the tail of a large BLOB or TEXT) is not: the step returns
// SQLITE_ROW with zeros in the value, and the next step may even return SQLITE_DONE. While the
// pager is in that state every page fetch fails, so fetching page 1 again tells a damaged row
// from a good one. The probe is a prepared statement: one short step per row.
bool SqlCipherDriver::pagesIntact()
{
    if (!m_db || !m_probe)
        return false;
    const int rc = sqlite3_step(m_probe);
    sqlite3_reset(m_probe);
    return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::runTransactionStatement(const char* sql, const char* what)
{
    if (!m_db) {
        setLastError(
            QSqlError(tr(what), tr("The database is not open"), QSqlError::TransactionError));
        return false;
    }
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(QSqlError(tr(what), sqliteMessage(m_db), QSqlError::TransactionError,
                               QString::number(rc)));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock now (waiting up to the busy timeout), so a transaction
    // cannot fail later on a lock upgrade; a read-only connection cannot take it.
    return runTransactionStatement(m_readOnly ? "BEGIN" : "BEGIN IMMEDIATE",
                                   QT_TR_NOOP("Unable to begin transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    return runTransactionStatement("COMMIT", QT_TR_NOOP("Unable to commit transaction"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return runTransactionStatement("ROLLBACK", QT_TR_NOOP("Unable to roll back transaction"));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!m_db)
        return names;
    QStringList conditions;
    if (type & QSql::Tables)
        conditions << QStringLiteral("(type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\')");
    if (type & QSql::Views)
        conditions << QStringLiteral("type = 'view'");
    if (type & QSql::SystemTables)
        conditions << QStringLiteral("(type = 'table' AND name LIKE 'sqlite\\_%' ESCAPE '\\')");
    if (conditions.isEmpty())
        return names;

    QList<QVariantList> rows;
    QString error;
    const QString sql = QStringLiteral("SELECT name FROM sqlite_master WHERE ") +
                        conditions.join(QLatin1String(" OR ")) + QStringLiteral(" ORDER BY name");
    if (!collectRows(m_db, sql, &rows, &error))
        return names;
    for (const QVariantList& row : std::as_const(rows))
        names << row.value(0).toString();
    if (type & QSql::SystemTables)
        names << QStringLiteral("sqlite_master");
    return names;
}

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    QSqlRecord record;
    if (!m_db || tableName.isEmpty())
        return record;
    // PRAGMA arguments cannot be bound (pragma_table_info() needs SQLite 3.16; SQLCipher 3.4.1
    // is 3.15.2), so the name goes in as an escaped identifier.
    QList<QVariantList> rows;
    QString error;
    const QString sql =
        QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName));
    if (!collectRows(m_db, sql, &rows, &error))
        return record;

    // Columns of table_info: cid, name, type, notnull, dflt_value, pk.
    const auto primaryKeyColumns =
        std::count_if(rows.cbegin(), rows.cend(),
                      [](const QVariantList& row) { return row.value(5).toLongLong() > 0; });
    const QString table = stripDelimiters(tableName, TableName);
    for (const QVariantList& row : std::as_const(rows)) {
        const QString declared = row.value(2).toString();
        QSqlField field(row.value(1).toString(), typeFromDeclared(declared.toUtf8()), table);
        field.setRequiredStatus(row.value(3).toLongLong() != 0 ? QSqlField::Required
                                                               : QSqlField::Optional);
        if (!row.value(4).isNull())
            field.setDefaultValue(row.value(4));
        // An INTEGER PRIMARY KEY is the rowid: SQLite fills it in.
        const bool rowidAlias =
            primaryKeyColumns == 1 && row.value(5).toLongLong() > 0 &&
            declared.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
        field.setAutoValue(rowidAlias);
        record.append(field);
    }
    return record;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const
{
    const QString table = stripDelimiters(tableName, TableName);
    QSqlIndex index(table);
    if (!m_db || tableName.isEmpty())
        return index;
    QList<QVariantList> rows;
    QString error;
    const QString sql =
        QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName));
    if (!collectRows(m_db, sql, &rows, &error))
        return index;
    QList<QPair<qlonglong, QString>> keyColumns;
    for (const QVariantList& row : std::as_const(rows)) {
        if (row.value(5).toLongLong() > 0)
            keyColumns.append({row.value(5).toLongLong(), row.value(1).toString()});
    }
    std::sort(keyColumns.begin(), keyColumns.end());
    const QSqlRecord fields = record(tableName);
    for (const auto& column : std::as_const(keyColumns))
        index.append(fields.field(column.second));
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(m_db);
}

} // namespace alpr
