// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "hits/hotlists.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "cases/casepolicy.h"
#include "cases/purposes.h"
#include "common/clock.h"
#include "common/textinput.h"
#include "hits/departmenthotlists.h"
#include "inquiry/searchservice.h"
#include "search/platepattern.h"
#include "search/platetext.h"
#include "store/settingsrepository.h"
#include "store/store.h"
#include "store/trailwriter.h"
#include "store/userrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace alpr {

namespace {

const QString kStaleSetting = QStringLiteral("hotlist_stale_hours");

QString listObject(const HotList& list)
{
    return QStringLiteral("hotlist:%1").arg(list.id);
}

QString entryObject(qint64 id)
{
    return QStringLiteral("hotlist-entry:%1").arg(id);
}

QJsonObject listJson(const HotList& l)
{
    return {
        {QStringLiteral("name"), l.name},       {QStringLiteral("kind"), hotListKindName(l.kind)},
        {QStringLiteral("purpose"), l.purpose}, {QStringLiteral("priority"), l.priority},
        {QStringLiteral("covert"), l.covert},   {QStringLiteral("alert"), l.alert},
        {QStringLiteral("enabled"), l.enabled}, {QStringLiteral("members"), l.members.join(u',')}};
}

bool validState(const QString& state)
{
    static const QRegularExpression twoLetters(QStringLiteral("^[A-Z]{2}$"));
    return state.isEmpty() || twoLetters.match(state).hasMatch();
}

QDateTime endOfDay(const QDate& date)
{
    // An entry expires when the day it names is over (UTC).
    return QDateTime(date.addDays(1), QTime(0, 0), Qt::UTC);
}

} // namespace

Result<QString> checkEntryPlate(const QString& text, bool* isPattern)
{
    if (auto r = checkTextInput(QCoreApplication::translate("alpr::HotLists", "plate"), text,
                                PlatePattern::kMaxPatternLength * 2);
        !r)
        return r.error();
    auto compiled = PlatePattern::compile(text);
    if (!compiled)
        return compiled.error();
    const QString normalized = compiled->text();
    int fixed = 0;
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        const QChar c = normalized.at(i);
        if (c == u'[') {
            while (i < normalized.size() && normalized.at(i) != u']')
                ++i;
        } else if (c != u'?' && c != u'*') {
            ++fixed;
        }
    }
    if (fixed < kMinFixedCharacters)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "alpr::HotLists",
                             "The plate \"%1\" has %2 fixed characters; an entry needs at least "
                             "%3, or it would match too many plates.")
                             .arg(normalized)
                             .arg(fixed)
                             .arg(kMinFixedCharacters));
    static const QRegularExpression zeros(QStringLiteral("^0+$"));
    if (compiled->isLiteral() && zeros.match(normalized).hasMatch())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("alpr::HotLists",
                                                     "\"%1\" cannot be a plate; enter the plate "
                                                     "or the part of it that is known.")
                             .arg(normalized));
    if (compiled->isLiteral() && normalized.size() > kMaxHotListPlateLength)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("alpr::HotLists",
                                                     "The plate \"%1\" is longer than %2 "
                                                     "characters.")
                             .arg(normalized)
                             .arg(kMaxHotListPlateLength));
    *isPattern = !compiled->isLiteral();
    return normalized;
}

Result<qint64> HotLists::createList(const HotList& requested)
{
    if (auto r = m_session.require(Action::ManageHotLists,
                                   QStringLiteral("hotlist:%1").arg(requested.name));
        !r)
        return r.error();
    HotList list = requested;
    list.name = list.name.trimmed();
    if (list.name.isEmpty())
        return makeError(ErrorCode::Invalid, tr("A hot list needs a name."));
    if (auto r = checkTextInput(tr("list name"), list.name, kMaxNameLength); !r)
        return r.error();
    if (list.priority < 0 || list.priority > 100)
        return makeError(ErrorCode::Invalid,
                         tr("The priority %1 is not between 0 and 100.").arg(list.priority));
    // The server checks the name, the purpose and the members itself.
    if (m_session.isDepartment())
        return departmenthotlists::createList(m_session, list);
    Store& store = storeOf(m_session);
    auto existing = store.hotLists().list(list.name);
    if (!existing)
        return existing.error();
    if (existing.value())
        return makeError(ErrorCode::Invalid,
                         tr("There is already a hot list named \"%1\".").arg(list.name));
    auto purposes = listPurposes(m_session);
    if (!purposes)
        return purposes.error();
    bool purposeKnown = false;
    for (const Purpose& p : purposes.value())
        purposeKnown = purposeKnown || (p.code == list.purpose && p.active);
    if (!purposeKnown)
        return makeError(ErrorCode::Invalid,
                         tr("\"%1\" is not an active purpose; the purposes are listed by "
                            "'alprctl purpose list'.")
                             .arg(escapeControls(list.purpose)));
    if (list.covert && list.members.isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("A covert list names its members: only they see its hits."));
    for (const QString& member : list.members) {
        if (!store.users().find(member))
            return makeError(ErrorCode::NotFound,
                             tr("There is no user %1.").arg(escapeControls(member)));
    }
    list.loadedAt = m_session.clock().now();
    list.createdBy = m_session.user().username;
    list.loadedBy = list.createdBy;
    return store.hotLists().createList(list, trailOf(m_session),
                                       TrailEntry{m_session.user().username,
                                                  QStringLiteral("hotlist-created"),
                                                  {},
                                                  {{QStringLiteral("after"), listJson(list)}},
                                                  QStringLiteral("success")});
}

