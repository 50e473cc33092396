// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/keyslotfile.h"

#include "common/crypto.h"
#include "common/privatefiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSaveFile>
#include <QtEndian>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace alpr {

namespace {

const QLatin1String kFormat("alpr-keyslots");
constexpr int kVersion = 2;
constexpr int kLegacyVersion = 1;
constexpr int kMaxGeneration = 1000000000;
const QLatin1String kKdf("pbkdf2-hmac-sha256");
constexpr qsizetype kSaltLength = 32;
constexpr qsizetype kMinSaltLength = 16;
constexpr qsizetype kMaxSaltLength = 1024;
constexpr qsizetype kStoreIdBytes = 16;
// Pending-event fields other than the name are short texts written by this
// program; a longer one (from a hand-edited file) is cut.
constexpr qsizetype kMaxEventFieldLength = 500;
// How much of a long user name a pending event keeps, and how many bytes of
// its SHA-256: with the marker, at most 62 characters, so a recorded name is
// never shortened again.
constexpr qsizetype kRecordedNamePrefix = 16;
constexpr qsizetype kRecordedNameDigestBytes = 6;

QString wrongUserOrPassword()
{
    return QCoreApplication::translate("alpr::KeySlotFile", "wrong user name or password");
}

QString shownPath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

Error corrupt(const QString& path, const QString& what)
{
    return makeError(
        ErrorCode::Corrupt,
        QCoreApplication::translate("alpr::KeySlotFile",
                                    "The key-slot file %1 is damaged: %2. Restore it from a "
                                    "backup; without it nobody can sign in to this store.")
            .arg(shownPath(path), what));
}

Error tooLarge(const QString& path, qint64 size)
{
    return corrupt(
        path, QCoreApplication::translate("alpr::KeySlotFile",
                                          "it is %1 bytes long, larger than the %2 MiB a key-slot "
                                          "file may be, so it was not read")
                  .arg(size)
                  .arg(kMaxKeySlotFileSize / (1024 * 1024)));
}

Error ioError(const QString& path, const QString& what)
{
    return makeError(
        ErrorCode::Io,
        QCoreApplication::translate("alpr::KeySlotFile",
                                    "Could not save the key-slot file %1: %2. Check that the "
                                    "folder exists and is writable and that the disk is not full.")
            .arg(shownPath(path), what));
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool isStoreId(const QString& id)
{
    if (id.size() != kStoreIdBytes * 2)
        return false;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

QString timeToText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString base64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

void appendField(QByteArray& out, const QByteArray& field)
{
    const quint32 size = qToBigEndian(static_cast<quint32>(field.size()));
    out.append(reinterpret_cast<const char*>(&size), sizeof size);
    out.append(field);
}

// Reads the fields of one JSON object; the first problem is kept in problem()
// and every later read is a no-op, so a caller reads all fields and checks
// once.
class FieldReader
{
public:
    explicit FieldReader(const QJsonObject& object) : m_object(object) {}

    const QString& problem() const { return m_problem; }
    bool ok() const { return m_problem.isEmpty(); }

    QString string(QLatin1String key, bool allowEmpty)
    {
        if (!ok())
            return {};
        const QJsonValue v = m_object.value(key);
        if (!v.isString())
            return fail<QString>(
                key, QCoreApplication::translate("alpr::KeySlotFile", "is missing or not text"));
        const QString s = v.toString();
        if (!allowEmpty && s.isEmpty())
            return fail<QString>(key, QCoreApplication::translate("alpr::KeySlotFile", "is empty"));
        return s;
    }

    int integer(QLatin1String key, int min, int max)
    {
        if (!ok())
            return 0;
        const QJsonValue v = m_object.value(key);
        const double d = v.toDouble(-1.0);
        if (!v.isDouble() || std::floor(d) != d)
            return fail<int>(key, QCoreApplication::translate("alpr::KeySlotFile",
                                                              "is missing or not a whole number"));
        if (d < min || d > max)
            return fail<int>(
                key,
                QCoreApplication::translate("alpr::KeySlotFile", "is %1, outside %2..%3")
                    .arg(QString::number(d, 'f', 0), QString::number(min), QString::number(max)));
        return static_cast<int>(d);
    }

    // Strict, canonical (padded) base64 of minLength..maxLength bytes.
    QByteArray base64(QLatin1String key, qsizetype minLength, qsizetype maxLength)
    {
        const QString text = string(key, false);
        if (!ok())
            return {};
        const QByteArray latin1 = text.toLatin1();
        auto decoded =
            QByteArray::fromBase64Encoding(latin1, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.toBase64() != latin1)
            return fail<QByteArray>(
                key, QCoreApplication::translate("alpr::KeySlotFile", "is not valid base64"));
        const qsizetype n = decoded.decoded.size();
        if (n < minLength || n > maxLength) {
            const QString expected =
                minLength == maxLength
                    ? QString::number(minLength)
                    : QCoreApplication::translate("alpr::KeySlotFile", "%1 to %2")
                          .arg(minLength)
                          .arg(maxLength);
            return fail<QByteArray>(key, QCoreApplication::translate(
                                             "alpr::KeySlotFile", "is %1 bytes long, expected %2")
                                             .arg(n)
                                             .arg(expected));
        }
        return decoded.decoded;
    }

    // An ISO 8601 time, or "" for none.
    QDateTime time(QLatin1String key)
    {
        const QString text = string(key, true);
        if (!ok() || text.isEmpty())
            return {};
        const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid())
            return fail<QDateTime>(
                key, QCoreApplication::translate("alpr::KeySlotFile", "is not a date and time"));
        return t.toUTC();
    }

private:
    // Records the problem and returns an empty T for the caller to return.
    template <typename T> T fail(QLatin1String key, const QString& what)
    {
        m_problem = QStringLiteral("\"%1\" %2").arg(key, what);
        return T{};
    }

    QJsonObject m_object;
    QString m_problem;
};

std::optional<QJsonArray> arrayField(const QJsonObject& root, QLatin1String key)
{
    const QJsonValue v = root.value(key);
    if (!v.isArray())
        return std::nullopt;
    return v.toArray();
}

} // namespace

QString KeySlotFile::pathForStore(const QString& storePath)
{
    return storePath + QLatin1String(".keys");
}

Result<KeySlotFile> KeySlotFile::loadForStore(const QString& storePath)
{
    return load(pathForStore(storePath));
}

KeySlotFile KeySlotFile::createNew(const QString& path)
{
    KeySlotFile file;
    file.m_path = path;
    file.m_storeId = QString::fromLatin1(crypto::randomBytesPublic(kStoreIdBytes).toHex());
    return file;
}

Result<KeySlotFile> KeySlotFile::load(const QString& path)
{
    if (!QFileInfo::exists(path))
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("alpr::KeySlotFile",
                                        "The key-slot file %1 does not exist. It belongs next to "
                                        "the store file; restore it from a backup.")
                .arg(shownPath(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("alpr::KeySlotFile",
                                                     "Could not read the key-slot file %1: %2")
                             .arg(shownPath(path), file.errorString()));
    // Refused by its size before any of it is read; read() stops at the limit
    // as well, in case the file grows meanwhile.
    if (file.size() > kMaxKeySlotFileSize)
        return tooLarge(path, file.size());
    const QByteArray data = file.read(kMaxKeySlotFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("alpr::KeySlotFile",
                                                     "Could not read the key-slot file %1: %2")
                             .arg(shownPath(path), file.errorString()));
    if (data.size() > kMaxKeySlotFileSize)
        return tooLarge(path, data.size());

    return parse(data, path);
}

Result<KeySlotFile> KeySlotFile::parse(const QByteArray& data, const QString& path)
{
    if (data.size() > kMaxKeySlotFileSize)
        return tooLarge(path, data.size());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return corrupt(path, QCoreApplication::translate("alpr::KeySlotFile",
                                                         "it is not valid JSON (%1 at byte %2)")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset));
    if (!doc.isObject())
        return corrupt(path,
                       QCoreApplication::translate("alpr::KeySlotFile", "it is not a JSON object"));
    const QJsonObject root = doc.object();

    FieldReader header(root);
    const QString format = header.string(QLatin1String("format"), false);
    if (header.ok() && format != kFormat)
        return corrupt(path, QCoreApplication::translate("alpr::KeySlotFile",
                                                         "its format is \"%1\", not \"%2\"")
                                 .arg(format, kFormat));
    const QJsonValue versionValue = root.value(QLatin1String("version"));
    const int version = versionValue.isDouble() ? static_cast<int>(versionValue.toDouble()) : 0;
    if (header.ok() && (!versionValue.isDouble() || versionValue.toDouble() != version ||
                        (version != kVersion && version != kLegacyVersion)))
        return corrupt(
            path, QCoreApplication::translate("alpr::KeySlotFile",
                                              "its version is %1; this program reads version %2")
                      .arg(versionValue.isDouble()
                               ? QString::number(versionValue.toDouble())
                               : QCoreApplication::translate("alpr::KeySlotFile",
                                                             "missing or not a number"))
                      .arg(kVersion));
    const QString storeId = header.string(QLatin1String("store_id"), false);
    if (!header.ok())
        return corrupt(path, header.problem());
    if (!isStoreId(storeId))
        return corrupt(path,
                       QCoreApplication::translate("alpr::KeySlotFile",
                                                   "\"store_id\" is not 32 lower-case hex digits"));

    const auto slots = arrayField(root, QLatin1String("slots"));
    const auto failures = arrayField(root, QLatin1String("failures"));
    const auto events = arrayField(root, QLatin1String("pending_events"));
    if (!slots || !failures || !events)
        return corrupt(
            path, QCoreApplication::translate("alpr::KeySlotFile",
                                              "\"slots\", \"failures\" or \"pending_events\" is "
                                              "missing or not a list"));

    KeySlotFile out;
    out.m_path = path;
    out.m_storeId = storeId;
    if (version == kVersion && root.contains(QLatin1String("root_public"))) {
        FieldReader r(root);
        out.m_rootPublic = r.base64(QLatin1String("root_public"), crypto::kCurve25519KeyLength,
                                    crypto::kCurve25519KeyLength);
        if (!r.ok())
            return corrupt(path, r.problem());
    }
    if (root.contains(QLatin1String("lockout_seconds"))) {
        FieldReader policy(root);
        const int seconds = policy.integer(QLatin1String("lockout_seconds"), 0, kMaxLockoutSeconds);
        if (!policy.ok())
            return corrupt(path, policy.problem());
        out.m_lockoutSeconds = seconds;
    }
    if (root.contains(QLatin1String("dropped_pending_events"))) {
        FieldReader counter(root);
        const int dropped = counter.integer(QLatin1String("dropped_pending_events"), 0,
                                            std::numeric_limits<int>::max());
        if (!counter.ok())
            return corrupt(path, counter.problem());
        out.m_droppedPendingEvents = dropped;
    }

    for (qsizetype i = 0; i < slots->size(); ++i) {
        const QJsonValue value = slots->at(i);
        const QString where =
            QCoreApplication::translate("alpr::KeySlotFile", "slot %1").arg(i + 1);
        if (!value.isObject())
            return corrupt(
                path, QCoreApplication::translate("alpr::KeySlotFile", "%1 is not a JSON object")
                          .arg(where));
        FieldReader r(value.toObject());
        const QString username = r.string(QLatin1String("username"), false);
        const QString context =
            r.ok() ? QCoreApplication::translate("alpr::KeySlotFile", "%1 (user \"%2\")")
                         .arg(where, username)
                   : where;
        const QString kdf = r.string(QLatin1String("kdf"), false);
        if (r.ok() && kdf != kKdf)
            return corrupt(path, QCoreApplication::translate("alpr::KeySlotFile",
                                                             "%1: unknown key derivation \"%2\"")
                                     .arg(context, kdf));
        Slot slot;
        // A version 1 slot kept as it was in a version 2 file, until its user
        // signs in.
        const bool legacy =
            version == kLegacyVersion || value.toObject().value(QLatin1String("legacy")).toBool();
        if (!legacy)
            slot.generation = r.integer(QLatin1String("generation"), 1, kMaxGeneration);
        slot.iterations =
            r.integer(QLatin1String("iterations"), kMinPbkdf2Iterations, kMaxPbkdf2Iterations);
        slot.salt = r.base64(QLatin1String("salt"), kMinSaltLength, kMaxSaltLength);
        slot.nonce =
            r.base64(QLatin1String("nonce"), crypto::kGcmNonceLength, crypto::kGcmNonceLength);
        const qsizetype wrapped = legacy ? kDatabaseKeyLength : 2 * crypto::kCurve25519KeyLength;
        slot.ciphertext = r.base64(QLatin1String("ciphertext"), wrapped, wrapped);
        slot.tag = r.base64(QLatin1String("tag"), crypto::kGcmTagLength, crypto::kGcmTagLength);
        if (!legacy) {
            slot.sealingPublic =
                r.base64(QLatin1String("sealing_public"), crypto::kCurve25519KeyLength,
                         crypto::kCurve25519KeyLength);
            slot.signingPublic =
                r.base64(QLatin1String("signing_public"), crypto::kCurve25519KeyLength,
                         crypto::kCurve25519KeyLength);
            const QJsonObject o = value.toObject();
            for (auto [key, field] :
                 {std::pair{QLatin1String("database_key"), &Slot::databaseKey},
                  std::pair{QLatin1String("next_database_key"), &Slot::nextDatabaseKey},
                  std::pair{QLatin1String("root_key"), &Slot::rootKey}}) {
                if (!r.ok() || !o.contains(key))
                    continue;
                if (!o.value(key).isObject())
                    return corrupt(path, QCoreApplication::translate(
                                             "alpr::KeySlotFile", "%1: \"%2\" is not a JSON object")
                                             .arg(context, key));
                FieldReader b(o.value(key).toObject());
                crypto::SealedBox box;
                box.ephemeralPublic =
                    b.base64(QLatin1String("ephemeral"), crypto::kCurve25519KeyLength,
                             crypto::kCurve25519KeyLength);
                box.sealed.nonce = b.base64(QLatin1String("nonce"), crypto::kGcmNonceLength,
                                            crypto::kGcmNonceLength);
                box.sealed.ciphertext =
                    b.base64(QLatin1String("ciphertext"), kDatabaseKeyLength, kDatabaseKeyLength);
                box.sealed.tag =
                    b.base64(QLatin1String("tag"), crypto::kGcmTagLength, crypto::kGcmTagLength);
                if (!b.ok())
                    return corrupt(path,
                                   QStringLiteral("%1: %2: %3").arg(context, key, b.problem()));
                slot.*field = box;
            }
        }
        if (!r.ok())
            return corrupt(path, QStringLiteral("%1: %2").arg(context, r.problem()));
        if (out.m_slots.contains(username))
            return corrupt(path, QCoreApplication::translate("alpr::KeySlotFile",
                                                             "%1: a second slot for the same user")
                                     .arg(context));
        out.m_slots.insert(username, slot);
    }

    for (qsizetype i = 0; i < failures->size(); ++i) {
        const QJsonValue value = failures->at(i);
        const QString where =
            QCoreApplication::translate("alpr::KeySlotFile", "failure record %1").arg(i + 1);
        if (!value.isObject())
            return corrupt(
                path, QCoreApplication::translate("alpr::KeySlotFile", "%1 is not a JSON object")
                          .arg(where));
        FieldReader r(value.toObject());
        const QString username = r.string(QLatin1String("username"), false);
        FailureState state;
        state.consecutiveFailures =
            r.integer(QLatin1String("consecutive_failures"), 0, std::numeric_limits<int>::max());
        state.lockedUntil = r.time(QLatin1String("locked_until"));
        if (value.toObject().contains(QLatin1String("last_failure_at")))
            state.lastFailureAt = r.time(QLatin1String("last_failure_at"));
        if (!r.ok())
            return corrupt(path, QStringLiteral("%1: %2").arg(where, r.problem()));
        if (out.m_failures.contains(username))
            return corrupt(path, QCoreApplication::translate("alpr::KeySlotFile",
                                                             "%1: a second record for user \"%2\"")
                                     .arg(where, username));
        // Kept as setFailures() would, but pruned once below rather than at
        // every record.
        if (username.size() > kMaxStoredUsernameLength ||
            (state.consecutiveFailures <= 0 && !state.lockedUntil.isValid()))
            continue;
        out.m_failures.insert(username, state);
    }

    for (qsizetype i = 0; i < events->size(); ++i) {
        const QJsonValue value = events->at(i);
        const QString where =
            QCoreApplication::translate("alpr::KeySlotFile", "pending event %1").arg(i + 1);
        if (!value.isObject())
            return corrupt(
                path, QCoreApplication::translate("alpr::KeySlotFile", "%1 is not a JSON object")
                          .arg(where));
        FieldReader r(value.toObject());
        PendingEvent event;
        event.at = r.time(QLatin1String("at"));
        event.username = r.string(QLatin1String("username"), true);
        event.action = r.string(QLatin1String("action"), true);
        event.outcome = r.string(QLatin1String("outcome"), true);
        event.detail = r.string(QLatin1String("detail"), true);
        if (!r.ok())
            return corrupt(path, QStringLiteral("%1: %2").arg(where, r.problem()));
        out.appendPendingEvent(event);
    }
    // A file written before the limits were kept gets within them here, and
    // stays so from its next save.
    out.pruneUnknownFailures();
    return out;
}

QByteArray KeySlotFile::toJson() const
{
    QJsonArray slots;
    for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it) {
        const Slot& s = it.value();
        QJsonObject o{
            {QLatin1String("username"), it.key()},
            {QLatin1String("generation"), s.generation},
            {QLatin1String("kdf"), kKdf},
            {QLatin1String("iterations"), s.iterations},
            {QLatin1String("salt"), base64(s.salt)},
            {QLatin1String("nonce"), base64(s.nonce)},
            {QLatin1String("ciphertext"), base64(s.ciphertext)},
            {QLatin1String("tag"), base64(s.tag)},
        };
        if (s.generation == 0) {
            o.insert(QLatin1String("legacy"), true);
            o.remove(QLatin1String("generation"));
        } else {
            o.insert(QLatin1String("sealing_public"), base64(s.sealingPublic));
            o.insert(QLatin1String("signing_public"), base64(s.signingPublic));
        }
        for (auto [key, field] :
             {std::pair{QLatin1String("database_key"), &Slot::databaseKey},
              std::pair{QLatin1String("next_database_key"), &Slot::nextDatabaseKey},
              std::pair{QLatin1String("root_key"), &Slot::rootKey}}) {
            const std::optional<crypto::SealedBox>& box = s.*field;
            if (!box)
                continue;
            o.insert(key, QJsonObject{
                              {QLatin1String("ephemeral"), base64(box->ephemeralPublic)},
                              {QLatin1String("nonce"), base64(box->sealed.nonce)},
                              {QLatin1String("ciphertext"), base64(box->sealed.ciphertext)},
                              {QLatin1String("tag"), base64(box->sealed.tag)},
                          });
        }
        slots.append(o);
    }
    QJsonArray failures;
    for (auto it = m_failures.cbegin(); it != m_failures.cend(); ++it) {
        failures.append(QJsonObject{
            {QLatin1String("username"), it.key()},
            {QLatin1String("consecutive_failures"), it.value().consecutiveFailures},
            {QLatin1String("locked_until"), timeToText(it.value().lockedUntil)},
            {QLatin1String("last_failure_at"), timeToText(it.value().lastFailureAt)},
        });
    }
    QJsonArray events;
    for (const PendingEvent& e : m_pendingEvents) {
        events.append(QJsonObject{
            {QLatin1String("at"), timeToText(e.at)},
            {QLatin1String("username"), e.username},
            {QLatin1String("action"), e.action},
            {QLatin1String("outcome"), e.outcome},
            {QLatin1String("detail"), e.detail},
        });
    }
    QJsonObject root{
        {QLatin1String("format"), kFormat},
        {QLatin1String("version"), kVersion},
        {QLatin1String("store_id"), m_storeId},
        {QLatin1String("slots"), slots},
        {QLatin1String("failures"), failures},
        {QLatin1String("pending_events"), events},
        {QLatin1String("dropped_pending_events"), m_droppedPendingEvents},
        {QLatin1String("lockout_seconds"), m_lockoutSeconds},
    };
    if (!m_rootPublic.isEmpty())
        root.insert(QLatin1String("root_public"), base64(m_rootPublic));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<void> KeySlotFile::save() const
{
    if (m_path.isEmpty() || !isStoreId(m_storeId))
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("alpr::KeySlotFile",
                                        "A key-slot file must be loaded or created before it "
                                        "is saved"));
    const QByteArray json = toJson();
    // Never write a file that load() would refuse.
    if (json.size() > kMaxKeySlotFileSize)
        return ioError(
            m_path, QCoreApplication::translate("alpr::KeySlotFile",
                                                "it would be %1 bytes long, larger than the %2 MiB "
                                                "a key-slot file may be")
                        .arg(json.size())
                        .arg(kMaxKeySlotFileSize / (1024 * 1024)));

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(m_path, file.errorString());
    // Owner only, set on the temporary file before any byte is written; the
    // rename keeps it.
    if (auto r = makeOwnerOnly(file); !r)
        return r.error();
    if (file.write(json) != json.size() || !file.flush())
        return ioError(m_path, file.errorString());
    if (::fsync(file.handle()) != 0)
        return ioError(m_path, errnoText());
    if (!file.commit())
        return ioError(m_path, file.errorString());

