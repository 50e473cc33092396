// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#pragma once

#include <QList>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace alpr {
class Alerts;
class Session;
struct Error;
} // namespace alpr

namespace alpr::gui {

class AlertQueueModel;
class HitChecklistDialog;

// The Alerts tab (users with verify-hit): the open hits newest first, taken
// under a CAD incident number before anyone works them, released, and
// opened in the checklist. New alerts and escalated ones are announced (a
// beep that the Sound box turns off; covert lists never announce). The
// window refreshes it when the store changes; it sweeps idle holds and late
// alerts every 30 seconds.
class AlertsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsPanel)

public:
    explicit AlertsPanel(Session& session, QWidget* parent = nullptr);
    ~AlertsPanel() override;

    Alerts& alerts() { return *m_alerts; }
    const AlertQueueModel& queue() const { return *m_model; }
    int untakenCount() const;
    // The checklist window open now, if any.
    HitChecklistDialog* checklist() const;

    // Reads the queue again (after the store changed): sweeps first, then
    // announces what is new.
    void refresh();
    // Idle holds released, late alerts escalated (and announced again).
    void sweep();
    // Every hit this user holds goes back to the queue (signed-out, locked).
    void releaseMine(const QString& reason);
    // Takes the highlighted alert under the incident number typed, then opens its checklist.
    void takeSelected();
    void releaseSelected();
    void openChecklist(qint64 hitId);

Q_SIGNALS:
    void untakenCountChanged(int count);
    // New or escalated alerts of lists that announce (sounded unless Sound is off).
    void announced(const QList<qint64>& hitIds);

private:
    void showQueue();
    void announce(const QList<qint64>& hitIds);
    void markHeldReads();
    void updateButtons();
    void say(const QString& text, bool error);
    // A refresh failed (the store unreachable): said until a refresh works.
    void sayRefreshFailed(const Error& error);
    qint64 selectedHit() const;

    Session& m_session;
    std::unique_ptr<Alerts> m_alerts;
    AlertQueueModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_incident = nullptr;
    QPushButton* m_take = nullptr;
    QPushButton* m_release = nullptr;
    QPushButton* m_open = nullptr;
    QCheckBox* m_sound = nullptr;
    QLabel* m_message = nullptr;
    QTimer* m_sweep = nullptr;
    QPointer<HitChecklistDialog> m_checklist;
    QSet<qint64> m_known;     // hits this panel has shown (announced when they came)
    QSet<qint64> m_escalated; // escalations already announced
    int m_lastCount = -1;
    bool m_saysRefreshFailed = false;
};

} // namespace alpr::gui
