// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/result.h"

#include <QDate>
#include <QString>

namespace alpr {

// The longest note an inquiry may carry.
inline constexpr int kMaxNoteLength = 500;

// A free-text note goes into the access record, which auditors, records staff
// and (on a public records request) the public read. It must not carry
// personal identifiers: a note that holds what looks like a Social Security
// number or a date of birth is refused with a message that says which, and
// where. Dates that look like a birth date are dates written with a
// "DOB"/"born"/"birth" word near them, or dates at least ten years before
// `today` (an incident date is recent; a birth date is not).
Result<void> screenNote(const QString& note, const QDate& today);

} // namespace alpr