Result<void> HotLists::editList(const HotList& requested)
{
    if (auto r = m_session.require(Action::ManageHotLists,
                                   QStringLiteral("hotlist:%1").arg(requested.name));
        !r)
        return r.error();
    if (m_session.isDepartment())
        return departmenthotlists::editList(m_session, requested);
    Store& store = storeOf(m_session);
    auto found = store.hotLists().list(requested.name);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(
            ErrorCode::NotFound,
            tr("There is no hot list named \"%1\".").arg(escapeControls(requested.name)));
    const HotList before = *found.value();
    HotList after = requested;
    after.id = before.id;
    after.kind = before.kind;
    if (after.priority < 0 || after.priority > 100)
        return makeError(ErrorCode::Invalid,
                         tr("The priority %1 is not between 0 and 100.").arg(after.priority));
    if (after.covert && after.members.isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("A covert list names its members: only they see its hits."));
    for (const QString& member : after.members) {
        if (!store.users().find(member))
            return makeError(ErrorCode::NotFound,
                             tr("There is no user %1.").arg(escapeControls(member)));
    }
    const QString action = before.enabled && !after.enabled ? QStringLiteral("hotlist-disabled")
                                                            : QStringLiteral("hotlist-changed");
    return store.hotLists().updateList(after, trailOf(m_session),
                                       TrailEntry{m_session.user().username,
                                                  action,
                                                  listObject(before),
                                                  {{QStringLiteral("before"), listJson(before)},
                                                   {QStringLiteral("after"), listJson(after)}},
                                                  QStringLiteral("success")});
}

Result<HotList> HotLists::visibleList(const QString& name, bool forChange)
{
    if (m_session.isDepartment())
        return list(name); // the server lists only what the user may see
    auto found = storeOf(m_session).hotLists().list(name);
    if (!found)
        return found.error();
    const UserAccount& user = m_session.user();
    const bool manager = m_session.can(Action::ManageHotLists);
    if (!found.value() ||
        (found.value()->covert && !manager && !found.value()->members.contains(user.username)))
        // A covert list a user is not a member of does not exist for them.
        return makeError(ErrorCode::NotFound,
                         tr("There is no hot list named \"%1\".").arg(escapeControls(name)));
    (void)forChange;
    return *found.value();
}

Result<HotList> HotLists::storedList(const QString& name)
{
    auto found = storeOf(m_session).hotLists().list(name);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound,
                         tr("There is no hot list named \"%1\".").arg(escapeControls(name)));
    return *found.value();
}

Result<std::optional<HotList>> HotLists::listById(qint64 id)
{
    if (!m_session.isDepartment())
        return storeOf(m_session).hotLists().listById(id);
    auto all = lists();
    if (!all)
        return all.error();
    for (const HotList& l : all.value())
        if (l.id == id)
            return std::optional<HotList>(l);
    return std::optional<HotList>();
}

Result<void> HotLists::requireReader()
{
    // Those who work with hot lists read them; for anyone else the refusal is recorded.
    if (m_session.can(Action::ManageHotLists) || m_session.can(Action::ImportHotLists) ||
        m_session.can(Action::EnterHotListEntries) || m_session.can(Action::VerifyHit) ||
        m_session.can(Action::ApproveEntryChanges))
        return {};
    return m_session.require(Action::VerifyHit, QStringLiteral("hotlists"));
}

