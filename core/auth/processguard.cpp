// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/processguard.h"

#include "common/crypto.h"
#include "common/privatefiles.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace alpr {

void protectProcessSecrets()
{
#ifdef NDEBUG
    const rlimit none{0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
    crypto::enableSecureHeap(1 << 20);
    // Files that libraries create (SQLite's -wal, -shm and journal) start
    // owner-only as well; the program's own writers set 0600 themselves.
    keepNewFilesOwnerOnly();
}

} // namespace alpr
