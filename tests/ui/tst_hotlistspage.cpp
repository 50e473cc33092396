// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ALPR Workstation developers
// The Hot lists page of the administration window and the status bar's word
// on stale lists, on a real demo store: a list made through the dialog, a
// CLEW extract imported through the import dialog (and a truncated one
// refused whole), a pending entry refused to the administrator who made it
// and approved by a second one, and the main window naming a stale list to
// the users who may see it.
#include "../support/uitest.h"
#include "adminwindow.h"
#include "hotlistdialog.h"
#include "hotlistimportdialog.h"
#include "hotlistspage.h"
#include "hotlisttablemodel.h"
#include "mainwindow.h"
#include "pendingentrymodel.h"

#include "auth/session.h"
#include "auth/signin.h"
#include "auth/useradministration.h"
#include "common/clock.h"
#include "demo/demostore.h"
#include "hits/hotlists.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace alpr;
using namespace alpr::gui;
using namespace Qt::Literals::StringLiterals;
using alpr::test::child;

namespace {

const QString kStaleDemoList = u"CA DOJ felony vehicles (SFR)"_s;
const QString kBolos = u"Department BOLOs"_s;

// A CLEW extract written here from the layout in the issue, independently
// of the demo's writer: the DATE line (California time), plate in columns
// 1-8, state 9-10, county 11-12, YYYYMMDD from 13, CRLF, and the trailer.
QByteArray clew(const QDateTime& extract, const QList<QByteArray>& records, int trailerCount)
{
    const QDateTime local = extract.toTimeZone(QTimeZone(QByteArrayLiteral("America/Los_Angeles")));
    QByteArray out = "DATE" + local.toString(u"MM/dd/yyyy hh:mm"_s).toLatin1() + "\r\n";
    for (const QByteArray& r : records)
        out += r + "\r\n";
    out += "TOTAL RECORD " + QByteArray::number(trailerCount).rightJustified(7, '0') + "\r\n";
    return out;
}

void saveScreenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("ALPR_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name);
}

HotListsPage* openPage(AdminWindow& window)
{
    auto* page = child<HotListsPage>(&window, u"hotListsTab"_s);
    child<QTabWidget>(&window, u"adminTabs"_s)->setCurrentWidget(page);
    return page;
}

HotListTableModel* listModel(HotListsPage* page)
{
    return qobject_cast<HotListTableModel*>(child<QTableView>(page, u"hotListsTable"_s)->model());
}

QString listCell(HotListsPage* page, const QString& list, int column)
{
    HotListTableModel* model = listModel(page);
    const int row = model->rowOfName(list);
    return row < 0 ? QString() : model->index(row, column).data().toString();
}

// The dialog of this type the page has open (none: null).
template <typename T> T* openDialog(HotListsPage* page)
{
    for (T* d : page->findChildren<T*>())
        if (d->isVisible())
            return d;
    return nullptr;
}

} // namespace

class TestHotListsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    std::unique_ptr<Session> signIn(const QString& user)
    {
        auto s =
            SignIn::signIn(m_store, user, SecureBytes::fromUtf8(demoPassword()), Clock::system());
        if (!s)
            qFatal("sign-in failed: %s", qPrintable(s.error().message));
        return std::move(s.value());
    }

    QString writeFile(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // Creates a list through the New list dialog.
    static void createThroughDialog(HotListsPage* page, const QString& name, const QString& kind,
                                    const QString& purpose, bool covert = false,
                                    const QString& member = {})
    {
        QTest::mouseClick(child<QPushButton>(page, u"newHotListButton"_s), Qt::LeftButton);
        HotListDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog<HotListDialog>(page)));
        QTest::keyClicks(child<QLineEdit>(dialog, u"hotListName"_s), name);
        auto* kinds = child<QComboBox>(dialog, u"hotListKind"_s);
        kinds->setCurrentIndex(kinds->findData(kind));
        auto* purposes = child<QComboBox>(dialog, u"hotListPurpose"_s);
        QVERIFY2(purposes->findData(purpose) >= 0, qPrintable(purpose));
        purposes->setCurrentIndex(purposes->findData(purpose));
        auto* priority = child<QSpinBox>(dialog, u"hotListPriority"_s);
        priority->setValue(75);
        if (covert) {
            child<QCheckBox>(dialog, u"hotListCovert"_s)->setChecked(true);
            auto* members = qobject_cast<QStandardItemModel*>(
                child<QListView>(dialog, u"hotListMembers"_s)->model());
            for (int row = 0; row < members->rowCount(); ++row)
                if (members->item(row)->data(Qt::UserRole).toString() == member)
                    members->item(row)->setCheckState(Qt::Checked);
        }
        QTest::mouseClick(child<QPushButton>(dialog, u"hotListSaveButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!openDialog<HotListDialog>(page));
    }

    // Imports a file through the import dialog into the selected list;
    // returns the dialog's message when it refused (the dialog then stays
    // open and is closed here), empty when it loaded.
    static QString importThroughDialog(HotListsPage* page, const QString& list, const QString& path,
                                       bool allowShrink = false)
    {
        auto* table = child<QTableView>(page, u"hotListsTable"_s);
        table->selectRow(listModel(page)->rowOfName(list));
        auto* import = child<QPushButton>(page, u"importHotListButton"_s);
        if (!import->isEnabled())
            return u"import button disabled"_s;
        QTest::mouseClick(import, Qt::LeftButton);
        HotListImportDialog* dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = openDialog<HotListImportDialog>(page)); }))
            return u"no import dialog"_s;
        QTest::keyClicks(child<QLineEdit>(dialog, u"hotListImportFile"_s), path);
        auto* format = child<QComboBox>(dialog, u"hotListImportFormat"_s);
        format->setCurrentIndex(format->findData(u"clew"_s));
        child<QCheckBox>(dialog, u"hotListAllowShrink"_s)->setChecked(allowShrink);
        QTest::mouseClick(child<QPushButton>(dialog, u"hotListImportButton"_s), Qt::LeftButton);
        if (!dialog->isVisible())
            return {};
        const QString refusal = child<QLabel>(dialog, u"hotListImportMessage"_s)->text();
        dialog->reject();
        return refusal.isEmpty() ? u"(dialog open without a message)"_s : refusal;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"hotlists.alprdb"_s);
        DemoOptions options;
        options.reads = 400;
        options.images = false;
        auto demo = createOrFillDemoStore(m_store, options);
        QVERIFY2(demo.ok(), demo.ok() ? "" : qPrintable(demo.error().message));
    }

    void listsShowTheDemoListsWithTheirFlags()
    {
        auto session = signIn(u"admin"_s);
        AdminWindow window(*session);
        window.show();
        HotListsPage* page = openPage(window);
        QVERIFY(listModel(page)->rowOfName(u"CA DOJ stolen vehicles (SVS)"_s) >= 0);
        QVERIFY(listCell(page, kStaleDemoList, HotListTableModel::Flags).contains(u"stale"_s));
        QVERIFY(!listCell(page, u"CA DOJ stolen vehicles (SVS)"_s, HotListTableModel::Flags)
                     .contains(u"stale"_s));
        // Administrators see covert lists, flagged.
        QVERIFY(listCell(page, u"Narcotics task force (covert)"_s, HotListTableModel::Flags)
                    .contains(u"covert"_s));
        // The administration window's own status bar names the stale list too.
        auto* stale = child<QLabel>(&window, u"staleLists"_s);
        QVERIFY(stale->isVisibleTo(&window));
        QVERIFY(stale->text().contains(kStaleDemoList));
    }

    void createAListThroughTheDialog()
    {
        auto session = signIn(u"admin"_s);
        AdminWindow window(*session);
        window.show();
        HotListsPage* page = openPage(window);

        // A covert list without members is refused in the dialog, which stays open.
        QTest::mouseClick(child<QPushButton>(page, u"newHotListButton"_s), Qt::LeftButton);
        HotListDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog<HotListDialog>(page)));
        QTest::keyClicks(child<QLineEdit>(dialog, u"hotListName"_s), u"Nobody's list"_s);
        child<QCheckBox>(dialog, u"hotListCovert"_s)->setChecked(true);
        // No purpose is chosen for the administrator.
        QTest::mouseClick(child<QPushButton>(dialog, u"hotListSaveButton"_s), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, u"hotListDialogMessage"_s)->text().contains(u"purpose"_s));
        auto* purposes = child<QComboBox>(dialog, u"hotListPurpose"_s);
        purposes->setCurrentIndex(purposes->findData(u"stolen-vehicle"_s));
        QTest::mouseClick(child<QPushButton>(dialog, u"hotListSaveButton"_s), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(child<QLabel>(dialog, u"hotListDialogMessage"_s)->text().contains(u"members"_s),
                 qPrintable(child<QLabel>(dialog, u"hotListDialogMessage"_s)->text()));
        dialog->reject();
        QTRY_VERIFY(!openDialog<HotListDialog>(page));
        QCOMPARE(listModel(page)->rowOfName(u"Nobody's list"_s), -1);

        createThroughDialog(page, u"Stolen plates (SLR)"_s, u"general"_s, u"stolen-vehicle"_s);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(listCell(page, u"Stolen plates (SLR)"_s, HotListTableModel::Kind), u"general"_s);
        QCOMPARE(listCell(page, u"Stolen plates (SLR)"_s, HotListTableModel::Purpose),
                 u"stolen-vehicle"_s);
        QCOMPARE(listCell(page, u"Stolen plates (SLR)"_s, HotListTableModel::Priority), u"75"_s);
        QCOMPARE(listCell(page, u"Stolen plates (SLR)"_s, HotListTableModel::Entries), u"0"_s);
        QVERIFY(child<QLabel>(page, u"hotListsMessage"_s)->text().contains(u"Stolen plates"_s));
        // Stored through core, audited.
        auto stored = HotLists(*session).list(u"Stolen plates (SLR)"_s);
        QVERIFY(stored);
        QCOMPARE(stored->priority, 75);
        QVERIFY(!alpr::test::auditEvents(*session, u"hotlist-created"_s).isEmpty());

        // Disable and enable it again.
        auto* table = child<QTableView>(page, u"hotListsTable"_s);
        table->selectRow(listModel(page)->rowOfName(u"Stolen plates (SLR)"_s));
        auto* toggle = child<QPushButton>(page, u"hotListEnabledButton"_s);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(listCell(page, u"Stolen plates (SLR)"_s, HotListTableModel::Flags)
                    .contains(u"disabled"_s));
        QVERIFY(!HotLists(*session).list(u"Stolen plates (SLR)"_s)->enabled);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(HotLists(*session).list(u"Stolen plates (SLR)"_s)->enabled);
    }

    void importAClewExtract()
    {
        auto session = signIn(u"admin"_s);
        AdminWindow window(*session);
        window.show();
        HotListsPage* page = openPage(window);
        const QString list = u"Import target (SVS)"_s;
        createThroughDialog(page, list, u"general"_s, u"stolen-vehicle"_s);
        if (QTest::currentTestFailed())
            return;

        const QDateTime extract = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const QString good =
            writeFile(u"svs.tbl"_s, clew(extract,
                                         {"7HLG123 CA0120260215", "HLG12   NV4420260110   ",
                                          "8HLG999 0H0720251231", "7HLG123 CA0120260215"},
                                         4));
        const QString refusal = importThroughDialog(page, list, good);
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
        // Three entries: the repeated row is a duplicate, dropped and counted.
        QCOMPARE(listCell(page, list, HotListTableModel::Entries), u"3"_s);
        QVERIFY(!listCell(page, list, HotListTableModel::Extract).isEmpty());
        const QString message = child<QLabel>(page, u"hotListsMessage"_s)->text();
        QVERIFY2(message.contains(u"Loaded 3 entries"_s), qPrintable(message));
        QVERIFY2(message.contains(u"Duplicates dropped: 1"_s), qPrintable(message));
        QVERIFY2(message.contains(u"states corrected: 1"_s), qPrintable(message));

        // A truncated download (the trailer counts more records) is refused
        // whole, with the file named, and the list keeps its entries.
        const QString truncated =
            writeFile(u"svs-truncated.tbl"_s, clew(extract, {"7HLG123 CA0120260215"}, 900));
        const QString refused = importThroughDialog(page, list, truncated);
        QVERIFY2(refused.contains(u"svs-truncated.tbl"_s), qPrintable(refused));
        QCOMPARE(listCell(page, list, HotListTableModel::Entries), u"3"_s);

        // One entry of three would shrink the list by more than half: refused
        // unless the administrator allows it.
        const QString small =
            writeFile(u"svs-small.tbl"_s, clew(extract, {"7HLG123 CA0120260215"}, 1));
        const QString shrink = importThroughDialog(page, list, small);
        QVERIFY2(shrink.contains(u"more than half"_s), qPrintable(shrink));
        QCOMPARE(listCell(page, list, HotListTableModel::Entries), u"3"_s);
        const QString allowed = importThroughDialog(page, list, small, true);
        QVERIFY2(allowed.isEmpty(), qPrintable(allowed));
        QCOMPARE(listCell(page, list, HotListTableModel::Entries), u"1"_s);
        saveScreenshot(&window, u"hotlistspage.png"_s);
    }

    void pendingEntryApprovedByASecondAdministrator()
    {
        // A detective who is also an administrator enters a BOLO; the
        // other administrator approves it, never the one who made it.
        {
            auto admin = signIn(u"admin"_s);
            QVERIFY(UserAdministration(*admin).setRoles(u"detective"_s,
                                                        {Role::Detective, Role::Administrator}));
        }
        qint64 id = 0;
        {
            auto detective = signIn(u"detective"_s);
            EntryRequest request;
            request.list = kBolos;
            request.plate = u"9HL*"_s;
            request.state = u"CA"_s;
            request.reason = u"robbery suspect vehicle"_s;
            request.caseNumber = u"26-004211"_s;
            request.synopsis = u"Grey sedan seen leaving the robbery at 1st and Main."_s;
            auto added = HotLists(*detective).addEntry(request);
            QVERIFY2(added, added ? "" : qPrintable(added.error().message));
            id = added.value();

            AdminWindow window(*detective);
            window.show();
            HotListsPage* page = openPage(window);
            auto* table = child<QTableView>(page, u"pendingEntriesTable"_s);
            auto* model = qobject_cast<PendingEntryModel*>(table->model());
            QVERIFY(model->rowOfId(id) >= 0);
            table->selectRow(model->rowOfId(id));
            QTest::mouseClick(child<QPushButton>(page, u"approveEntryButton"_s), Qt::LeftButton);
            const QString refusal = child<QLabel>(page, u"pendingEntriesMessage"_s)->text();
            QVERIFY2(refusal.contains(u"Nobody approves an entry they made"_s),
                     qPrintable(refusal));
            QVERIFY(model->rowOfId(id) >= 0);
        }
        auto admin = signIn(u"admin"_s);
        AdminWindow window(*admin);
        window.show();
        HotListsPage* page = openPage(window);
        auto* table = child<QTableView>(page, u"pendingEntriesTable"_s);
        auto* model = qobject_cast<PendingEntryModel*>(table->model());
        const int row = model->rowOfId(id);
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, PendingEntryModel::Plate).data().toString(), u"9HL*"_s);
        QCOMPARE(model->index(row, PendingEntryModel::EnteredBy).data().toString(), u"detective"_s);
        table->selectRow(row);
        QTest::mouseClick(child<QPushButton>(page, u"approveEntryButton"_s), Qt::LeftButton);
        const QString message = child<QLabel>(page, u"pendingEntriesMessage"_s)->text();
        QVERIFY2(message.contains(u"Approved entry %1"_s.arg(id)), qPrintable(message));
        QCOMPARE(model->rowOfId(id), -1);
        auto stored = HotLists(*admin).entry(id);
        QVERIFY(stored);
        QCOMPARE(stored->status, EntryStatus::Approved);
        QCOMPARE(stored->approvedBy, u"admin"_s);
    }

    void statusBarNamesStaleLists()
    {
        // A covert general list whose extract is three days old: stale, but
        // named only to its member (and administrators).
        const QString covert = u"Covert plates (stale)"_s;
        {
            auto admin = signIn(u"admin"_s);
            HotList l;
            l.name = covert;
            l.kind = HotListKind::General;
            l.purpose = u"stolen-vehicle"_s;
            l.covert = true;
            l.members = {u"detective"_s};
            HotLists hotLists(*admin);
            QVERIFY(hotLists.createList(l));
            const HotListFormat format = HotListFormat::Clew;
            QVERIFY(hotLists.importData(
                covert,
                clew(QDateTime::currentDateTimeUtc().addDays(-3), {"5HLG555 CA0120260301"}, 1),
                u"covert.tbl"_s, &format, false));
        }
        {
            MainWindow window(signIn(u"dispatcher"_s));
            window.resize(1024, 700);
            window.show();
            auto* stale = child<QLabel>(&window, u"staleLists"_s);
            QVERIFY(stale->isVisibleTo(&window));
            QVERIFY2(stale->text().contains(kStaleDemoList), qPrintable(stale->text()));
            QVERIFY2(!stale->toolTip().contains(covert), qPrintable(stale->toolTip()));
            QVERIFY(!stale->text().contains(u"stolen vehicles (SVS)"_s));
            saveScreenshot(&window, u"mainwindow-stale.png"_s);
        }
        {
            MainWindow window(signIn(u"detective"_s));
            window.show();
            auto* stale = child<QLabel>(&window, u"staleLists"_s);
            // Two lists: the label may be cut, the tooltip names them all.
            QVERIFY2(stale->toolTip().contains(covert), qPrintable(stale->toolTip()));
            QVERIFY2(stale->toolTip().contains(kStaleDemoList), qPrintable(stale->toolTip()));
        }
        {
            // Records staff do not work with hot lists: no word on them.
            MainWindow window(signIn(u"records"_s));
            window.show();
            QVERIFY(!window.findChild<QLabel*>(u"staleLists"_s));
        }
    }
};

QTEST_MAIN(TestHotListsPage)
#include "tst_hotlistspage.moc"
