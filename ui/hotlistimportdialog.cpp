// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
#include "hotlistimportdialog.h"
#include "auditwidgets.h"
#include "errortext.h"
#include "namedwidgets.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alpr::gui {

using namespace Qt::Literals::StringLiterals;

HotListImportDialog::HotListImportDialog(Session& session, const QString& list, QWidget* parent)
    : QDialog(parent), m_session(session), m_list(list)
{
    setObjectName(u"hotListImportDialog"_s);
    setWindowTitle(tr("Import into %1").arg(list));

    auto* intro = new QLabel(tr("The file replaces every entry of \"%1\" in one step; a file "
                                "with an error is refused whole and changes nothing.")
                                 .arg(list),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_file = namedEdit(u"hotListImportFile"_s, this);
    m_file->setPlaceholderText(tr("e.g. svs.tbl"));
    auto* choose = namedButton(tr("&Choose…"), u"hotListChooseFile"_s, this);
    connect(choose, &QPushButton::clicked, this, [this] { chooseFile(); });
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);

    m_format = new QComboBox(this);
    m_format->setObjectName(u"hotListImportFormat"_s);
    m_format->addItem(tr("Recognise from the content"), QString());
    m_format->addItem(tr("CLEW extract (svs.tbl, sfr.tbl, slr.tbl)"),
                      hotListFormatName(HotListFormat::Clew));
    m_format->addItem(tr("NCIC CSV"), hotListFormatName(HotListFormat::NcicCsv));
    m_format->addItem(tr("Plain CSV"), hotListFormatName(HotListFormat::Csv));

    m_allowShrink = new QCheckBox(tr("Allow the list to shrink by more than half"), this);
    m_allowShrink->setObjectName(u"hotListAllowShrink"_s);
    m_allowShrink->setToolTip(
        tr("A truncated download shrinks a list: tick this only when the list really shrank."));

    m_message = namedLabel(u"hotListImportMessage"_s, this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(u"hotListImportButton"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"hotListImportCancel"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { runImport(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(QString(), m_allowShrink);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

HotListImportDialog::~HotListImportDialog() = default;

void HotListImportDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Hot-list file for %1").arg(m_list), m_file->text(),
                                     tr("Hot-list files (*.tbl *.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void HotListImportDialog::runImport()
{
    const QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        setMessage(m_message, false, tr("Choose the file to import."));
        return;
    }
    HotListFormat format{};
    const QString name = m_format->currentData().toString();
    const bool chosen = !name.isEmpty() && parseHotListFormat(name, &format);
    m_message->clear();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto counts = HotLists(m_session).importFile(m_list, path, chosen ? &format : nullptr,
                                                 m_allowShrink->isChecked());
    QApplication::restoreOverrideCursor();
    if (!counts) {
        setMessage(m_message, false, errorText(counts.error()));
        return;
    }
    m_counts = counts.value();
    accept();
}

QString HotListImportDialog::describe(const ImportCounts& c)
{
    QString text = tr("Loaded %1 entries into \"%2\" (%3; it had %4).")
                       .arg(c.loaded)
                       .arg(c.list, c.format)
                       .arg(c.before);
    if (c.extractTime.isValid())
        text += u' ' + tr("Extract of %1.").arg(localTime(c.extractTime));
    text += u' ' + tr("Duplicates dropped: %1; plates refused: %2; states corrected: %3.")
                       .arg(c.duplicates)
                       .arg(c.refusedPlates)
                       .arg(c.statesCorrected);
    return text;
}

} // namespace alpr::gui
