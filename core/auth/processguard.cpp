// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auth/processguard.h"

#include "common/crypto.h"
#include "common/privatefiles.h"

#include <sys/prctl.h>
#include <sys/resource.h>

#include <cstring>

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

HiddenArguments::HiddenArguments(int argc, char* argv[]) : m_arguments(argv, argv + argc)
{
    for (std::string& argument : m_arguments)
        m_pointers.push_back(argument.data());
    m_pointers.push_back(nullptr);
    for (int i = 1; i < argc; ++i) {
        char* scheme = std::strstr(argv[i], "://");
        if (!scheme || !std::strstr(argv[i], "postgres"))
            continue;
        char* authority = scheme + 3;
        char* end = authority + std::strcspn(authority, "/?#");
        char* at = static_cast<char*>(std::memchr(authority, '@', std::size_t(end - authority)));
        char* colon =
            at ? static_cast<char*>(std::memchr(authority, ':', std::size_t(at - authority)))
               : nullptr;
        if (colon)
            std::memset(colon + 1, 'x', std::size_t(at - colon - 1));
    }
}

} // namespace alpr
