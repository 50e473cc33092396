// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

// The store and the audit trail behind a signed-in Session, for core's use
// cases only. ui/ and app/ do not link the store or the trail layer (the
// layer check holds them to it), so they reach data only through the use
// cases, which check the permission and write the record.

namespace alpr {

class AuditLog;
class DepartmentLink;
class Session;
class Store;

Store& storeOf(Session& session);
AuditLog& trailOf(Session& session);
// The department store's connection, for a session where isDepartment().
DepartmentLink& departmentOf(Session& session);

} // namespace alpr
