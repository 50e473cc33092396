// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "canvasspanel.h"

#include "auth/session.h"
#include "cases/casepolicy.h"
#include "common/clock.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QComboBox>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace alpr::gui {

namespace {

QString shownTime(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString shownPosition(const ReadRecord& r)
{
    if (!r.latitude || !r.longitude)
        return QStringLiteral("—");
    return QStringLiteral("%1, %2").arg(*r.latitude, 0, 'f', 5).arg(*r.longitude, 0, 'f', 5);
}

// A number typed in the user's locale or with a decimal point.
std::optional<double> parseNumber(const QString& text)
{
    bool ok = false;
    double v = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        v = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok)
        return std::nullopt;
    return v;
}

} // namespace

// The windows being entered, one row each.
class CanvassWindowModel final : public QAbstractTableModel
{
public:
    enum Column
    {
        Latitude,
        Longitude,
        Radius,
        From,
        To,
        ColumnCount
    };

    explicit CanvassWindowModel(QObject* parent) : QAbstractTableModel(parent) {}

    const QList<CanvassWindow>& windows() const { return m_windows; }

    // A new window: the last one again (the next place is often near and
    // later), or the last day around an empty place.
    void addWindow(const QDateTime& now)
    {
        CanvassWindow w;
        if (!m_windows.isEmpty()) {
            w = m_windows.last();
        } else {
            w.radiusMetres = 500;
            w.to = QDateTime(now.toLocalTime().date(), QTime(0, 0)).toUTC().addDays(1);
            w.from = w.to.addDays(-1);
        }
        const int row = int(m_windows.size());
        beginInsertRows({}, row, row);
        m_windows.append(w);
        endInsertRows();
    }

    // The first window around a read's place and time, unless the user has
    // already placed it.
    bool placeFirstAround(const ReadRecord& read)
    {
        if (m_windows.isEmpty() || !read.latitude || !read.longitude)
            return false;
        CanvassWindow& w = m_windows.first();
        if (w.latitude != 0.0 || w.longitude != 0.0)
            return false;
        w.latitude = *read.latitude;
        w.longitude = *read.longitude;
        w.radiusMetres = 500;
        w.from = read.capturedAt.toUTC().addSecs(-30 * 60);
        w.to = read.capturedAt.toUTC().addSecs(30 * 60);
        Q_EMIT dataChanged(index(0, 0), index(0, ColumnCount - 1));
        return true;
    }

    void removeWindow(int row)
    {
        if (row < 0 || row >= m_windows.size())
            return;
        beginRemoveRows({}, row, row);
        m_windows.removeAt(row);
        endRemoveRows();
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_windows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_windows.size())
            return {};
        const CanvassWindow& w = m_windows[index.row()];
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case Latitude:
                return QLocale().toString(w.latitude, 'f', 5);
            case Longitude:
                return QLocale().toString(w.longitude, 'f', 5);
            case Radius:
                return CanvassPanel::tr("%1 m").arg(QLocale().toString(w.radiusMetres, 'f', 0));
            case From:
                return shownTime(w.from);
            case To:
                return shownTime(w.to);
            }
        } else if (role == Qt::EditRole) {
            switch (index.column()) {
            case Latitude:
                return QLocale().toString(w.latitude, 'f', 6);
            case Longitude:
                return QLocale().toString(w.longitude, 'f', 6);
            case Radius:
                return QLocale().toString(w.radiusMetres, 'f', 0);
            case From:
                return w.from.toLocalTime();
            case To:
                return w.to.toLocalTime();
            }
        } else if (role == Qt::TextAlignmentRole && index.column() <= Radius) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    }

    bool setData(const QModelIndex& index, const QVariant& value, int role) override
    {
        if (role != Qt::EditRole || !index.isValid() || index.row() >= m_windows.size())
            return false;
        CanvassWindow& w = m_windows[index.row()];
        switch (index.column()) {
        case Latitude:
        case Longitude:
        case Radius: {
            // Out-of-range numbers are kept: the canvass says what is wrong.
            const auto v = value.typeId() == QMetaType::Double
                               ? std::optional<double>(value.toDouble())
                               : parseNumber(value.toString());
            if (!v)
                return false;
            (index.column() == Latitude    ? w.latitude
             : index.column() == Longitude ? w.longitude
                                           : w.radiusMetres) = *v;
            break;
        }
        case From:
        case To: {
            const QDateTime t = value.toDateTime();
            if (!t.isValid())
                return false;
            (index.column() == From ? w.from : w.to) = t.toUTC();
            break;
        }
        default:
            return false;
        }
        Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
        return true;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        if (orientation == Qt::Vertical)
            return CanvassPanel::tr("Window %1").arg(section + 1);
        switch (section) {
        case Latitude:
            return CanvassPanel::tr("Latitude");
        case Longitude:
            return CanvassPanel::tr("Longitude");
        case Radius:
            return CanvassPanel::tr("Radius");
        case From:
            return CanvassPanel::tr("From");
        case To:
            return CanvassPanel::tr("To");
        }
        return {};
    }