    // Make the rename itself durable.
    if (auto r = syncFolderOf(m_path); !r)
        return ioError(m_path, r.error().message);
    return {};
}

QStringList KeySlotFile::usernames() const
{
    return m_slots.keys();
}

bool KeySlotFile::hasSlot(const QString& username) const
{
    return m_slots.contains(username);
}

UserKeys UserKeys::generate()
{
    crypto::KeyPair sealing = crypto::generateX25519();
    crypto::KeyPair signing = crypto::generateEd25519();
    UserKeys keys;
    keys.sealingPrivate = std::move(sealing.privateKey);
    keys.sealingPublic = sealing.publicKey;
    keys.signingPrivate = std::move(signing.privateKey);
    keys.signingPublic = signing.publicKey;
    return keys;
}

UserKeys UserKeys::clone() const
{
    UserKeys keys;
    keys.sealingPrivate = sealingPrivate.clone();
    keys.sealingPublic = sealingPublic;
    keys.signingPrivate = signingPrivate.clone();
    keys.signingPublic = signingPublic;
    return keys;
}

int KeySlotFile::generation(const QString& username) const
{
    return m_slots.value(username).generation;
}

QByteArray KeySlotFile::sealingPublic(const QString& username) const
{
    return m_slots.value(username).sealingPublic;
}

