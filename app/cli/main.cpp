// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// alprctl: the command-line face of ALPR Workstation. Thin: every command is
// one core call, with the same checks and audit records as the GUI.
#include "terminal.h"

#include "audit/auditlog.h"
#include "auth/processguard.h"
#include "auth/session.h"
#include "common/clock.h"
#include "demo/demostore.h"
#include "ingest/readimporter.h"
#include "search/searchservice.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTextStream>

#include <unistd.h>


using namespace alpr;
using alpr::cli::printErr;
using alpr::cli::printOut;

namespace {

// Exit codes (README): 0 ok, 1 error, 2 usage, 3 authentication refused, 4 refused by policy.
enum Exit { ExitOk = 0, ExitError = 1, ExitUsage = 2, ExitAuth = 3, ExitPolicy = 4 };

int exitFor(const Error& e)
{
    switch (e.code) {
    case ErrorCode::AuthFailed:
    case ErrorCode::Locked:
        return ExitAuth;
    case ErrorCode::Denied:
        return ExitPolicy;
    default:
        return ExitError;
    }
}

int fail(const Error& e)
{
    printErr(QStringLiteral("alprctl: %1").arg(e.message));
    return exitFor(e);
}

int usage(const QString& message)
{
    printErr(QStringLiteral("alprctl: %1\nRun 'alprctl --help' for the commands.").arg(message));
    return ExitUsage;
}

const char* const kHelp = R"(Usage: alprctl [--store FILE] [--user NAME] COMMAND [options]

Commands:
  init --admin NAME                  create a new, empty store with one administrator
  demo [--reads N] [--seed S] [--no-images] [--last-day YYYY-MM-DD]
                                     create a demo store, or add reads to one
  import reads FILE...               import OpenALPR alpr_group JSON or CSV read files
  search --case CASE --purpose PURPOSE [--limit N] [--misread] [--json] PATTERN
                                     search plate reads (PATTERN: 7ABC123, 7AB*, *XYZ*, 7?B?12?, [78]AB*)
  audit verify                       check the audit trail's hash chain
  audit list [--by USER] [--action A] [--case C] [--from T] [--to T] [--json]

Global options:
  --store FILE   the store (default: $ALPR_STORE, else ~/.local/share/alpr-workstation/store.alprdb)
  --user NAME    who you are (default: $ALPR_USER, else your login name)

The password comes from $ALPR_PASSWORD, otherwise it is asked for without echo.
Exit codes: 0 ok, 1 error, 2 usage, 3 authentication refused, 4 refused by policy.)";

struct Options
{
    QCommandLineParser parser;
    QStringList positional;
    QString storePath;
    QString username;
};

QString defaultStorePath()
{
    const QString env = qEnvironmentVariable("ALPR_STORE");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/alpr-workstation/store.alprdb");
}

