// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QString>

namespace alpr {

// One file as written: its path in the package ("data/reads.csv") and digests.
struct WrittenFile
{
    QString path;
    qint64 size = 0;
    QByteArray sha256; // raw
    QByteArray sha512; // raw
};

// Writes a package folder onto a medium so that nothing is claimed that is
// not on it: into a hidden folder (".<name>.partial") beside where it goes,
// the medium synced (syncfs) and the folders too, the hidden folder renamed
// into place; then every file read back past the page cache
// (POSIX_FADV_DONTNEED after the sync) and compared with what was written.
// Names are plain ASCII (FAT and exFAT take them as they are). Any failure
// removes what was written; so does destroying a writer that did not finish.
class PackageWriter final
{
    Q_DECLARE_TR_FUNCTIONS(alpr::PackageWriter)

public:
    ~PackageWriter();
    PackageWriter(PackageWriter&& other) noexcept;
    PackageWriter& operator=(PackageWriter&&) = delete;
    PackageWriter(const PackageWriter&) = delete;

    // Checks that target is a writable folder with room for bytesNeeded
    // (and a margin), and that name is not taken there; makes the hidden folder.
    static Result<PackageWriter> begin(const QString& target, const QString& name,
                                       qint64 bytesNeeded);

    // Writes one file (its folders made as needed); its digests are
    // computed meanwhile on another thread (files()). finish() syncs it.
    Result<void> write(const QString& path, const QByteArray& bytes);
    // Syncs every folder, renames the hidden folder into place, syncs the target.
    Result<void> finish();
    // Reads back every file written, past the page cache, and compares it
    // byte for byte by its SHA-256; Io naming the first file that differs
    // or cannot be read. After finish().
    Result<void> readBack();
    // Removes the package (hidden or in place); what was written is gone.
    void discard();
    // The package stays where it is when the writer goes.
    void keep() { m_keep = true; }

    QString folder() const; // where the package is now
    QString finalFolder() const { return m_final; }
    // Every file written, in the order written, with its digests (waits
    // for those still being computed).
    const QList<WrittenFile>& files();

private:
    PackageWriter(QString partial, QString final);

    QString m_partial;
    QString m_final;
    QStringList m_folders; // made under the package, relative, in creation order
    QList<WrittenFile> m_files;
    QList<QFuture<WrittenFile>> m_pending; // digests still being computed, oldest first
    bool m_finished = false;
    bool m_keep = false;
    int m_syncFd = -1; // the target folder, for syncfs()
};

} // namespace alpr
