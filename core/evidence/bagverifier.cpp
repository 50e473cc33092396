// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "evidence/bagverifier.h"

#include "common/crypto.h"
#include "common/textinput.h"
#include "evidence/sshsig.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <memory>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace alpr::evidence {

namespace {

// The translators' context of this file's messages.
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(alpr::Evidence)
};

using Kind = BagProblem::Kind;

constexpr qint64 kBlockBytes = 1 << 20;
constexpr qint64 kMaxTagFileBytes = 1 << 20;  // bagit.txt, bag-info.txt, the key, allowed_signers
constexpr int kMaxDepth = 64;                 // folders inside folders
constexpr qint64 kMaxEntries = 4'000'000;     // files and folders in a package
constexpr int kMaxProblemsPerManifest = 1000; // line problems reported per manifest

const char kDataFolder[] = "data";

// A file descriptor closed when it goes out of scope.
class Fd
{
public:
    explicit Fd(int fd = -1) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    Fd(Fd&& other) noexcept : m_fd(other.release()) {}
    Fd& operator=(Fd&& other) noexcept
    {
        if (this != &other) {
            if (m_fd >= 0)
                ::close(m_fd);
            m_fd = other.release();
        }
        return *this;
    }
    int get() const { return m_fd; }
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }
    bool valid() const { return m_fd >= 0; }

private:
    int m_fd;
};

struct DirCloser
{
    void operator()(DIR* dir) const { ::closedir(dir); }
};

// A name as UTF-8; when it is not UTF-8, the name with every byte outside
// printable ASCII written as \xNN.
struct Name
{
    QString text;
    bool utf8 = true;
};

Name decodeName(const QByteArray& raw)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(raw);
    if (!decoder.hasError())
        return {text, true};
    QString escaped;
    for (const char c : raw) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte < 0x7f && byte != '\\')
            escaped += QLatin1Char(c);
        else
            escaped += QStringLiteral("\\x%1").arg(uint(byte), 2, 16, QLatin1Char('0'));
    }
    return {escaped, false};
}

bool isPayloadPath(const QString& path)
{
    return path.startsWith(QLatin1String(kDataFolder) + QLatin1Char('/'));
}