QByteArray KeySlotFile::aad(const QString& username, const char* what) const
{
    // Length-prefixed fields, so no two (store, user, what) give the same bytes.
    // Version 1 slots were bound to "alpr-keyslots/1/slot".
    QByteArray aad(what == nullptr ? "alpr-keyslots/1/slot" : "alpr-keyslots/2");
    if (what != nullptr)
        appendField(aad, QByteArray(what));
    appendField(aad, m_storeId.toUtf8());
    appendField(aad, username.toUtf8());
    return aad;
}

Result<void> KeySlotFile::setSlot(const QString& username, const SecureBytes& password,
                                  const UserKeys& keys, int generation, int iterations)
{
    if (username.isEmpty())
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::KeySlotFile", "A key slot needs a user name"));
    if (iterations < kMinPbkdf2Iterations || iterations > kMaxPbkdf2Iterations)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::KeySlotFile",
                                        "A key slot needs %1 to %2 PBKDF2 iterations, not %3")
                .arg(kMinPbkdf2Iterations)
                .arg(kMaxPbkdf2Iterations)
                .arg(iterations));
    if (keys.sealingPrivate.size() != crypto::kCurve25519KeyLength ||
        keys.signingPrivate.size() != crypto::kCurve25519KeyLength ||
        keys.sealingPublic.size() != crypto::kCurve25519KeyLength ||
        keys.signingPublic.size() != crypto::kCurve25519KeyLength)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::KeySlotFile", "A key slot needs two key pairs"));
    if (!isStoreId(m_storeId))
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("alpr::KeySlotFile",
                                        "A key-slot file must be loaded or created before a "
                                        "slot is added"));

    Slot slot;
    slot.generation =
        qBound(1, qMax(generation, m_slots.value(username).generation + 1), kMaxGeneration);
    slot.iterations = iterations;
    slot.salt = crypto::randomBytesPublic(kSaltLength);
    const auto wrappingKey =
        crypto::pbkdf2Sha256(password, slot.salt, iterations, int(crypto::kAes256KeyLength));
    if (!wrappingKey)
        return wrappingKey.error();
    SecureBytes both(2 * crypto::kCurve25519KeyLength);
    std::memcpy(both.data(), keys.sealingPrivate.constData(), crypto::kCurve25519KeyLength);
    std::memcpy(both.data() + crypto::kCurve25519KeyLength, keys.signingPrivate.constData(),
                crypto::kCurve25519KeyLength);
    auto sealed = crypto::aes256GcmSeal(*wrappingKey, both, aad(username, "private-keys"));
    if (!sealed)
        return sealed.error();
    slot.nonce = sealed->nonce;
    slot.ciphertext = sealed->ciphertext;
    slot.tag = sealed->tag;
    slot.sealingPublic = keys.sealingPublic;
    slot.signingPublic = keys.signingPublic;
    // What was sealed to the same X25519 key still opens with it.
    const auto old = m_slots.constFind(username);
    if (old != m_slots.cend() && old->sealingPublic == keys.sealingPublic) {
        slot.databaseKey = old->databaseKey;
        slot.nextDatabaseKey = old->nextDatabaseKey;
        slot.rootKey = old->rootKey;
    }
    m_slots.insert(username, slot);
    return {};
}

