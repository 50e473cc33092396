// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "common/auditevent.h"
#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace alpr {

// Anchors of the audit trail: its signed head, sent where a user of the store
// cannot rewrite it. The target is a setting (kAnchorTargetSetting):
//   "syslog"            the local syslog socket /dev/log (the default when it exists)
//   "unix:/path"        a Unix datagram socket (rsyslog's imuxsock, or a test's)
//   "udp:host:port"     a remote syslog server (RFC 5426)
//   "off"               no anchors (verification then says the whole tail is unanchored)
// Each anchor is one RFC 5424 syslog message (facility authpriv, severity
// info) whose text starts with "ALPR-ANCHOR", so that it can be found in the
// log files of any syslog server and given back to `audit verify --anchors`.
namespace trailanchors {

inline constexpr const char* kAnchorTargetSetting = "audit.anchor_target";

// Checks a target's form; Invalid names what is wrong.
Result<void> checkTarget(const QString& target);
// The default target: "syslog" when /dev/log exists, else "off".
QString defaultTarget();

// The syslog message's text (without the syslog header).
QByteArray messageText(const TrailAnchor& anchor);
// Sends one anchor; Io when the target cannot be reached. "off" sends nothing.
Result<void> send(const QString& target, const TrailAnchor& anchor);

// Every anchor in text (a syslog file, or what a test's socket received),
// wherever it is on its line; lines that are not anchors are skipped, and so
// are anchors that cannot be parsed (their count in *unreadable).
QList<TrailAnchor> parse(const QByteArray& text, qint64* unreadable = nullptr);

} // namespace trailanchors

} // namespace alpr