Result<QList<HotList>> HotLists::lists()
{
    if (m_session.isDepartment()) {
        auto found = departmenthotlists::lists(m_session);
        if (!found)
            return found.error();
        return found->lists;
    }
    if (auto r = requireReader(); !r)
        return r.error();
    (void)expireDue();
    auto all = storeOf(m_session).hotLists().lists();
    if (!all)
        return all.error();
    QList<HotList> visible;
    const bool manager = m_session.can(Action::ManageHotLists);
    for (const HotList& l : all.value())
        if (!l.covert || manager || l.members.contains(m_session.user().username))
            visible.append(l);
    return visible;
}

Result<HotList> HotLists::list(const QString& name)
{
    auto all = lists();
    if (!all)
        return all.error();
    for (const HotList& l : all.value())
        if (l.name == name)
            return l;
    return makeError(ErrorCode::NotFound,
                     tr("There is no hot list named \"%1\".").arg(escapeControls(name)));
}

Result<QList<HotListEntry>> HotLists::entries(const QString& name,
                                              std::optional<EntryStatus> status, int limit)
{
    auto l = list(name);
    if (!l)
        return l.error();
    if (m_session.isDepartment())
        return departmenthotlists::entries(m_session, l->name, status, limit);
    auto found = storeOf(m_session).hotLists().entries(l->id, status, limit);
    if (!found)
        return found.error();
    // The entries hold plates: showing them is an access like any other.
    auto logged = trailOf(m_session).append(
        m_session.user().username, QStringLiteral("hotlist-viewed"), listObject(l.value()),
        {{QStringLiteral("entries_shown"), int(found->size())},
         {QStringLiteral("status"), status ? entryStatusName(*status) : QStringLiteral("any")}},
        QStringLiteral("success"));
    if (!logged)
        return logged.error();
    return found;
}

Result<ImportCounts> HotLists::importFile(const QString& listName, const QString& path,
                                          const HotListFormat* format, bool allowShrink)
{
    QFile file(path);
    const QString label = QFileInfo(path).fileName();
    if (file.size() > kMaxHotListFileBytes)
        return makeError(ErrorCode::Invalid,
                         tr("%1: the file is larger than %2 MB; a hot-list extract is not.")
                             .arg(label)
                             .arg(kMaxHotListFileBytes >> 20));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         tr("%1: cannot be read: %2").arg(label, file.errorString()));
    return importData(listName, file.readAll(), label, format, allowShrink);
}

