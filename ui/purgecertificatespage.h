// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "retention/retentionpurge.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace alpr {
class Session;
}

namespace alpr::gui {

// The certificates of the retention purges (auditors, administrators): the
// last 200 finished purges, newest first, and the certificate of the one
// chosen as text, saved as a PDF for the Custodian of Records or as a CSV of
// the removed read ids. Administrators may run a purge now, after its dry
// run is shown and confirmed.
class PurgeCertificatesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurgeCertificatesPage)

public:
    enum Column
    {
        Id,
        Finished,
        By,
        Reads,
        Images,
        Continues,
        Sha256,
        ColumnCount
    };

    explicit PurgeCertificatesPage(Session& session, QWidget* parent = nullptr);
    ~PurgeCertificatesPage() override;

    // Whether this user may read the certificates.
    static bool mayShow(const Session& session);

    const QList<PurgeRun>& runs() const { return m_runs; }
    // Reads the list again, keeping the purge selected.
    void refresh();
    // Selects the purge and shows its certificate; false when it is not listed.
    bool select(qint64 id);
    // Writes the selected certificate, as Save PDF…/Save CSV… do once the
    // file is chosen; false (and the reason shown) when it fails.
    bool saveSelected(const QString& path, bool pdf);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showSelected();
    void updateButtons();
    void askSave(bool pdf);
    void runPurge();
    const PurgeRun* selected() const;
    void setPageMessage(bool ok, const QString& text);

    Session& m_session;
    QList<PurgeRun> m_runs;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_savePdf = nullptr;
    QPushButton* m_saveCsv = nullptr;
    QPushButton* m_run = nullptr;
};

} // namespace alpr::gui