private:
    QList<CanvassWindow> m_windows;
};

// The plates a canvass found: seen in at least K windows (with one window,
// every plate in it).
class CanvassPlateModel final : public QAbstractTableModel
{
public:
    enum Column
    {
        Plate,
        Windows,
        Sightings,
        ColumnCount
    };

    explicit CanvassPlateModel(QObject* parent) : QAbstractTableModel(parent) {}

    void setPlates(QList<CanvassPlate> plates)
    {
        beginResetModel();
        m_plates = std::move(plates);
        endResetModel();
    }
    const CanvassPlate* plate(int row) const
    {
        return row >= 0 && row < m_plates.size() ? &m_plates[row] : nullptr;
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_plates.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        const CanvassPlate* p = plate(index.row());
        if (!p)
            return {};
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case Plate:
                return p->plate;
            case Windows: {
                QStringList numbers;
                for (int w : p->windows)
                    numbers << QString::number(w + 1);
                return numbers.join(QStringLiteral(", "));
            }
            case Sightings:
                return int(p->sightings.size());
            }
        } else if (role == Qt::FontRole && index.column() == Plate) {
            QFont f;
            f.setFamily(QStringLiteral("monospace"));
            f.setBold(true);
            return f;
        }
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
            return {};
        switch (section) {
        case Plate:
            return CanvassPanel::tr("Plate");
        case Windows:
            return CanvassPanel::tr("Windows");
        case Sightings:
            return CanvassPanel::tr("Sightings");
        }
        return {};
    }

private:
    QList<CanvassPlate> m_plates;
};

// The sightings of the selected plate, oldest first.
class CanvassSightingModel final : public QAbstractTableModel
{
public:
    enum Column
    {
        Window,
        Captured,
        Camera,
        Location,
        State,
        ColumnCount
    };

    explicit CanvassSightingModel(QObject* parent) : QAbstractTableModel(parent) {}

    void setSightings(QList<CanvassSighting> sightings)
    {
        beginResetModel();
        m_sightings = std::move(sightings);
        endResetModel();
    }
    const CanvassSighting* sighting(int row) const
    {
        return row >= 0 && row < m_sightings.size() ? &m_sightings[row] : nullptr;
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_sightings.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        const CanvassSighting* s = sighting(index.row());
        if (!s || role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case Window:
            return s->window + 1;
        case Captured:
            return shownTime(s->read.capturedAt);
        case Camera:
            return s->read.cameraName;
        case Location:
            return shownPosition(s->read);
        case State:
            return s->read.state;
        }
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
            return {};
        switch (section) {
        case Window:
            return CanvassPanel::tr("Window");
        case Captured:
            return CanvassPanel::tr("Captured");
        case Camera:
            return CanvassPanel::tr("Camera");
        case Location:
            return CanvassPanel::tr("Location");
        case State:
            return CanvassPanel::tr("State");
        }
        return {};
    }

private:
    QList<CanvassSighting> m_sightings;
};