Result<ImportCounts> HotLists::importData(const QString& listName, const QByteArray& data,
                                          const QString& label, const HotListFormat* format,
                                          bool allowShrink)
{
    const QString object = QStringLiteral("hotlist:%1").arg(listName);
    if (auto r = m_session.require(Action::ImportHotLists, object); !r)
        return r.error();
    auto found = m_session.isDepartment() ? list(listName) : storedList(listName);
    if (!found)
        return found.error();
    HotList list = found.value();
    const auto refuse = [&](const Error& error, const QJsonObject& more = {}) -> Error {
        QJsonObject details = more;
        details.insert(QStringLiteral("file"), label);
        details.insert(QStringLiteral("reason"), error.message);
        (void)trailOf(m_session).append(m_session.user().username,
                                        QStringLiteral("hotlist-imported"), listObject(list),
                                        details, QStringLiteral("refused"));
        return error;
    };
    if (list.kind != HotListKind::General)
        return refuse(makeError(ErrorCode::Invalid,
                                tr("\"%1\" is a department list: its entries are entered one by "
                                   "one and approved, not imported.")
                                    .arg(list.name)));
    auto parsed = parseHotListData(data, label, format);
    if (!parsed)
        return refuse(parsed.error());
    const HotListFile& file = parsed.value();
    ImportCounts counts;
    counts.list = list.name;
    counts.format = hotListFormatName(file.format);
    counts.extractTime = file.extractTime;
    counts.before = list.entryCount;
    counts.loaded = int(file.entries.size());
    counts.duplicates = file.duplicates;
    counts.refusedPlates = file.refusedPlates;
    counts.statesCorrected = file.statesCorrected;
    QJsonObject details{{QStringLiteral("file"), label},
                        {QStringLiteral("format"), counts.format},
                        {QStringLiteral("before"), counts.before},
                        {QStringLiteral("loaded"), counts.loaded},
                        {QStringLiteral("duplicates"), counts.duplicates},
                        {QStringLiteral("refused_plates"), counts.refusedPlates},
                        {QStringLiteral("states_corrected"), counts.statesCorrected}};
    if (file.extractTime.isValid())
        details.insert(QStringLiteral("extract_time"), file.extractTime.toString(Qt::ISODate));
    // A half-downloaded extract must never silently clear the real list.
    if (!allowShrink && qint64(counts.loaded) * 2 < qint64(counts.before))
        return refuse(makeError(ErrorCode::Invalid,
                                tr("%1 has %2 entries where \"%3\" has %4: loading it would "
                                   "shrink the list by more than half, which a truncated "
                                   "download does. Check the file; if the list really shrank, "
                                   "import it again allowing the list to shrink (alprctl: "
                                   "--allow-shrink).")
                                    .arg(label)
                                    .arg(counts.loaded)
                                    .arg(list.name)
                                    .arg(counts.before)),
                      details);
    details.insert(QStringLiteral("allow_shrink"), allowShrink);
    const QDateTime now = m_session.clock().now();
    QList<HotListEntry> entries;
    entries.reserve(file.entries.size());
    for (const HotListFileEntry& f : file.entries) {
        HotListEntry e;
        e.listId = list.id;
        e.plate = f.plate;
        e.state = f.state;
        e.reason = f.reason;
        e.caseNumber = f.caseNumber;
        e.synopsis = f.synopsis;
        e.note = f.note;
        if (f.expires.isValid())
            e.expiresAt = endOfDay(f.expires);
        e.status = EntryStatus::Approved;
        e.enteredBy = m_session.user().username;
        e.enteredAt = now;
        QJsonObject d;
        const auto put = [&d](const char* key, const QString& value) {
            if (!value.isEmpty())
                d.insert(QLatin1String(key), value);
        };
        put("make", f.make);
        put("model", f.model);
        put("color", f.color);
        put("body", f.style);
        put("vehicle_year", f.vehicleYear);
        put("plate_year", f.plateYear);
        put("plate_type", f.plateType);
        put("nic", f.nic);
        put("ori", f.ori);
        put("county", f.county);
        if (f.listedOn.isValid())
            d.insert(QStringLiteral("listed_on"), f.listedOn.toString(Qt::ISODate));
        e.details = d;
        entries.append(std::move(e));
    }
    if (m_session.isDepartment()) {
        QJsonObject fileJson = details;
        fileJson.remove(QStringLiteral("allow_shrink"));
        auto before =
            departmenthotlists::importEntries(m_session, list.name, fileJson, entries, allowShrink);
        if (!before)
            return makeError(before.error().code,
                             tr("%1: nothing was loaded: %2").arg(label, before.error().message));
        counts.before = before.value();
        return counts;
    }
    list.source = label;
    list.format = counts.format;
    list.extractAt = file.extractTime;
    list.loadedAt = now;
    list.loadedBy = m_session.user().username;
    auto replaced = storeOf(m_session).hotLists().replaceEntries(
        list, entries, trailOf(m_session),
        TrailEntry{m_session.user().username, QStringLiteral("hotlist-imported"), listObject(list),
                   details, QStringLiteral("success")});
    if (!replaced)
        return makeError(replaced.error().code,
                         tr("%1: nothing was loaded: %2").arg(label, replaced.error().message));
    return counts;
}

Result<QList<StaleList>> HotLists::staleLists()
{
    int staleHours = kDefaultStaleHours;
    Result<QList<HotList>> all = QList<HotList>();
    if (m_session.isDepartment()) {
        auto found = departmenthotlists::lists(m_session);
        if (!found)
            return found.error();
        staleHours = found->staleHours;
        all = found->lists;
    } else {
        Store& store = storeOf(m_session);
        auto hours = store.settings().value(kStaleSetting);
        if (!hours)
            return hours.error();
        bool ok = false;
        staleHours = hours->toInt(&ok);
        if (!ok || staleHours <= 0)
            staleHours = kDefaultStaleHours;
        all = store.hotLists().lists();
    }
    if (!all)
        return all.error();
    const QDateTime limit = m_session.clock().now().addSecs(-qint64(staleHours) * 3600);
    const bool manager = m_session.can(Action::ManageHotLists);
    QList<StaleList> stale;
    for (const HotList& l : all.value()) {
        if (l.kind != HotListKind::General || !l.enabled)
            continue;
        // A covert list a user is not a member of does not exist for them.
        if (l.covert && !manager && !l.members.contains(m_session.user().username))
            continue;
        const QDateTime asOf = l.extractAt.isValid() ? l.extractAt : l.loadedAt;
        if (asOf < limit)
            stale.append({l.name, asOf});
    }
    return stale;
}