// Opens a regular file at path (relative to root) for reading without
// following a link in any part of the path, and without blocking on a FIFO.
Fd openInBag(int root, const QString& path)
{
    const QList<QByteArray> parts = path.toUtf8().split('/');
    Fd dir;
    int at = root;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        Fd next(
            ::openat(at, parts[i].constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (!next.valid())
            return Fd();
        dir = std::move(next);
        at = dir.get();
    }
    Fd file(::openat(at, parts.last().constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    struct stat st;
    if (!file.valid() || ::fstat(file.get(), &st) != 0 || !S_ISREG(st.st_mode))
        return Fd();
    return file;
}

// The files of the bag as found on disk: regular files with their sizes,
// and the entries that are never opened.
struct Tree
{
    QMap<QString, qint64> files;
    QSet<QString> unsafe;
    QSet<QString> folders;
    qint64 entries = 0;
    bool unsafeInPayload = false;
};

class Checker
{
public:
    Checker(int root, const BagVerifyOptions& options, BagVerification& result)
        : m_root(root), m_options(options), m_result(result)
    {
    }

    Result<void> run();

private:
    void add(Kind kind, const QString& file, const QString& detail);
    void walk(int dirFd, const QString& prefix, int depth);
    bool underUnsafe(const QString& path) const;
    bool present(const QString& path) const { return m_tree.files.contains(path); }
    // The bytes of a top-level file of at most limit bytes; nullopt (with a
    // problem) when it is missing, too large or unreadable.
    std::optional<QByteArray> readTagFile(const QString& path, qint64 limit);
    void checkBagit();
    void checkBagInfo();
    struct Manifest
    {
        QString file;
        crypto::Digest::Algorithm algorithm;
        QString algorithmName;             // "SHA-256"
        QMap<QString, QByteArray> entries; // path -> lower-case hex digest
    };
    void findManifests();
    std::optional<Manifest> parseManifest(const QString& file, crypto::Digest::Algorithm algorithm,
                                          bool payload);
    Result<void> checkPayload();
    Result<void> checkTagFiles();
    // Digests of a file for each algorithm asked; nullopt when it could not be read.
    Result<std::optional<QHash<int, QByteArray>>>
    digestFile(const QString& path, const QSet<int>& algorithms, bool countProgress);
    // Hashes the file with the algorithms and flags it where a manifest
    // says otherwise (Altered), or when it cannot be read (Unsafe).
    Result<void> checkDigests(const QString& path, const QSet<int>& algorithms,
                              const QList<Manifest>& manifests, bool countProgress);
    void checkSignatures();
    void checkAllowedSigners();
    void checkTrust();

    int m_root;
    const BagVerifyOptions& m_options;
    BagVerification& m_result;
    Tree m_tree;
    QHash<QString, QByteArray> m_read; // tag files already read, by path
    QList<Manifest> m_payloadManifests;
    QList<Manifest> m_tagManifests;
    QSet<QString> m_manifestFiles; // every manifest-*.txt and tagmanifest-*.txt
    std::optional<qint64> m_oxumBytes;
    std::optional<qint64> m_oxumFiles;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

void Checker::add(Kind kind, const QString& file, const QString& detail)
{
    if (kind != Kind::Malformed)
        for (const BagProblem& p : std::as_const(m_result.problems))
            if (p.kind == kind && p.file == file)
                return;
    m_result.problems.append({kind, file, detail});
}

void Checker::walk(int dirFd, const QString& prefix, int depth)
{
    std::unique_ptr<DIR, DirCloser> dir(::fdopendir(dirFd));
    if (!dir) {
        ::close(dirFd);
        add(Kind::Unsafe, prefix.isEmpty() ? QStringLiteral(".") : prefix,
            Msg::tr("The folder could not be listed."));
        return;
    }
    QMap<QByteArray, bool> names; // sorted, for a stable order of problems
    while (const dirent* entry = ::readdir(dir.get())) {
        const QByteArray name(entry->d_name);
        if (name != "." && name != "..")
            names.insert(name, true);
    }
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (++m_tree.entries > kMaxEntries) {
            add(Kind::Malformed, prefix,
                Msg::tr("The package holds more than %1 files and folders.").arg(kMaxEntries));
            return;
        }
        const Name name = decodeName(it.key());
        const QString path = prefix.isEmpty() ? name.text : prefix + QLatin1Char('/') + name.text;
        const bool inPayload = path == QLatin1String(kDataFolder) || isPayloadPath(path);
        const auto unsafe = [&](const QString& why) {
            m_tree.unsafe.insert(path);
            m_tree.unsafeInPayload = m_tree.unsafeInPayload || inPayload;
            add(Kind::Unsafe, path, why);
        };
        struct stat st;
        if (::fstatat(::dirfd(dir.get()), it.key().constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
            unsafe(Msg::tr("It could not be examined."));
            continue;
        }
        if (!name.utf8) {
            unsafe(Msg::tr("Its name is not UTF-8; it was not opened."));
            continue;
        }
        if (S_ISLNK(st.st_mode)) {
            unsafe(Msg::tr("It is a symbolic link; it was not followed."));
        } else if (S_ISDIR(st.st_mode)) {
            if (depth >= kMaxDepth) {
                unsafe(Msg::tr("It is nested more than %1 folders deep.").arg(kMaxDepth));
                continue;
            }
            const int child = ::openat(::dirfd(dir.get()), it.key().constData(),
                                       O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (child < 0) {
                unsafe(Msg::tr("The folder could not be opened."));
                continue;
            }
            m_tree.folders.insert(path);
            walk(child, path, depth + 1);
        } else if (S_ISREG(st.st_mode)) {
            m_tree.files.insert(path, qint64(st.st_size));
        } else {
            unsafe(Msg::tr("It is a special file (a FIFO, socket or device); it was not opened."));
        }
    }
}

bool Checker::underUnsafe(const QString& path) const
{
    qsizetype slash = -1;
    while ((slash = path.indexOf(QLatin1Char('/'), slash + 1)) >= 0)
        if (m_tree.unsafe.contains(path.left(slash)))
            return true;
    return m_tree.unsafe.contains(path);
}

std::optional<QByteArray> Checker::readTagFile(const QString& path, qint64 limit)
{
    if (m_read.contains(path))
        return m_read.value(path);
    if (!present(path)) {
        if (!underUnsafe(path))
            add(Kind::Missing, path, Msg::tr("The package has no such file."));
        return std::nullopt;
    }
    if (m_tree.files.value(path) > limit) {
        add(Kind::Malformed, path, Msg::tr("It is larger than %1 bytes.").arg(limit));
        return std::nullopt;
    }
    Fd fd = openInBag(m_root, path);
    QByteArray bytes;
    if (fd.valid()) {
        char buffer[65536];
        for (;;) {
            const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                if (n < 0)
                    fd = Fd();
                break;
            }
            bytes.append(buffer, qsizetype(n));
            if (bytes.size() > limit) {
                add(Kind::Malformed, path, Msg::tr("It is larger than %1 bytes.").arg(limit));
                return std::nullopt;
            }
        }
    }
    if (!fd.valid()) {
        add(Kind::Unsafe, path, Msg::tr("It could not be read."));
        return std::nullopt;
    }
    m_read.insert(path, bytes);
    return bytes;
}

// "Label: value" lines (RFC 8493 2.2.2); a line starting with white space
// continues the value before it. False when a line is neither.
bool parseLabels(const QString& text, QList<QPair<QString, QString>>& out)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QString line : std::as_const(lines)) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (!line.isEmpty() && (line[0] == QLatin1Char(' ') || line[0] == QLatin1Char('\t'))) {
            if (out.isEmpty())
                return false;
            out.last().second += QLatin1Char(' ') + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return false;
        out.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return true;
}

std::optional<QString> utf8Text(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

void Checker::checkBagit()
{
    const QString file = QLatin1String(kBagitFile);
    const auto bytes = readTagFile(file, kMaxTagFileBytes);
    if (!bytes)
        return;
    const auto text = utf8Text(*bytes);
    QList<QPair<QString, QString>> labels;
    if (!text || !parseLabels(*text, labels)) {
        add(Kind::Malformed, file, Msg::tr("It is not \"Label: value\" lines of UTF-8."));
        return;
    }
    QString version, encoding;
    for (const auto& [label, value] : std::as_const(labels)) {
        if (label == QLatin1String("BagIt-Version"))
            version = value;
        else if (label == QLatin1String("Tag-File-Character-Encoding"))
            encoding = value;
    }
    if (version != QLatin1String("1.0") && version != QLatin1String("0.97"))
        add(Kind::Malformed, file,
            Msg::tr("It gives BagIt-Version \"%1\"; this verifier reads 1.0 and 0.97.")
                .arg(escapeControls(version)));
    if (encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0)
        add(Kind::Malformed, file,
            Msg::tr("It gives Tag-File-Character-Encoding \"%1\", not UTF-8.")
                .arg(escapeControls(encoding)));
}

void Checker::checkBagInfo()
{
    const QString file = QLatin1String(kBagInfoFile);
    const auto bytes = readTagFile(file, kMaxTagFileBytes);
    if (!bytes)
        return;
    const auto text = utf8Text(*bytes);
    if (!text || !parseLabels(*text, m_result.bagInfo)) {
        add(Kind::Malformed, file, Msg::tr("It is not \"Label: value\" lines of UTF-8."));
        return;
    }
    const QString oxum = m_result.info(QStringLiteral("Payload-Oxum"));
    if (oxum.isEmpty())
        return;
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("([0-9]{1,18})\\.([0-9]{1,18})")));
    const auto match = pattern.match(oxum);
    if (!match.hasMatch()) {
        add(Kind::Malformed, file,
            Msg::tr("Its Payload-Oxum \"%1\" is not BYTES.FILES.").arg(escapeControls(oxum)));
        return;
    }
    m_oxumBytes = match.captured(1).toLongLong();
    m_oxumFiles = match.captured(2).toLongLong();
}

std::optional<Checker::Manifest>
Checker::parseManifest(const QString& file, crypto::Digest::Algorithm algorithm, bool payload)
{
    const auto bytes = readTagFile(file, kMaxManifestBytes);
    if (!bytes)
        return std::nullopt;
    Manifest manifest{file,
                      algorithm,
                      algorithm == crypto::Digest::Algorithm::Sha256 ? QStringLiteral("SHA-256")
                                                                     : QStringLiteral("SHA-512"),
                      {}};
    const qsizetype hexLength = algorithm == crypto::Digest::Algorithm::Sha256 ? 64 : 128;
    int reported = 0;
    const auto lineProblem = [&](Kind kind, const QString& path, const QString& detail) {
        if (++reported <= kMaxProblemsPerManifest)
            add(kind, path, detail);
    };
    qsizetype start = 0;
    int lineNumber = 0;
    while (start < bytes->size()) {
        qsizetype end = bytes->indexOf('\n', start);
        if (end < 0)
            end = bytes->size();
        QByteArray line = bytes->mid(start, end - start);
        start = end + 1;
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if (line.size() > kMaxManifestLineBytes) {
            lineProblem(Kind::Malformed, file,
                        Msg::tr("Line %1 is longer than %2 bytes.")
                            .arg(lineNumber)
                            .arg(kMaxManifestLineBytes));
            continue;
        }
        qsizetype gap = 0;
        while (gap < line.size() && line[gap] != ' ' && line[gap] != '\t')
            ++gap;
        const QByteArray digest = line.left(gap).toLower();
        qsizetype pathStart = gap;
        while (pathStart < line.size() && (line[pathStart] == ' ' || line[pathStart] == '\t'))
            ++pathStart;
        const QByteArray rawPath = line.mid(pathStart);
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]+$"));
        if (digest.size() != hexLength || !hex.match(QString::fromLatin1(digest)).hasMatch() ||
            rawPath.isEmpty()) {
            lineProblem(Kind::Malformed, file,
                        Msg::tr("Line %1 is not a %2 digest and a path.")
                            .arg(lineNumber)
                            .arg(manifest.algorithmName));
            continue;
        }
        const Name name = decodeName(rawPath);
        bool controls = false;
        for (const char c : rawPath)
            controls = controls || static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
        QString path = name.text;
        if (name.utf8) {
            // RFC 8493 2.1.3: only %0A, %0D and %25 are encoded.
            path.replace(QStringLiteral("%0A"), QStringLiteral("\n"), Qt::CaseInsensitive)
                .replace(QStringLiteral("%0D"), QStringLiteral("\r"), Qt::CaseInsensitive)
                .replace(QStringLiteral("%25"), QStringLiteral("%"));
        }
        bool unsafe = !name.utf8 || controls || name.text.startsWith(QLatin1Char('/')) ||
                      name.text.contains(QLatin1Char('\\'));
        if (!unsafe)
            for (const QString& segment : path.split(QLatin1Char('/')))
                unsafe = unsafe || segment.isEmpty() || segment == QLatin1String(".") ||
                         segment == QLatin1String("..");
        if (unsafe) {
            lineProblem(Kind::Unsafe, name.text,
                        Msg::tr("%1 lists a path that is not a plain path inside the package "
                                "(absolute, with '..', '\\', an empty part, a control character "
                                "or not UTF-8); it was not opened.")
                            .arg(file));
            continue;
        }
        if (payload != isPayloadPath(path)) {
            lineProblem(Kind::Malformed, path,
                        payload ? Msg::tr("%1 lists a file outside data/.").arg(file)
                                : Msg::tr("%1 lists a payload file.").arg(file));
            continue;
        }
        if (manifest.entries.contains(path)) {
            lineProblem(Kind::Malformed, path, Msg::tr("%1 lists it twice.").arg(file));
            continue;
        }
        manifest.entries.insert(path, digest);
    }
    return manifest;
}

void Checker::findManifests()
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("(tag)?manifest-([^/]+)\\.txt")));
    for (auto it = m_tree.files.cbegin(); it != m_tree.files.cend(); ++it) {
        const auto match = pattern.match(it.key());
        if (!match.hasMatch())
            continue;
        m_manifestFiles.insert(it.key());
        const bool tag = !match.captured(1).isEmpty();
        const QString algorithm = match.captured(2);
        std::optional<crypto::Digest::Algorithm> digest;
        if (algorithm == QLatin1String("sha256"))
            digest = crypto::Digest::Algorithm::Sha256;
        else if (algorithm == QLatin1String("sha512"))
            digest = crypto::Digest::Algorithm::Sha512;
        if (!digest) {
            add(Kind::Malformed, it.key(),
                Msg::tr("The algorithm \"%1\" is not supported: only sha256 and sha512.")
                    .arg(escapeControls(algorithm)));
            continue;
        }
        if (auto manifest = parseManifest(it.key(), *digest, !tag))
            (tag ? m_tagManifests : m_payloadManifests).append(std::move(*manifest));
    }
    if (m_payloadManifests.isEmpty() &&
        !m_manifestFiles.contains(QStringLiteral("manifest-sha256.txt")))
        add(Kind::Missing, QStringLiteral("manifest-sha256.txt"),
            Msg::tr("The package has no payload manifest."));
    if (!m_manifestFiles.contains(QLatin1String(kTagManifestFile)) &&
        !underUnsafe(QLatin1String(kTagManifestFile)))
        add(Kind::Missing, QLatin1String(kTagManifestFile),
            Msg::tr("The package has no such file: it is what the signatures cover."));
}