QString defaultUser()
{
    QString user = qEnvironmentVariable("ALPR_USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    return user;
}

Result<std::unique_ptr<Session>> signIn(const Options& o)
{
    if (o.username.isEmpty())
        return makeError(ErrorCode::Invalid, QStringLiteral("say who you are with --user NAME"));
    SecureBytes password =
        cli::readPassword("ALPR_PASSWORD", QStringLiteral("Password for %1: ").arg(o.username));
    if (password.isEmpty())
        return makeError(ErrorCode::AuthFailed,
                         QStringLiteral("no password given (set ALPR_PASSWORD or run on a "
                                        "terminal)"));
    return Session::signIn(o.storePath, o.username, password, Clock::system());
}

QString localTime(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString coordinate(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'f', 5) : QStringLiteral("-");
}

// ---- commands ----

int cmdInit(Options& o)
{
    const QString admin = o.parser.value(QStringLiteral("admin"));
    if (admin.isEmpty())
        return usage(QStringLiteral("init needs --admin NAME"));
    QString problem;
    SecureBytes password = cli::readNewPassword(
        "ALPR_PASSWORD", QStringLiteral("New password for %1: ").arg(admin), &problem);
    if (password.isEmpty())
        return fail(makeError(ErrorCode::Invalid, problem));
    QDir().mkpath(QFileInfo(o.storePath).absolutePath());
    UserAccount account;
    account.username = admin;
    account.fullName = admin;
    account.roles = {Role::Administrator};
    auto session = Session::createStore(o.storePath, account, password, Clock::system());
    if (!session)
        return fail(session.error());
    printOut(QStringLiteral("Created %1 with administrator %2.\nKey slots: %3")
                 .arg(o.storePath, admin, Store::keySlotPathFor(o.storePath)));
    return ExitOk;
}

int cmdDemo(Options& o)
{
    DemoOptions demo;
    bool ok = true;
    if (o.parser.isSet(QStringLiteral("reads"))) {
        demo.reads = o.parser.value(QStringLiteral("reads")).toInt(&ok);
        if (!ok || demo.reads < 0)
            return usage(QStringLiteral("--reads takes a number of reads, e.g. --reads 20000"));
    }
    if (o.parser.isSet(QStringLiteral("seed"))) {
        demo.seed = o.parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usage(QStringLiteral("--seed takes a whole number"));
    }
    if (o.parser.isSet(QStringLiteral("last-day"))) {
        demo.lastDay = QDate::fromString(o.parser.value(QStringLiteral("last-day")), Qt::ISODate);
        if (!demo.lastDay.isValid())
            return usage(QStringLiteral("--last-day takes a date, e.g. 2026-11-21"));
    }
    demo.images = !o.parser.isSet(QStringLiteral("no-images"));
    QDir().mkpath(QFileInfo(o.storePath).absolutePath());
    const bool interactive = ::isatty(2);
    auto summary = createOrFillDemoStore(o.storePath, demo, [interactive](int done, int total) {
        if (interactive)
            std::fprintf(stderr, "\r  %d of %d reads", done, total);
    });
    if (interactive)
        std::fputc('\n', stderr);
    if (!summary)
        return fail(summary.error());
    printOut(QStringLiteral("Demo store %1: %2 reads added, %3 distinct plates, %4 cameras.")
                 .arg(o.storePath)
                 .arg(summary->reads)
                 .arg(summary->distinctPlates)
                 .arg(summary->cameras));
    QStringList users;
    for (const DemoAccount& a : demoAccounts())
        users << QStringLiteral("%1 (%2)").arg(a.username, a.roles);
    printOut(QStringLiteral("Sign in as %1; the password of every demo account is %2")
                 .arg(users.join(QStringLiteral(", ")), demoPassword()));
    return ExitOk;
}

int cmdImport(Options& o)
{
    if (o.positional.size() < 3 || o.positional[1] != QLatin1String("reads"))
        return usage(QStringLiteral("import reads FILE... : name one or more read files"));
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    ReadImporter importer(*session.value());
    int status = ExitOk;
    for (const QString& file : o.positional.mid(2)) {
        auto result = importer.importFile(file);
        if (!result) {
            printErr(QStringLiteral("alprctl: %1").arg(result.error().message));
            status = std::max(status, exitFor(result.error()));
            continue;
        }
        printOut(QStringLiteral("%1: %2 read(s) imported, %3 already in the store")
                     .arg(result->source)
                     .arg(result->imported)
                     .arg(result->duplicates));
    }
    return status;
}

int cmdSearch(Options& o)
{
    if (o.positional.size() != 2)
        return usage(QStringLiteral("search takes exactly one PATTERN (quote it: '7AB*')"));
    SearchRequest request;
    request.pattern = o.positional[1];
    request.caseNumber = o.parser.value(QStringLiteral("case"));
    request.purpose = o.parser.value(QStringLiteral("purpose"));
    request.misread = o.parser.isSet(QStringLiteral("misread"));
    if (o.parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        request.limit = o.parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || request.limit < 1)
            return usage(QStringLiteral("--limit takes a positive number"));
    }
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    SearchService search(*session.value());
    auto outcome = search.search(request);
    if (!outcome)
        return fail(outcome.error());

    if (o.parser.isSet(QStringLiteral("json"))) {
        QJsonArray reads;
        for (const SearchHit& hit : outcome->hits) {
            const ReadRecord& r = hit.read;
            reads.append(QJsonObject{
                {QStringLiteral("id"), r.id},
                {QStringLiteral("plate"), r.plate},
                {QStringLiteral("state"), r.state},
                {QStringLiteral("captured_at"), r.capturedAt.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("camera"), r.cameraName},
                {QStringLiteral("latitude"), r.latitude ? QJsonValue(*r.latitude) : QJsonValue()},
                {QStringLiteral("longitude"),
                 r.longitude ? QJsonValue(*r.longitude) : QJsonValue()},
                {QStringLiteral("match"), plateMatchName(hit.match)}});
        }
        const QJsonObject out{{QStringLiteral("search_id"), outcome->searchId},
                              {QStringLiteral("case"), request.caseNumber},
                              {QStringLiteral("purpose"), request.purpose},
                              {QStringLiteral("pattern"), outcome->pattern},
                              {QStringLiteral("count"), outcome->totalCount},
                              {QStringLiteral("reads"), reads}};
        printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)).trimmed());
        return ExitOk;
    }
    printOut(QStringLiteral("Search %1, case %2 (%3): %4 read(s) match %5%6")
                 .arg(outcome->searchId)
                 .arg(request.caseNumber, request.purpose)
                 .arg(outcome->totalCount)
                 .arg(outcome->pattern,
                      outcome->hits.size() < outcome->totalCount
                          ? QStringLiteral(", showing %1").arg(outcome->hits.size())
                          : QString()));
    if (outcome->hits.isEmpty())
        return ExitOk;
    QString table;
    QTextStream s(&table);
    s << qSetFieldWidth(9) << Qt::left << "READ" << qSetFieldWidth(11) << "PLATE"
      << qSetFieldWidth(6) << "STATE" << qSetFieldWidth(21) << "CAPTURED (local)"
      << qSetFieldWidth(9) << "MATCH" << qSetFieldWidth(22) << "POSITION" << qSetFieldWidth(0)
      << "CAMERA\n";
    for (const SearchHit& hit : outcome->hits) {
        const ReadRecord& r = hit.read;
        s << qSetFieldWidth(9) << QString::number(r.id) << qSetFieldWidth(11) << r.plate
          << qSetFieldWidth(6) << (r.state.isEmpty() ? QStringLiteral("-") : r.state)
          << qSetFieldWidth(21) << localTime(r.capturedAt) << qSetFieldWidth(9)
          << plateMatchName(hit.match) << qSetFieldWidth(22)
          << (coordinate(r.latitude) + u',' + coordinate(r.longitude)) << qSetFieldWidth(0)
          << r.cameraName << '\n';
    }
    s.flush();
    std::fputs(table.toUtf8().constData(), stdout);
    return ExitOk;
}

