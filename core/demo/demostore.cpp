// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "demo/demostore.h"

#include "cases/agencysettings.h"

#include "audit/auditlog.h"
#include "auth/session.h"
#include "auth/sessionaccess.h"
#include "auth/signin.h"
#include "auth/useradministration.h"
#include "common/clock.h"
#include "common/splitmix.h"
#include "evidence/evidencekeys.h"
#include "hits/hotlists.h"
#include "imaging/demoimages.h"
#include "ingest/readimporter.h"
#include "retention/legalholds.h"
#include "store/readrepository.h"
#include "store/store.h"
#include "store/trailwriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <array>
#include <cmath>

namespace alpr {

QString demoPassword()
{
    return QStringLiteral("demo-password-2026");
}

QList<DemoAccount> demoAccounts()
{
    return {
        {QStringLiteral("admin"), QStringLiteral("Sgt. Dana Whitfield"), QStringLiteral("1187"),
         QStringLiteral("administrator")},
        {QStringLiteral("detective"), QStringLiteral("Det. Maria Reyes"), QStringLiteral("2241"),
         QStringLiteral("detective")},
        {QStringLiteral("dispatcher"), QStringLiteral("Kevin Tran"), QStringLiteral("D-310"),
         QStringLiteral("dispatcher")},
        {QStringLiteral("records"), QStringLiteral("Lena Okafor"), QStringLiteral("R-052"),
         QStringLiteral("records")},
        {QStringLiteral("auditor"), QStringLiteral("Lt. Samuel Brooks"), QStringLiteral("0934"),
         QStringLiteral("auditor")},
        {QStringLiteral("supervisor"), QStringLiteral("Sgt. Ana Castillo"), QStringLiteral("1422"),
         QStringLiteral("supervisor")},
    };
}

namespace {

constexpr auto mix = splitMix64;

class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(mix(seed)) {}
    quint64 next() { return m_state = mix(m_state); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    int below(int n) { return int(next() % quint64(n)); }
    template <typename T, std::size_t N> int weighted(const std::array<T, N>& items)
    {
        int total = 0;
        for (const auto& it : items)
            total += it.weight;
        int pick = below(total);
        for (std::size_t i = 0; i < N; ++i) {
            pick -= items[i].weight;
            if (pick < 0)
                return int(i);
        }
        return int(N - 1);
    }

private:
    quint64 m_state;
};

struct CameraSite
{
    const char* code;
    const char* name;
    double latitude;
    double longitude;
    SourceKind kind;
};

// Fixed cameras at real intersections, and patrol cars whose reads scatter
// around their beat (approximate coordinates).
constexpr std::array kCameras{
    CameraSite{"LA-01", "Los Altos: El Camino Real & San Antonio Rd", 37.4021, -122.1125,
               SourceKind::Fixed},
    CameraSite{"LA-02", "Los Altos: Foothill Expy & Edith Ave", 37.3836, -122.1002,
               SourceKind::Fixed},
    CameraSite{"LA-03", "Los Altos: Fremont Ave & Grant Rd", 37.3553, -122.0856, SourceKind::Fixed},
    CameraSite{"SL-01", "San Leandro: E 14th St & Davis St", 37.7253, -122.1560, SourceKind::Fixed},
    CameraSite{"SL-02", "San Leandro: Marina Blvd & Merced St", 37.7078, -122.1748,
               SourceKind::Fixed},
    CameraSite{"SL-03", "San Leandro: Hesperian Blvd & Fairmont Dr", 37.7019, -122.1280,
               SourceKind::Fixed},
    CameraSite{"SM-01", "Santa Monica: Lincoln Blvd & Pico Blvd", 34.0093, -118.4803,
               SourceKind::Fixed},
    CameraSite{"SM-02", "Santa Monica: Ocean Ave & Colorado Ave", 34.0120, -118.4958,
               SourceKind::Fixed},
    CameraSite{"SM-03", "Santa Monica: Wilshire Blvd & 26th St", 34.0394, -118.4796,
               SourceKind::Fixed},
    CameraSite{"IR-01", "Irvine: Jamboree Rd & Michelson Dr", 33.6727, -117.8512,
               SourceKind::Fixed},
    CameraSite{"IR-02", "Irvine: Culver Dr & Barranca Pkwy", 33.6873, -117.8086, SourceKind::Fixed},
    CameraSite{"IR-03", "Irvine: Irvine Center Dr & Sand Canyon Ave", 33.6530, -117.7454,
               SourceKind::Fixed},
    CameraSite{"MT-01", "Manteca: Yosemite Ave & Main St", 37.7975, -121.2161, SourceKind::Fixed},
    CameraSite{"MT-02", "Manteca: Main St & Lathrop Rd", 37.8261, -121.2163, SourceKind::Fixed},
    CameraSite{"MT-03", "Manteca: Airport Way & Yosemite Ave", 37.7972, -121.2478,
               SourceKind::Fixed},
    CameraSite{"LA-U12", "Los Altos patrol unit 12", 37.3852, -122.1141, SourceKind::Mobile},
    CameraSite{"SL-U31", "San Leandro patrol unit 31", 37.7249, -122.1561, SourceKind::Mobile},
    CameraSite{"SM-U07", "Santa Monica patrol unit 7", 34.0195, -118.4912, SourceKind::Mobile},
    CameraSite{"IR-U22", "Irvine patrol unit 22", 33.6846, -117.8265, SourceKind::Mobile},
    CameraSite{"MT-U04", "Manteca patrol unit 4", 37.7974, -121.2161, SourceKind::Mobile},
};

struct Weighted
{
    const char* value;
    int weight;
};
constexpr std::array kStates{Weighted{"CA", 880}, Weighted{"NV", 30}, Weighted{"AZ", 30},
                             Weighted{"OR", 20},  Weighted{"WA", 15}, Weighted{"TX", 15},
                             Weighted{"NY", 10}};
constexpr std::array kColors{Weighted{"white", 24},  Weighted{"black", 20}, Weighted{"gray", 16},
                             Weighted{"silver", 14}, Weighted{"blue", 9},   Weighted{"red", 9},
                             Weighted{"green", 3},   Weighted{"brown", 2},  Weighted{"gold", 2},
                             Weighted{"orange", 1}};
struct Model
{
    const char* make;
    const char* model;
    const char* body;
    int weight;
};
constexpr std::array kModels{
    Model{"toyota", "camry", "sedan", 9},      Model{"toyota", "corolla", "sedan", 8},
    Model{"toyota", "rav4", "suv", 8},         Model{"toyota", "tacoma", "pickup", 5},
    Model{"toyota", "prius", "hatchback", 4},  Model{"honda", "civic", "sedan", 9},
    Model{"honda", "accord", "sedan", 7},      Model{"honda", "cr-v", "suv", 7},
    Model{"ford", "f-150", "pickup", 7},       Model{"ford", "explorer", "suv", 4},
    Model{"ford", "transit", "van", 2},        Model{"chevrolet", "silverado", "pickup", 5},
    Model{"chevrolet", "malibu", "sedan", 3},  Model{"chevrolet", "equinox", "suv", 3},
    Model{"nissan", "altima", "sedan", 5},     Model{"nissan", "rogue", "suv", 4},
    Model{"tesla", "model-3", "sedan", 6},     Model{"tesla", "model-y", "suv", 6},
    Model{"bmw", "3-series", "sedan", 3},      Model{"bmw", "x3", "suv", 2},
    Model{"subaru", "outback", "wagon", 3},    Model{"jeep", "wrangler", "suv", 3},
    Model{"hyundai", "elantra", "sedan", 4},   Model{"kia", "sorento", "suv", 3},
    Model{"dodge", "grand-caravan", "van", 2}, Model{"mercedes-benz", "c-class", "sedan", 2},
};

// Hours of the day weighted like real traffic: commute peaks, quiet nights.
constexpr std::array<int, 24> kHourWeights{2,  1,  1,  1,  2,  4,  8,  14, 16, 12, 10, 10,
                                           11, 11, 11, 12, 15, 16, 13, 9,  7,  5,  4,  3};

// The confusions ALPR cameras make (the default misread classes).
QChar confusable(QChar c, Rng& rng)
{
    static const QHash<QChar, QString> table{
        {u'0', QStringLiteral("OD")}, {u'O', QStringLiteral("0D")}, {u'D', QStringLiteral("0O")},
        {u'Q', QStringLiteral("0O")}, {u'1', QStringLiteral("I")},  {u'I', QStringLiteral("1")},
        {u'2', QStringLiteral("Z")},  {u'Z', QStringLiteral("2")},  {u'5', QStringLiteral("S")},
        {u'S', QStringLiteral("5")},  {u'8', QStringLiteral("B")},  {u'B', QStringLiteral("8")},
        {u'6', QStringLiteral("G")},  {u'G', QStringLiteral("6")}};
    const auto it = table.constFind(c);
    if (it == table.constEnd())
        return c;
    return it->at(rng.below(int(it->size())));
}

// Replaces one confusable character; the plate itself when it has none.
QString misreadOf(const QString& plate, Rng& rng)
{
    QList<int> positions;
    for (int i = 0; i < plate.size(); ++i)
        if (confusable(plate[i], rng) != plate[i])
            positions << i;
    if (positions.isEmpty())
        return plate;
    QString out = plate;
    const int pos = positions[rng.below(int(positions.size()))];
    out[pos] = confusable(plate[pos], rng);
    return out;
}

QChar letter(Rng& rng)
{
    static const char kLetters[] = "ABCDEFGHJKLMNPRSTUVWXYZ"; // serials skip I, O and Q
    return QLatin1Char(kLetters[rng.below(int(sizeof(kLetters) - 1))]);
}
QChar digit(Rng& rng, int from = 0)
{
    return QLatin1Char(char('0' + from + rng.below(10 - from)));
}

QString plateFor(const QString& state, Rng& rng)
{
    // A format: N digit (1-9 where marked '1'), L letter.
    QString format;
    if (state == QLatin1String("CA")) {
        const int f = rng.below(100);
        format = f < 78   ? QStringLiteral("1LLLNNN") // 1980-present standard
                 : f < 88 ? QStringLiteral("1LNNNNN") // commercial
                 : f < 96 ? QStringLiteral("LLLNNN")  // 1956-1980 and trailers
                          : QStringLiteral("NNNLLL");
    } else if (state == QLatin1String("NV")) {
        format = QStringLiteral("NNNLNN");
    } else if (state == QLatin1String("OR")) {
        format = QStringLiteral("NNNLLL");
    } else {
        format = QStringLiteral("LLLNNNN");
    }
    QString plate;
    for (QChar f : format)
        plate += f == u'L' ? letter(rng) : digit(rng, f == u'1' ? 1 : 0);
    return plate;
}

} // namespace

struct DemoGenerator::Vehicle
{
    QString plate;
    quint8 state;
    quint8 model;
    quint8 color;
    quint8 homeCamera[2];
};

DemoGenerator::DemoGenerator(const DemoOptions& options) : m_options(options)
{
    // With no last day asked for, the reads end at the moment the store is
    // made, never later the same day.
    const QDateTime madeAt =
        options.madeAt.isValid() ? options.madeAt.toUTC() : QDateTime::currentDateTimeUtc();
    const QDate last = options.lastDay.isValid() ? options.lastDay : madeAt.date();
    m_end = QDateTime(last.addDays(1), QTime(0, 0), Qt::UTC);
    const qint64 latest =
        options.lastDay.isValid() ? m_end.toMSecsSinceEpoch() - 1 : madeAt.toMSecsSinceEpoch();
    const int reads = std::max(0, options.reads);
    const int pool = std::max(10, options.vehicles > 0 ? options.vehicles : reads / 3);
    m_vehicles.reserve(std::size_t(pool));
    for (int v = 0; v < pool; ++v) {
        Rng rng(options.seed * 0x100000001B3ULL ^ (quint64(v) << 1 | 1));
        Vehicle vehicle;
        vehicle.state = quint8(rng.weighted(kStates));
        vehicle.plate = plateFor(QLatin1String(kStates[vehicle.state].value), rng);
        vehicle.model = quint8(rng.weighted(kModels));
        vehicle.color = quint8(rng.weighted(kColors));
        // Vehicles keep to one town: both usual cameras in the same city.
        const int city = rng.below(5);
        const int fixed = city * 3 + rng.below(3);
        vehicle.homeCamera[0] = quint8(fixed);
        vehicle.homeCamera[1] = quint8(rng.below(2) ? 15 + city : city * 3 + rng.below(3));
        m_vehicles.push_back(vehicle);
    }
    Rng timeRng(options.seed ^ 0x7157A11ULL);
    const int hourTotal = [] {
        int t = 0;
        for (int w : kHourWeights)
            t += w;
        return t;
    }();
    m_times.reserve(std::size_t(reads));
    const qint64 start = m_end.addDays(-30).toMSecsSinceEpoch();
    for (int i = 0; i < reads; ++i) {
        const int day = timeRng.below(30);
        int pick = timeRng.below(hourTotal);
        int hour = 0;
        while (pick >= kHourWeights[std::size_t(hour)])
            pick -= kHourWeights[std::size_t(hour++)];
        const qint64 ms = qint64(timeRng.below(3600 * 1000));
        qint64 at = start + qint64(day) * 86400000 + qint64(hour) * 3600000 + ms;
        // A time still to come today moves to the same hour the day before.
        if (at > latest)
            at -= 86400000;
        m_times.push_back(at);
    }
    std::sort(m_times.begin(), m_times.end());
}

DemoGenerator::~DemoGenerator() = default;

int DemoGenerator::distinctPlates() const
{
    return int(m_vehicles.size());
}

ReadRecord DemoGenerator::makeRead(int index) const
{
    Rng rng(m_options.seed * 0x9E3779B97F4A7C15ULL + quint64(index) * 0xD1B54A32D192ED03ULL + 7);
    // A few vehicles are seen often, most rarely: a skewed draw over the pool.
    const double u = rng.unit();
    const auto v = std::size_t(std::min<double>(double(m_vehicles.size()) - 1,
                                                std::floor(std::pow(u, 1.7) * m_vehicles.size())));
    const Vehicle& vehicle = m_vehicles[v];
    const Model& model = kModels[vehicle.model];

    ReadRecord read;
    read.state = QLatin1String(kStates[vehicle.state].value);
    read.capturedAt = QDateTime::fromMSecsSinceEpoch(m_times[std::size_t(index)], Qt::UTC);
    const int cameraIndex =
        rng.below(100) < 75 ? vehicle.homeCamera[rng.below(2)] : rng.below(int(kCameras.size()));
    const CameraSite& camera = kCameras[std::size_t(cameraIndex)];
    read.cameraCode = QLatin1String(camera.code);
    read.cameraName = QLatin1String(camera.name);
    read.sourceKind = camera.kind;
    if (camera.kind == SourceKind::Fixed) {
        read.latitude = camera.latitude;
        read.longitude = camera.longitude;
    } else {
        // Within about 3 km of the beat's centre.
        const double r = 3000.0 * std::sqrt(rng.unit());
        const double a = 2 * M_PI * rng.unit();
        read.latitude = camera.latitude + r * std::cos(a) / 111320.0;
        read.longitude = camera.longitude +
                         r * std::sin(a) / (111320.0 * std::cos(camera.latitude * M_PI / 180.0));
    }
    read.make = QLatin1String(model.make);
    read.model = QLatin1String(model.model);
    read.body = QLatin1String(model.body);
    read.color = QLatin1String(kColors[vehicle.color].value);
    read.externalId = QStringLiteral("demo:%1:%2").arg(m_options.seed).arg(index);

    const int kind = rng.below(100);
    if (kind < 6 && misreadOf(vehicle.plate, rng) != vehicle.plate) {
        // The camera misread the plate; the true plate is its second guess.
        read.plate = misreadOf(vehicle.plate, rng);
        read.confidence = 60.0 + 25.0 * rng.unit();
        read.candidates.append({vehicle.plate, read.confidence - 2.0 - 10.0 * rng.unit()});
    } else {
        read.plate = vehicle.plate;
        read.confidence = 82.0 + 17.5 * rng.unit();
        if (kind < 30) {
            const QString alt = misreadOf(vehicle.plate, rng);
            if (alt != vehicle.plate)
                read.candidates.append({alt, read.confidence - 15.0 - 20.0 * rng.unit()});
        }
    }
    return read;
}

QList<ReadRecord> DemoGenerator::reads(int first, int count) const
{
    QList<ReadRecord> out;
    const int end = std::min<int>(first + count, int(m_times.size()));
    out.reserve(std::max(0, end - first));
    for (int i = first; i < end; ++i)
        out.append(makeRead(i));
    if (m_options.images) {
        const quint64 seed = m_options.seed;
        QtConcurrent::blockingMap(out, [seed](ReadRecord& read) {
            DemoScene scene;
            scene.plate = read.plate;
            scene.state = read.state;
            scene.cameraName = read.cameraName;
            scene.capturedAt = read.capturedAt;
            scene.make = read.make;
            scene.color = read.color;
            scene.body = read.body;
            scene.seed = mix(seed ^ quint64(read.capturedAt.toMSecsSinceEpoch()));
            read.plateJpeg = renderPlateCrop(scene);
            read.overviewJpeg = renderOverview(scene);
            // The corners a camera gives with the plate, for the rectified view.
            const QRect plate = overviewPlateRect(scene);
            read.plateCorners = {plate.topLeft(), plate.topRight(), plate.bottomRight(),
                                 plate.bottomLeft()};
        });
    }
    return out;
}

QList<QPair<QString, QString>> DemoGenerator::hotListPlates(int count) const
{
    QList<QPair<QString, QString>> out;
    const int pool = int(m_vehicles.size());
    for (int k = 0; k < count && k < pool; ++k) {
        // Vehicles from the often-seen part of the pool, so the hot lists have hits.
        const int v = int((quint64(k) * 7919 + m_options.seed) % quint64(std::min(pool, 400)));
        const Vehicle& vehicle = m_vehicles[std::size_t(v)];
        bool seen = false;
        for (const auto& p : out)
            seen = seen || p.first == vehicle.plate;
        if (!seen)
            out.append({vehicle.plate, QLatin1String(kStates[vehicle.state].value)});
    }
    return out;
}

namespace {

// A CLEW extract as the DOJ writes one (hits/hotlistfile.h): the DATE line
// in California time, fixed-width records, the TOTAL RECORD trailer.
QByteArray clewExtract(const QDateTime& extractTime, const QList<QPair<QString, QString>>& plates)
{
    const QDateTime local =
        extractTime.toTimeZone(QTimeZone(QByteArrayLiteral("America/Los_Angeles")));
    QByteArray out =
        "DATE" + local.toString(QStringLiteral("MM/dd/yyyy hh:mm")).toLatin1() + "\r\n";
    int n = 0;
    for (const auto& [plate, state] : plates) {
        const QDate listed = extractTime.date().addDays(-(3 + n * 11 % 200));
        out += plate.leftJustified(8, u' ').toLatin1() + state.toLatin1() + "01" +
               listed.toString(QStringLiteral("yyyyMMdd")).toLatin1() + "\r\n";
        ++n;
    }
    out += "TOTAL RECORD " + QByteArray::number(n).rightJustified(7, '0') + "\r\n";
    return out;
}

// A plate with one character replaced by one a camera confuses it with, so
// that reads of the real plate hit it as a possible misread.
QString confusedPlate(const QString& plate)
{
    static const QString from = QStringLiteral("0O8B1I2Z5S6G");
    static const QString to = QStringLiteral("O0B8I1Z2S5G6");
    for (qsizetype i = plate.size() - 1; i >= 0; --i) {
        const qsizetype at = from.indexOf(plate.at(i));
        if (at >= 0) {
            QString out = plate;
            out[i] = to.at(at);
            return out;
        }
    }
    return {};
}

Result<void> addDemoHotLists(Session& admin, const QString& path, const DemoGenerator& generator,
                             DemoSummary& summary)
{
    HotLists hotLists(admin);
    const QDateTime now = admin.clock().now();
    const QList<QPair<QString, QString>> listed = generator.hotListPlates(60);
    // Last night's statewide extract (20 hours old, fresh): exact hits, hits on the camera's
    // alternative reading (the demo's misreads keep the true plate as one),
    // one entry listed in Nevada (state differs) and one with a character
    // confused (possible misread).
    QList<QPair<QString, QString>> svs;
    for (int i = 0; i < listed.size() && i < 40; ++i)
        svs.append({listed[i].first, i == 5 ? QStringLiteral("NV") : listed[i].second});
    for (int i = 40; i < listed.size() && i < 44; ++i) {
        const QString confused = confusedPlate(listed[i].first);
        if (!confused.isEmpty())
            svs.append({confused, listed[i].second});
    }
    HotList stolen;
    stolen.name = QStringLiteral("CA DOJ stolen vehicles (SVS)");
    stolen.kind = HotListKind::General;
    stolen.purpose = QStringLiteral("stolen-vehicle");
    stolen.priority = 80;
    if (auto r = hotLists.createList(stolen); !r)
        return r.error();
    const HotListFormat clew = HotListFormat::Clew;
    // A tiny demo has too few vehicles for every list: an extract needs records.
    const auto load = [&](const QString& list, const QDateTime& extractTime,
                          const QList<QPair<QString, QString>>& plates,
                          const QString& file) -> Result<void> {
        if (plates.isEmpty())
            return {};
        auto loaded =
            hotLists.importData(list, clewExtract(extractTime, plates), file, &clew, false);
        if (!loaded)
            return loaded.error();
        summary.hotListEntries += loaded->loaded;
        return {};
    };
    if (auto r = load(stolen.name, now.addSecs(-20 * 3600), svs, QStringLiteral("svs.tbl")); !r)
        return r;
    // A felony-vehicle extract two days old: stale, and the status bar says so.
    HotList felony;
    felony.name = QStringLiteral("CA DOJ felony vehicles (SFR)");
    felony.kind = HotListKind::General;
    felony.purpose = QStringLiteral("wanted-person");
    felony.priority = 90;
    if (auto r = hotLists.createList(felony); !r)
        return r.error();
    QList<QPair<QString, QString>> sfr;
    for (int i = 44; i < listed.size() && i < 52; ++i)
        sfr.append({listed[i].first, listed[i].second});
    // A small demo (a test's few reads) has fewer vehicles: list some anyway,
    // so that there is always a stale list to show.
    if (sfr.isEmpty())
        for (qsizetype i = std::max<qsizetype>(0, listed.size() - 8); i < listed.size(); ++i)
            sfr.append({listed[i].first, listed[i].second});
    if (auto r = load(felony.name, now.addDays(-2), sfr, QStringLiteral("sfr.tbl")); !r)
        return r;

    // Department lists: BOLOs with partial plates, one approved, one pending,
    // and a covert list only the detective and the supervisor see.
    HotList bolos;
    bolos.name = QStringLiteral("Department BOLOs");
    bolos.kind = HotListKind::Department;
    bolos.purpose = QStringLiteral("criminal-investigation");
    bolos.priority = 60;
    if (auto r = hotLists.createList(bolos); !r)
        return r.error();
    HotList covert;
    covert.name = QStringLiteral("Narcotics task force (covert)");
    covert.kind = HotListKind::Department;
    covert.purpose = QStringLiteral("criminal-investigation");
    covert.priority = 70;
    covert.covert = true;
    covert.alert = false;
    covert.members = {QStringLiteral("detective"), QStringLiteral("supervisor")};
    if (auto r = hotLists.createList(covert); !r)
        return r.error();
    auto detective = SignIn::signIn(path, QStringLiteral("detective"),
                                    SecureBytes::fromUtf8(demoPassword()), admin.clock());
    if (!detective)
        return detective.error();
    HotLists asDetective(*detective.value());
    const auto witnessPattern = [](const QString& plate) {
        // What a witness remembers: every other character after the first two.
        QString out = plate.left(2);
        for (qsizetype i = 2; i < plate.size(); ++i)
            out += i % 2 == 1 ? QChar(u'?') : plate.at(i);
        return out;
    };
    QList<qint64> entered;
    const struct
    {
        int vehicle;
        const char* list;
        const char* reason;
        const char* synopsis;
    } boloRows[] = {
        {52, "Department BOLOs", "armed robbery suspect vehicle",
         "Silver sedan seen leaving the robbery at 400 Main St; witness saw part of the plate."},
        {53, "Department BOLOs", "hit and run",
         "Vehicle left the scene of an injury collision on El Camino Real; front damage."},
        {54, "Narcotics task force (covert)", "narcotics investigation",
         "Vehicle associated with the task force's current investigation."},
    };
    int n = 0;
    for (const auto& row : boloRows) {
        if (row.vehicle >= listed.size())
            break;
        EntryRequest request;
        request.list = QLatin1String(row.list);
        request.plate = witnessPattern(listed[row.vehicle].first);
        request.state = listed[row.vehicle].second;
        request.reason = QLatin1String(row.reason);
        request.caseNumber = QStringLiteral("26-%1").arg(4300 + n, 6, 10, QLatin1Char('0'));
        request.synopsis = QLatin1String(row.synopsis);
        auto id = asDetective.addEntry(request);
        if (!id)
            return id.error();
        entered.append(id.value());
        ++n;
    }
    // The second BOLO waits for approval; the others are approved.
    for (int i = 0; i < entered.size(); ++i)
        if (i != 1)
            if (auto r = hotLists.approveEntry(entered[i]); !r)
                return r.error();
    summary.hotListEntries += int(entered.size());
    return {};
}

Result<std::unique_ptr<Session>> createDemoAccounts(const QString& path)
{
    const QList<DemoAccount> accounts = demoAccounts();
    const SecureBytes password = SecureBytes::fromUtf8(demoPassword());
    const QString organization = QStringLiteral("Demo Police Department");
    auto toAccount = [&](const DemoAccount& d) {
        UserAccount a;
        a.username = d.username;
        a.fullName = d.fullName;
        a.badge = d.badge;
        a.organization = organization;
        a.roles = parseRoles(d.roles).value_or(QList<Role>{});
        return a;
    };
    auto session =
        SignIn::createStore(path, toAccount(accounts.front()), password, Clock::system());
    if (!session)
        return session.error();
    const TrainingRecord training{QStringLiteral("ALPR system use and privacy (department course)"),
                                  QDate(2026, 1, 15), QDate(2028, 1, 15)};
    for (const DemoAccount& d : accounts) {
        if (d.username != accounts.front().username) {
            if (auto r = UserAdministration(*session.value()).addUser(toAccount(d), password); !r)
                return r.error();
        }
        if (auto r = UserAdministration(*session.value()).addTraining(d.username, training); !r)
            return r.error();
    }
    // The agency memos and reports name (a made-up ORI).
    AgencySettings agency;
    agency.name = organization;
    agency.ori = QStringLiteral("CA0000000");
    agency.address = QStringLiteral("1 Civic Center Plaza, Los Altos, CA 94022");
    agency.contact = QStringLiteral("Records unit, (650) 555-0100");
    agency.timeZone = QStringLiteral("America/Los_Angeles");
    if (auto r = setAgencySettings(*session.value(), agency); !r)
        return r.error();
    // The evidence signing key, sealed to the records clerk.
    if (auto r = EvidenceKeys(*session.value()).maintain(); !r)
        return r.error();
    return session;
}

} // namespace

Result<DemoSummary> createOrFillDemoStore(const QString& path, const DemoOptions& options,
                                          const std::function<void(int, int)>& progress)
{
    if (options.reads < 0 || options.reads > 20'000'000)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("alpr::DemoStore",
                                                     "--reads must be between 0 and 20,000,000"));
    const bool exists = QFileInfo::exists(path);
    std::unique_ptr<Session> session;
    if (exists) {
        auto signedIn = SignIn::signIn(path, demoAccounts().front().username,
                                       SecureBytes::fromUtf8(demoPassword()), Clock::system());
        if (!signedIn)
            return makeError(
                signedIn.error().code,
                QCoreApplication::translate("alpr::DemoStore",
                                            "%1 exists but is not a demo store that the demo "
                                            "administrator can open: %2")
                    .arg(path, signedIn.error().message));
        session = std::move(signedIn.value());
    } else {
        auto created = createDemoAccounts(path);
        if (!created)
            return created.error();
        session = std::move(created.value());
    }