namespace {

QTableView* makeTable(const QString& name, QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

// With one window there is nothing to have in common: list every plate in it.
QList<CanvassPlate> platesOfOneWindow(const CanvassWindowResult& window)
{
    QMap<QString, CanvassPlate> byPlate;
    for (const ReadRecord& read : window.reads) {
        CanvassPlate& p = byPlate[read.plate];
        p.plate = read.plate;
        p.windows = {0};
        p.sightings.append({0, read});
    }
    QList<CanvassPlate> plates = byPlate.values();
    std::stable_sort(plates.begin(), plates.end(),
                     [](const CanvassPlate& a, const CanvassPlate& b) {
                         return a.sightings.size() > b.sightings.size();
                     });
    return plates;
}

} // namespace

CanvassPanel::CanvassPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_service(session)
{
    setObjectName(QStringLiteral("canvassPanel"));
    auto* layout = new QVBoxLayout(this);

    // Case and purpose: a canvass does not run without them.
    auto* caseRow = new QHBoxLayout;
    m_case = new QComboBox(this);
    m_case->setObjectName(QStringLiteral("canvassCaseEdit"));
    m_case->setEditable(true);
    m_case->setInsertPolicy(QComboBox::NoInsert);
    m_case->setMinimumWidth(140);
    m_purpose = new QComboBox(this);
    m_purpose->setObjectName(QStringLiteral("canvassPurposeCombo"));
    m_purpose->addItem(tr("— choose a purpose —"), QString());
    if (auto policy = CasePolicy::load(m_session)) {
        m_case->lineEdit()->setPlaceholderText(
            tr("Case number, e.g. %1").arg(policy->caseNumberExample()));
        for (const Purpose& p : policy->purposes())
            m_purpose->addItem(QStringLiteral("%1 — %2").arg(p.code, p.description), p.code);
    }
    auto* caseLabel = new QLabel(tr("&Case:"), this);
    caseLabel->setBuddy(m_case);
    auto* purposeLabel = new QLabel(tr("&Purpose:"), this);
    purposeLabel->setBuddy(m_purpose);
    caseRow->addWidget(caseLabel);
    caseRow->addWidget(m_case, 1);
    caseRow->addWidget(purposeLabel);
    caseRow->addWidget(m_purpose, 2);
    layout->addLayout(caseRow);

    // The windows.
    m_windows = new CanvassWindowModel(this);
    m_windowView = makeTable(QStringLiteral("canvassWindowTable"), m_windows, this);
    m_windowView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                  QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::AnyKeyPressed);
    m_windowView->setToolTip(
        tr("Each window is a circle (latitude, longitude in degrees, radius in metres, at most "
           "%1 m) and a time range of at most %2 days, from inclusive, to exclusive.")
            .arg(kCanvassMaxRadiusMetres)
            .arg(kCanvassMaxWindowDays));
    layout->addWidget(m_windowView, 1);

    auto* buttons = new QHBoxLayout;
    m_addWindow = new QPushButton(tr("Add &window"), this);
    m_addWindow->setObjectName(QStringLiteral("canvassAddWindowButton"));
    m_removeWindow = new QPushButton(tr("&Remove window"), this);
    m_removeWindow->setObjectName(QStringLiteral("canvassRemoveWindowButton"));
    m_minWindows = new QSpinBox(this);
    m_minWindows->setObjectName(QStringLiteral("canvassMinWindowsSpin"));
    m_minWindows->setRange(0, kCanvassMaxWindows);
    m_minWindows->setSpecialValueText(tr("all"));
    m_minWindows->setToolTip(tr("List the plates seen in at least this many windows."));
    auto* minLabel = new QLabel(tr("Plates seen in at &least"), this);
    minLabel->setBuddy(m_minWindows);
    m_run = new QPushButton(tr("&Run canvass"), this);
    m_run->setObjectName(QStringLiteral("canvassRunButton"));
    m_run->setDefault(true);
    buttons->addWidget(m_addWindow);
    buttons->addWidget(m_removeWindow);
    buttons->addStretch(1);
    buttons->addWidget(minLabel);
    buttons->addWidget(m_minWindows);
    buttons->addWidget(new QLabel(tr("windows"), this));
    buttons->addWidget(m_run);
    layout->addLayout(buttons);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("canvassStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    // The results: plates, and the selected plate's sightings.
    auto* split = new QSplitter(Qt::Horizontal, this);
    m_plates = new CanvassPlateModel(this);
    m_plateView = makeTable(QStringLiteral("canvassPlateTable"), m_plates, split);
    m_plateView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sightings = new CanvassSightingModel(this);
    m_sightingView = makeTable(QStringLiteral("canvassSightingTable"), m_sightings, split);
    m_sightingView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    split->addWidget(m_plateView);
    split->addWidget(m_sightingView);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 2);

