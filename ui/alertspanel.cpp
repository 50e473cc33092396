// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "alertspanel.h"
#include "alertqueuemodel.h"
#include "errortext.h"
#include "hitchecklistdialog.h"
#include "sentence.h"

#include "auth/session.h"
#include "cases/casepolicy.h"
#include "common/clock.h"
#include "hits/alerts.h"
#include "retention/legalholds.h"

#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace alpr::gui {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kSweepSeconds = 30;
}

AlertsPanel::AlertsPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_alerts(std::make_unique<Alerts>(session))
{
    setObjectName(u"alertsPanel"_s);
    auto* layout = new QVBoxLayout(this);

    auto* bar = new QHBoxLayout;
    m_incident = new QLineEdit(this);
    m_incident->setObjectName(u"incidentEdit"_s);
    m_incident->setToolTip(tr("The CAD incident number the alert is verified under"));
    if (auto policy = CasePolicy::load(m_session))
        m_incident->setPlaceholderText(
            tr("Incident no., e.g. %1").arg(policy->caseNumberExample()));
    else
        m_incident->setPlaceholderText(tr("Incident no."));
    m_incident->setMinimumWidth(150);
    m_take = new QPushButton(tr("&Take"), this);
    m_take->setObjectName(u"takeButton"_s);
    m_take->setToolTip(tr("Work the highlighted alert under the incident number; nobody else "
                          "can work it until it is released"));
    m_release = new QPushButton(tr("&Release"), this);
    m_release->setObjectName(u"releaseButton"_s);
    m_release->setToolTip(tr("Give the alert back to the queue"));
    m_open = new QPushButton(tr("Open &checklist"), this);
    m_open->setObjectName(u"openChecklistButton"_s);
    m_sound = new QCheckBox(tr("&Sound"), this);
    m_sound->setObjectName(u"soundCheck"_s);
    m_sound->setChecked(true);
    m_sound->setToolTip(tr("Beep when a new alert arrives or one is escalated"));
    bar->addWidget(m_incident, 1);
    bar->addWidget(m_take);
    bar->addWidget(m_release);
    bar->addWidget(m_open);
    bar->addStretch();
    bar->addWidget(m_sound);
    layout->addLayout(bar);

    m_message = new QLabel(this);
    m_message->setObjectName(u"alertsMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_model = new AlertQueueModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"alertsView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);

    connect(m_take, &QPushButton::clicked, this, &AlertsPanel::takeSelected);
    connect(m_incident, &QLineEdit::returnPressed, this, &AlertsPanel::takeSelected);
    connect(m_release, &QPushButton::clicked, this, &AlertsPanel::releaseSelected);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedHit())
            openChecklist(id);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const HitRecord* h = m_model->hit(index.row());
        if (h && h->takenBy == m_session.user().username)
            openChecklist(h->id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AlertsPanel::updateButtons);

    m_sweep = new QTimer(this);
    m_sweep->setObjectName(u"alertsSweepTimer"_s);
    m_sweep->setInterval(kSweepSeconds * 1000);
    connect(m_sweep, &QTimer::timeout, this, &AlertsPanel::refresh);
    m_sweep->start();
    refresh();
}

AlertsPanel::~AlertsPanel() = default;

HitChecklistDialog* AlertsPanel::checklist() const
{
    return m_checklist;
}

int AlertsPanel::untakenCount() const
{
    return m_model->untakenCount();
}

qint64 AlertsPanel::selectedHit() const
{
    const HitRecord* h = m_model->hit(m_view->currentIndex().row());
    return h ? h->id : 0;
}

void AlertsPanel::say(const QString& text, bool error)
{
    m_message->setText(asSentence(text));
    m_message->setStyleSheet(error ? u"QLabel { color: #8a1c1c; font-weight: bold; }"_s
                                   : QString());
    m_message->setVisible(!text.isEmpty());
    m_saysRefreshFailed = false;
}

void AlertsPanel::sayRefreshFailed(const Error& error)
{
    say(errorText(error), true);
    m_saysRefreshFailed = true;
}

void AlertsPanel::sweep()
{
    // The hits escalated just now are in the queue with their time; showQueue announces them.
    if (auto escalated = m_alerts->sweep(); !escalated)
        sayRefreshFailed(escalated.error());
    else if (m_saysRefreshFailed)
        say({}, false); // over (the connection is back): the queue shows the rest
    showQueue();
}

void AlertsPanel::refresh()
{
    sweep();
}

