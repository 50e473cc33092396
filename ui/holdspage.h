// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "retention/legalholds.h"

#include <QList>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace alpr {
class Session;
}

namespace alpr::gui {

// Legal holds (records staff, administrators, auditors): the active ones,
// newest first (all with "Show released"), those past their review date
// marked, and the reads of the one chosen by id. Records staff and
// administrators release a hold with a note; nothing releases one by
// itself. Read-only in the auditor's console.
class HoldsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HoldsPage)

public:
    enum Column
    {
        Id,
        Case,
        Reason,
        Party,
        Review,
        Source,
        Reads,
        PlacedBy,
        Placed,
        ReleasedBy,
        Released,
        ReleaseNote,
        ColumnCount
    };

    explicit HoldsPage(Session& session, bool readOnly = false, QWidget* parent = nullptr);
    ~HoldsPage() override;

    // Whether this user may list the holds at all.
    static bool mayShow(const Session& session);

    const QList<LegalHold>& holds() const { return m_holds; }
    // Reads the list again, keeping the hold selected.
    void refresh();
    // Selects the hold and shows it with its reads; false when it is not listed.
    bool select(qint64 id);
    // Releases the selected hold with this note, as Release… does once the
    // note is given; false (and core's refusal shown) when it is refused.
    bool releaseSelected(const QString& note);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showSelected();
    void updateButtons();
    void askRelease();
    const LegalHold* selected() const;
    void setPageMessage(bool ok, const QString& text);

    Session& m_session;
    bool m_readOnly = false;
    QList<LegalHold> m_holds;
    QSet<qint64> m_due;
    QCheckBox* m_showReleased = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QPushButton* m_release = nullptr;
};

} // namespace alpr::gui
