// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "auditing/auditmemo.h"

#include "auditing/checksummary.h"
#include "auditing/departmentsamples.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "common/clock.h"
#include "common/csv.h"
#include "common/privatefiles.h"
#include "common/textinput.h"
#include "store/store.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QJsonArray>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace alpr {

namespace {

QString utc(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString yesNo(const std::optional<bool>& b)
{
    if (!b)
        return QStringLiteral("?");
    return *b ? QStringLiteral("yes") : QStringLiteral("no");
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

// The query of a search or canvass event, in one line a reader can check
// against the case: "7AB* misread; state=CA; from=...".
QString querySummary(const QJsonObject& details)
{
    const QJsonObject q = details.value(QStringLiteral("query")).toObject();
    QStringList parts;
    if (q.contains(QStringLiteral("pattern"))) {
        parts << q.value(QStringLiteral("pattern")).toString();
        if (q.value(QStringLiteral("misread")).toBool())
            parts << QStringLiteral("misread-tolerant");
        if (const int e = q.value(QStringLiteral("max_edits")).toInt(); e > 0)
            parts << QCoreApplication::translate("alpr::AuditMemo", "near misses %1").arg(e);
        if (!q.value(QStringLiteral("candidates")).toBool(true))
            parts << QCoreApplication::translate("alpr::AuditMemo", "no alternative readings");
    } else if (q.contains(QStringLiteral("windows"))) {
        const QJsonArray windows = q.value(QStringLiteral("windows")).toArray();
        QStringList ws;
        for (const QJsonValue& v : windows) {
            const QJsonObject w = v.toObject();
            ws << QCoreApplication::translate("alpr::AuditMemo", "%1,%2 r%3m %4..%5")
                      .arg(w.value(QStringLiteral("latitude")).toDouble(), 0, 'f', 5)
                      .arg(w.value(QStringLiteral("longitude")).toDouble(), 0, 'f', 5)
                      .arg(w.value(QStringLiteral("radius_m")).toDouble())
                      .arg(w.value(QStringLiteral("from")).toString(),
                           w.value(QStringLiteral("to")).toString());
        }
        parts << QCoreApplication::translate("alpr::AuditMemo",
                                             "canvass of %n windows, plates in %1: %2", nullptr,
                                             int(windows.size()))
                     .arg(q.value(QStringLiteral("min_windows")).toInt())
                     .arg(ws.join(QStringLiteral("; ")));
    }
    const QJsonObject f = q.value(QStringLiteral("filters")).toObject();
    for (auto it = f.begin(); it != f.end(); ++it) {
        if (it.value().isObject()) {
            const QJsonObject n = it.value().toObject();
            parts << QCoreApplication::translate("alpr::AuditMemo", "near %1,%2 within %3 m")
                         .arg(n.value(QStringLiteral("latitude")).toDouble(), 0, 'f', 5)
                         .arg(n.value(QStringLiteral("longitude")).toDouble(), 0, 'f', 5)
                         .arg(n.value(QStringLiteral("metres")).toDouble());
        } else {
            parts << QStringLiteral("%1 %2").arg(it.key(), it.value().toVariant().toString());
        }
    }
    return parts.join(QStringLiteral("; "));
}

// What was accessed: the query for an inquiry, the read and image for a view.
QString accessSummary(const AuditEvent& e)
{
    if (e.action == QLatin1String("view-image"))
        return QCoreApplication::translate("alpr::AuditMemo",
                                           "%1 image of %2 (plate %3), under search %4")
            .arg(e.details.value(QStringLiteral("image")).toString(), e.object,
                 e.details.value(QStringLiteral("plate")).toString())
            .arg(e.details.value(QStringLiteral("search")).toInteger());
    QString s = querySummary(e.details);
    // The count is named first: lupdate 6.4 hangs on a string literal inside
    // the count argument.
    const int results = e.details.value(QStringLiteral("result_count")).toInt();
    if (e.details.contains(QStringLiteral("result_count")))
        s += QCoreApplication::translate("alpr::AuditMemo", " -> %n results", nullptr, results);
    return s;
}

// Stored text as the PDF shows it: a line break stays one, any other
// control character is written out (\x1b, \u202e) so it cannot reorder or
// hide what follows, and markup is escaped.
QString esc(const QString& s)
{
    const QStringList lines = s.split(u'\n');
    QStringList out;
    out.reserve(lines.size());
    for (const QString& line : lines)
        out << escapeControls(line).toHtmlEscaped();
    return out.join(QStringLiteral("<br/>"));
}

QString findingText(const Worksheet& w)
{
    return w.finding ? findingTitle(*w.finding)
                     : QCoreApplication::translate("alpr::AuditMemo", "not yet reviewed");
}

QString memoSubject(const AuditMemo& m)
{
    return QCoreApplication::translate("alpr::AuditMemo", "ALPR %1 audit, %2 (sample %3)")
        .arg(sampleKindNoun(m.sample.kind, false), m.sample.period.label)
        .arg(m.sample.id);
}

QString trailStatement(const AuditMemo& m)
{
    if (m.trail.intact)
        return QCoreApplication::translate(
            "alpr::AuditMemo",
            "The audit trail verified intact: %n events, hash-chained with "
            "SHA-256.",
            nullptr, int(m.trail.events));
    return QCoreApplication::translate("alpr::AuditMemo",
                                       "The audit trail is BROKEN at event %1: %2.")
        .arg(m.trail.firstBadSeq)
        .arg(m.trail.problem);
}

QString redrawStatement(const AuditMemo& m)
{
    return m.redrawMatches
               ? QCoreApplication::translate(
                     "alpr::AuditMemo",
                     "Drawn again from the recorded seed when this memo was written: the "
                     "same items came out.")
               : QCoreApplication::translate(
                     "alpr::AuditMemo",
                     "Drawn again from the recorded seed when this memo was written, the "
                     "items DIFFER: the sample or the trail was changed after the draw.");
}

} // namespace

int AuditMemo::count(std::optional<Finding> finding) const
{
    int n = 0;
    for (const SampleItem& item : sample.items)
        if (item.worksheet.finding == finding)
            ++n;
    return n;
}

Result<AuditMemo> compileAuditMemo(Session& session, qint64 sampleId)
{
    auto sample = loadSample(session, sampleId);
    if (!sample)
        return sample.error();
    auto trail = trailOf(session).verify();
    if (!trail)
        return trail.error();
    auto redraw = redrawMatches(session, sample.value());
    if (!redraw)
        return redraw.error();
    AuditMemo memo;
    memo.sample = sample.value();
    memo.trail = trail.value();
    memo.redrawMatches = redraw.value();
    memo.auditorUser = session.user().username;
    memo.auditorName =
        session.user().fullName.isEmpty() ? session.user().username : session.user().fullName;
    memo.organization = session.user().organization;
    auto agency = agencySettings(session);
    if (!agency)
        return agency.error();
    memo.agency = agency.value();
    memo.writtenAt = session.clock().now().toUTC();
    if (!memo.trail.intact)
        memo.dataErrors << trailStatement(memo);
    if (!memo.redrawMatches)
        memo.dataErrors << redrawStatement(memo);
    for (const SampleItem& item : memo.sample.items) {
        for (const QString& p : checkSummary(item).problems())
            memo.dataErrors << QCoreApplication::translate("alpr::AuditMemo",
                                                           "Item %1 (event %2): %3")
                                   .arg(item.item)
                                   .arg(item.event.seq)
                                   .arg(p);
    }
    return memo;
}

namespace {

// The memo in the pieces it is printed in: no table row is split across
// pages, the table's header is repeated on each page it continues on, and the
// audit trail section is kept together with the signature block.
struct MemoParts
{
    QString head;       // the memo's heading, period, method
    QString itemsIntro; // "Items" and what the checks mean
    QString tableOpen;  // <table ...> with the column widths
    QString headerRow;  // <tr><th>...</th></tr>
    QStringList rows;   // one <tr> per item
    QStringList after;  // the counts, the data errors
    QString closing;    // the trail and the signature, kept together
};

const QString kTableOpen =
    QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'>");

// Column widths in percent, on the header and on every row, so that rows
// printed one by one line up.
constexpr int kColumnWidths[] = {3, 5, 9, 10, 8, 9, 19, 14, 9, 14};

MemoParts memoParts(const AuditMemo& m)
{
    const AuditSample& s = m.sample;
    MemoParts parts;
    QString& h = parts.head;
    if (!m.agency.heading().isEmpty())
        h += QStringLiteral("<h3>%1</h3>").arg(esc(m.agency.heading()));
    h += QCoreApplication::translate("alpr::AuditMemo",
                                     "<h2>Memorandum</h2><table cellpadding='2'>");
    auto row = [&h](const QString& k, const QString& v) {
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(k), esc(v));
    };
    if (!m.agency.name.isEmpty())
        row(QCoreApplication::translate("alpr::AuditMemo", "Agency:"), m.agency.name);
    if (!m.agency.ori.isEmpty())
        row(QStringLiteral("ORI:"), m.agency.ori);
    row(QCoreApplication::translate("alpr::AuditMemo", "To:"),
        QCoreApplication::translate("alpr::AuditMemo", "Chief of Police"));
    row(QCoreApplication::translate("alpr::AuditMemo", "From:"),
        QStringLiteral("%1 (%2)%3")
            .arg(m.auditorName, m.auditorUser,
                 m.organization.isEmpty() ? QString() : QStringLiteral(", ") + m.organization));
    row(QCoreApplication::translate("alpr::AuditMemo", "Date:"), utc(m.writtenAt));
    row(QCoreApplication::translate("alpr::AuditMemo", "Subject:"), memoSubject(m));
    h += QStringLiteral("</table>");
    if (s.unreviewedCount() > 0)
        h +=
            QCoreApplication::translate(
                "alpr::AuditMemo", "<p style='color:#b00020'><b>%1.</b> Their findings are missing "
                                   "below: this memo does not yet report on the whole sample.</p>")
                .arg(esc(s.reviewStatement()));
    h += QStringLiteral("<hr/>");

    h += QCoreApplication::translate(
             "alpr::AuditMemo", "<h3>Period and sample</h3><p>%1 to %2. Sample %3, drawn by %4 "
                                "on %5. %6</p>")
             .arg(esc(utc(s.period.start)), esc(utc(s.period.end)))
             .arg(s.id)
             .arg(esc(s.drawnBy), esc(utc(s.drawnAt)), esc(s.sizeStatement()));
    h += QCoreApplication::translate("alpr::AuditMemo",
                                     "<h3>Sampling method</h3><p>Seed <b>%1</b>. %2</p><p>%3</p>")
             .arg(QString::number(s.seed), esc(s.methodStatement()), esc(redrawStatement(m)));

    parts.itemsIntro = QCoreApplication::translate(
        "alpr::AuditMemo", "<h3>Items</h3><p>Checks: yes, no, or ? where the auditor has not "
                           "answered. Format, on record and listed are checked by the software; "
                           "real, authorized and fits are the auditor's.</p>");
    parts.tableOpen = kTableOpen;
    const QString titles[] = {QStringLiteral("#"),
                              QCoreApplication::translate("alpr::AuditMemo", "Event"),
                              QCoreApplication::translate("alpr::AuditMemo", "When"),
                              QCoreApplication::translate("alpr::AuditMemo", "User"),
                              QCoreApplication::translate("alpr::AuditMemo", "Case"),
                              QCoreApplication::translate("alpr::AuditMemo", "Purpose"),
                              QCoreApplication::translate("alpr::AuditMemo", "What was accessed"),
                              QCoreApplication::translate("alpr::AuditMemo", "Checks"),
                              QCoreApplication::translate("alpr::AuditMemo", "Finding"),
                              QCoreApplication::translate("alpr::AuditMemo", "Note")};
    parts.headerRow = QStringLiteral("<tr>");
    for (int c = 0; c < 10; ++c)
        parts.headerRow +=
            QStringLiteral("<th width='%1%'>%2</th>").arg(kColumnWidths[c]).arg(titles[c]);
    parts.headerRow += QStringLiteral("</tr>");

    for (const SampleItem& item : s.items) {
        const AuditEvent& e = item.event;
        const Worksheet& w = item.worksheet;
        const QString checkText =
            QCoreApplication::translate(
                "alpr::AuditMemo", "Case: format %1, on record %2, real %3. Purpose: listed %4, "
                                   "authorized %5. Query fits: %6.")
                .arg(yesNo(item.checks.caseFormatValid), yesNo(item.checks.caseOnRecord),
                     yesNo(w.caseReal), yesNo(item.checks.purposeListed),
                     yesNo(w.purposeAuthorized), yesNo(w.queryConsistent));
        QString checks = checkText;
        for (const QString& note : checkSummary(item).notes())
            checks += u' ' + note.left(1).toUpper() + note.mid(1) + u'.';
        const QString cells[] = {
            QString::number(item.item),
            QString::number(e.seq),
            esc(utc(e.at)),
            esc(e.username + QStringLiteral(" / ") +
                e.details.value(QStringLiteral("organization")).toString()),
            esc(e.details.value(QStringLiteral("case")).toString()),
            esc(e.details.value(QStringLiteral("purpose")).toString()),
            esc(accessSummary(e)),
            esc(checks),
            QStringLiteral("<b>%1</b>").arg(esc(findingText(w))),
            esc(w.note) +
                (w.reviewedBy.isEmpty()
                     ? QString()
                     : esc(QStringLiteral(" (%1, %2)").arg(w.reviewedBy, utc(w.reviewedAt))))};
        QString r = QStringLiteral("<tr>");
        for (int c = 0; c < 10; ++c)
            r += QStringLiteral("<td width='%1%'>%2</td>").arg(kColumnWidths[c]).arg(cells[c]);
        r += QStringLiteral("</tr>");
        parts.rows << r;
    }
    parts.after << QCoreApplication::translate(
                       "alpr::AuditMemo",
                       "<p>Complies: %1. Does not comply: %2. Needs follow-up: %3. "
                       "Not yet reviewed: %4.</p>")
                       .arg(m.count(Finding::Complies))
                       .arg(m.count(Finding::Violation))
                       .arg(m.count(Finding::FollowUp))
                       .arg(m.count(std::nullopt));

    QString errors = QCoreApplication::translate("alpr::AuditMemo", "<h3>Data errors found</h3>");
    if (m.dataErrors.isEmpty()) {
        errors += QStringLiteral("<p>None.</p>");
    } else {
        errors += QStringLiteral("<ul>");
        for (const QString& d : m.dataErrors)
            errors += QStringLiteral("<li>%1</li>").arg(esc(d));
        errors += QStringLiteral("</ul>");
    }
    parts.after << errors;
    parts.closing = QCoreApplication::translate(
                        "alpr::AuditMemo",
                        "<h3>Audit trail</h3><p>%1</p><p>Latest hash (event %2):<br/>"
                        "<span style='font-family: DejaVu Sans Mono'>%3</span></p>"
                        "<p>Agency root key fingerprint:<br/>"
                        "<span style='font-family: DejaVu Sans Mono'>%4</span></p>"
                        "<p>Keep this memo: a later change to any event up to this one changes "
                        "this hash, and <i>alprctl audit verify --memo-hash HASH --fingerprint "
                        "F</i> checks the trail against both.</p>")
                        .arg(esc(trailStatement(m)))
                        .arg(m.trail.events)
                        .arg(esc(m.trail.headHash),
                             esc(m.trail.rootFingerprint.isEmpty()
                                     ? QCoreApplication::translate(
                                           "alpr::AuditMemo", "(none: signing has not started)")
                                     : m.trail.rootFingerprint));
    parts.closing +=
        QCoreApplication::translate("alpr::AuditMemo",
                                    "<p><br/>Auditor: %1 &nbsp;&nbsp; Date: %2<br/><br/>"
                                    "Signature: ______________________________</p>")
            .arg(esc(m.auditorName), esc(m.writtenAt.toString(QStringLiteral("yyyy-MM-dd"))));
    return parts;
}

QString wrapped(const QString& body)
{
    return QStringLiteral("<html><body>") + body + QStringLiteral("</body></html>");
}

// Prints the memo's pieces one below the other, each whole on a page: a piece
// that does not fit in what is left of a page starts the next one.
void printMemo(QPdfWriter& writer, const MemoParts& parts)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8.5);
    const QRectF area = writer.pageLayout().paintRectPixels(writer.resolution());
    const qreal width = area.width();
    const qreal pageHeight = area.height();
    auto layOut = [&](const QString& body) {
        auto doc = std::make_unique<QTextDocument>();
        doc->setDefaultFont(font);
        // Lay out at the writer's resolution, so points are points on paper.
        doc->documentLayout()->setPaintDevice(&writer);
        doc->setDocumentMargin(0);
        doc->setTextWidth(width);
        doc->setHtml(wrapped(body));
        return doc;
    };
    const qreal gap = font.pointSizeF() * writer.resolution() / 72.0; // one line's spacing

