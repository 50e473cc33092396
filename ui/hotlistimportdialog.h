// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "hits/hotlists.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace alpr {
class Session;
}

namespace alpr::gui {

// Imports a file into a general list (alprctl hotlist import): the file, its
// format (recognised from the content unless chosen) and whether the list
// may shrink by more than half. Core opens, parses and loads the file; its
// refusal (the file, the line and what is wrong, or the shrink refusal) is
// shown whole in the dialog, which stays open.
class HotListImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HotListImportDialog)

public:
    HotListImportDialog(Session& session, const QString& list, QWidget* parent = nullptr);
    ~HotListImportDialog() override;

    // What the import loaded, after it was accepted.
    const ImportCounts& counts() const { return m_counts; }
    // The counts as a sentence for the page.
    static QString describe(const ImportCounts& counts);

private:
    void chooseFile();
    void runImport();

    Session& m_session;
    QString m_list;
    ImportCounts m_counts;
    QLineEdit* m_file = nullptr;
    QComboBox* m_format = nullptr;
    QCheckBox* m_allowShrink = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace alpr::gui