QJsonObject eventJson(const AuditEvent& e)
{
    return {{QStringLiteral("seq"), e.seq},
            {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("user"), e.username},
            {QStringLiteral("workstation"), e.workstation},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("object"), e.object},
            {QStringLiteral("details"), e.details},
            {QStringLiteral("outcome"), e.outcome},
            {QStringLiteral("prev_hash"), e.prevHash},
            {QStringLiteral("hash"), e.hash}};
}

Result<QDateTime> parseTimeOption(const Options& o, const QString& name)
{
    if (!o.parser.isSet(name))
        return QDateTime();
    const QString text = o.parser.value(name);
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    if (!t.isValid())
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("--%1 \"%2\" is not an ISO 8601 date or time "
                                        "(e.g. 2026-11-01 or 2026-11-01T08:00:00Z)")
                             .arg(name, text));
    return t.toUTC();
}

int cmdAudit(Options& o)
{
    const QString sub = o.positional.value(1);
    if (sub != QLatin1String("verify") && sub != QLatin1String("list"))
        return usage(QStringLiteral("audit takes 'verify' or 'list'"));
    auto session = signIn(o);
    if (!session)
        return fail(session.error());
    Session& s = *session.value();
    if (auto r = s.require(Action::ReadAudit, QStringLiteral("audit")); !r)
        return fail(r.error());

    if (sub == QLatin1String("verify")) {
        auto v = s.audit().verify();
        if (!v)
            return fail(v.error());
        (void)s.audit().append(s.user().username, QStringLiteral("audit-verify"),
                               QStringLiteral("audit"),
                               {{QStringLiteral("intact"), v->intact},
                                {QStringLiteral("events"), v->events},
                                {QStringLiteral("first_bad_seq"), v->firstBadSeq}},
                               QStringLiteral("success"));
        if (!v->intact) {
            printErr(QStringLiteral("audit trail BROKEN at event %1: %2 (%3 events checked)")
                         .arg(v->firstBadSeq)
                         .arg(v->problem)
                         .arg(v->events));
            return ExitError;
        }
        printOut(QStringLiteral("audit trail intact: %1 events, latest hash %2")
                     .arg(v->events)
                     .arg(v->headHash));
        return ExitOk;
    }

    AuditFilter filter;
    filter.username = o.parser.value(QStringLiteral("by"));
    filter.action = o.parser.value(QStringLiteral("action"));
    filter.caseNumber = o.parser.value(QStringLiteral("case"));
    auto from = parseTimeOption(o, QStringLiteral("from"));
    auto to = parseTimeOption(o, QStringLiteral("to"));
    if (!from)
        return usage(from.error().message);
    if (!to)
        return usage(to.error().message);
    filter.from = from.value();
    filter.to = to.value();
    (void)s.audit().append(s.user().username, QStringLiteral("audit-list"), QStringLiteral("audit"),
                           {{QStringLiteral("filter_user"), filter.username},
                            {QStringLiteral("filter_action"), filter.action},
                            {QStringLiteral("filter_case"), filter.caseNumber}},
                           QStringLiteral("success"));
    auto events = s.audit().list(filter);
    if (!events)
        return fail(events.error());
    if (o.parser.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const AuditEvent& e : events.value())
            a.append(eventJson(e));
        printOut(QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented)).trimmed());
        return ExitOk;
    }
    for (const AuditEvent& e : events.value()) {
        printOut(QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                     .arg(e.seq, 6)
                     .arg(localTime(e.at), e.username, e.action, e.object, e.outcome,
                          QString::fromUtf8(
                              QJsonDocument(e.details).toJson(QJsonDocument::Compact))));
    }
    return ExitOk;
}

} // namespace