    DemoGenerator generator(options);
    DemoSummary summary;
    summary.distinctPlates = generator.distinctPlates();
    summary.cameras = int(kCameras.size());
    if (!exists)
        if (auto r = addDemoHotLists(*session, path, generator, summary); !r)
            return r.error();

    ReadImporter importer(*session);
    const int batch = options.images ? 2000 : 50000;
    for (int first = 0; first < options.reads; first += batch) {
        QList<ReadRecord> reads = generator.reads(first, batch);
        auto imported = importer.importReads(reads, QStringLiteral("demo reads %1-%2 (seed %3)")
                                                        .arg(first + 1)
                                                        .arg(first + reads.size())
                                                        .arg(options.seed));
        if (!imported)
            return imported.error();
        summary.reads += imported->imported;
        if (progress)
            progress(first + int(reads.size()), options.reads);
    }
    if (auto plates = storeOf(*session).reads().plateCount())
        summary.distinctPlates = int(plates.value());
    // A legal hold for the Holds view: the records clerk keeps the oldest
    // reads for a prosecutor's discovery request.
    if (!exists && summary.reads >= 3) {
        auto records = SignIn::signIn(path, QStringLiteral("records"),
                                      SecureBytes::fromUtf8(demoPassword()), session->clock());
        if (!records)
            return records.error();
        HoldRequest hold;
        hold.selection.readIds = {1, 2, 3};
        hold.caseNumber = QStringLiteral("26-004211");
        hold.reason = QStringLiteral("discovery-request");
        hold.requestingParty = QStringLiteral("Deputy District Attorney M. Reyes");
        hold.reviewOn = session->clock().now().date().addDays(60);
        hold.note = QStringLiteral("Defence discovery motion in People v. Doe.");
        if (auto r = LegalHolds(*records.value()).place(hold); !r)
            return r.error();
    }
    return summary;
}

} // namespace alpr
