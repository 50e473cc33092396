// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace alpr {
class Session;
}

namespace alpr::gui {

class EvidencePackageModel;

// Evidence packages (records staff, auditors, administrators): the last 200
// exported, newest first, and how each ended; Details (or a double-click)
// shows one as the store remembers it with its chain of custody, Verify…
// checks its folder. Records staff record custody; the log prints as a PDF.
class EvidencePackagesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidencePackagesPage)

public:
    explicit EvidencePackagesPage(Session& session, QWidget* parent = nullptr);
    ~EvidencePackagesPage() override;

    const EvidencePackageModel& packages() const { return *m_model; }
    // Reads the list again (after an export).
    void refresh();
    // Shows the details of the package in this row of packages().
    void showDetails(int row);
    // The package whose details are shown (empty when none).
    const QString& shownPackage() const { return m_shown; }
    // Records custody of the shown package, as the dialog does once filled in.
    void recordCustody();

Q_SIGNALS:
    // A legal hold was placed on the reads of a package.
    void holdPlaced(qint64 holdId);

private:
    void placeHold();
    void verifySelected();
    void showCustody();
    void printCustody();
    int selectedRow() const;
    void updateButtons();

    Session& m_session;
    EvidencePackageModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_message = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QPushButton* m_detailsButton = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_placeHold = nullptr;
    QTableWidget* m_custody = nullptr;
    QLabel* m_custodyMessage = nullptr;
    QPushButton* m_recordCustody = nullptr;
    QPushButton* m_printCustody = nullptr;
    QString m_shown;
};

} // namespace alpr::gui
