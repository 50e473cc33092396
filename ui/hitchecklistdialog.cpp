// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "hitchecklistdialog.h"
#include "auditwidgets.h"
#include "displaynames.h"
#include "errortext.h"
#include "evidenceexportdialog.h"
#include "sentence.h"
#include "zoomimageview.h"

#include "auth/session.h"
#include "common/clock.h"
#include "imaging/enhance.h"
#include "imaging/imagecodec.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace alpr::gui {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kSteps = 5; // characters, state, vehicle, currency, CLETS

QString minutesText(qint64 minutes)
{
    if (minutes < 60)
        return QCoreApplication::translate("alpr::gui::HitChecklistDialog", "%1 min").arg(minutes);
    return QCoreApplication::translate("alpr::gui::HitChecklistDialog", "%1 h %2 min")
        .arg(minutes / 60)
        .arg(minutes % 60);
}

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QPushButton* named(const QString& text, const QString& name, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    return button;
}

} // namespace

HitChecklistDialog::HitChecklistDialog(Session& session, Alerts& alerts, qint64 hitId,
                                       QWidget* parent)
    : QDialog(parent), m_session(session), m_alerts(alerts), m_hitId(hitId), m_done(kSteps, false)
{
    setObjectName(u"hitChecklist"_s);
    setWindowTitle(tr("Verify hit %1").arg(hitId));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(u"checklistTitle"_s);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_message = new QLabel(this);
    m_message->setObjectName(u"checklistMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);

    auto loaded = m_alerts.checklist(hitId);
    if (!loaded) {
        m_message->setText(asSentence(errorText(loaded.error())));
        m_message->show();
        layout->addStretch();
        resize(520, 160);
        return;
    }
    m_checklist = std::move(loaded.value());
    m_loaded = true;
    m_held = m_checklist.heldBy(m_session.user().username);
    m_status = m_checklist.hit.status;
    for (int i = 0; i < kSteps; ++i)
        m_done[i] = m_checklist.done(HitStepKind(i));
    m_marks =
        QList<int>(std::max(m_checklist.comparedListed.size(), m_checklist.comparedRead.size()), 0);

    const HitRecord& h = m_checklist.hit;
    QStringList what{tr("Hit %1").arg(h.id), m_checklist.listName};
    if (!m_checklist.reason.isEmpty())
        what << m_checklist.reason;
    what << tr("read %1 %2 at %3, %4")
                .arg(m_checklist.read.plate, m_checklist.read.state, m_checklist.read.cameraName,
                     localTime(m_checklist.read.capturedAt))
         << tr("incident %1").arg(h.incident.isEmpty() ? tr("none") : h.incident);
    m_title->setText(what.join(u" · "_s));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildImages());
    m_scroll = new QScrollArea(splitter);
    m_scroll->setObjectName(u"checklistSteps"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(buildSteps());
    splitter->addWidget(m_scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto* buttons = new QHBoxLayout;
    m_copy = named(tr("Copy &confirmation"), u"copyConfirmationButton"_s, this);
    m_copy->setToolTip(tr("The whole verification as text, for the call's notes"));
    connect(m_copy, &QPushButton::clicked, this, &HitChecklistDialog::copyConfirmation);
    m_print = named(tr("Save confirmation as &PDF…"), u"printConfirmationButton"_s, this);
    m_print->setToolTip(tr("One page with the plate and every step, to print for the call"));
    connect(m_print, &QPushButton::clicked, this, &HitChecklistDialog::printConfirmation);
    auto* close = named(tr("Close"), u"closeChecklistButton"_s, this);
    close->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_print);
    if (m_session.can(Action::Export)) {
        m_export = named(tr("&Export evidence…"), u"exportEvidenceButton"_s, this);
        m_export->setToolTip(tr("The read of this confirmed hit as a signed evidence package "
                                "on a medium"));
        connect(m_export, &QPushButton::clicked, this, [this] {
            EvidenceRequest request;
            request.hitId = m_hitId;
            request.caseNumber = m_checklist.hit.incident;
            EvidenceExportDialog(m_session, request, this).exec();
        });
        buttons->addWidget(m_export);
    }
    buttons->addStretch();
    buttons->addWidget(close);
    layout->addLayout(buttons);

    if (!m_held && m_status == hitstatus::kTaken)
        recorded(makeError(ErrorCode::Denied,
                           tr("%1 works this hit; you can look but not record.").arg(h.takenBy)),
                 {});
    else if (!m_held && m_status == hitstatus::kNew)
        recorded(makeError(ErrorCode::Denied, tr("Take the alert before working it.")), {});

    // The plate first: looking at it is what the character step needs.
    if (m_checklist.images.contains(ImageKind::Plate))
        showImage(Shown::Plate);
    else if (m_checklist.rectifiable)
        showImage(Shown::Rectified);
    else
        m_image->setPlaceholder(tr("The camera stored no plate image with this read."));
    updateSteps();

    // As large as the screen allows: a 1024 x 700 screen shows it whole.
    QSize size(1000, 660);
    if (const QScreen* screen = parent ? parent->screen() : nullptr)
        size = size.boundedTo(screen->availableGeometry().size() - QSize(16, 40));
    resize(size);
}

HitChecklistDialog::~HitChecklistDialog() = default;

QWidget* HitChecklistDialog::buildImages()
{
    auto* pane = new QWidget(this);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* kinds = new QHBoxLayout;
    m_imageButtons = new QButtonGroup(pane);
    m_imageButtons->setExclusive(true);
    const struct
    {
        Shown which;
        QString text;
        const char* name;
        bool available;
    } choices[] = {
        {Shown::Plate, tr("&Plate (enhanced)"), "plateImageButton",
         m_checklist.images.contains(ImageKind::Plate)},
        {Shown::Rectified, tr("&Rectified"), "rectifiedImageButton", m_checklist.rectifiable},
        {Shown::Overview, tr("&Overview"), "overviewImageButton",
         m_checklist.images.contains(ImageKind::Overview)},
        {Shown::Vehicle, tr("&Vehicle"), "vehicleImageButton",
         m_checklist.images.contains(ImageKind::Vehicle)},
    };
    for (const auto& c : choices) {
        auto* button = new QToolButton(pane);
        button->setText(c.text);
        button->setObjectName(QLatin1String(c.name));
        button->setCheckable(true);
        button->setEnabled(c.available);
        m_imageButtons->addButton(button, int(c.which));
        kinds->addWidget(button);
    }
    m_imageButtons->button(int(Shown::Rectified))
        ->setToolTip(tr("The plate cut out of the overview along the corners the camera gave, "
                        "made square to the eye"));
    connect(m_imageButtons, &QButtonGroup::idClicked, this,
            [this](int id) { showImage(Shown(id)); });
    kinds->addStretch();
    layout->addLayout(kinds);

    m_image = new ZoomImageView(pane);
    m_image->setObjectName(u"checklistImage"_s);
    m_image->setMinimumSize(300, 200);
    layout->addWidget(m_image, 1);

    auto* zoom = new QHBoxLayout;
    const auto zoomButton = [pane, zoom](const QString& text, const char* name,
                                         const QString& tip) {
        auto* b = new QToolButton(pane);
        b->setText(text);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        zoom->addWidget(b);
        return b;
    };
    connect(zoomButton(tr("Zoom in"), "zoomInButton", tr("Zoom in (+ or the wheel)")),
            &QToolButton::clicked, m_image, &ZoomImageView::zoomIn);
    connect(zoomButton(tr("Zoom out"), "zoomOutButton", tr("Zoom out (- or the wheel)")),
            &QToolButton::clicked, m_image, &ZoomImageView::zoomOut);
    connect(zoomButton(tr("Fit"), "fitButton", tr("Fit the image to the window (0)")),
            &QToolButton::clicked, m_image, &ZoomImageView::fitToWindow);
    connect(zoomButton(tr("100%"), "actualSizeButton", tr("One image pixel, one screen pixel (1)")),
            &QToolButton::clicked, m_image, &ZoomImageView::actualSize);
    m_imageCaption = new QLabel(pane);
    m_imageCaption->setObjectName(u"imageCaption"_s);
    m_imageCaption->setMinimumWidth(1);
    zoom->addWidget(m_imageCaption, 1);
    layout->addLayout(zoom);
    return pane;
}

QWidget* HitChecklistDialog::buildSteps()
{
    auto* pane = new QWidget(this);
    auto* layout = new QVBoxLayout(pane);
    m_steps = {buildCharacters(), buildState(), buildVehicle(), buildCurrency(), buildClets()};
    for (QGroupBox* box : std::as_const(m_steps)) {
        box->setParent(pane);
        layout->addWidget(box);
    }
    m_decision = buildDecision();
    m_decision->setParent(pane);
    layout->addWidget(m_decision);

    m_disposition = new QGroupBox(tr("Disposition"), pane);
    m_disposition->setObjectName(u"dispositionBox"_s);
    auto* row = new QHBoxLayout(m_disposition);
    m_outcome = new QComboBox(m_disposition);
    m_outcome->setObjectName(u"dispositionCombo"_s);
    m_outcome->addItem(tr("— what came of it —"), QString());
    for (const QString& code : HitCodes::outcomes())
        m_outcome->addItem(dispositionLabel(code), code);
    auto* record = named(tr("Record"), u"recordDispositionButton"_s, m_disposition);
    connect(record, &QPushButton::clicked, this, [this] {
        const QString outcome = m_outcome->currentData().toString();
        recorded(m_alerts.dispose(m_hitId, outcome, m_checklist.hit.incident),
                 tr("Disposition recorded: %1.").arg(dispositionLabel(outcome)));
    });
    row->addWidget(m_outcome, 1);
    row->addWidget(record);
    layout->addWidget(m_disposition);
    layout->addStretch();
    return pane;
}

QGroupBox* HitChecklistDialog::buildCharacters()
{
    auto* box = new QGroupBox(this);
    box->setObjectName(u"charactersStep"_s);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(wrapped(tr("Compare each character of the plate image with the listed "
                                 "plate and mark it the same (=) or different (≠). Outlined "
                                 "characters differ or are ones cameras confuse (0/O, 8/B…)."),
                              box));
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(4);
    grid->addWidget(new QLabel(tr("Listed"), box), 0, 0);
    grid->addWidget(new QLabel(tr("Read"), box), 1, 0);
    grid->addWidget(new QLabel(tr("Mark"), box), 2, 0);
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSize(std::max(16, big.pointSize() + 8));
    big.setBold(true);
    const QString& listed = m_checklist.comparedListed;
    const QString& read = m_checklist.comparedRead;
    for (int i = 0; i < m_marks.size(); ++i) {
        const bool attention = m_checklist.attentionPositions.contains(i);
        const QString frame = attention ? u"QLabel { background: #fff3cd; border: 2px solid "
                                          "#e07b00; color: #000; padding: 2px 4px; }"_s
                                        : u"QLabel { background: #ffffff; border: 1px solid "
                                          "#8a8a8a; color: #000; padding: 2px 4px; }"_s;
        for (int line = 0; line < 2; ++line) {
            const QString& text = line == 0 ? listed : read;
            auto* c = new QLabel(i < text.size() ? QString(text.at(i)) : u"·"_s, box);
            c->setObjectName(u"%1Char%2"_s.arg(line == 0 ? u"listed"_s : u"read"_s).arg(i));
            c->setFont(big);
            c->setAlignment(Qt::AlignCenter);
            c->setStyleSheet(frame);
            c->setMinimumWidth(c->fontMetrics().horizontalAdvance(u'W') + 12);
            if (attention)
                c->setToolTip(tr("Look twice: these characters differ or cameras confuse them."));
            grid->addWidget(c, line, i + 1);
        }
        auto* mark = new QToolButton(box);
        mark->setObjectName(u"charMark%1"_s.arg(i));
        mark->setToolTip(tr("Click: the same (=), again: different (≠)"));
        mark->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(mark, &QToolButton::clicked, this, [this, i] { cycleMark(i); });
        m_markButtons << mark;
        grid->addWidget(mark, 2, i + 1);
    }
    grid->setColumnStretch(int(m_marks.size()) + 1, 1);
    layout->addLayout(grid);
    m_recordCharacters = named(tr("Record the characters"), u"recordCharactersButton"_s, box);
    connect(m_recordCharacters, &QPushButton::clicked, this, [this] {
        QString marks;
        for (int m : std::as_const(m_marks))
            marks += m == 1 ? u'y' : u'n';
        const bool same = !marks.contains(u'n');
        if (recorded(m_alerts.markCharacters(m_hitId, marks),
                     same ? tr("Characters recorded: every one the same.")
                          : tr("Characters recorded: some differ; this hit cannot be confirmed."),
                     !same))
            m_done[int(HitStepKind::Characters)] = true;
        updateSteps();
    });
    layout->addWidget(m_recordCharacters, 0, Qt::AlignLeft);
    for (int i = 0; i < m_marks.size(); ++i)
        paintMark(i);
    return box;
}

void HitChecklistDialog::cycleMark(int position)
{
    m_marks[position] = m_marks[position] == 1 ? 2 : 1;
    paintMark(position);
    updateSteps();
}

void HitChecklistDialog::paintMark(int position)
{
    static const QString kStyles[] = {
        u"QToolButton { font-weight: bold; }"_s,
        u"QToolButton { font-weight: bold; color: #ffffff; background: #2e7d32; }"_s,
        u"QToolButton { font-weight: bold; color: #ffffff; background: #b00020; }"_s,
    };
    const int mark = m_marks[position];
    QToolButton* button = m_markButtons[position];
    button->setText(mark == 0 ? u"?"_s : (mark == 1 ? u"="_s : u"≠"_s));
    button->setStyleSheet(kStyles[mark]);
}

QGroupBox* HitChecklistDialog::buildState()
{
    auto* box = new QGroupBox(this);
    box->setObjectName(u"stateStep"_s);
    auto* layout = new QVBoxLayout(box);
    const std::optional<bool> same = m_checklist.stateMatches;
    auto* compared = wrapped(
        tr("Read: %1   Listed: %2   — %3")
            .arg(m_checklist.read.state.isEmpty() ? tr("none") : m_checklist.read.state,
                 m_checklist.listedState.isEmpty() ? tr("none") : m_checklist.listedState,
                 !same ? tr("cannot be compared") : (*same ? tr("the same") : tr("different"))),
        box);
    compared->setObjectName(u"stateComparison"_s);
    if (same && !*same)
        compared->setStyleSheet(u"QLabel { color: #b00020; font-weight: bold; }"_s);
    layout->addWidget(compared);
    layout->addWidget(wrapped(tr("Confirm the state from the plate image."), box));
    auto* row = new QHBoxLayout;
    for (const bool matches : {true, false}) {
        auto* b = named(matches ? tr("State matches") : tr("State differs"),
                        matches ? u"stateMatchesButton"_s : u"stateDiffersButton"_s, box);
        connect(b, &QPushButton::clicked, this, [this, matches] {
            if (recorded(m_alerts.confirmPlateState(m_hitId, matches),
                         matches ? tr("State recorded: the same.")
                                 : tr("State recorded: different; this hit cannot be confirmed."),
                         !matches))
                m_done[int(HitStepKind::PlateState)] = true;
            updateSteps();
        });
        row->addWidget(b);
    }
    row->addStretch();
    layout->addLayout(row);
    return box;
}

QGroupBox* HitChecklistDialog::buildVehicle()
{
    auto* box = new QGroupBox(this);
    box->setObjectName(u"vehicleStep"_s);
    auto* layout = new QVBoxLayout(box);
    auto* grid = new QGridLayout;
    QFont bold = font();
    bold.setBold(true);
    int column = 0;
    for (const QString& head : {tr("Camera"), tr("Listed"), tr("Compared")}) {
        auto* l = new QLabel(head, box);
        l->setFont(bold);
        grid->addWidget(l, 0, ++column);
    }
    int row = 1;
    for (const VehicleComparison& v : std::as_const(m_checklist.vehicle)) {
        grid->addWidget(new QLabel(vehicleFieldLabel(v.field), box), row, 0);
        grid->addWidget(wrapped(v.camera.isEmpty() ? u"—"_s : v.camera, box), row, 1);
        grid->addWidget(wrapped(v.listed.isEmpty() ? u"—"_s : v.listed, box), row, 2);
        auto* match = new QLabel(box);
        match->setObjectName(u"vehicleMatch_%1"_s.arg(v.field));
        switch (v.match) {
        case VehicleComparison::Match::Same:
            match->setText(tr("same"));
            match->setStyleSheet(u"QLabel { color: #2e7d32; font-weight: bold; }"_s);
            break;
        case VehicleComparison::Match::Differs:
            match->setText(tr("differs"));
            match->setStyleSheet(u"QLabel { color: #b00020; font-weight: bold; }"_s);
            break;
        case VehicleComparison::Match::Unknown:
            match->setText(tr("nothing to compare"));
            break;
        }
        grid->addWidget(match, row, 3);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    layout->addLayout(grid);
    auto* buttons = new QHBoxLayout;
    const bool hasImage = m_checklist.images.contains(ImageKind::Overview) ||
                          m_checklist.images.contains(ImageKind::Vehicle);
    auto* look = named(tr("Show the vehicle"), u"showVehicleButton"_s, box);
    look->setEnabled(hasImage);
    look->setToolTip(tr("Confirm the vehicle from the overview image"));
    connect(look, &QPushButton::clicked, this, [this] {
        showImage(m_checklist.images.contains(ImageKind::Overview) ? Shown::Overview
                                                                   : Shown::Vehicle);
    });
    buttons->addWidget(look);
    for (const bool matches : {true, false}) {
        auto* b = named(matches ? tr("Vehicle matches") : tr("Vehicle differs"),
                        matches ? u"vehicleMatchesButton"_s : u"vehicleDiffersButton"_s, box);
        connect(b, &QPushButton::clicked, this, [this, matches] {
            if (recorded(m_alerts.confirmVehicle(m_hitId, matches),
                         matches ? tr("Vehicle recorded: it matches.")
                                 : tr("Vehicle recorded: it differs; a confirmation needs a note "
                                      "saying why."),
                         !matches))
                m_done[int(HitStepKind::Vehicle)] = true;
            updateSteps();
        });
        buttons->addWidget(b);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    return box;
}

QGroupBox* HitChecklistDialog::buildCurrency()
{
    auto* box = new QGroupBox(this);
    box->setObjectName(u"currencyStep"_s);
    auto* layout = new QHBoxLayout(box);
    auto* age = wrapped(
        m_checklist.listTime.isValid()
            ? tr("List as of %1, %2 old%3")
                  .arg(localTime(m_checklist.listTime), minutesText(m_checklist.listAgeMinutes),
                       m_checklist.listStale ? tr(" — STALE: confirm the entry in CLETS")
                                             : QString())
            : tr("The list's time is not known."),
        box);
    age->setObjectName(u"listAge"_s);
    if (m_checklist.listStale)
        age->setStyleSheet(u"QLabel { color: #b00020; font-weight: bold; }"_s);
    auto* checked = named(tr("Checked"), u"currencyCheckedButton"_s, box);
    connect(checked, &QPushButton::clicked, this, [this] {
        if (recorded(m_alerts.checkCurrency(m_hitId), tr("List currency recorded.")))
            m_done[int(HitStepKind::Currency)] = true;
        updateSteps();
    });
    layout->addWidget(age, 1);
    layout->addWidget(checked);
    return box;
}

QGroupBox* HitChecklistDialog::buildClets()
{
    auto* box = new QGroupBox(this);
    box->setObjectName(u"cletsStep"_s);
    auto* layout = new QGridLayout(box);
    layout->addWidget(wrapped(tr("The workstation does not query CLETS: record what your "
                                 "inquiry returned."),
                              box),
                      0, 0, 1, 3);
    m_cletsResult = new QComboBox(box);
    m_cletsResult->setObjectName(u"cletsResultCombo"_s);
    m_cletsResult->addItem(tr("— result —"), QString());
    for (const QString& code : HitCodes::cletsResults())
        m_cletsResult->addItem(cletsResultLabel(code), code);
    m_cletsReference = new QLineEdit(box);
    m_cletsReference->setObjectName(u"cletsReferenceEdit"_s);
    m_cletsReference->setPlaceholderText(tr("CLETS message or NIC number"));
    m_cletsTime = new QDateTimeEdit(m_session.clock().now().toLocalTime(), box);
    m_cletsTime->setObjectName(u"cletsTimeEdit"_s);
    m_cletsTime->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_cletsTime->setCalendarPopup(true);
    auto* record = named(tr("Record CLETS"), u"recordCletsButton"_s, box);
    connect(record, &QPushButton::clicked, this, [this] {
        const QString code = m_cletsResult->currentData().toString();
        if (recorded(m_alerts.recordClets(m_hitId, code, m_cletsReference->text(),
                                          m_cletsTime->dateTime().toUTC()),
                     tr("CLETS recorded: %1.").arg(cletsResultLabel(code)),
                     code != u"still-wanted"_s))
            m_done[int(HitStepKind::Clets)] = true;
        updateSteps();
    });
    layout->addWidget(new QLabel(tr("Result"), box), 1, 0);
    layout->addWidget(m_cletsResult, 1, 1, 1, 2);
    layout->addWidget(new QLabel(tr("Reference"), box), 2, 0);
    layout->addWidget(m_cletsReference, 2, 1, 1, 2);
    layout->addWidget(new QLabel(tr("Inquiry at"), box), 3, 0);
    layout->addWidget(m_cletsTime, 3, 1);
    layout->addWidget(record, 3, 2);
    layout->setColumnStretch(1, 1);
    return box;
}

QGroupBox* HitChecklistDialog::buildDecision()
{
    auto* box = new QGroupBox(tr("6. Decision"), this);
    box->setObjectName(u"decisionStep"_s);
    auto* layout = new QGridLayout(box);
    m_note = new QLineEdit(box);
    m_note->setObjectName(u"decisionNoteEdit"_s);
    m_note->setPlaceholderText(tr("Note (needed for \"other\", or a vehicle that differs)"));
    m_confirm = named(tr("Con&firm hit"), u"confirmHitButton"_s, box);
    m_confirm->setToolTip(tr("Steps 1 to 5 done, every character and the state the same, CLETS "
                             "still wanted"));
    m_rejectReason = new QComboBox(box);
    m_rejectReason->setObjectName(u"rejectReasonCombo"_s);
    m_rejectReason->addItem(tr("— reason to reject —"), QString());
    for (const QString& code : HitCodes::rejectReasons())
        m_rejectReason->addItem(rejectReasonLabel(code), code);
    m_reject = named(tr("Re&ject hit"), u"rejectHitButton"_s, box);
    const auto decide = [this](bool confirmed) {
        const QString reason = confirmed ? QString() : m_rejectReason->currentData().toString();
        if (recorded(m_alerts.decide(m_hitId, confirmed, reason, m_note->text()),
                     confirmed
                         ? tr("Hit %1 confirmed. Record its disposition when known.").arg(m_hitId)
                         : tr("Hit %1 rejected: %2.").arg(m_hitId).arg(rejectReasonLabel(reason))))
            m_status = confirmed ? hitstatus::kConfirmed : hitstatus::kRejected;
        updateSteps();
    };
    connect(m_confirm, &QPushButton::clicked, this, [decide] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [decide] { decide(false); });
    layout->addWidget(m_note, 0, 0, 1, 2);
    layout->addWidget(m_confirm, 1, 0);
    layout->addWidget(m_rejectReason, 2, 0);
    layout->addWidget(m_reject, 2, 1);
    layout->setColumnStretch(0, 1);
    return box;
}

bool HitChecklistDialog::recorded(const Result<void>& result, const QString& done, bool notable)
{
    if (!result) {
        m_message->setText(asSentence(errorText(result.error())));
        m_message->setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c1c; border: 1px "
                                 "solid #f5c2c0; border-radius: 3px; padding: 4px; }"_s);
        m_message->show();
        return false;
    }
    m_message->setText(done);
    m_message->setStyleSheet(notable ? u"QLabel { background: #fff3cd; color: #5d4000; border: 1px "
                                       "solid #e0b84c; border-radius: 3px; padding: 4px; }"_s
                                     : u"QLabel { background: #e8f5e9; color: #1b5e20; border: 1px "
                                       "solid #a5d6a7; border-radius: 3px; padding: 4px; }"_s);
    m_message->setVisible(!done.isEmpty());
    if (!done.isEmpty()) {
        Q_EMIT hitChanged(m_hitId);
        showNextStep();
    }
    return true;
}

void HitChecklistDialog::showImage(Shown which)
{
    if (QAbstractButton* b = m_imageButtons->button(int(which)))
        b->setChecked(true);
    if (!m_images.contains(which)) {
        Result<QImage> image = makeError(ErrorCode::NotFound, QString());
        const auto decoded = [](const Result<QByteArray>& bytes) -> Result<QImage> {
            if (!bytes)
                return bytes.error();
            return decodeImage(bytes.value());
        };
        switch (which) {
        case Shown::Plate:
            image = decoded(m_alerts.image(m_hitId, ImageKind::Plate));
            break;
        case Shown::Rectified:
            image = m_alerts.rectifiedPlate(m_hitId);
            break;
        case Shown::Overview:
            image = decoded(m_alerts.image(m_hitId, ImageKind::Overview));
            break;
        case Shown::Vehicle:
            image = decoded(m_alerts.image(m_hitId, ImageKind::Vehicle));
            break;
        }
        if (!image) {
            m_image->setPlaceholder(asSentence(errorText(image.error())));
            return;
        }
        // The plate is enhanced for reading it character by character; the
        // stored image, the evidence, is never changed.
        if (which == Shown::Plate || which == Shown::Rectified)
            if (auto enhanced = enhanceForReading(image.value()))
                image = std::move(enhanced);
        m_images.insert(which, image.value());
    }
    m_image->setImage(m_images.value(which));
    static const char* const kCaptions[] = {
        QT_TR_NOOP("Plate crop, enhanced"),
        QT_TR_NOOP("Plate rectified from the overview, enhanced"),
        QT_TR_NOOP("Overview"),
        QT_TR_NOOP("Vehicle"),
    };
    m_imageCaption->setText(tr(kCaptions[int(which)]));
}

void HitChecklistDialog::showNextStep()
{
    // After the layout has taken in what the step changed.
    QTimer::singleShot(0, this, [this] {
        updateSteps();
        QWidget* next = m_status == hitstatus::kConfirmed ? m_disposition : m_decision;
        for (int i = 0; i < kSteps; ++i)
            if (!m_done[i]) {
                next = m_steps[i];
                break;
            }
        m_scroll->ensureWidgetVisible(next, 0, 0);
    });
}

void HitChecklistDialog::updateSteps()
{
    if (!m_loaded)
        return;
    static const char* const kTitles[] = {
        QT_TR_NOOP("1. Plate, character by character"),
        QT_TR_NOOP("2. State of issuance"),
        QT_TR_NOOP("3. Vehicle"),
        QT_TR_NOOP("4. List currency"),
        QT_TR_NOOP("5. CLETS/NCIC confirmation"),
    };
    const bool decided = m_status == hitstatus::kConfirmed || m_status == hitstatus::kRejected;
    const bool working = m_held && !decided;
    bool earlierDone = true;
    for (int i = 0; i < kSteps; ++i) {
        m_steps[i]->setTitle(m_done[i] ? tr("%1 — done").arg(tr(kTitles[i])) : tr(kTitles[i]));
        m_steps[i]->setEnabled(working && earlierDone);
        earlierDone = earlierDone && m_done[i];
    }
    bool allMarked = true;
    for (int m : std::as_const(m_marks))
        allMarked = allMarked && m != 0;
    m_recordCharacters->setEnabled(allMarked && m_steps[0]->isEnabled());
    m_decision->setEnabled(working);
    m_confirm->setEnabled(working && earlierDone);
    if (decided)
        m_decision->setTitle(tr("6. Decision — %1").arg(hitStatusLabel(m_status)));
    m_disposition->setVisible(m_status == hitstatus::kConfirmed);
    m_copy->setEnabled(decided);
    m_print->setEnabled(decided);
    if (m_export)
        m_export->setEnabled(m_status == hitstatus::kConfirmed);
}

void HitChecklistDialog::copyConfirmation()
{
    auto text = m_alerts.confirmationText(m_hitId);
    if (!text) {
        recorded(text.error(), {});
        return;
    }
    QApplication::clipboard()->setText(text.value());
    m_message->setText(tr("The confirmation is on the clipboard: paste it into the call."));
    m_message->show();
}

void HitChecklistDialog::printConfirmation()
{
    QString pdf = QFileDialog::getSaveFileName(this, tr("Save the confirmation"),
                                               u"hit-%1-confirmation.pdf"_s.arg(m_hitId),
                                               tr("PDF files (*.pdf)"));
    if (pdf.isEmpty())
        return;
    if (!pdf.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        pdf += u".pdf"_s;
    if (auto r = m_alerts.writeConfirmationPdf(m_hitId, pdf); !r) {
        recorded(r.error(), {});
        return;
    }
    m_message->setText(tr("The confirmation is saved as %1.").arg(pdf));
    m_message->show();
}

} // namespace alpr::gui
