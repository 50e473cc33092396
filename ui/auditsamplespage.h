// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "auditing/auditsample.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace alpr {
class Session;
}

namespace alpr::gui {

class SampleItemModel;
class SampleListModel;
class WorksheetBox;

// The auditor's console, Samples page: the audit samples drawn and drawing
// one, the items of the selected sample with the worksheet of one, and the
// memo to the Chief.
class AuditSamplesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditSamplesPage)

public:
    explicit AuditSamplesPage(Session& session, QWidget* parent = nullptr);
    ~AuditSamplesPage() override;

    void refreshSamples();
    // Draws a sample as the "Draw sample" group sets it, and selects it.
    bool drawSample();
    // Loads a sample and shows its items; false when it cannot be loaded.
    bool selectSample(qint64 sampleId);
    qint64 currentSampleId() const { return m_sample ? m_sample->id : 0; }
    const std::optional<AuditSample>& currentSample() const { return m_sample; }
    // Shows the worksheet of an item of the current sample.
    bool selectItem(int item);
    // Saves the worksheet shown; on an error the form keeps what was typed.
    bool saveFinding();
    // Writes the memo for the current sample (PDF; CSV when csvPath is set).
    bool writeMemo(const QString& pdfPath, const QString& csvPath);

    // The default period of a sample drawn now: the previous half-year for
    // searches, the previous quarter for image views.
    static QString defaultPeriod(SampleKind kind, const QDateTime& now);

Q_SIGNALS:
    // The auditor asked to see the case a sampled event was made under.
    void caseRequested(const QString& number);

private:
    void sampleKindChanged();
    void sampleSelectionChanged();
    void itemSelectionChanged();
    void memoClicked();

    Session& m_session;
    SampleListModel* m_sampleModel = nullptr;
    QTableView* m_samples = nullptr;
    QComboBox* m_sampleKind = nullptr;
    QLineEdit* m_samplePeriod = nullptr;
    QSpinBox* m_sampleSize = nullptr;
    QLineEdit* m_sampleSeed = nullptr;
    QLabel* m_drawMessage = nullptr;
    QLabel* m_sampleHeader = nullptr;
    QLabel* m_sampleStatement = nullptr;
    SampleItemModel* m_itemModel = nullptr;
    QTableView* m_itemTable = nullptr;
    WorksheetBox* m_worksheet = nullptr;
    QPushButton* m_memoButton = nullptr;
    QCheckBox* m_memoCsv = nullptr;
    QLabel* m_memoMessage = nullptr;
    std::optional<AuditSample> m_sample;
    QString m_periodDefault; // the period the kind last filled in
};

} // namespace alpr::gui