int main(int argc, char* argv[])
{
    protectProcessSecrets();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("alprctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALPR_VERSION));

    Options o;
    QCommandLineParser& p = o.parser;
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QList<QCommandLineOption> options{
        {QStringLiteral("store"), QStringLiteral("Store file."), QStringLiteral("FILE")},
        {QStringLiteral("user"), QStringLiteral("Your user name."), QStringLiteral("NAME")},
        {QStringLiteral("by"), QStringLiteral("Audit events of this user."), QStringLiteral("NAME")},
        {QStringLiteral("admin"), QStringLiteral("Administrator of a new store."),
         QStringLiteral("NAME")},
        {QStringLiteral("reads"), QStringLiteral("Demo reads."), QStringLiteral("N")},
        {QStringLiteral("seed"), QStringLiteral("Demo seed."), QStringLiteral("S")},
        {QStringLiteral("last-day"), QStringLiteral("Last day of demo reads."),
         QStringLiteral("DATE")},
        {QStringLiteral("no-images"), QStringLiteral("Demo reads without images.")},
        {QStringLiteral("case"), QStringLiteral("Case or incident number."),
         QStringLiteral("CASE")},
        {QStringLiteral("purpose"), QStringLiteral("Purpose code."), QStringLiteral("PURPOSE")},
        {QStringLiteral("limit"), QStringLiteral("Reads to show."), QStringLiteral("N")},
        {QStringLiteral("misread"), QStringLiteral("Misread-tolerant matching.")},
        {QStringLiteral("json"), QStringLiteral("JSON output.")},
        {QStringLiteral("action"), QStringLiteral("Audit action."), QStringLiteral("A")},
        {QStringLiteral("from"), QStringLiteral("From (ISO 8601)."), QStringLiteral("T")},
        {QStringLiteral("to"), QStringLiteral("To (ISO 8601)."), QStringLiteral("T")},
        {QStringLiteral("help"), QStringLiteral("Show help.")},
        {QStringLiteral("version"), QStringLiteral("Show the version.")},
    };
    p.addOptions(options);
    if (!p.parse(QCoreApplication::arguments()))
        return usage(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        printOut(QString::fromUtf8(kHelp));
        return ExitOk;
    }
    if (p.isSet(QStringLiteral("version"))) {
        printOut(QStringLiteral("alprctl %1").arg(QStringLiteral(ALPR_VERSION)));
        return ExitOk;
    }
    o.positional = p.positionalArguments();
    if (o.positional.isEmpty())
        return usage(QStringLiteral("no command given"));
    o.storePath = p.isSet(QStringLiteral("store")) ? p.value(QStringLiteral("store"))
                                                   : defaultStorePath();
    const QString command = o.positional.first();
    o.username = p.isSet(QStringLiteral("user")) ? p.value(QStringLiteral("user")) : defaultUser();

    if (command == QLatin1String("init"))
        return cmdInit(o);
    if (command == QLatin1String("demo"))
        return cmdDemo(o);
    if (command == QLatin1String("import"))
        return cmdImport(o);
    if (command == QLatin1String("search"))
        return cmdSearch(o);
    if (command == QLatin1String("audit"))
        return cmdAudit(o);
    return usage(QStringLiteral("unknown command \"%1\"").arg(command));
}