    QPainter painter(&writer);
    qreal y = 0;
    auto newPage = [&] {
        writer.newPage();
        y = 0;
    };
    // Draws a document at y; one taller than a whole page is cut at page ends.
    auto draw = [&](QTextDocument& doc) {
        const qreal height = doc.size().height();
        if (y > 0 && y + height > pageHeight)
            newPage();
        qreal shown = 0;
        while (true) {
            painter.save();
            painter.translate(0, y - shown);
            const QRectF clip(0, shown, width, std::min(height - shown, pageHeight - y));
            doc.drawContents(&painter, clip);
            painter.restore();
            const qreal step = std::min(height - shown, pageHeight - y);
            shown += step;
            y += step;
            if (shown >= height)
                break;
            newPage();
        }
    };
    auto head = layOut(parts.head);
    draw(*head);
    y += gap;

    const QString headerTable = parts.tableOpen + parts.headerRow + QStringLiteral("</table>");
    auto intro = layOut(parts.itemsIntro + headerTable);
    auto header = layOut(headerTable);
    bool first = true;
    for (const QString& r : parts.rows) {
        auto row = layOut(parts.tableOpen + r + QStringLiteral("</table>"));
        const qreal rowHeight = row->size().height();
        if (first) {
            // The section's heading and the table's header go with the first row.
            if (y > 0 && y + intro->size().height() + rowHeight > pageHeight)
                newPage();
            draw(*intro);
            first = false;
        } else if (y + rowHeight > pageHeight) {
            newPage();
            draw(*header);
        }
        draw(*row);
    }
    if (first)
        draw(*intro);
    y += gap;
    for (const QString& a : parts.after) {
        draw(*layOut(a));
        y += gap;
    }
    draw(*layOut(parts.closing));
}

} // namespace

