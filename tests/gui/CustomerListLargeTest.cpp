// The customer lists on a large database (here: the sync limit lowered below
// the fixture's size): each query is loaded in the background, first page then
// every id, the previous rows stay until the new ones arrive, pages are read by
// id, and only the latest query's results are ever shown.
#include "CustomerListLoader.h"
#include "CustomerListModel.h"
#include "CustomerListView.h"
#include "GuiFixture.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace peyvand;
using peyvand::testing::GuiFixture;

namespace {

const QString kFirst[] = { QStringLiteral("علی"), QStringLiteral("مریم"), QStringLiteral("پیمان"),
                           QStringLiteral("ژاله"), QStringLiteral("گلناز") };
const QString kLast[] = { QStringLiteral("احمدی"),  QStringLiteral("کریمی"),  QStringLiteral("آقایی"),
                          QStringLiteral("بهرامی"), QStringLiteral("یزدانی"), QStringLiteral("نوری") };
const QString kCities[] = { QStringLiteral("تهران"), QStringLiteral("شیراز"), QString(), QStringLiteral("تبریز") };

bool waitFor(const std::function<bool()> &done)
{
    QDeadlineTimer deadline(10000);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(5);
    return done();
}

// 1,500 customers (one in six a legal entity) with repeated names and cities,
// so that the id tie-breaker matters.
class CustomerListLarge : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        f = new GuiFixture;
        const QDateTime t0(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC);
        f->store->transaction([&] {
            for (int i = 0; i < 1500; ++i) {
                Customer c;
                c.kind = i % 6 == 0 ? CustomerKind::Legal : CustomerKind::Individual;
                if (c.kind == CustomerKind::Legal) {
                    c.legal.companyName = QStringLiteral("شرکت ") + kLast[i % 6];
                } else {
                    c.individual.firstName = kFirst[i % 5];
                    c.individual.lastName = kLast[(i / 5) % 6];
                }
                if (i % 4 != 0)
                    c.phones << PhoneEntry { QStringLiteral("0935%1").arg(1000000 + i * 7), {} };
                const QString city = kCities[(i / 3) % 4];
                if (!city.isEmpty())
                    c.addresses << Address { {}, {}, city, {}, {} };
                c.lifecycle = static_cast<Lifecycle>(i % 4);
                c.ownerId = f->rep.id;
                c.createdAt = c.updatedAt = t0.addSecs(3600 * ((i * 7919) % 300)); // repeated moments
                f->store->customers().add(c);
            }
        });
    }
    static void TearDownTestSuite()
    {
        delete f;
        f = nullptr;
    }

    static QList<qint64> expected(const CustomerListModel &model, DataStore *store = nullptr)
    {
        CustomerQuery q = model.query();
        q.after.reset();
        q.limit = 1000000;
        QList<qint64> ids;
        for (const CustomerRow &r : (store ? store : f->store.get())->customers().list(q))
            ids << r.id;
        return ids;
    }

    static QList<qint64> walk(const CustomerListModel &model)
    {
        QList<qint64> out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.customerId(row);
        return out;
    }

    // Serves the event loop until the model has its rows and count.
    static bool settled(CustomerListModel &model)
    {
        return waitFor([&] { return !model.isLoading() && !model.isCounting(); });
    }

    static GuiFixture *f;
};
GuiFixture *CustomerListLarge::f = nullptr;

} // namespace

TEST_F(CustomerListLarge, a_small_database_is_read_on_the_spot)
{
    CustomerListModel model(*f->workspace, CustomerKind::Individual);
    EXPECT_FALSE(model.isLarge());
    EXPECT_FALSE(model.isLoading());
    EXPECT_EQ(model.rowCount(), 1250);
}

TEST_F(CustomerListLarge, loads_the_first_page_then_every_row_in_the_background)
{
    CustomerListModel model(*f->workspace, CustomerKind::Individual);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPaging(100, 3);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy counted(&model, &CustomerListModel::countChanged);
    model.setSyncLimit(1000);
    EXPECT_TRUE(model.isLarge());
    // An unfiltered list's first page is its sort index's first entries: read
    // on the spot; the count and the other rows follow from the worker.
    EXPECT_FALSE(model.isLoading());
    EXPECT_TRUE(model.isCounting());
    EXPECT_EQ(model.rowCount(), 100);
    EXPECT_EQ(model.data(model.index(0, 0), CustomerListModel::CustomerIdRole).toLongLong(), expected(model).value(0));
    ASSERT_TRUE(settled(model));
    EXPECT_EQ(model.rowCount(), 1250);
    EXPECT_EQ(model.totalCount(), 1250);
    ASSERT_EQ(inserted.size(), 1); // rows 100..1249 after the first page
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 100);
    EXPECT_EQ(inserted.at(0).at(2).toInt(), 1249);
    ASSERT_FALSE(counted.isEmpty());
    EXPECT_EQ(counted.last().at(0).toLongLong(), 1250);

    const int loadsBefore = model.pageLoads();
    EXPECT_EQ(walk(model), expected(model)); // customerId needs no rows
    EXPECT_EQ(model.pageLoads(), loadsBefore);
    // Rows far from the first page are read by id: the last one, then the middle.
    const QList<qint64> ids = expected(model);
    const auto row = f->store->customers().rows({ ids.last() }).value(0);
    EXPECT_EQ(model.data(model.index(1249, 0)).toString(), row.name);
    EXPECT_EQ(model.data(model.index(1249, 0), CustomerListModel::CustomerIdRole).toLongLong(), ids.last());
    EXPECT_EQ(model.data(model.index(625, 0), CustomerListModel::CustomerIdRole).toLongLong(), ids[625]);
    EXPECT_EQ(model.pageLoads(), loadsBefore + 2);
    EXPECT_EQ(model.rowOf(ids[625]), 625);
    EXPECT_LE(model.cachedPages(), 3);
}