Result<std::optional<QHash<int, QByteArray>>>
Checker::digestFile(const QString& path, const QSet<int>& algorithms, bool countProgress)
{
    std::optional<QHash<int, QByteArray>> none;
    QHash<int, std::shared_ptr<crypto::Digest>> digests;
    for (const int algorithm : algorithms)
        digests.insert(algorithm, std::make_shared<crypto::Digest>(
                                      static_cast<crypto::Digest::Algorithm>(algorithm)));
    if (m_read.contains(path)) {
        QHash<int, QByteArray> out;
        for (auto it = digests.begin(); it != digests.end(); ++it) {
            it.value()->update(m_read.value(path));
            out.insert(it.key(), it.value()->finish());
        }
        return std::optional(out);
    }
    Fd fd = openInBag(m_root, path);
    if (!fd.valid())
        return none;
    ::posix_fadvise(fd.get(), 0, 0, POSIX_FADV_SEQUENTIAL);
    QByteArray buffer(kBlockBytes, Qt::Uninitialized);
    for (;;) {
        if (m_options.cancelled && m_options.cancelled())
            return makeError(ErrorCode::Cancelled, Msg::tr("The verification was cancelled."));
        const ssize_t n = ::read(fd.get(), buffer.data(), size_t(buffer.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return none;
        if (n == 0)
            break;
        for (auto& digest : digests)
            digest->update(buffer.constData(), qsizetype(n));
        if (countProgress) {
            m_done += n;
            if (m_options.progress)
                m_options.progress(m_done, std::max(m_done, m_total));
        }
    }
    QHash<int, QByteArray> out;
    for (auto it = digests.begin(); it != digests.end(); ++it)
        out.insert(it.key(), it.value()->finish());
    return std::optional(out);
}

// Compares the payload with its manifests: sizes first, then each listed
// file hashed once for all the manifests that list it.
Result<void> Checker::checkPayload()
{
    // The payload as found.
    for (auto it = m_tree.files.cbegin(); it != m_tree.files.cend(); ++it)
        if (isPayloadPath(it.key())) {
            ++m_result.payloadFiles;
            m_result.payloadBytes += it.value();
        }
    if (!m_tree.folders.contains(QLatin1String(kDataFolder)) &&
        !m_tree.unsafe.contains(QLatin1String(kDataFolder))) {
        if (m_tree.files.contains(QLatin1String(kDataFolder)))
            add(Kind::Malformed, QLatin1String(kDataFolder), Msg::tr("It is not a folder."));
        else
            add(Kind::Missing, QLatin1String(kDataFolder),
                Msg::tr("The package has no payload folder."));
    }
    // Sizes first: a payload that does not add up is flagged before anything
    // is read, and a file larger than the whole payload is never read.
    bool oxumDiffers = false;
    if (m_oxumBytes && !m_tree.unsafeInPayload &&
        (*m_oxumBytes != m_result.payloadBytes || *m_oxumFiles != m_result.payloadFiles)) {
        oxumDiffers = true;
        add(Kind::Altered, QLatin1String(kDataFolder),
            Msg::tr("bag-info.txt gives Payload-Oxum %1.%2 (bytes.files), the payload holds "
                    "%3.%4.")
                .arg(*m_oxumBytes)
                .arg(*m_oxumFiles)
                .arg(m_result.payloadBytes)
                .arg(m_result.payloadFiles));
    }

    QMap<QString, QSet<int>> listed; // path -> algorithms
    for (const Manifest& manifest : std::as_const(m_payloadManifests))
        for (auto it = manifest.entries.cbegin(); it != manifest.entries.cend(); ++it)
            listed[it.key()].insert(int(manifest.algorithm));
    for (auto it = m_tree.files.cbegin(); it != m_tree.files.cend(); ++it)
        if (isPayloadPath(it.key()) && !listed.contains(it.key()) && !m_payloadManifests.isEmpty())
            add(Kind::Added, it.key(), Msg::tr("No manifest lists it."));

    QStringList toHash;
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        const QString& path = it.key();
        if (underUnsafe(path))
            continue;
        if (!present(path)) {
            add(Kind::Missing, path, Msg::tr("A manifest lists it, but it is not there."));
            continue;
        }
        if (oxumDiffers && m_tree.files.value(path) > *m_oxumBytes) {
            add(Kind::Altered, path,
                Msg::tr("It is %1 bytes, more than the whole payload given in bag-info.txt; it "
                        "was not read.")
                    .arg(m_tree.files.value(path)));
            continue;
        }
        toHash.append(path);
        m_total += m_tree.files.value(path);
    }
    if (m_options.progress)
        m_options.progress(0, m_total);
    for (const QString& path : std::as_const(toHash)) {
        if (auto r = checkDigests(path, listed.value(path), m_payloadManifests, true); !r)
            return r;
    }
    return {};
}

Result<void> Checker::checkDigests(const QString& path, const QSet<int>& algorithms,
                                   const QList<Manifest>& manifests, bool countProgress)
{
    auto digests = digestFile(path, algorithms, countProgress);
    if (!digests)
        return digests.error();
    if (!digests->has_value()) {
        add(Kind::Unsafe, path, Msg::tr("It could not be read."));
        return {};
    }
    QStringList differs;
    for (const Manifest& manifest : manifests) {
        const auto expected = manifest.entries.constFind(path);
        if (expected != manifest.entries.cend() &&
            (*digests)->value(int(manifest.algorithm)).toHex() != expected.value())
            differs.append(
                Msg::tr("%1 differs from %2").arg(manifest.algorithmName, manifest.file));
    }
    if (!differs.isEmpty())
        add(Kind::Altered, path, differs.join(QStringLiteral("; ")));
    return {};
}

Result<void> Checker::checkTagFiles()
{
    QMap<QString, QSet<int>> listed;
    for (const Manifest& manifest : std::as_const(m_tagManifests))
        for (auto it = manifest.entries.cbegin(); it != manifest.entries.cend(); ++it)
            listed[it.key()].insert(int(manifest.algorithm));
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        const QString& path = it.key();
        if (underUnsafe(path))
            continue;
        if (!present(path)) {
            add(Kind::Missing, path, Msg::tr("The tag manifest lists it, but it is not there."));
            continue;
        }
        if (auto r = checkDigests(path, it.value(), m_tagManifests, false); !r)
            return r;
    }
    if (m_tagManifests.isEmpty())
        return {};
    const QSet<QString> exempt{QLatin1String(kSignatureFile), QLatin1String(kSshSignatureFile)};
    for (auto it = m_tree.files.cbegin(); it != m_tree.files.cend(); ++it)
        if (!isPayloadPath(it.key()) && !listed.contains(it.key()) &&
            !m_manifestFiles.contains(it.key()) && !exempt.contains(it.key()))
            add(Kind::Added, it.key(), Msg::tr("The tag manifest does not list it."));
    return {};
}

