// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QLabel>

class QTimer;

namespace alpr {
class Session;
}

namespace alpr::gui {

// The status bar's word on stale hot lists: names the general lists whose
// extract is older than the stale setting (HotLists::staleLists), so hits
// on them are not taken for current. Hidden when none is stale. Refreshes
// itself every few minutes and on refresh().
class StaleListsLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaleListsLabel)

public:
    explicit StaleListsLabel(Session& session, QWidget* parent = nullptr);
    ~StaleListsLabel() override;

    // Whether the user may see hot lists, and so this label.
    static bool mayShow(const Session& session);

    void refresh();

private:
    Session& m_session;
    QTimer* m_timer = nullptr;
};

} // namespace alpr::gui