Result<UserKeys> KeySlotFile::addSlot(const QString& username, const SecureBytes& password,
                                      const SecureBytes& databaseKey, int iterations)
{
    UserKeys keys = UserKeys::generate();
    if (auto r = setSlot(username, password, keys, 0, iterations); !r)
        return r.error();
    if (auto r = sealDatabaseKey(username, databaseKey); !r) {
        m_slots.remove(username);
        return r.error();
    }
    return keys;
}

Result<void> KeySlotFile::seal(const QString& username, const SecureBytes& secret, const char* what,
                               std::optional<crypto::SealedBox> Slot::*field)
{
    const auto it = m_slots.find(username);
    if (it == m_slots.end() || it->generation == 0)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("alpr::KeySlotFile",
                                        "%1 has no key slot that a key can be sealed to; they "
                                        "must sign in once to upgrade it")
                .arg(username));
    if (secret.size() != kDatabaseKeyLength)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("alpr::KeySlotFile",
                                                     "A sealed key must be %1 bytes, not %2")
                             .arg(kDatabaseKeyLength)
                             .arg(secret.size()));
    auto box = crypto::sealTo(it->sealingPublic, secret, aad(username, what));
    if (!box)
        return box.error();
    (*it).*field = box.value();
    return {};
}

Result<void> KeySlotFile::sealDatabaseKey(const QString& username, const SecureBytes& databaseKey)
{
    return seal(username, databaseKey, "database-key", &Slot::databaseKey);
}

