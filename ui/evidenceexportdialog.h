// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "cases/casepolicy.h"
#include "evidence/evidenceexport.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace alpr {
class Session;
}

namespace alpr::gui {

// Export evidence (records staff): the reads chosen (search results, or the
// read of a hit) as a signed evidence package in a folder of a medium, under
// a case number and a purpose as for a search (prefilled from the search,
// editable). The export runs on this thread, which owns the store, with a
// progress dialog whose Cancel stops it between files; core reads the
// package back from the medium before it counts, and a failed or cancelled
// export leaves nothing behind and is on record.
class EvidenceExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceExportDialog)

public:
    // request: the reads (readIds or hitId), the case and the purpose to
    // prefill; its target and derivatives are the fields' first values.
    EvidenceExportDialog(Session& session, const EvidenceRequest& request,
                         QWidget* parent = nullptr);
    ~EvidenceExportDialog() override;

    // Runs the export with the fields as they are (what Export does).
    void runExport();
    // The package made, once an export succeeded.
    const std::optional<ExportedPackage>& exported() const { return m_exported; }

    // Where a new dialog suggests the package goes: the user's removable
    // media folder (/media/$USER) when there is one.
    static QString suggestedFolder();

private:
    void browse();
    void updateState();
    // What Export would be refused for (case, purpose, folder); empty when nothing.
    QString problem() const;
    void showResult(const QString& text, bool error);

    Session& m_session;
    EvidenceRequest m_request;
    std::optional<CasePolicy> m_policy;
    std::optional<ExportedPackage> m_exported;
    bool m_running = false;

    QLabel* m_source = nullptr;
    QLineEdit* m_case = nullptr;
    QComboBox* m_purpose = nullptr;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_browse = nullptr;
    QCheckBox* m_derivatives = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace alpr::gui
