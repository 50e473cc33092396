// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "inquiry/canvass.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace alpr {
class Session;
}

namespace alpr::gui {

class CanvassWindowModel;
class CanvassPlateModel;
class CanvassSightingModel;

// Canvass: windows (a point, a radius and a time range) entered in a table,
// the plates seen in at least K of them, and the selected plate's sightings.
// A canvass is one audited search under a case number and a purpose. Talks
// only to core's CanvassService.
class CanvassPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvassPanel)

public:
    explicit CanvassPanel(Session& session, QWidget* parent = nullptr);
    ~CanvassPanel() override;

    // Fills in the case number and purpose (e.g. from the search bar).
    void setCase(const QString& caseNumber, const QString& purpose);
    // Puts the first window around a read's place and time (500 m, half an
    // hour either side) while that window is still empty.
    void startAround(const ReadRecord& read);
    // Runs the canvass in the table (what the Run button does).
    void runCanvass();

    qint64 lastSearchId() const { return m_searchId; }
    // A read of another list was opened: no sighting here is highlighted as
    // if it were the one shown.
    void clearOpened();

Q_SIGNALS:
    // A canvass was recorded and its results are shown.
    void canvassFinished(qint64 searchId);
    // The user opened a sighting (a click on its row, Enter or a double-click;
    // moving through the rows with the keyboard opens nothing): the read is
    // opened and its images viewed under searchId.
    void readOpened(const alpr::ReadRecord& read, qint64 searchId);

private:
    void showPlate(int row);
    void markHeldReads(const CanvassOutcome& outcome);
    void showError(const QString& message);
    void updateButtons();

    Session& m_session;
    CanvassService m_service;
    qint64 m_searchId = 0;

    QComboBox* m_case = nullptr;
    QComboBox* m_purpose = nullptr;
    QTableView* m_windowView = nullptr;
    CanvassWindowModel* m_windows = nullptr;
    QPushButton* m_addWindow = nullptr;
    QPushButton* m_removeWindow = nullptr;
    QSpinBox* m_minWindows = nullptr;
    QPushButton* m_run = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_plateView = nullptr;
    CanvassPlateModel* m_plates = nullptr;
    QTableView* m_sightingView = nullptr;
    CanvassSightingModel* m_sightings = nullptr;
};

} // namespace alpr::gui
