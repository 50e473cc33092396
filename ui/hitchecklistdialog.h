// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include "hits/alerts.h"

#include <QDialog>
#include <QImage>
#include <QList>
#include <QMap>

class QButtonGroup;
class QComboBox;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QToolButton;

namespace alpr {
class Session;
}

namespace alpr::gui {

class ZoomImageView;

// The verification checklist of one hit the user holds: the plate's images
// (the crop enhanced, rectified from the overview where the camera gave the
// corners, the overview; zoomed as in the image window) beside the steps,
// each enabled once the one before is done and sent to core at once: the
// plate character by character, the state, the vehicle, the list's
// currency, the CLETS result; then the decision, and after a confirmation
// the disposition. A refusal from core is shown as core words it.
class HitChecklistDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HitChecklistDialog)

public:
    HitChecklistDialog(Session& session, Alerts& alerts, qint64 hitId, QWidget* parent = nullptr);
    ~HitChecklistDialog() override;

    qint64 hitId() const { return m_hitId; }
    // The image shown now (tests).
    const ZoomImageView& imageView() const { return *m_image; }

Q_SIGNALS:
    // A step, the decision or the disposition was recorded.
    void hitChanged(qint64 hitId);

private:
    enum class Shown
    {
        Plate,
        Rectified,
        Overview,
        Vehicle
    };
    void load();
    QWidget* buildImages();
    QWidget* buildSteps();
    QGroupBox* buildCharacters();
    QGroupBox* buildState();
    QGroupBox* buildVehicle();
    QGroupBox* buildCurrency();
    QGroupBox* buildClets();
    QGroupBox* buildDecision();
    void showImage(Shown which);
    void updateSteps();
    void cycleMark(int position);
    void paintMark(int position);
    // A core call's outcome: its refusal in the message line, or done.
    // A result a dispatcher must not miss (a character or the state differs) stands out.
    bool recorded(const Result<void>& result, const QString& done, bool notable = false);
    // The first step not done yet (the decision after them), scrolled into sight.
    void showNextStep();
    void copyConfirmation();
    void printConfirmation();

    Session& m_session;
    Alerts& m_alerts;
    qint64 m_hitId;
    HitChecklist m_checklist;
    bool m_loaded = false;
    bool m_held = false;
    QString m_status; // the hit's status as this window last recorded it
    QList<bool> m_done;
    QList<int> m_marks; // per character: 0 unmarked, 1 the same, 2 differs
    QMap<Shown, QImage> m_images;

    QLabel* m_title = nullptr;
    QLabel* m_message = nullptr;
    ZoomImageView* m_image = nullptr;
    QLabel* m_imageCaption = nullptr;
    QButtonGroup* m_imageButtons = nullptr;
    QScrollArea* m_scroll = nullptr;
    QList<QGroupBox*> m_steps;
    QList<QToolButton*> m_markButtons;
    QPushButton* m_recordCharacters = nullptr;
    QComboBox* m_cletsResult = nullptr;
    QLineEdit* m_cletsReference = nullptr;
    QDateTimeEdit* m_cletsTime = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_reject = nullptr;
    QComboBox* m_rejectReason = nullptr;
    QLineEdit* m_note = nullptr;
    QGroupBox* m_decision = nullptr;
    QGroupBox* m_disposition = nullptr;
    QComboBox* m_outcome = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_export = nullptr; // records staff only: a confirmed hit's read as evidence
};

} // namespace alpr::gui