Result<void> KeySlotFile::sealNextDatabaseKey(const QString& username,
                                              const SecureBytes& databaseKey)
{
    return seal(username, databaseKey, "database-key", &Slot::nextDatabaseKey);
}

bool KeySlotFile::hasNextDatabaseKey() const
{
    return std::any_of(m_slots.cbegin(), m_slots.cend(),
                       [](const Slot& s) { return s.nextDatabaseKey.has_value(); });
}

void KeySlotFile::promoteNextDatabaseKeys()
{
    for (Slot& s : m_slots) {
        s.databaseKey = s.nextDatabaseKey;
        s.nextDatabaseKey.reset();
    }
}

void KeySlotFile::dropNextDatabaseKeys()
{
    for (Slot& s : m_slots)
        s.nextDatabaseKey.reset();
}

Result<void> KeySlotFile::sealRootKey(const QString& username, const SecureBytes& rootPrivate)
{
    return seal(username, rootPrivate, "root-key", &Slot::rootKey);
}

void KeySlotFile::removeRootKey(const QString& username)
{
    const auto it = m_slots.find(username);
    if (it != m_slots.end())
        it->rootKey.reset();
}

Result<SecureBytes> KeySlotFile::unlock(const QString& username, const SecureBytes& password) const
{
    auto opened = open(username, password);
    if (!opened)
        return opened.error();
    if (opened->databaseKey.isEmpty())
        return makeError(
            ErrorCode::Denied,
            QCoreApplication::translate("alpr::KeySlotFile",
                                        "The key slot of %1 holds no key to this store: the "
                                        "store was given a new key while the account was "
                                        "disabled")
                .arg(username));
    return std::move(opened->databaseKey);
}

