// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "evidence/custody.h"

#include "audit/auditlog.h"
#include "auth/permissions.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "cases/agencysettings.h"
#include "common/clock.h"
#include "common/privatefiles.h"
#include "common/textinput.h"
#include "evidence/departmentevidence.h"
#include "store/departmentlink.h"
#include "store/store.h"
#include "store/trailwriter.h"

#include <QGuiApplication>
#include <QJsonObject>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTimeZone>

namespace alpr {

namespace {

constexpr int kMaxCustodyText = 200;

Result<void> requireCustodyReader(Session& session, const QString& object)
{
    if (session.can(Action::Export) || session.can(Action::ReadAudit))
        return {};
    return session.require(Action::Export, object);
}

} // namespace

QStringList EvidenceCustody::events()
{
    return {QStringLiteral("booked"), QStringLiteral("transferred"), QStringLiteral("released"),
            QStringLiteral("returned"), QStringLiteral("destroyed")};
}

Result<CustodyEntry> EvidenceCustody::record(const QString& packageId, const QString& event,
                                             const QString& to, const QString& item,
                                             const QString& note)
{
    const QString object = QStringLiteral("evidence:%1").arg(escapeControls(packageId));
    if (auto r = m_session.require(Action::Export, object); !r)
        return r.error();
    if (!events().contains(event))
        return makeError(ErrorCode::Invalid,
                         tr("\"%1\" is not a custody event: use one of %2.")
                             .arg(escapeControls(event), events().join(QStringLiteral(", "))));
    for (const auto& [field, text] :
         {std::pair{tr("recipient"), to}, std::pair{tr("item number"), item},
          std::pair{tr("note"), note}})
        if (auto r = checkTextInput(field, text, kMaxCustodyText); !r)
            return r.error();
    if (event == QLatin1String("booked") && item.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("Booking into evidence needs the property room's item number."));
    if ((event == QLatin1String("transferred") || event == QLatin1String("released")) &&
        to.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Say to whom the package was %1.").arg(event));
    // The department store's server checks the package and the order again.
    if (m_session.isDepartment())
        return departmentevidence::recordCustody(m_session, packageId,
                                                 {{QStringLiteral("event"), event},
                                                  {QStringLiteral("to"), to},
                                                  {QStringLiteral("item"), item},
                                                  {QStringLiteral("note"), note}});
    Store& store = storeOf(m_session);
    auto package = store.evidence().package(packageId);
    if (!package)
        return package.error();
    if (!package->has_value())
        return makeError(ErrorCode::NotFound,
                         tr("There is no evidence package %1.").arg(escapeControls(packageId)));
    if (package->value().status != PackageStatus::Exported)
        return makeError(ErrorCode::Invalid,
                         tr("Package %1 was never exported (its export %2): it has no custody.")
                             .arg(packageId, packageStatusName(package->value().status)));
    auto earlier = store.evidence().custody(packageId);
    if (!earlier)
        return earlier.error();
    if (!earlier->isEmpty() && earlier->last().event == QLatin1String("destroyed"))
        return makeError(ErrorCode::Invalid,
                         tr("Package %1 was destroyed on %2; nothing can follow.")
                             .arg(packageId, earlier->last().at.toString(Qt::ISODate)));
    CustodyEntry e;
    e.packageId = packageId;
    e.at = m_session.clock().now();
    e.recordedBy = m_session.user().username;
    e.event = event;
    e.to = to.trimmed();
    e.item = item.trimmed();
    e.note = note.trimmed();
    QJsonObject details{{QStringLiteral("case"), package->value().caseNumber},
                        {QStringLiteral("package"), packageId},
                        {QStringLiteral("event"), event},
                        {QStringLiteral("to"), e.to},
                        {QStringLiteral("item"), e.item}};
    if (!e.note.isEmpty())
        details.insert(QStringLiteral("note"), e.note);
    auto id =
        store.evidence().addCustody(e, trailOf(m_session),
                                    TrailEntry{e.recordedBy, QStringLiteral("evidence-custody"),
                                               object, details, QStringLiteral("success")});
    if (!id)
        return id.error();
    e.id = *id;
    return e;
}

Result<QList<CustodyEntry>> EvidenceCustody::log(const QString& packageId)
{
    EvidencePackage p;
    QList<CustodyEntry> rest;
    if (m_session.isDepartment()) {
        auto custody = departmentevidence::custody(m_session, packageId);
        if (!custody)
            return custody.error();
        p = custody->first;
        rest = custody->second;
    } else {
        const QString object = QStringLiteral("evidence:%1").arg(escapeControls(packageId));
        if (auto r = requireCustodyReader(m_session, object); !r)
            return r.error();
        Store& store = storeOf(m_session);
        auto package = store.evidence().package(packageId);
        if (!package)
            return package.error();
        if (!package->has_value())
            return makeError(ErrorCode::NotFound,
                             tr("There is no evidence package %1.").arg(escapeControls(packageId)));
        p = package->value();
        auto entries = store.evidence().custody(packageId);
        if (!entries)
            return entries.error();
        rest = *entries;
    }
    // The export itself first.
    CustodyEntry exported;
    exported.packageId = p.id;
    exported.at = p.startedAt;
    exported.recordedBy = p.exportedBy;
    exported.event = p.status == PackageStatus::Exported
                         ? QStringLiteral("exported")
                         : QStringLiteral("export-") + packageStatusName(p.status);
    exported.to = p.folder;
    exported.note = tr("case %1, purpose %2").arg(p.caseNumber, p.purpose);
    QList<CustodyEntry> out{exported};
    out += rest;
    return out;
}

Result<void> EvidenceCustody::writePdf(const QString& packageId, const QString& path)
{
    auto entries = log(packageId);
    if (!entries)
        return entries.error();
    auto agency = agencySettings(m_session);
    if (!agency)
        return agency.error();
    const QTimeZone zone(agency->timeZone.toUtf8());
    QList<QStringList> table{{tr("When"), tr("Event"), tr("By"), tr("To"), tr("Item"), tr("Note")}};
    for (const CustodyEntry& e : std::as_const(*entries))
        table << QStringList{e.at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm t")),
                             e.event,
                             e.recordedBy,
                             e.to,
                             e.item,
                             e.note};
    const QStringList lines{
        agency->heading(),
        tr("Printed by %1 at %2.")
            .arg(m_session.user().username, m_session.clock().now().toTimeZone(zone).toString(
                                                QStringLiteral("yyyy-MM-dd HH:mm t"))),
        tr("Check the package itself with: alprctl evidence verify FOLDER, or the commands in its "
           "VERIFY.txt.")};
    if (auto r = writeSimplePdf(path, tr("Chain of custody %1").arg(packageId), lines, table); !r)
        return r;
    if (m_session.isDepartment())
        return departmentOf(m_session).perform(
            "evidence_custody_printed",
            {DepartmentArg::text(packageId), DepartmentArg::text(path)});
    auto logged = trailOf(m_session).append(
        m_session.user().username, QStringLiteral("evidence-custody-printed"),
        QStringLiteral("evidence:%1").arg(packageId),
        QJsonObject{{QStringLiteral("package"), packageId}, {QStringLiteral("file"), path}},
        QStringLiteral("success"));
    if (!logged)
        return logged.error();
    return {};
}

Result<void> writeSimplePdf(const QString& path, const QString& title, const QStringList& lines,
                            const QList<QStringList>& table)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate(
                             "alpr::EvidenceCustody",
                             "This program cannot lay out a PDF (it has no fonts loaded)."));
    QString html = QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped());
    for (const QString& line : lines)
        html += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
    if (!table.isEmpty()) {
        html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'>");
        for (int row = 0; row < table.size(); ++row) {
            html += QStringLiteral("<tr>");
            for (const QString& cell : table[row])
                html += (row == 0 ? QStringLiteral("<th>%1</th>") : QStringLiteral("<td>%1</td>"))
                            .arg(cell.toHtmlEscaped());
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    QSaveFile pdf(path);
    if (!pdf.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("alpr::EvidenceCustody", "Cannot write %1: %2")
                             .arg(path, pdf.errorString()));
    if (auto r = makeOwnerOnly(pdf); !r)
        return r.error();
    {
        QPdfWriter writer(&pdf);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("ALPR Workstation"));
        writer.setPageSize(QPageSize(QPageSize::Letter));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        QTextDocument doc;
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(10);
        doc.setDefaultFont(font);
        doc.setHtml(html);
        doc.print(&writer);
    }
    if (!pdf.commit())
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("alpr::EvidenceCustody", "Cannot write %1: %2")
                             .arg(path, pdf.errorString()));
    return {};
}

} // namespace alpr
