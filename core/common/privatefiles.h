// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QString>

class QFileDevice;

namespace alpr {

// Every file the program writes (the store, its -wal and -shm, the key slots,
// CSV, PDF and image outputs) is readable and writable by its owner only
// (0600), and every folder it creates is 0700, whatever the umask. On a
// filesystem without modes (FAT on removable media) a file keeps what the
// medium supports.

// Sets the process umask to 077, so that files other code creates (SQLite's
// -wal, -shm and journal files, temporary files) start owner-only too.
// Called from protectProcessSecrets(), first thing in both programs.
void keepNewFilesOwnerOnly();

// Makes an open file 0600. Call it right after open() and before writing;
// for a QSaveFile that is the temporary file, whose mode the rename keeps.
// Io, naming the file, when the filesystem has modes and refuses.
[[nodiscard]] Result<void> makeOwnerOnly(QFileDevice& file);
// The same for a file by its path (the store, after SQLite created it).
[[nodiscard]] Result<void> makeOwnerOnly(const QString& path);
// Creates the folder and every missing parent, each 0700; folders that
// already exist are left as they are.
[[nodiscard]] Result<void> makeOwnerOnlyFolders(const QString& path);

// fsync() of a file or a folder by its path: what was written to it, or the
// names made or renamed in it, reach the disk. Io, naming it, on failure.
[[nodiscard]] Result<void> syncToDisk(const QString& path);
// syncToDisk() of the folder that holds path, after a rename into it.
[[nodiscard]] Result<void> syncFolderOf(const QString& path);

} // namespace alpr
