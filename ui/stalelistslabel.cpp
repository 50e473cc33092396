// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "stalelistslabel.h"
#include "auditwidgets.h"
#include "errortext.h"

#include "auth/session.h"
#include "hits/hotlists.h"

#include <QStringList>
#include <QTimer>

namespace alpr::gui {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kRefreshMinutes = 5;
constexpr int kMaxWidth = 340;
} // namespace

StaleListsLabel::StaleListsLabel(Session& session, QWidget* parent)
    : QLabel(parent), m_session(session)
{
    setObjectName(u"staleLists"_s);
    setTextFormat(Qt::PlainText);
    setStyleSheet(u"QLabel { color: #b00020; font-weight: bold; }"_s);
    hide();
    m_timer = new QTimer(this);
    m_timer->setObjectName(u"staleListsTimer"_s);
    m_timer->setInterval(kRefreshMinutes * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &StaleListsLabel::refresh);
    m_timer->start();
    refresh();
}

StaleListsLabel::~StaleListsLabel() = default;

bool StaleListsLabel::mayShow(const Session& session)
{
    for (Action a : {Action::VerifyHit, Action::EnterHotListEntries, Action::ManageHotLists,
                     Action::ImportHotLists, Action::ApproveEntryChanges})
        if (session.can(a))
            return true;
    return false;
}

void StaleListsLabel::refresh()
{
    auto stale = HotLists(m_session).staleLists();
    if (!stale) {
        setText(tr("Hot lists: cannot tell which are stale"));
        setToolTip(errorText(stale.error()));
        show();
        return;
    }
    if (stale->isEmpty()) {
        clear();
        setToolTip({});
        hide();
        return;
    }
    QStringList names;
    QStringList lines;
    for (const StaleList& l : stale.value()) {
        names << l.name;
        lines << tr("%1: as of %2").arg(l.name, localTime(l.asOf));
    }
    // Never wider than a third of a 1024-pixel window; the tooltip says them all.
    const QString text =
        tr("Stale list(s): %1", nullptr, int(names.size())).arg(names.join(u", "_s));
    setText(fontMetrics().elidedText(text, Qt::ElideRight, kMaxWidth));
    setToolTip(tr("These lists have not been downloaded within the stale limit; their hits may "
                  "no longer be current. An administrator imports a new extract.\n%1")
                   .arg(lines.join(u'\n')));
    show();
}

} // namespace alpr::gui