Result<qint64> HotLists::addEntry(const EntryRequest& request)
{
    const QString object = QStringLiteral("hotlist:%1").arg(request.list);
    if (auto r = m_session.require(Action::EnterHotListEntries, object); !r)
        return r.error();
    auto l = visibleList(request.list, true);
    if (!l)
        return l.error();
    const HotList& list = l.value();
    if (list.kind != HotListKind::Department)
        return makeError(ErrorCode::Invalid,
                         tr("\"%1\" is a general list: it is replaced by each download, so "
                            "entries are made on a department list.")
                             .arg(list.name));
    if (!list.enabled)
        return makeError(ErrorCode::Invalid, tr("The list \"%1\" is disabled.").arg(list.name));
    if (list.covert && !list.members.contains(m_session.user().username))
        return makeError(
            ErrorCode::Denied,
            tr("Only the members of the covert list \"%1\" make its entries.").arg(list.name));
    bool isPattern = false;
    auto plate = checkEntryPlate(request.plate, &isPattern);
    if (!plate)
        return plate.error();
    const QString state = request.state.trimmed().toUpper();
    if (!validState(state))
        return makeError(ErrorCode::Invalid,
                         tr("The state \"%1\" is not a two-letter code such as CA.")
                             .arg(escapeControls(request.state)));
    // Los Altos 462.4(h)(5): a case number and a synopsis, or no entry.
    if (request.caseNumber.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("An entry needs the case number it belongs to (Los Altos "
                            "462.4(h)(5))."));
    if (request.synopsis.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("An entry needs a synopsis of why the vehicle is sought (Los Altos "
                            "462.4(h)(5))."));
    if (request.reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("An entry needs a reason."));
    auto policy = CasePolicy::load(m_session);
    if (!policy)
        return policy.error();
    if (!policy->caseNumberValid(request.caseNumber))
        return makeError(ErrorCode::Invalid,
                         tr("\"%1\" is not a case number in the department's format, e.g. %2.")
                             .arg(escapeControls(request.caseNumber), policy->caseNumberExample()));
    for (const auto& [field, text, max, lines] :
         {std::tuple{tr("reason"), request.reason, kMaxNameLength * 2, TextLines::One},
          std::tuple{tr("synopsis"), request.synopsis, kMaxFreeTextLength, TextLines::Several},
          std::tuple{tr("note"), request.note, kMaxFreeTextLength, TextLines::Several},
          std::tuple{tr("make"), request.make, kMaxNameLength, TextLines::One},
          std::tuple{tr("model"), request.model, kMaxNameLength, TextLines::One},
          std::tuple{tr("colour"), request.color, kMaxNameLength, TextLines::One},
          std::tuple{tr("body type"), request.body, kMaxNameLength, TextLines::One}})
        if (auto r = checkTextInput(field, text, max, lines); !r)
            return r.error();
    const QDateTime now = m_session.clock().now();
    const QDate today = now.date();
    const QDate expires =
        request.expires.isValid() ? request.expires : today.addDays(kDefaultEntryDays);
    if (expires < today || expires > today.addDays(kMaxEntryDays - 1))
        return makeError(ErrorCode::Invalid,
                         tr("The expiry %1 is not between today and one year from today.")
                             .arg(expires.toString(Qt::ISODate)));
    HotListEntry e;
    e.listId = list.id;
    e.plate = plate.value();
    e.isPattern = isPattern;
    e.state = state;
    e.reason = request.reason.trimmed();
    e.caseNumber = request.caseNumber;
    e.synopsis = request.synopsis.trimmed();
    e.note = request.note;
    e.expiresAt = endOfDay(expires);
    e.status = EntryStatus::Pending;
    e.enteredBy = m_session.user().username;
    e.enteredAt = now;
    for (const auto& [key, value] :
         {std::pair{"make", request.make}, std::pair{"model", request.model},
          std::pair{"color", request.color}, std::pair{"body", request.body}})
        if (!value.trimmed().isEmpty())
            e.details.insert(QLatin1String(key), value.trimmed());
    QJsonObject details{{QStringLiteral("list"), list.name},
                        {QStringLiteral("plate"), e.plate},
                        {QStringLiteral("state"), e.state},
                        {QStringLiteral("case"), e.caseNumber},
                        {QStringLiteral("reason"), e.reason},
                        {QStringLiteral("expires"), expires.toString(Qt::ISODate)}};
    // An entry may not serve a use the law forbids; the refusal is recorded.
    const QString prohibited = prohibitedUse(e.reason + u'\n' + e.synopsis + u'\n' + e.note);
    if (!prohibited.isEmpty()) {
        details.insert(QStringLiteral("refusal"), prohibited);
        (void)trailOf(m_session).append(m_session.user().username,
                                        QStringLiteral("hotlist-entry-added"), listObject(list),
                                        details, QStringLiteral("refused"));
        return makeError(
            ErrorCode::Denied,
            tr("The entry was refused: %1. ALPR data may not be used for it.").arg(prohibited));
    }
    if (m_session.isDepartment())
        return departmenthotlists::addEntry(m_session, list.name, e);
    return storeOf(m_session).hotLists().addEntry(e, trailOf(m_session),
                                                  TrailEntry{m_session.user().username,
                                                             QStringLiteral("hotlist-entry-added"),
                                                             {},
                                                             details,
                                                             QStringLiteral("pending")});
}