void Checker::checkSignatures()
{
    const auto pem = readTagFile(QLatin1String(kPublicKeyFile), kMaxTagFileBytes);
    const auto signature =
        readTagFile(QLatin1String(kSignatureFile), crypto::kEd25519SignatureLength * 16);
    const auto sshsig = readTagFile(QLatin1String(kSshSignatureFile), kMaxSshsigSize);
    if (pem) {
        auto key = crypto::ed25519PublicKeyFromPem(*pem);
        if (key) {
            m_result.signingKey = key.value();
            m_result.keyFingerprint = crypto::fingerprint(key.value());
        } else {
            add(Kind::Malformed, QLatin1String(kPublicKeyFile), key.error().message);
        }
    }
    // bag-info.txt names the key the package says it was signed with; a
    // package whose key was swapped for another says otherwise.
    const QString named = m_result.info(QStringLiteral("Agency-Key-Fingerprint"));
    if (!named.isEmpty() && !m_result.keyFingerprint.isEmpty() &&
        normalizedFingerprint(named) != normalizedFingerprint(m_result.keyFingerprint))
        add(Kind::BadSignature, QLatin1String(kPublicKeyFile),
            Msg::tr("Its fingerprint is %1, but bag-info.txt names the key %2.")
                .arg(m_result.keyFingerprint, named));
    const QString tagManifest = QLatin1String(kTagManifestFile);
    if (m_result.signingKey.isEmpty() || !m_read.contains(tagManifest))
        return; // nothing to check them with, or against: already a problem
    const QByteArray signed_ = m_read.value(tagManifest);
    if (signature) {
        if (signature->size() != crypto::kEd25519SignatureLength)
            add(Kind::BadSignature, QLatin1String(kSignatureFile),
                Msg::tr("It is %1 bytes, not a %2-byte Ed25519 signature.")
                    .arg(signature->size())
                    .arg(crypto::kEd25519SignatureLength));
        else if (crypto::ed25519Verify(m_result.signingKey, signed_, *signature))
            m_result.signatureValid = true;
        else
            add(Kind::BadSignature, QLatin1String(kSignatureFile),
                Msg::tr("It is not a signature of %1 by the key in %2.")
                    .arg(tagManifest, QLatin1String(kPublicKeyFile)));
    }
    if (sshsig) {
        auto signer = sshsigVerify(*sshsig, signed_, QLatin1String(kEvidenceSignatureNamespace));
        if (!signer)
            add(Kind::BadSignature, QLatin1String(kSshSignatureFile), signer.error().message);
        else if (signer.value() != m_result.signingKey)
            add(Kind::BadSignature, QLatin1String(kSshSignatureFile),
                Msg::tr("It was made by the key with fingerprint %1, not the key in %2.")
                    .arg(crypto::fingerprint(signer.value()), QLatin1String(kPublicKeyFile)));
        else
            m_result.sshSignatureValid = true;
    }
}

