// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <string>
#include <vector>

namespace alpr {

// Called first thing in main(): no core dump may carry a key, a password or a
// plate (release builds), secrets live on OpenSSL's locked, guarded heap, and
// the umask is 077 so every file created is owner-only (common/privatefiles.h).
void protectProcessSecrets();

// The program's arguments with the password of a postgresql:// address hidden
// from others: the program works on this copy, and the process's own argument
// memory, which ps and /proc/PID/cmdline show to every user, gets x's in the
// password's place.
class HiddenArguments final
{
public:
    HiddenArguments(int argc, char* argv[]);
    HiddenArguments(const HiddenArguments&) = delete;
    HiddenArguments& operator=(const HiddenArguments&) = delete;
    char** argv() { return m_pointers.data(); }

private:
    std::vector<std::string> m_arguments;
    std::vector<char*> m_pointers;
};

} // namespace alpr