    connect(m_addWindow, &QPushButton::clicked, this, [this] {
        if (m_windows->rowCount() >= kCanvassMaxWindows)
            return;
        m_windows->addWindow(m_session.clock().now());
        m_windowView->selectRow(m_windows->rowCount() - 1);
        updateButtons();
    });
    connect(m_removeWindow, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_windowView->currentIndex();
        m_windows->removeWindow(current.isValid() ? current.row() : m_windows->rowCount() - 1);
        updateButtons();
    });
    connect(m_run, &QPushButton::clicked, this, &CanvassPanel::runCanvass);
    connect(m_case->lineEdit(), &QLineEdit::returnPressed, this, &CanvassPanel::runCanvass);
    connect(m_plateView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showPlate(current.row()); });
    connect(m_sightingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (const CanvassSighting* s = m_sightings->sighting(current.row()))
                    Q_EMIT readSelected(s->read, m_searchId);
            });

    m_windows->addWindow(m_session.clock().now());
    updateButtons();
}

CanvassPanel::~CanvassPanel() = default;

void CanvassPanel::startAround(const ReadRecord& read)
{
    if (m_windows->placeFirstAround(read))
        m_status->setText(tr("The first window is around the read of %1: 500 m, half an hour "
                             "either side. Change it as you need.")
                              .arg(read.plate));
}

void CanvassPanel::setCase(const QString& caseNumber, const QString& purpose)
{
    m_case->setEditText(caseNumber);
    const int index = m_purpose->findData(purpose);
    m_purpose->setCurrentIndex(index >= 0 ? index : 0);
}

void CanvassPanel::updateButtons()
{
    m_addWindow->setEnabled(m_windows->rowCount() < kCanvassMaxWindows);
    m_removeWindow->setEnabled(m_windows->rowCount() > 1);
}

void CanvassPanel::showError(const QString& message)
{
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->setText(message);
}

void CanvassPanel::runCanvass()
{
    CanvassRequest request;
    request.caseNumber = m_case->currentText().trimmed();
    request.purpose = m_purpose->currentData().toString();
    request.windows = m_windows->windows();
    request.minWindows = m_minWindows->value();

    m_plates->setPlates({});
    m_sightings->setSightings({});
    // Bounded work (at most 10 windows of at most 100,000 reads each, found
    // through the captured_at index), so it runs here with a busy cursor.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto outcome = m_service.canvass(request);
    QApplication::restoreOverrideCursor();
    if (!outcome) {
        m_searchId = 0;
        showError(outcome.error().message);
        return;
    }
    m_searchId = outcome->searchId;

    QStringList counts;
    for (int i = 0; i < outcome->windows.size(); ++i)
        counts << tr("window %1: %n read(s)", nullptr, int(outcome->windows[i].reads.size()))
                      .arg(i + 1);
    QString summary;
    QList<CanvassPlate> plates;
    if (outcome->windows.size() == 1) {
        plates = platesOfOneWindow(outcome->windows.first());
        summary = tr("%n plate(s) in the window", nullptr, int(plates.size()));
    } else {
        plates = outcome->commonPlates;
        summary =
            tr("%n plate(s) seen in at least %1 of the %2 windows", nullptr, int(plates.size()))
                .arg(outcome->minWindows)
                .arg(outcome->windows.size());
    }
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Canvass %1 recorded for case %2. %3. %4.")
                          .arg(outcome->searchId)
                          .arg(request.caseNumber, counts.join(QStringLiteral("; ")), summary));
    m_plates->setPlates(std::move(plates));
    m_plateView->resizeColumnsToContents();
    if (m_plates->rowCount() > 0)
        m_plateView->selectRow(0);
    Q_EMIT canvassFinished(m_searchId);
}

void CanvassPanel::showPlate(int row)
{
    const CanvassPlate* plate = m_plates->plate(row);
    m_sightings->setSightings(plate ? plate->sightings : QList<CanvassSighting>{});
    m_sightingView->resizeColumnsToContents();
}

} // namespace alpr::gui
