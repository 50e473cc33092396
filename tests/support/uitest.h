// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once
// Helpers for widget tests: find a named child or stop the test, read the trail.

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"

#include <QObject>
#include <QString>

namespace alpr::test {

// The child with this object name (any child of the type when the name is
// empty); a missing one ends the test run with its name.
template <typename T> T* child(const QObject* parent, const QString& name = {})
{
    auto* w = parent->findChild<T*>(name);
    if (!w)
        qFatal("no child named %s", qPrintable(name));
    return w;
}

template <typename T> T* child(const QObject* parent, const char* name)
{
    return child<T>(parent, QString::fromLatin1(name));
}

// The events of one action in the trail, oldest first.
inline QList<AuditEvent> auditEvents(Session& session, const QString& action)
{
    AuditFilter filter;
    filter.action = action;
    auto list = trailOf(session).list(filter);
    return list ? list.value() : QList<AuditEvent>();
}

} // namespace alpr::test