Result<SecureBytes> KeySlotFile::openDatabaseKey(const QString& username,
                                                 const SecureBytes& sealingPrivate) const
{
    const auto it = m_slots.constFind(username);
    if (it == m_slots.cend() || !it->databaseKey)
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("alpr::KeySlotFile",
                                        "The key-slot file %1 holds no database key for %2")
                .arg(shownPath(m_path), username));
    auto key = crypto::openSealed(sealingPrivate, *it->databaseKey, aad(username, "database-key"));
    if (!key)
        return makeError(
            ErrorCode::AuthFailed,
            QCoreApplication::translate("alpr::KeySlotFile",
                                        "The database key in %1 was sealed to another key of %2 "
                                        "(the password was reset since)")
                .arg(shownPath(m_path), username));
    return key;
}

Result<UnlockedSlot> KeySlotFile::open(const QString& username, const SecureBytes& password) const
{
    const auto it = m_slots.constFind(username);
    if (it == m_slots.cend()) {
        // Spend the same work as for a real slot, so that the time taken does
        // not tell an unknown user from a wrong password.
        const auto wasted =
            crypto::pbkdf2Sha256(password, crypto::randomBytesPublic(kSaltLength),
                                 kMinPbkdf2Iterations, int(crypto::kAes256KeyLength));
        Q_UNUSED(wasted);
        return makeError(ErrorCode::AuthFailed, wrongUserOrPassword());
    }

    const Slot& slot = it.value();
    const bool legacy = slot.generation == 0;
    const auto wrappingKey =
        crypto::pbkdf2Sha256(password, slot.salt, slot.iterations, int(crypto::kAes256KeyLength));
    if (!wrappingKey)
        return wrappingKey.error();
    auto inner = crypto::aes256GcmOpen(*wrappingKey, {slot.nonce, slot.ciphertext, slot.tag},
                                       aad(username, legacy ? nullptr : "private-keys"));
    if (!inner) {
        // With GCM a wrong password and a changed slot look the same.
        if (inner.error().code == ErrorCode::Crypto)
            return makeError(ErrorCode::AuthFailed, wrongUserOrPassword());
        return corrupt(m_path,
                       QCoreApplication::translate("alpr::KeySlotFile",
                                                   "the slot of user \"%1\" cannot be opened: %2")
                           .arg(username, inner.error().message));
    }
    UnlockedSlot out;
    out.generation = slot.generation;
    out.legacy = legacy;
    if (legacy) {
        if (inner->size() != kDatabaseKeyLength)
            return corrupt(m_path,
                           QCoreApplication::translate("alpr::KeySlotFile",
                                                       "the slot of user \"%1\" holds a key of the "
                                                       "wrong length")
                               .arg(username));
        out.databaseKey = std::move(inner).value();
        return out;
    }
    const qsizetype half = crypto::kCurve25519KeyLength;
    out.keys.sealingPrivate = SecureBytes::fromRaw(inner->constData(), half);
    out.keys.signingPrivate = SecureBytes::fromRaw(inner->constData() + half, half);
    auto sealingPublic = crypto::x25519PublicKey(out.keys.sealingPrivate);
    auto signingPublic = crypto::ed25519PublicKey(out.keys.signingPrivate);
    if (!sealingPublic || !signingPublic || sealingPublic.value() != slot.sealingPublic ||
        signingPublic.value() != slot.signingPublic)
        return corrupt(
            m_path, QCoreApplication::translate("alpr::KeySlotFile",
                                                "the public keys in the slot of user \"%1\" do not "
                                                "belong to its private keys")
                        .arg(username));
    out.keys.sealingPublic = slot.sealingPublic;
    out.keys.signingPublic = slot.signingPublic;
    const auto openBox = [&](const std::optional<crypto::SealedBox>& box, const char* what,
                             SecureBytes& into) -> Result<void> {
        if (!box)
            return {};
        auto opened = crypto::openSealed(out.keys.sealingPrivate, *box, aad(username, what));
        if (!opened)
            return corrupt(m_path,
                           QCoreApplication::translate("alpr::KeySlotFile",
                                                       "the %1 sealed in the slot of user \"%2\" "
                                                       "cannot be opened with their key")
                               .arg(QLatin1String(what), username));
        into = std::move(opened).value();
        return {};
    };
    if (auto r = openBox(slot.databaseKey, "database-key", out.databaseKey); !r)
        return r.error();
    if (auto r = openBox(slot.nextDatabaseKey, "database-key", out.nextDatabaseKey); !r)
        return r.error();
    if (auto r = openBox(slot.rootKey, "root-key", out.rootKey); !r)
        return r.error();
    return out;
}

