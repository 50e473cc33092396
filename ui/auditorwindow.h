// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "auditing/auditsample.h"
#include "cases/casepolicy.h"
#include "common/auditevent.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMainWindow>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace alpr {
class Session;
}

namespace alpr::gui {

// Audit events as the auditor's console lists them (the trail, a case).
class AuditEventModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditEventModel)

public:
    enum Column
    {
        Seq,
        Time,
        User,
        Action,
        Object,
        Case,
        Purpose,
        Outcome,
        Details,
        ColumnCount
    };

    explicit AuditEventModel(QObject* parent = nullptr);
    ~AuditEventModel() override;

    void setEvents(QList<AuditEvent> events);
    const QList<AuditEvent>& events() const { return m_events; }
    const AuditEvent* event(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AuditEvent> m_events;
};

// The items of one audit sample with the auditor's findings.
class SampleItemModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SampleItemModel)

public:
    enum Column
    {
        Item,
        Event,
        Time,
        User,
        Action,
        Case,
        Purpose,
        Query,
        Checks,
        Finding,
        ColumnCount
    };

    explicit SampleItemModel(QObject* parent = nullptr);
    ~SampleItemModel() override;

    void setItems(QList<SampleItem> items);
    const QList<SampleItem>& items() const { return m_items; }
    const SampleItem* item(int row) const;
    int rowOfItem(int item) const; // -1 when the sample has no such item

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SampleItem> m_items;
};

// The auditor's console (read-audit): the audit trail with its filters, CSV
// export and chain verification; audit samples with their worksheets and the
// memo to the Chief; everything done under one case; and, for an
// administrator (change-settings), the list of authorized purposes. Every
// action is a core call, so core checks the permission and records the
// access; core's refusals and errors are shown as they come.
class AuditorWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditorWindow)

public:
    explicit AuditorWindow(Session& session, QWidget* parent = nullptr);
    ~AuditorWindow() override;

    // --- Trail
    // The filter as the filter row sets it.
    AuditFilter currentFilter() const;
    // Lists the events the filter row selects (an "audit-list" access).
    bool applyFilter();
    // Writes the events listed (and the filter that listed them) as CSV.
    bool exportCsv(const QString& path);
    // Verifies the hash chain and shows the result.
    bool verifyTrail();

    // --- Samples
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

    // --- Case
    bool showCase(const QString& number);

    // --- Purposes (change-settings)
    void refreshPurposes();

    // The default period of a sample drawn now: the previous half-year for
    // searches, the previous quarter for image views.
    static QString defaultPeriod(SampleKind kind, const QDateTime& now);

private:
    QWidget* buildTrailTab();
    QWidget* buildSamplesTab();
    QWidget* buildCaseTab();
    QWidget* buildPurposesTab();
    QGroupBox* buildWorksheet();

    void trailSelectionChanged();
    void exportCsvClicked();
    void sampleKindChanged();
    void sampleSelectionChanged();
    void itemSelectionChanged();
    void showWorksheet(const SampleItem* item);
    void memoClicked();
    void purposeSelectionChanged();
    void savePurposeClicked();
    void togglePurposeActive();
    void clearPurposeForm();
    void fillPurposeCombo();

    static void setMessage(QLabel* label, bool ok, const QString& text);

    Session& m_session;
    QTabWidget* m_tabs = nullptr;

    // Trail
    QLineEdit* m_user = nullptr;
    QCheckBox* m_fromCheck = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QCheckBox* m_toCheck = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QLineEdit* m_case = nullptr;
    QComboBox* m_purpose = nullptr;
    QComboBox* m_action = nullptr;
    QLineEdit* m_plate = nullptr;
    QComboBox* m_outcome = nullptr;
    QSpinBox* m_limit = nullptr;
    AuditEventModel* m_trailModel = nullptr;
    QTableView* m_trailTable = nullptr;
    QPlainTextEdit* m_trailDetails = nullptr;
    QLabel* m_trailHash = nullptr;
    QLabel* m_trailPrevHash = nullptr;
    QLabel* m_trailCount = nullptr;
    QLabel* m_trailMessage = nullptr;
    QLabel* m_verifyResult = nullptr;
    AuditFilter m_listedFilter; // what the events listed were selected by

    // Samples
    QTableWidget* m_samples = nullptr;
    QComboBox* m_sampleKind = nullptr;
    QLineEdit* m_samplePeriod = nullptr;
    QSpinBox* m_sampleSize = nullptr;
    QLineEdit* m_sampleSeed = nullptr;
    QLabel* m_drawMessage = nullptr;
    QLabel* m_sampleHeader = nullptr;
    QLabel* m_sampleStatement = nullptr;
    SampleItemModel* m_itemModel = nullptr;
    QTableView* m_itemTable = nullptr;
    QGroupBox* m_worksheetBox = nullptr;
    QLabel* m_itemHeading = nullptr;
    QLabel* m_checkCaseFormat = nullptr;
    QLabel* m_checkCaseOnRecord = nullptr;
    QLabel* m_checkPurposeListed = nullptr;
    QLabel* m_checkPurposeActive = nullptr;
    QLabel* m_checkDataErrors = nullptr;
    QComboBox* m_caseReal = nullptr;
    QComboBox* m_purposeAuthorized = nullptr;
    QComboBox* m_queryConsistent = nullptr;
    QComboBox* m_finding = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_reviewed = nullptr;
    QPushButton* m_saveFinding = nullptr;
    QLabel* m_worksheetMessage = nullptr;
    QPushButton* m_memoButton = nullptr;
    QCheckBox* m_memoCsv = nullptr;
    QLabel* m_memoMessage = nullptr;
    std::optional<AuditSample> m_sample;
    int m_item = 0;          // the item the worksheet shows; 0 = none
    QString m_periodDefault; // the period the kind last filled in

    // Case
    QLineEdit* m_caseNumber = nullptr;
    QLabel* m_caseTitle = nullptr;
    QLabel* m_caseFirstUse = nullptr;
    QLabel* m_caseCounts = nullptr;
    QLabel* m_caseUsers = nullptr;
    QLabel* m_caseMessage = nullptr;
    AuditEventModel* m_caseModel = nullptr;
    QTableView* m_caseTable = nullptr;
    QPlainTextEdit* m_caseDetails = nullptr;

    // Purposes
    QWidget* m_purposesTab = nullptr;
    QTableWidget* m_purposes = nullptr;
    QList<Purpose> m_purposeList;
    QLineEdit* m_purposeCode = nullptr;
    QLineEdit* m_purposeDescription = nullptr;
    QLineEdit* m_purposePolicyRef = nullptr;
    QPushButton* m_purposeActiveButton = nullptr;
    QLabel* m_purposesMessage = nullptr;
};

} // namespace alpr::gui
