// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace alpr {

class SecureBytes;

// What checking every page's HMAC found.
struct PageAuthentication
{
    qint64 pages = 0;             // pages in the store file
    QList<qint64> failed;         // page numbers (from 1) whose HMAC does not match
    qint64 walFrames = 0;         // pages in the write-ahead log
    QList<qint64> failedWal;      // the page numbers of log frames whose HMAC does not match
    bool partialLastPage = false; // the file does not end on a page boundary

    bool intact() const { return failed.isEmpty() && failedWal.isEmpty() && !partialLastPage; }
};

// Checks the HMAC of every page of the store file and of every frame of its
// write-ahead log with the raw database key, as SQLCipher 3.4.1 lays them
// out (4096-byte pages; AES-256-CBC with a 16-byte IV and an HMAC-SHA1 over
// the ciphertext, the IV and the page number in the last 48 bytes; the HMAC
// key is PBKDF2-HMAC-SHA1 of the key over the file's salt XOR 0x3a, 2
// iterations). SQLCipher 3.4.1 has no cipher_integrity_check, and SQLite
// never reads a free page, so this is how every page gets read. Nothing is
// decrypted and nothing is written. Io when the file cannot be read.
Result<PageAuthentication> authenticatePages(const QString& storePath,
                                             const SecureBytes& databaseKey);

} // namespace alpr