bool KeySlotFile::removeSlot(const QString& username)
{
    const bool removed = m_slots.remove(username) > 0;
    pruneUnknownFailures();
    return removed;
}

FailureState KeySlotFile::failures(const QString& username) const
{
    return m_failures.value(username);
}

void KeySlotFile::setFailures(const QString& username, const FailureState& state)
{
    if (username.isEmpty() || username.size() > kMaxStoredUsernameLength)
        return;
    if (state.consecutiveFailures <= 0 && !state.lockedUntil.isValid()) {
        m_failures.remove(username);
        return;
    }
    FailureState stored;
    stored.consecutiveFailures = qMax(0, state.consecutiveFailures);
    if (state.lockedUntil.isValid())
        stored.lockedUntil = state.lockedUntil.toUTC();
    if (state.lastFailureAt.isValid())
        stored.lastFailureAt = state.lastFailureAt.toUTC();
    m_failures.insert(username, stored);
    if (!m_slots.contains(username))
        pruneUnknownFailures();
}

void KeySlotFile::pruneUnknownFailures()
{
    // Records kept from older files may carry names too long to store.
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        if (it.key().size() > kMaxStoredUsernameLength)
            it = m_failures.erase(it);
        else
            ++it;
    }
    QList<std::pair<QDateTime, QString>> unknown;
    for (auto it = m_failures.cbegin(); it != m_failures.cend(); ++it) {
        if (!m_slots.contains(it.key()))
            unknown.append({it.value().lastFailureAt, it.key()});
    }
    if (unknown.size() <= kMaxUnknownNameFailures)
        return;
    // Oldest last failure first; an unknown time counts as oldest (an invalid
    // QDateTime sorts before every valid one).
    std::sort(unknown.begin(), unknown.end());
    for (qsizetype i = 0; i < unknown.size() - kMaxUnknownNameFailures; ++i)
        m_failures.remove(unknown.at(i).second);
}