Result<HotListEntry> HotLists::entryForUser(qint64 entryId)
{
    // On the department store the server records the view itself.
    if (m_session.isDepartment()) {
        m_changesOf = entryId;
        return departmenthotlists::entry(m_session, entryId, &m_changes);
    }
    if (auto r = requireReader(); !r)
        return r.error();
    auto found = storeOf(m_session).hotLists().entry(entryId);
    if (!found)
        return found.error();
    if (found.value()) {
        auto l = storeOf(m_session).hotLists().listById(found.value()->listId);
        if (!l)
            return l.error();
        if (l.value() && visibleList(l.value()->name, false))
            return *found.value();
    }
    return makeError(ErrorCode::NotFound, tr("There is no hot-list entry %1.").arg(entryId));
}

Result<HotListEntry> HotLists::entry(qint64 entryId)
{
    auto e = entryForUser(entryId);
    if (!e || m_session.isDepartment())
        return e;
    auto logged =
        trailOf(m_session).append(m_session.user().username, QStringLiteral("hotlist-entry-viewed"),
                                  entryObject(entryId), {}, QStringLiteral("success"));
    if (!logged)
        return logged.error();
    return e;
}

Result<void> HotLists::approveEntry(qint64 entryId)
{
    if (auto r = m_session.require(Action::ManageHotLists, entryObject(entryId)); !r)
        return r.error();
    // The server refuses an entry's own author, and records it.
    if (m_session.isDepartment())
        return departmenthotlists::approveEntry(m_session, entryId);
    auto e = entryForUser(entryId);
    if (!e)
        return e.error();
    if (e->status != EntryStatus::Pending)
        return makeError(ErrorCode::Invalid, tr("Entry %1 is %2, not waiting for approval.")
                                                 .arg(entryId)
                                                 .arg(entryStatusName(e->status)));
    if (e->enteredBy == m_session.user().username) {
        (void)trailOf(m_session).append(
            m_session.user().username, QStringLiteral("hotlist-entry-approved"),
            entryObject(entryId), {{QStringLiteral("reason"), QStringLiteral("own entry")}},
            QStringLiteral("refused"));
        return makeError(ErrorCode::Denied,
                         tr("Nobody approves an entry they made: another administrator "
                            "approves entry %1.")
                             .arg(entryId));
    }
    return storeOf(m_session).hotLists().setEntryStatus(
        entryId, EntryStatus::Approved, m_session.user().username, m_session.clock().now(),
        trailOf(m_session),
        TrailEntry{m_session.user().username,
                   QStringLiteral("hotlist-entry-approved"),
                   entryObject(entryId),
                   {{QStringLiteral("entered_by"), e->enteredBy}},
                   QStringLiteral("success")});
}