QString memoHtml(const AuditMemo& m)
{
    const MemoParts parts = memoParts(m);
    QString h = parts.head + parts.itemsIntro + parts.tableOpen + QStringLiteral("<thead>") +
                parts.headerRow + QStringLiteral("</thead>") + parts.rows.join(QString()) +
                QStringLiteral("</table>") + parts.after.join(QString()) + parts.closing;
    return wrapped(h);
}

QByteArray memoCsv(const AuditMemo& m)
{
    const AuditSample& s = m.sample;
    QString c;
    c += csvLine({QStringLiteral("field"), QStringLiteral("value")});
    const std::pair<QString, QString> head[] = {
        {QStringLiteral("agency"), m.agency.name},
        {QStringLiteral("agency_ori"), m.agency.ori},
        {QStringLiteral("to"), QStringLiteral("Chief of Police")},
        {QStringLiteral("from"), QStringLiteral("%1 (%2)").arg(m.auditorName, m.auditorUser)},
        {QStringLiteral("organization"), m.organization},
        {QStringLiteral("date"), utc(m.writtenAt)},
        {QStringLiteral("subject"), memoSubject(m)},
        {QStringLiteral("sample_id"), QString::number(s.id)},
        {QStringLiteral("kind"), sampleKindName(s.kind)},
        {QStringLiteral("period"), s.period.label},
        {QStringLiteral("period_start"), utc(s.period.start)},
        {QStringLiteral("period_end"), utc(s.period.end)},
        {QStringLiteral("seed"), QString::number(s.seed)},
        {QStringLiteral("requested_size"), QString::number(s.requestedSize)},
        {QStringLiteral("population"), QString::number(s.population)},
        {QStringLiteral("through_event"), QString::number(s.throughSeq)},
        {QStringLiteral("drawn_by"), s.drawnBy},
        {QStringLiteral("drawn_at"), utc(s.drawnAt)},
        {QStringLiteral("size_statement"), s.sizeStatement()},
        {QStringLiteral("method"), s.methodStatement()},
        {QStringLiteral("redraw"), redrawStatement(m)},
        {QStringLiteral("trail"), trailStatement(m)},
        {QStringLiteral("trail_events"), QString::number(m.trail.events)},
        {QStringLiteral("trail_latest_hash"), m.trail.headHash},
        {QStringLiteral("root_key_fingerprint"), m.trail.rootFingerprint},
    };
    for (const auto& [k, v] : head)
        c += csvLine({k, v});
    for (const QString& d : m.dataErrors)
        c += csvLine({QStringLiteral("data_error"), d});
    c += QStringLiteral("\r\n");
    c += csvLine({QStringLiteral("item"),
                  QStringLiteral("event_seq"),
                  QStringLiteral("at"),
                  QStringLiteral("user"),
                  QStringLiteral("organization"),
                  QStringLiteral("action"),
                  QStringLiteral("case"),
                  QStringLiteral("purpose"),
                  QStringLiteral("accessed"),
                  QStringLiteral("case_format_valid"),
                  QStringLiteral("case_on_record"),
                  QStringLiteral("case_real"),
                  QStringLiteral("purpose_listed"),
                  QStringLiteral("purpose_authorized"),
                  QStringLiteral("query_consistent"),
                  QStringLiteral("finding"),
                  QStringLiteral("note"),
                  QStringLiteral("reviewed_by"),
                  QStringLiteral("reviewed_at"),
                  QStringLiteral("event_hash")});
    for (const SampleItem& item : s.items) {
        const AuditEvent& e = item.event;
        const Worksheet& w = item.worksheet;
        c += csvLine({QString::number(item.item),
                      QString::number(e.seq),
                      utc(e.at),
                      e.username,
                      e.details.value(QStringLiteral("organization")).toString(),
                      e.action,
                      e.details.value(QStringLiteral("case")).toString(),
                      e.details.value(QStringLiteral("purpose")).toString(),
                      accessSummary(e),
                      yesNo(item.checks.caseFormatValid),
                      yesNo(item.checks.caseOnRecord),
                      yesNo(w.caseReal),
                      yesNo(item.checks.purposeListed),
                      yesNo(w.purposeAuthorized),
                      yesNo(w.queryConsistent),
                      w.finding ? findingName(*w.finding) : QString(),
                      w.note,
                      w.reviewedBy,
                      w.reviewedAt.isValid() ? utc(w.reviewedAt) : QString(),
                      e.hash});
    }
    return c.toUtf8();
}

