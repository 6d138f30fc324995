// "Export to CSV…" on a customer list: the file holds exactly the rows the
// list shows (its kind, search and filters, in its sort), read back with
// Python's csv module; a large list goes page by page off the UI thread.
#include "../integration/PythonCsv.h"
#include "CustomerExportRunner.h"
#include "CustomerListModel.h"
#include "CustomerListView.h"
#include "GuiFixture.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace peyvand;
using peyvand::testing::GuiFixture;
using peyvand::testing::PythonCsv;

namespace {

void addPeople(GuiFixture &f, int count)
{
    f.store->transaction([&] {
        for (int i = 0; i < count; ++i) {
            Customer c;
            c.kind = CustomerKind::Individual;
            c.individual.firstName = i % 3 ? QStringLiteral("مریم") : QStringLiteral("علی");
            c.individual.lastName = QStringLiteral("کریمی%1").arg(i, 4, 10, QLatin1Char('0'));
            c.phones << PhoneEntry { QStringLiteral("0912%1").arg(2000000 + i), QStringLiteral("موبایل") };
            c.addresses << Address { QStringLiteral("اصلی"), QString(),
                                     i % 2 ? QStringLiteral("تهران") : QStringLiteral("تبریز"), QString(), QString() };
            c.lifecycle = i % 4 ? Lifecycle::Lead : Lifecycle::Customer;
            c.ownerId = f.rep.id;
            c.createdAt = QDateTime(QDate(2024, 3, 20), QTime(8, 0), Qt::UTC).addSecs(i * 3600);
            c.updatedAt = c.createdAt;
            f.store->customers().add(c);
        }
    });
}

// The ids, in order, of every row the view's model shows.
QStringList shownIds(CustomerListModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << QString::number(model.customerId(row));
    return ids;
}

QStringList exportedIds(const PythonCsv &csv)
{
    QStringList ids;
    for (qsizetype i = 1; i < csv.records.size(); ++i)
        ids << csv.records[i].value(0);
    return ids;
}

} // namespace

TEST(CustomerListExport, writes_the_rows_as_filtered_and_sorted_on_screen)
{
    GuiFixture f;
    addPeople(f, 300);
    f.addLegal(QStringLiteral("=HYPERLINK(\"http://x\")"));
    CustomerListView view(*f.workspace, CustomerKind::Individual);
    view.resize(1000, 600);
    view.show();
    peyvand::testing::typeText(view.findChild<QLineEdit *>("searchEdit"), QStringLiteral("مریم"));
    auto *lifecycle = view.findChild<QComboBox *>("lifecycleFilter");
    lifecycle->setCurrentIndex(lifecycle->findData(int(Lifecycle::Lead)));
    view.table()->horizontalHeader()->setSortIndicator(7, Qt::DescendingOrder); // newest first

    const QString path = f.dir.filePath(QStringLiteral("list.csv"));
    QSignalSpy finished(&view, &CustomerListView::exportFinished);
    view.exportTo(path); // the search box's text counts even before its debounce ends
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_TRUE(finished[0][0].toBool()) << finished[0][2].toString().toStdString();
    QTRY_VERIFY_WITH_TIMEOUT(!view.model()->isLoading(), 10000);

    const PythonCsv csv = PythonCsv::read(path);
    EXPECT_TRUE(csv.bom);
    ASSERT_FALSE(csv.records.isEmpty());
    EXPECT_EQ(csv.records.front().value(1), QStringLiteral("نام"));
    EXPECT_EQ(csv.records.front().value(8), QStringLiteral("تاریخ ایجاد"));
    const QStringList shown = shownIds(*view.model());
    EXPECT_EQ(shown.size(), 150); // مریم (2 in 3) and lead (3 in 4): 150 of 300
    EXPECT_EQ(exportedIds(csv), shown);
    EXPECT_EQ(finished[0][1].toLongLong(), 150);
    for (qsizetype i = 1; i < csv.records.size(); ++i) {
        EXPECT_TRUE(csv.records[i][1].startsWith(QStringLiteral("مریم")));
        EXPECT_TRUE(csv.records[i][3].startsWith(QStringLiteral("0912 "))); // phone as text
        EXPECT_EQ(csv.records[i][6], QStringLiteral("سرنخ"));
    }
}

TEST(CustomerListExport, a_large_list_is_exported_from_the_worker_thread)
{
    GuiFixture f;
    addPeople(f, 1200);
    CustomerListView view(*f.workspace, CustomerKind::Individual);
    view.model()->setSyncLimit(100); // the large-list path, rows loaded in the background
    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(!view.model()->isLoading() && !view.model()->isCounting(), 30000);
    auto *city = view.findChild<QLineEdit *>("cityFilter");
    peyvand::testing::typeText(city, QStringLiteral("تهران"));
    const QString path = f.dir.filePath(QStringLiteral("large.csv"));
    QSignalSpy finished(&view, &CustomerListView::exportFinished);
    view.exportTo(path);
    EXPECT_TRUE(view.isExporting() || finished.size() == 1);
    ASSERT_TRUE(finished.wait(60000) || finished.size() == 1);
    QTRY_VERIFY_WITH_TIMEOUT(!view.model()->isLoading() && !view.model()->isCounting(), 30000);
    const PythonCsv csv = PythonCsv::read(path);
    EXPECT_EQ(csv.records.size(), 1 + 600);
    EXPECT_EQ(exportedIds(csv), shownIds(*view.model()));
}

TEST(CustomerListExport, the_list_has_import_and_export_buttons)
{
    GuiFixture f;
    const auto manager = f.sessionAs(UserRole::Manager); // import and export are a manager's
    CustomerListView view(*manager.workspace, CustomerKind::Legal);
    QSignalSpy import(&view, &CustomerListView::importRequested);
    auto *button = view.findChild<QPushButton *>("importButton");
    ASSERT_TRUE(button);
    button->click();
    ASSERT_EQ(import.size(), 1);
    EXPECT_EQ(import[0][0].value<CustomerKind>(), CustomerKind::Legal);
    EXPECT_TRUE(view.findChild<QPushButton *>("exportButton"));
}

TEST(CustomerListExport, a_cancelled_export_leaves_no_file_and_an_old_file_untouched)
{
    GuiFixture f;
    addPeople(f, 50);
    const QString path = f.dir.filePath(QStringLiteral("keep.csv"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old contents\n");
    }
    CustomerExportRunner runner(f.store->location());
    runner.setUser(f.rep);
    // Cancel on the worker thread as soon as it reports, before any row is written.
    QObject::connect(
        &runner, &CustomerExportRunner::progress, &runner, [&runner] { runner.cancel(); }, Qt::DirectConnection);
    QSignalSpy finished(&runner, &CustomerExportRunner::finished);
    CustomerQuery q;
    q.kind = CustomerKind::Individual;
    runner.start(path, q, true);
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(finished[0][0].toBool());
    EXPECT_TRUE(finished[0][1].toBool()); // cancelled
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), QByteArray("old contents\n"));
    EXPECT_FALSE(QFile::exists(f.dir.filePath(QStringLiteral("new.csv"))));
    runner.start(f.dir.filePath(QStringLiteral("new.csv")), q, true);
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(QFile::exists(f.dir.filePath(QStringLiteral("new.csv"))));
}