Result<qint64> HotLists::proposeChange(qint64 entryId, const EntryEdit& edit)
{
    if (auto r = m_session.require(Action::EnterHotListEntries, entryObject(entryId)); !r)
        return r.error();
    // The server checks the entry's list and status itself.
    if (!m_session.isDepartment()) {
        auto e = entryForUser(entryId);
        if (!e)
            return e.error();
        auto owner = storeOf(m_session).hotLists().listById(e->listId);
        if (!owner)
            return owner.error();
        if (!owner.value() || owner.value()->kind != HotListKind::Department)
            return makeError(ErrorCode::Invalid,
                             tr("Entry %1 belongs to a general list, which only its next download "
                                "changes.")
                                 .arg(entryId));
        if (e->status != EntryStatus::Pending && e->status != EntryStatus::Approved)
            return makeError(ErrorCode::Invalid, tr("Entry %1 is %2 and can no longer change.")
                                                     .arg(entryId)
                                                     .arg(entryStatusName(e->status)));
    }
    QJsonObject proposed;
    if (!edit.state.isNull()) {
        const QString state = edit.state.trimmed().toUpper();
        if (!validState(state))
            return makeError(ErrorCode::Invalid,
                             tr("The state \"%1\" is not a two-letter code such as CA.")
                                 .arg(escapeControls(edit.state)));
        proposed.insert(QStringLiteral("state"), state);
    }
    // The same rules as a new entry: a one-line reason; the reason and the
    // synopsis (Los Altos 462.4(h)(5)) cannot be changed to nothing.
    for (const auto& [key, field, text, max, lines, required] :
         {std::tuple{"reason", tr("reason"), edit.reason, kMaxNameLength * 2, TextLines::One, true},
          std::tuple{"synopsis", tr("synopsis"), edit.synopsis, kMaxFreeTextLength,
                     TextLines::Several, true},
          std::tuple{"note", tr("note"), edit.note, kMaxFreeTextLength, TextLines::Several,
                     false}}) {
        if (text.isNull())
            continue;
        if (auto r = checkTextInput(field, text, max, lines); !r)
            return r.error();
        if (required && text.trimmed().isEmpty())
            return makeError(ErrorCode::Invalid,
                             tr("An entry keeps its %1 (Los Altos 462.4(h)(5)): give a new one "
                                "or leave it as it is.")
                                 .arg(field));
        proposed.insert(QLatin1String(key), text.trimmed());
    }
    if (edit.expires.isValid()) {
        const QDate today = m_session.clock().now().date();
        if (edit.expires < today || edit.expires > today.addDays(kMaxEntryDays - 1))
            return makeError(ErrorCode::Invalid,
                             tr("The expiry %1 is not between today and one year from today.")
                                 .arg(edit.expires.toString(Qt::ISODate)));
        proposed.insert(QStringLiteral("expires"), edit.expires.toString(Qt::ISODate));
    }
    if (edit.remove)
        proposed.insert(QStringLiteral("status"), entryStatusName(EntryStatus::Removed));
    if (proposed.isEmpty())
        return makeError(ErrorCode::Invalid, tr("The change changes nothing."));
    const QString prohibited =
        prohibitedUse(proposed.value(QStringLiteral("reason")).toString() + u'\n' +
                      proposed.value(QStringLiteral("synopsis")).toString() + u'\n' +
                      proposed.value(QStringLiteral("note")).toString());
    if (!prohibited.isEmpty()) {
        (void)trailOf(m_session).append(
            m_session.user().username, QStringLiteral("hotlist-entry-change-proposed"),
            entryObject(entryId),
            {{QStringLiteral("proposed"), proposed}, {QStringLiteral("refusal"), prohibited}},
            QStringLiteral("refused"));
        return makeError(
            ErrorCode::Denied,
            tr("The change was refused: %1. ALPR data may not be used for it.").arg(prohibited));
    }
    if (m_session.isDepartment())
        return departmenthotlists::proposeChange(m_session, entryId, proposed);
    EntryChange change;
    change.entryId = entryId;
    change.proposed = proposed;
    change.proposedBy = m_session.user().username;
    change.proposedAt = m_session.clock().now();
    return storeOf(m_session).hotLists().proposeChange(
        change, trailOf(m_session),
        TrailEntry{m_session.user().username,
                   QStringLiteral("hotlist-entry-change-proposed"),
                   entryObject(entryId),
                   {{QStringLiteral("proposed"), proposed}},
                   QStringLiteral("pending")});
}

Result<void> HotLists::decideChange(qint64 changeId, bool approve)
{
    const QString object = QStringLiteral("hotlist-entry-change:%1").arg(changeId);
    if (auto r = m_session.require(Action::ApproveEntryChanges, object); !r)
        return r.error();
    // The server refuses the proposer and the entry's author, and records it.
    if (m_session.isDepartment())
        return departmenthotlists::decideChange(m_session, changeId, approve);
    Store& store = storeOf(m_session);
    auto found = store.hotLists().change(changeId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("There is no change %1.").arg(changeId));
    EntryChange change = *found.value();
    auto e = entryForUser(change.entryId);
    if (!e)
        return e.error();
    if (change.status != QLatin1String("pending"))
        return makeError(ErrorCode::Invalid,
                         tr("Change %1 was %2 already.").arg(changeId).arg(change.status));
    const QString me = m_session.user().username;
    if (me == change.proposedBy || me == e->enteredBy) {
        (void)trailOf(m_session).append(
            me, QStringLiteral("hotlist-entry-changed"), entryObject(change.entryId),
            {{QStringLiteral("change"), changeId},
             {QStringLiteral("reason"), QStringLiteral("own entry or change")}},
            QStringLiteral("refused"));
        return makeError(ErrorCode::Denied,
                         tr("Nobody approves an entry they entered or changed: another "
                            "supervisor decides change %1.")
                             .arg(changeId));
    }
    HotListEntry changed = e.value();
    const QJsonObject& p = change.proposed;
    if (p.contains(QStringLiteral("state")))
        changed.state = p.value(QStringLiteral("state")).toString();
    if (p.contains(QStringLiteral("reason")))
        changed.reason = p.value(QStringLiteral("reason")).toString();
    if (p.contains(QStringLiteral("synopsis")))
        changed.synopsis = p.value(QStringLiteral("synopsis")).toString();
    if (p.contains(QStringLiteral("note")))
        changed.note = p.value(QStringLiteral("note")).toString();
    if (p.contains(QStringLiteral("expires")))
        changed.expiresAt =
            endOfDay(QDate::fromString(p.value(QStringLiteral("expires")).toString(), Qt::ISODate));
    if (p.contains(QStringLiteral("status")))
        changed.status = EntryStatus::Removed;
    change.status = approve ? QStringLiteral("approved") : QStringLiteral("refused");
    change.decidedBy = me;
    change.decidedAt = m_session.clock().now();
    return store.hotLists().decideChange(
        change, changed, trailOf(m_session),
        TrailEntry{me,
                   approve ? QStringLiteral("hotlist-entry-changed")
                           : QStringLiteral("hotlist-entry-change-refused"),
                   entryObject(change.entryId),
                   {{QStringLiteral("change"), changeId},
                    {QStringLiteral("proposed"), p},
                    {QStringLiteral("proposed_by"), change.proposedBy}},
                   QStringLiteral("success")});
}