Result<AuditMemo> writeAuditMemo(Session& session, qint64 sampleId, const QString& pdfPath,
                                 const QString& csvPath)
{
    if (pdfPath.isEmpty())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("alpr::AuditMemo",
                                                     "say where the memo goes (--out FILE.pdf)"));
    auto memo = compileAuditMemo(session, sampleId);
    if (!memo)
        return memo.error();

    // Both files are written whole or not at all.
    QSaveFile pdf(pdfPath);
    if (!pdf.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "alpr::AuditMemo", "cannot write the memo to %1: %2")
                                            .arg(pdfPath, pdf.errorString()));
    if (auto r = makeOwnerOnly(pdf); !r)
        return r.error();
    {
        QPdfWriter writer(&pdf);
        writer.setTitle(memoSubject(memo.value()));
        writer.setCreator(QStringLiteral("ALPR Workstation"));
        writer.setPageSize(QPageSize(QPageSize::Letter));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        printMemo(writer, memoParts(memo.value()));
    }
    std::unique_ptr<QSaveFile> csv;
    if (!csvPath.isEmpty()) {
        csv = std::make_unique<QSaveFile>(csvPath);
        if (!csv->open(QIODevice::WriteOnly))
            return makeError(
                ErrorCode::Io,
                QCoreApplication::translate("alpr::AuditMemo", "cannot write the memo to %1: %2")
                    .arg(csvPath, csv->errorString()));
        if (auto r = makeOwnerOnly(*csv); !r)
            return r.error();
        if (csv->write(memoCsv(memo.value())) < 0)
            return makeError(
                ErrorCode::Io,
                QCoreApplication::translate("alpr::AuditMemo", "cannot write the memo to %1: %2")
                    .arg(csvPath, csv->errorString()));
    }
    const QJsonObject details{
        {QStringLiteral("sample"), sampleId},
        {QStringLiteral("trail_latest_hash"), memo->trail.headHash},
        {QStringLiteral("trail_events"), memo->trail.events},
        {QStringLiteral("trail_intact"), memo->trail.intact},
        {QStringLiteral("data_errors"), qint64(memo->dataErrors.size())},
        {QStringLiteral("pdf"), QFileInfo(pdfPath).fileName()},
        {QStringLiteral("csv"), csvPath.isEmpty() ? QString() : QFileInfo(csvPath).fileName()}};
    // The memo's event (with the hash printed on it) and the files stand or
    // fall together: the event is rolled back when a file cannot be put in
    // place. On the department store the server records the memo first (it
    // checks the hash is its trail's); a file that then cannot be put in place
    // leaves that record of a memo not delivered, never a memo without one.
    const auto record = [&]() -> Result<void> {
        if (session.isDepartment())
            return departmentsamples::recordMemo(session, sampleId, details);
        auto logged = trailOf(session).append(session.user().username, QStringLiteral("audit-memo"),
                                              QStringLiteral("sample:%1").arg(sampleId), details,
                                              QStringLiteral("success"));
        if (!logged)
            return logged.error();
        return {};
    };
    const auto put = [&]() -> Result<void> {
        if (auto r = record(); !r)
            return r;
        if (csv && !csv->commit())
            return makeError(
                ErrorCode::Io,
                QCoreApplication::translate("alpr::AuditMemo", "cannot write the memo to %1: %2")
                    .arg(csvPath, csv->errorString()));
        if (!pdf.commit())
            return makeError(
                ErrorCode::Io,
                QCoreApplication::translate("alpr::AuditMemo", "cannot write the memo to %1: %2")
                    .arg(pdfPath, pdf.errorString()));
        return {};
    };
    auto done = session.isDepartment() ? put() : storeOf(session).transaction(put);
    if (!done)
        return done.error();
    return memo;
}

} // namespace alpr
