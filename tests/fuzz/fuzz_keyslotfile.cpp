// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
//
// The key-slot file reader. KeySlotFile::load() takes a path, so each input
// is written to a file in a private folder under /dev/shm (memory, not the
// disk) first. A file it accepts must survive save() and load() unchanged.
#include "auth/keyslotfile.h"
#include "fuzzcheck.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {

const QTemporaryDir& folder()
{
    static const QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                       ? QStringLiteral("/dev/shm/alpr-fuzz-XXXXXX")
                                       : QDir::tempPath() + QStringLiteral("/alpr-fuzz-XXXXXX"));
    FUZZ_CHECK(dir.isValid());
    return dir;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace alpr;
    const QString path = folder().filePath(QStringLiteral("store.alprdb.keys"));
    {
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        FUZZ_CHECK(file.write(reinterpret_cast<const char*>(data), qint64(size)) == qint64(size));
    }
    const auto loaded = KeySlotFile::load(path);
    if (!loaded) {
        FUZZ_CHECK(!loaded.error().message.isEmpty());
        return 0;
    }
    FUZZ_CHECK(bool(loaded->save()));
    const auto reloaded = KeySlotFile::load(path);
    FUZZ_CHECK(bool(reloaded));
    FUZZ_CHECK(reloaded->storeId() == loaded->storeId());
    FUZZ_CHECK(reloaded->usernames() == loaded->usernames());
    FUZZ_CHECK(reloaded->lockoutSeconds() == loaded->lockoutSeconds());
    FUZZ_CHECK(reloaded->failureRecordCount() == loaded->failureRecordCount());
    FUZZ_CHECK(reloaded->pendingEvents().size() == loaded->pendingEvents().size());
    FUZZ_CHECK(reloaded->droppedPendingEvents() == loaded->droppedPendingEvents());
    return 0;
}