void Checker::checkAllowedSigners()
{
    const QString file = QLatin1String(kAllowedSignersFile);
    const auto bytes = readTagFile(file, kMaxTagFileBytes);
    if (!bytes || m_result.signingKey.isEmpty())
        return;
    bool ours = false;
    QStringList others;
    for (const QByteArray& rawLine : bytes->split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        // principals [options] ssh-ed25519 BASE64 [comment]: the key follows its type.
        const QList<QByteArray> words = line.simplified().split(' ');
        const qsizetype type = words.indexOf("ssh-ed25519");
        if (type < 0 || type + 1 >= words.size()) {
            others.append(Msg::tr("a line without an ssh-ed25519 key"));
            continue;
        }
        const auto blob = QByteArray::fromBase64Encoding(words[type + 1],
                                                         QByteArray::AbortOnBase64DecodingErrors);
        const QByteArray expected = sshEd25519PublicBlob(m_result.signingKey);
        if (blob && blob.decoded == expected) {
            ours = ours ||
                   line.contains(QByteArray("namespaces=\"") + kEvidenceSignatureNamespace + '"');
        } else {
            others.append(Msg::tr("another key"));
        }
    }
    if (!ours)
        add(Kind::BadSignature, file,
            Msg::tr("It does not name the key in %1 for the namespace %2, so ssh-keygen -Y "
                    "verify would not accept the package's signature.")
                .arg(QLatin1String(kPublicKeyFile), QLatin1String(kEvidenceSignatureNamespace)));
    else if (!others.isEmpty())
        add(Kind::BadSignature, file,
            Msg::tr("Besides the key in %1 it names %2.")
                .arg(QLatin1String(kPublicKeyFile), others.join(QStringLiteral(", "))));
}