void AlertsPanel::showQueue()
{
    auto hits = m_alerts->queue();
    if (!hits) {
        sayRefreshFailed(hits.error());
        return;
    }
    const qint64 selected = selectedHit();
    QList<qint64> fresh;
    for (const HitRecord& h : hits.value()) {
        bool announceIt = !m_known.contains(h.id);
        m_known.insert(h.id);
        // An escalation not yet announced here (this sweep's, or another
        // workstation's) is announced again.
        if (h.escalatedAt.isValid() && !m_escalated.contains(h.id)) {
            m_escalated.insert(h.id);
            announceIt = true;
        }
        // Covert lists never announce; a taken alert is being worked.
        if (announceIt && !h.covert && h.takenBy.isEmpty())
            fresh << h.id;
    }
    m_model->setHits(std::move(hits.value()), m_session.clock().now());
    markHeldReads();
    if (const int row = m_model->rowOfHit(selected); row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    else if (m_model->rowCount() > 0 && selected == 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    m_view->resizeColumnsToContents();
    // Long names are cut (the tooltip has them whole): the plates, flags and
    // holder stay in sight on a 1024-pixel screen.
    for (const auto& [column, widest] :
         {std::pair{AlertQueueModel::List, 125}, std::pair{AlertQueueModel::Reason, 110},
          std::pair{AlertQueueModel::Camera, 130}, std::pair{AlertQueueModel::Flags, 140}})
        if (m_view->columnWidth(column) > widest)
            m_view->setColumnWidth(column, widest);
    updateButtons();
    if (!fresh.isEmpty())
        announce(fresh);
    if (const int count = untakenCount(); count != m_lastCount) {
        m_lastCount = count;
        Q_EMIT untakenCountChanged(count);
    }
}

void AlertsPanel::markHeldReads()
{
    // One question for the whole queue; a refusal or failure marks nothing.
    std::vector<qint64> ids;
    ids.reserve(size_t(m_model->rowCount()));
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.push_back(m_model->hit(row)->readId);
    if (ids.empty())
        return;
    if (auto held = LegalHolds(m_session).held(ids))
        m_model->setHeld(std::move(held.value()));
}

void AlertsPanel::announce(const QList<qint64>& hitIds)
{
    if (m_sound->isChecked())
        QApplication::beep();
    Q_EMIT announced(hitIds);
}

void AlertsPanel::updateButtons()
{
    const HitRecord* h = m_model->hit(m_view->currentIndex().row());
    const QString me = m_session.user().username;
    m_take->setEnabled(h && h->takenBy.isEmpty());
    m_release->setEnabled(h && !h->takenBy.isEmpty() &&
                          (h->takenBy == me || m_session.can(Action::SuperviseAlerts)));
    m_open->setEnabled(h && h->takenBy == me);
}

void AlertsPanel::takeSelected()
{
    const qint64 id = selectedHit();
    if (!id) {
        say(tr("Highlight the alert to take first."), true);
        return;
    }
    auto taken = m_alerts->take(id, m_incident->text().trimmed());
    if (!taken) {
        say(errorText(taken.error()), true);
        refresh(); // someone else may have taken it: show who
        return;
    }
    say(tr("You are working hit %1 under incident %2.").arg(id).arg(taken->incident), false);
    m_incident->clear();
    refresh();
    openChecklist(id);
}

void AlertsPanel::releaseSelected()
{
    const qint64 id = selectedHit();
    if (!id)
        return;
    if (auto r = m_alerts->release(id); !r) {
        say(errorText(r.error()), true);
    } else {
        say(tr("Hit %1 is back in the queue.").arg(id), false);
        if (m_checklist && m_checklist->hitId() == id)
            m_checklist->close();
    }
    refresh();
}

void AlertsPanel::releaseMine(const QString& reason)
{
    auto released = m_alerts->releaseMine(reason);
    if (!released) {
        say(errorText(released.error()), true);
        return;
    }
    if (m_checklist)
        m_checklist->close();
    if (released.value() > 0)
        say(tr("%n alert(s) you held went back to the queue.", nullptr, released.value()), false);
    refresh();
}

void AlertsPanel::openChecklist(qint64 hitId)
{
    if (m_checklist) {
        if (m_checklist->hitId() == hitId) {
            m_checklist->raise();
            m_checklist->activateWindow();
            return;
        }
        m_checklist->close();
    }
    m_checklist = new HitChecklistDialog(m_session, *m_alerts, hitId, this);
    m_checklist->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_checklist, &HitChecklistDialog::hitChanged, this, &AlertsPanel::refresh);
    m_checklist->show();
}

} // namespace alpr::gui