Result<QList<EntryChange>> HotLists::changes(qint64 entryId)
{
    // The department store's entry came with its changes.
    if (m_session.isDepartment() && m_changesOf == entryId)
        return m_changes;
    auto e = entryForUser(entryId);
    if (!e)
        return e.error();
    if (m_session.isDepartment())
        return m_changes;
    return storeOf(m_session).hotLists().changes(entryId);
}

Result<int> HotLists::expireDue()
{
    if (m_session.isDepartment())
        return 0; // the server expires them as it lists the lists
    Store& store = storeOf(m_session);
    const QDateTime now = m_session.clock().now();
    auto due = store.hotLists().dueToExpire(now);
    if (!due)
        return due.error();
    for (const HotListEntry& e : due.value()) {
        auto r = store.hotLists().setEntryStatus(
            e.id, EntryStatus::Expired, m_session.user().username, now, trailOf(m_session),
            TrailEntry{m_session.user().username,
                       QStringLiteral("hotlist-entry-expired"),
                       entryObject(e.id),
                       {{QStringLiteral("expires"), e.expiresAt.toString(Qt::ISODate)}},
                       QStringLiteral("success")});
        if (!r)
            return r.error();
    }
    return int(due->size());
}

Result<HotLists::Lookback> HotLists::lookback(qint64 entryId)
{
    auto e = entryForUser(entryId);
    if (!e)
        return e.error();
    if (e->status != EntryStatus::Approved)
        return makeError(ErrorCode::Invalid,
                         tr("Entry %1 is %2: only an approved entry looks back.")
                             .arg(entryId)
                             .arg(entryStatusName(e->status)));
    if (e->enteredBy != m_session.user().username)
        return makeError(
            ErrorCode::Denied,
            tr("Only %1, who entered entry %2, looks back for it.").arg(e->enteredBy).arg(entryId));
    auto l = listById(e->listId);
    if (!l)
        return l.error();
    if (!l.value())
        return makeError(ErrorCode::NotFound, tr("There is no hot-list entry %1.").arg(entryId));
    // A general list's entries are replaced by each download; a look-back
    // linked to one would stop the next download from replacing them.
    if (l.value()->kind != HotListKind::Department)
        return makeError(ErrorCode::Invalid,
                         tr("Entry %1 belongs to a general list; only department entries look "
                            "back.")
                             .arg(entryId));
    SearchRequest request;
    request.caseNumber = e->caseNumber;
    request.purpose = l.value()->purpose;
    request.pattern = e->plate;
    request.candidates = true;
    request.note = tr("Look-back for hot-list entry %1").arg(entryId);
    SearchService search(m_session);
    auto outcome = search.search(request);
    if (!outcome)
        return outcome.error();
    // The department store's search records its note, naming the entry.
    if (!m_session.isDepartment())
        if (auto r = storeOf(m_session).hotLists().linkLookback(entryId, outcome->searchId); !r)
            return r.error();
    Lookback result;
    result.searchId = outcome->searchId;
    result.count = outcome->totalCount;
    for (const SearchHit& h : outcome->hits)
        result.reads.append(h.read);
    return result;
}

} // namespace alpr