void Checker::checkTrust()
{
    if (m_result.signingKey.isEmpty())
        return;
    for (const QByteArray& key : m_options.trustedKeys)
        m_result.keyTrusted = m_result.keyTrusted || key == m_result.signingKey;
    const QString wanted = normalizedFingerprint(m_options.trustedFingerprint);
    if (!wanted.isEmpty() && wanted == normalizedFingerprint(m_result.keyFingerprint))
        m_result.keyTrusted = true;
    if (!m_result.keyTrusted)
        add(Kind::UnknownKey, QLatin1String(kPublicKeyFile),
            Msg::tr("The package is signed by the key with fingerprint %1, which you have not "
                    "said you trust: compare it with the fingerprint your agency publishes, then "
                    "give that fingerprint with --fingerprint, or the agency's public key with "
                    "--key.")
                .arg(m_result.keyFingerprint));
}

Result<void> Checker::run()
{
    walk(::dup(m_root), QString(), 0);
    checkBagit();
    checkBagInfo();
    findManifests();
    if (auto r = checkPayload(); !r)
        return r;
    if (auto r = checkTagFiles(); !r)
        return r;
    checkSignatures();
    checkAllowedSigners();
    checkTrust();
    return {};
}

} // namespace

QString BagVerification::info(const QString& label) const
{
    for (const auto& [name, value] : bagInfo)
        if (name.compare(label, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

Result<BagVerification> verifyBag(const QString& directory, const BagVerifyOptions& options)
{
    Fd root(::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!root.valid()) {
        const int error = errno;
        if (error == ENOENT)
            return makeError(ErrorCode::NotFound,
                             Msg::tr("There is no folder %1.").arg(escapeControls(directory)));
        if (error == ENOTDIR)
            return makeError(ErrorCode::Invalid,
                             Msg::tr("%1 is not a folder: give the package's folder.")
                                 .arg(escapeControls(directory)));
        return makeError(ErrorCode::Io, Msg::tr("The folder %1 cannot be read: %2")
                                            .arg(escapeControls(directory),
                                                 QString::fromLocal8Bit(::strerror(error))));
    }
    BagVerification result;
    Checker checker(root.get(), options, result);
    if (auto r = checker.run(); !r)
        return r.error();
    return result;
}

QString describe(const BagProblem& problem)
{
    QString kind;
    switch (problem.kind) {
    case Kind::Altered:
        kind = Msg::tr("altered");
        break;
    case Kind::Missing:
        kind = Msg::tr("missing");
        break;
    case Kind::Added:
        kind = Msg::tr("added");
        break;
    case Kind::Unsafe:
        kind = Msg::tr("unsafe");
        break;
    case Kind::Malformed:
        kind = Msg::tr("malformed");
        break;
    case Kind::BadSignature:
        kind = Msg::tr("bad signature");
        break;
    case Kind::UnknownKey:
        kind = Msg::tr("unknown key");
        break;
    }
    if (problem.file.isEmpty())
        return Msg::tr("%1: %2").arg(kind, problem.detail);
    // Control characters written out; a backslash left as it is, so that a
    // name that is not UTF-8 reads data/\xff.jpg.
    QStringList parts = problem.file.split(QLatin1Char('\\'));
    for (QString& part : parts)
        part = escapeControls(part);
    return Msg::tr("%1: %2 (%3)").arg(kind, parts.join(QLatin1Char('\\')), problem.detail);
}

QString normalizedFingerprint(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char(' ') || c == QLatin1Char(':') || c == QLatin1Char('\t'))
            continue;
        out += c.toLower();
    }
    static const QRegularExpression hex(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{64}")));
    return hex.match(out).hasMatch() ? out : QString();
}

} // namespace alpr::evidence