TEST_F(CustomerListLarge, a_searched_list_is_read_by_the_worker_from_its_first_page)
{
    CustomerListModel model(*f->workspace, CustomerKind::Individual);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSyncLimit(1000);
    ASSERT_TRUE(settled(model));
    const QString name = model.data(model.index(7, 0)).toString();
    model.setText(name);
    // A search's first page may read many rows (a rare pair of letters): never on this thread.
    EXPECT_TRUE(model.isLoading());
    ASSERT_TRUE(settled(model));
    ASSERT_GE(model.rowCount(), 1);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_TRUE(model.data(model.index(row, 0)).toString().contains(name));
}

TEST_F(CustomerListLarge, keeps_the_previous_rows_until_a_new_query_arrives_and_shows_only_the_latest)
{
    CustomerListModel model(*f->workspace, CustomerKind::Individual);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPaging(50, 4);
    model.setSyncLimit(1000);
    ASSERT_TRUE(settled(model));
    const QString firstName = model.data(model.index(0, 0)).toString();

    // Typed quickly: three queries before the event loop runs.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setText(QStringLiteral("ك")); // Arabic kaf
    model.setText(QStringLiteral("كر"));
    model.setText(QStringLiteral("كريمي"));
    EXPECT_TRUE(model.isLoading());
    EXPECT_EQ(model.rowCount(), 1250); // still the whole list on screen
    EXPECT_EQ(model.data(model.index(0, 0)).toString(), firstName);
    ASSERT_TRUE(settled(model));
    EXPECT_EQ(resets.size(), 1); // only the last query's first page replaced the rows
    const QList<qint64> ids = expected(model);
    ASSERT_GT(ids.size(), 150); // more than the first three pages
    ASSERT_LT(ids.size(), 300);
    EXPECT_EQ(walk(model), ids);
    EXPECT_EQ(model.data(model.index(int(ids.size()) - 1, 0)).toString(),
              f->store->customers().rows({ ids.last() }).value(0).name);

    // A query with fewer rows than a page is complete with its first page.
    model.setText(QStringLiteral("علی کریمی"));
    ASSERT_TRUE(settled(model));
    EXPECT_EQ(walk(model), expected(model));
    EXPECT_EQ(model.rowCount(), 50);
    model.setText(QStringLiteral("نیست‌چنین‌کسی"));
    ASSERT_TRUE(settled(model));
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(CustomerListLarge, every_sort_both_ways_gives_the_repository_order)
{
    CustomerListModel model(*f->workspace, CustomerKind::Legal);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPaging(40, 3);
    model.setSyncLimit(10);
    ASSERT_TRUE(settled(model));
    for (int column = 0; column < model.columnCount(); ++column) {
        for (const Qt::SortOrder order : { Qt::DescendingOrder, Qt::AscendingOrder }) {
            model.sort(column, order);
            ASSERT_TRUE(settled(model));
            const QList<qint64> ids = expected(model);
            ASSERT_EQ(ids.size(), 250);
            EXPECT_EQ(walk(model), ids) << column << " " << int(order);
            EXPECT_EQ(model.data(model.index(130, 0), CustomerListModel::CustomerIdRole).toLongLong(), ids[130]);
        }
    }
}

TEST_F(CustomerListLarge, a_reload_keeps_the_rows_until_the_new_ones_arrive_then_shows_the_new_customer)
{
    GuiFixture own; // this test adds a customer
    own.store->transaction([&] {
        for (int i = 0; i < 30; ++i)
            own.addIndividual(kFirst[i % 5], kLast[i % 6]);
    });
    CustomerListModel model(*own.workspace, CustomerKind::Individual);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPaging(10, 2);
    model.setSyncLimit(5);
    ASSERT_TRUE(settled(model));
    ASSERT_EQ(model.rowCount(), 30);
    const qint64 added = own.addIndividual(QStringLiteral("آرش"), QStringLiteral("آخرین"));
    model.reload();
    EXPECT_TRUE(model.isLoading());
    EXPECT_FALSE(model.isCounting()); // the rows on screen are a whole (older) list
    EXPECT_EQ(model.rowCount(), 30);
    ASSERT_TRUE(settled(model));
    EXPECT_EQ(model.rowCount(), 31);
    EXPECT_GE(model.rowOf(added), 0);

    // Back under the limit: read on the spot again.
    model.setSyncLimit(1000);
    EXPECT_FALSE(model.isLarge());
    EXPECT_FALSE(model.isLoading());
    EXPECT_EQ(model.rowCount(), 31);
    EXPECT_EQ(walk(model), expected(model, own.store.get()));
}

TEST_F(CustomerListLarge, the_view_shows_the_count_when_known_and_keeps_its_place_over_a_reload)
{
    CustomerListView view(*f->workspace, CustomerKind::Individual);
    view.resize(1000, 500);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    auto *count = view.findChild<QLabel *>(QStringLiteral("countLabel"));
    ASSERT_NE(count, nullptr);
    CustomerListModel &model = *view.model();
    model.setSyncLimit(1000);
    ASSERT_TRUE(settled(model));
    EXPECT_EQ(count->text(), QStringLiteral("۱٬۲۵۰ customers"));

    model.setText(QStringLiteral("مریم"));
    ASSERT_TRUE(waitFor([&] { return !model.isLoading(); }));
    if (model.isCounting()) {
        EXPECT_EQ(count->text(), QStringLiteral("…"));
    }
    ASSERT_TRUE(settled(model));
    EXPECT_EQ(count->text(), QStringLiteral("۲۵۰ customers"));

    QScrollBar *bar = view.table()->verticalScrollBar();
    bar->setValue(120);
    const QModelIndex current = model.index(125, 0);
    view.table()->setCurrentIndex(current);
    const qint64 currentId = model.customerId(125);
    view.reload();
    ASSERT_TRUE(settled(model));
    EXPECT_EQ(bar->value(), 120);
    EXPECT_EQ(view.table()->currentIndex().row(), 125);
    EXPECT_EQ(model.customerId(view.table()->currentIndex().row()), currentId);
}

TEST_F(CustomerListLarge, down_in_the_search_box_picks_the_first_result_once_it_arrives)
{
    CustomerListView view(*f->workspace, CustomerKind::Individual);
    view.resize(1000, 500);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    CustomerListModel &model = *view.model();
    model.setSyncLimit(1000);
    ASSERT_TRUE(settled(model));
    auto *search = view.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    ASSERT_NE(search, nullptr);
    view.focusSearch();
    peyvand::testing::typeText(search, QStringLiteral("ژاله"));
    QTest::keyClick(search, Qt::Key_Down); // at once, before the pause
    EXPECT_TRUE(model.isLoading());
    ASSERT_TRUE(settled(model));
    EXPECT_EQ(model.query().text, QStringLiteral("ژاله"));
    EXPECT_TRUE(view.table()->hasFocus());
    ASSERT_TRUE(view.table()->currentIndex().isValid());
    EXPECT_EQ(view.table()->currentIndex().row(), 0);
    EXPECT_EQ(model.customerId(0), expected(model).value(0));

    // No results: back to the search box.
    view.focusSearch();
    peyvand::testing::typeText(search, QStringLiteral("ییی"));
    QTest::keyClick(search, Qt::Key_Down);
    ASSERT_TRUE(settled(model));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(search->hasFocus());
}

TEST(CustomerListLoader, delivers_only_the_latest_request_and_reports_failures)
{
    GuiFixture f;
    for (int i = 0; i < 12; ++i)
        f.addLegal(QStringLiteral("شرکت ") + kLast[i % 6]);
    CustomerListLoader loader(f.store->location());
    QSignalSpy pages(&loader, &CustomerListLoader::firstPageLoaded);
    QSignalSpy ids(&loader, &CustomerListLoader::idsLoaded);
    CustomerQuery all;
    all.kind = CustomerKind::Legal;
    CustomerQuery some = all;
    some.text = QStringLiteral("کریمی");
    loader.load(all, 5);
    const quint64 latest = loader.load(some, 5);
    ASSERT_TRUE(waitFor([&] { return ids.size() == 1; }));
    ASSERT_EQ(pages.size(), 1);
    EXPECT_EQ(pages.at(0).at(0).toULongLong(), latest);
    EXPECT_EQ(ids.at(0).at(0).toULongLong(), latest);
    EXPECT_EQ(ids.at(0).at(1).value<QList<qint64>>().size(), 2);

    // Cancelled: nothing more arrives.
    loader.load(all, 0);
    loader.cancel();
    QTest::qWait(200);
    EXPECT_EQ(ids.size(), 1);

    CustomerListLoader broken(f.dir.filePath(QStringLiteral("missing.sqlite")));
    QSignalSpy failed(&broken, &CustomerListLoader::failed);
    const quint64 generation = broken.load(all, 5);
    ASSERT_TRUE(waitFor([&] { return failed.size() == 1; }));
    EXPECT_EQ(failed.at(0).at(0).toULongLong(), generation);
    EXPECT_TRUE(failed.at(0).at(1).toString().contains(QStringLiteral("missing.sqlite")));
}