QString KeySlotFile::recordedUsername(const QString& username)
{
    if (username.size() <= kMaxStoredUsernameLength)
        return username;
    const QByteArray digest =
        QCryptographicHash::hash(username.toUtf8(), QCryptographicHash::Sha256);
    QString prefix = username.left(kRecordedNamePrefix);
    // Do not cut a surrogate pair in half.
    if (!prefix.isEmpty() && prefix.back().isHighSurrogate())
        prefix.chop(1);
    const QString recorded =
        QStringLiteral("%1\u2026[%2 characters, SHA-256 %3]")
            .arg(prefix)
            .arg(username.size())
            .arg(QString::fromLatin1(digest.left(kRecordedNameDigestBytes).toHex()));
    Q_ASSERT(recorded.size() <= kMaxStoredUsernameLength);
    return recorded;
}

void KeySlotFile::setLockoutSeconds(int seconds)
{
    m_lockoutSeconds = qBound(0, seconds, kMaxLockoutSeconds);
}

void KeySlotFile::appendPendingEvent(const PendingEvent& event)
{
    PendingEvent stored = event;
    stored.username = recordedUsername(event.username);
    stored.action.truncate(kMaxEventFieldLength);
    stored.outcome.truncate(kMaxEventFieldLength);
    stored.detail.truncate(kMaxEventFieldLength);
    if (stored.at.isValid())
        stored.at = stored.at.toUTC();
    m_pendingEvents.append(stored);
    if (m_pendingEvents.size() > kMaxPendingEvents) {
        const qsizetype excess = m_pendingEvents.size() - kMaxPendingEvents;
        m_pendingEvents.remove(0, excess);
        if (m_droppedPendingEvents < std::numeric_limits<int>::max() - int(excess))
            m_droppedPendingEvents += int(excess);
    }
}

} // namespace alpr
