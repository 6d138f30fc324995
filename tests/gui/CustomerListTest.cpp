// The customer lists: a key-paged model over thousands of rows that gives the
// repository's order from any starting point, filters and search, and the view.
#include "CustomerListModel.h"
#include "CustomerListView.h"
#include "GuiFixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace peyvand;
using peyvand::testing::GuiFixture;

namespace {

const QString kFirst[]
    = { QStringLiteral("علی"),   QStringLiteral("مریم"),  QStringLiteral("پیمان"), QStringLiteral("ژاله"),
        QStringLiteral("گلناز"), QStringLiteral("چنگیز"), QStringLiteral("سارا") };
const QString kLast[] = { QStringLiteral("احمدی"),  QStringLiteral("کریمی"), QStringLiteral("آقایی"),
                          QStringLiteral("بهرامی"), QStringLiteral("زمانی"), QStringLiteral("یزدانی"),
                          QStringLiteral("کاظمی"),  QStringLiteral("نوری"),  QStringLiteral("رحیمی") };
const QString kWords[] = { QStringLiteral("پارس"), QStringLiteral("آریا"),        QStringLiteral("البرز"),
                           QStringLiteral("کیان"), QStringLiteral("Tehran Tech"), QStringLiteral("سپهر") };
const QString kCities[] = { QStringLiteral("تهران"), QStringLiteral("شیراز"), QStringLiteral("اصفهان"), QString(),
                            QStringLiteral("تبریز") };
const QString kIndustries[] = { QStringLiteral("فولاد"), QStringLiteral("نرم‌افزار"), QString(),
                                QStringLiteral("غذایی"), QStringLiteral("پتروشیمی") };

QString padded(qint64 n, int width)
{
    return QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0'));
}

// 3,000 customers (one in five a legal entity) with many equal names, cities,
// owners, stages and creation times, so that the id tie-breaker matters on
// every sort, and empty values in the columns that can be empty.
class CustomerList : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        f = new GuiFixture;
        DataStore &store = *f->store;
        store.transaction([&] {
            owners = { f->rep.id,
                       store.users().add(
                           User { 0, QStringLiteral("rep2"), QStringLiteral("مهدی کاظمی"), UserRole::SalesRep, true }),
                       store.users().add(User { 0, QStringLiteral("rep3"), QStringLiteral("نازنین امینی"),
                                                UserRole::Manager, true }) };
            const QDateTime t0(QDate(2023, 6, 1), QTime(8, 0), Qt::UTC);
            for (int i = 0; i < 3000; ++i) {
                Customer c;
                c.kind = i % 5 == 0 ? CustomerKind::Legal : CustomerKind::Individual;
                if (c.kind == CustomerKind::Legal) {
                    c.legal.companyName = QStringLiteral("شرکت ") + kWords[(i / 5) % 6];
                    if (i % 7 != 0)
                        c.legal.nationalId = peyvand::testing::validLegalId(QStringLiteral("1") + padded(i, 9));
                    c.legal.industry = kIndustries[(i / 3) % 5];
                    if (i % 11 != 0)
                        c.phones << PhoneEntry { QStringLiteral("021") + padded(30000000 + i * 13, 8), {} };
                } else {
                    c.individual.firstName = kFirst[i % 7];
                    c.individual.lastName = kLast[(i / 7) % 9];
                    if (i % 6 != 0)
                        c.individual.nationalCode
                            = peyvand::testing::validNationalCode(QStringLiteral("1") + padded(i, 8));
                    if (i % 3 == 0)
                        c.individual.email = QStringLiteral("user%1@example.ir").arg(i % 400);
                    if (i % 13 != 0)
                        c.phones << PhoneEntry { QStringLiteral("0935") + padded(1000000 + i * 3, 7), {} };
                }
                const QString city = kCities[(i / 2) % 5];
                if (!city.isEmpty())
                    c.addresses << Address { {}, {}, city, {}, {} };
                c.lifecycle = static_cast<Lifecycle>((i / 3) % 4);
                c.ownerId = i % 10 == 9 ? 0 : owners[i % 3];
                if (i % 8 == 0)
                    c.tags << (i % 16 == 0 ? QStringLiteral("VIP") : QStringLiteral("نمایشگاه"));
                c.createdAt = c.updatedAt = t0.addSecs(3600 * ((i * 7919) % 500)); // 500 distinct moments
                store.customers().add(c);
            }
            Customer phoneOwner = peyvand::testing::individual(QStringLiteral("رضا"), QStringLiteral("تلفنی"), {},
                                                               QStringLiteral("09121234567"));
            phoneOwnerId = store.customers().add(phoneOwner);
        });
    }
    static void TearDownTestSuite()
    {
        delete f;
        f = nullptr;
    }

    // The repository's whole list for the model's filters and sort, in one query.
    static QList<CustomerRow> expected(const CustomerListModel &model)
    {
        CustomerQuery q = model.query();
        q.after.reset();
        q.limit = 1000000;
        return f->store->customers().list(q);
    }

    static QList<qint64> ids(const QList<CustomerRow> &rows)
    {
        QList<qint64> out;
        for (const CustomerRow &r : rows)
            out << r.id;
        return out;
    }

    static QList<qint64> walk(const CustomerListModel &model)
    {
        QList<qint64> out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.customerId(row);
        return out;
    }

    static GuiFixture *f;
    static QList<qint64> owners;
    static qint64 phoneOwnerId;
};
GuiFixture *CustomerList::f = nullptr;
QList<qint64> CustomerList::owners;
qint64 CustomerList::phoneOwnerId = 0;

} // namespace

TEST_F(CustomerList, model_passes_the_item_model_tester_through_filters_and_sorts)
{
    CustomerListModel model(*f->workspace, CustomerKind::Individual);
    model.setPaging(37, 3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.columnCount(), 8);
    model.sort(1, Qt::DescendingOrder);
    model.setText(QStringLiteral("کریمی"));
    model.setOwner(owners[1]);
    model.setLifecycle(Lifecycle::Customer);
    model.setCity(QStringLiteral("تهران"));
    model.setTag(QStringLiteral("VIP"));
    model.setTag({});
    model.sort(7, Qt::AscendingOrder);
    model.setText(QStringLiteral("no such customer at all"));
    EXPECT_EQ(model.rowCount(), 0);
    model.setText({});
    model.setOwner(std::nullopt);
    model.setLifecycle(std::nullopt);
    model.setCity({});
    model.reload();
    EXPECT_EQ(model.rowCount(), 2401);
}

TEST_F(CustomerList, walking_every_row_gives_the_repository_order_for_every_column_both_ways)
{
    for (CustomerKind kind : { CustomerKind::Legal, CustomerKind::Individual }) {
        CustomerListModel model(*f->workspace, kind);
        ASSERT_EQ(model.rowCount(), kind == CustomerKind::Legal ? 600 : 2401);
        for (int column = 0; column < model.columnCount(); ++column) {
            for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                SCOPED_TRACE(std::string(toCode(kind).toStdString()) + " column " + std::to_string(column)
                             + (order == Qt::DescendingOrder ? " desc" : " asc"));
                model.sort(column, order);
                EXPECT_EQ(model.query().sort, model.sortOf(column));
                EXPECT_EQ(model.query().descending, order == Qt::DescendingOrder);
                const QList<CustomerRow> all = expected(model);
                ASSERT_EQ(all.size(), model.rowCount());
                const int loadsBefore = model.pageLoads();
                EXPECT_EQ(walk(model), ids(all));
                // One query per page, none per row.
                const int pages = (model.rowCount() + model.pageSize() - 1) / model.pageSize();
                EXPECT_EQ(model.pageLoads() - loadsBefore, pages);
            }
        }
    }
}

TEST_F(CustomerList, jumping_to_the_middle_or_the_end_first_gives_the_same_rows)
{
    CustomerListModel model(*f->workspace, CustomerKind::Individual);
    const QList<CustomerRow> all = expected(model);
    ASSERT_EQ(all.size(), 2401);
    // Straight to a middle row: the page is found by seeking its first key.
    EXPECT_EQ(model.data(model.index(1777, 0)).toString(), all[1777].name);
    EXPECT_EQ(model.data(model.index(1777, 0), CustomerListModel::CustomerIdRole).toLongLong(), all[1777].id);
    // Its neighbours above are read backwards from its first key, below forwards from its last.
    for (int row = 1777; row >= 0; --row)
        ASSERT_EQ(model.customerId(row), all[row].id) << row;
    for (int row = 1777; row < all.size(); ++row)
        ASSERT_EQ(model.customerId(row), all[row].id) << row;

    // Straight to the end, then upwards: the last page is read backwards from the end.
    CustomerListModel fromEnd(*f->workspace, CustomerKind::Individual);
    fromEnd.sort(0, Qt::DescendingOrder);
    const QList<CustomerRow> descending = expected(fromEnd);
    EXPECT_EQ(fromEnd.customerId(2400), descending[2400].id);
    for (int row = 2400; row >= 0; --row)
        ASSERT_EQ(fromEnd.customerId(row), descending[row].id) << row;
}

TEST_F(CustomerList, far_jumps_into_either_half_give_the_right_page_with_one_read)
{
    // City has long runs of equal values, so the keys' id tie-breaker matters
    // both ways; rows in the first half are sought from the start, rows in the
    // second half from the end and read backwards.
    for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        for (int row : { 401, 1150, 1250, 2222 }) {
            SCOPED_TRACE(std::to_string(row) + (order == Qt::DescendingOrder ? " desc" : " asc"));
            CustomerListModel model(*f->workspace, CustomerKind::Individual);
            model.setPaging(50, 3);
            model.sort(4, order);
            const QList<qint64> all = ids(expected(model));
            ASSERT_EQ(model.customerId(row), all[row]);
            EXPECT_EQ(model.pageLoads(), 1); // one page, no walk through the pages before it
            for (int r = row - row % 50; r < std::min<int>(row - row % 50 + 50, int(all.size())); ++r)
                ASSERT_EQ(model.customerId(r), all[r]) << r;
        }
    }
}

TEST_F(CustomerList, random_jumps_with_a_tiny_cache_stay_right_and_memory_stays_bounded)
{
    for (int column : { 0, 2, 6, 7 }) {
        SCOPED_TRACE(column);
        CustomerListModel model(*f->workspace, CustomerKind::Individual);
        model.setPaging(37, 4);
        model.sort(column, column == 6 ? Qt::DescendingOrder : Qt::AscendingOrder);
        const QList<qint64> all = ids(expected(model));
        quint32 seed = 12345;
        int row = 0;
        for (int step = 0; step < 600; ++step) {
            seed = seed * 1103515245u + 12345u;
            const int move = int((seed >> 8) % 7);
            if (move == 0)
                row = int((seed >> 4) % quint32(all.size())); // far jump
            else if (move == 1)
                row = int(all.size()) - 1;
            else
                row = std::clamp(row + int((seed >> 12) % 81) - 40, 0, int(all.size()) - 1); // scroll
            ASSERT_EQ(model.customerId(row), all[row]) << "row " << row << " step " << step;
            ASSERT_LE(model.cachedPages(), 4);
        }
    }
}

TEST_F(CustomerList, columns_are_formatted_for_the_screen)
{
    CustomerListModel model(*f->workspace, CustomerKind::Individual);
    model.setText(QStringLiteral("09121234567"));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    EXPECT_EQ(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Mobile"));
    EXPECT_EQ(model.data(model.index(0, 0)).toString(), QStringLiteral("رضا تلفنی"));
    EXPECT_TRUE(model.data(model.index(0, 2)).toString().contains(QStringLiteral("۰۹۱۲ ۱۲۳ ۴۵۶۷")));
    EXPECT_EQ(model.data(model.index(0, 5)).toString(), QStringLiteral("سرنخ"));
    EXPECT_EQ(model.data(model.index(0, 7)).toString(), QStringLiteral("۱۴۰۳/۰۱/۰۱")); // 2024-03-20
    EXPECT_EQ(model.customerId(0), phoneOwnerId);
    EXPECT_EQ(model.rowOf(phoneOwnerId), 0);
    EXPECT_EQ(model.rowOf(-5), -1);

    CustomerListModel legal(*f->workspace, CustomerKind::Legal);
    EXPECT_EQ(legal.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Company name"));
    EXPECT_EQ(legal.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Industry"));
    legal.setOwner(owners[1]);
    ASSERT_GT(legal.rowCount(), 0);
    EXPECT_EQ(legal.data(legal.index(0, 6)).toString(), QStringLiteral("مهدی کاظمی"));
    const QString nationalId = legal.data(legal.index(0, 1)).toString();
    EXPECT_FALSE(nationalId.contains(QLatin1Char('1'))) << nationalId.toStdString(); // Persian digits
}

TEST_F(CustomerList, search_folds_arabic_letters_and_reads_phones_in_any_form)
{
    CustomerListModel model(*f->workspace, CustomerKind::Individual);
    model.setText(QStringLiteral("كريمي")); // Arabic kaf and yeh
    ASSERT_GT(model.rowCount(), 100);
    CustomerQuery persian = model.query();
    persian.text = QStringLiteral("کریمی");
    EXPECT_EQ(model.rowCount(), f->store->customers().count(persian));
    for (int row = 0; row < model.rowCount(); ++row)
        ASSERT_TRUE(model.data(model.index(row, 0)).toString().contains(QStringLiteral("کریمی"))) << row;

    for (const QString &phone :
         { QStringLiteral("+98 912 123 4567"), QStringLiteral("۰۹۱۲ ۱۲۳ ۴۵۶۷"), QStringLiteral("٠٩١٢١٢٣٤٥٦٧") }) {
        model.setText(phone);
        ASSERT_EQ(model.rowCount(), 1) << phone.toStdString();
        EXPECT_EQ(model.customerId(0), phoneOwnerId);
    }
    model.setText(QStringLiteral("رحیمی"));
    EXPECT_GT(model.rowCount(), 0);
    CustomerListModel legal(*f->workspace, CustomerKind::Legal);
    legal.setText(QStringLiteral("رحیمی")); // individuals only in the individuals' list
    EXPECT_EQ(legal.rowCount(), 0);
}

TEST_F(CustomerList, owner_lifecycle_city_and_tag_filters_narrow_the_list)
{
    CustomerListModel model(*f->workspace, CustomerKind::Individual);
    QSignalSpy counts(&model, &CustomerListModel::countChanged);
    const qint64 everyone = model.rowCount();
    model.setOwner(owners[2]);
    EXPECT_LT(model.rowCount(), everyone);
    EXPECT_EQ(counts.size(), 1);
    model.setLifecycle(Lifecycle::Prospect);
    const QList<CustomerRow> rows = expected(model);
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_EQ(walk(model), ids(rows));
    for (const CustomerRow &r : rows) {
        EXPECT_EQ(r.ownerId, owners[2]);
        EXPECT_EQ(r.lifecycle, Lifecycle::Prospect);
    }
    model.setCity(QStringLiteral("شیراز"));
    for (const CustomerRow &r : expected(model))
        EXPECT_EQ(r.city, QStringLiteral("شیراز"));
    EXPECT_EQ(walk(model), ids(expected(model)));
    model.setOwner(std::nullopt);
    model.setLifecycle(std::nullopt);
    model.setCity({});
    model.setTag(QStringLiteral("VIP"));
    EXPECT_EQ(model.rowCount(), 150); // i % 16 == 0: 188, minus the legal entities (i % 80 == 0): 38
    EXPECT_EQ(walk(model), ids(expected(model)));
}

TEST_F(CustomerList, view_searches_after_the_pause_and_opens_the_double_clicked_customer)
{
    CustomerListView view(*f->workspace, CustomerKind::Individual);
    view.resize(1100, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    auto *search = view.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *table = view.findChild<QTableView *>(QStringLiteral("customerTable"));
    auto *count = view.findChild<QLabel *>(QStringLiteral("countLabel"));
    ASSERT_TRUE(search && table && count);
    ASSERT_TRUE(view.findChild<QComboBox *>(QStringLiteral("ownerFilter")));
    ASSERT_TRUE(view.findChild<QComboBox *>(QStringLiteral("lifecycleFilter")));
    ASSERT_TRUE(view.findChild<QLineEdit *>(QStringLiteral("cityFilter")));
    ASSERT_TRUE(view.findChild<QLineEdit *>(QStringLiteral("tagFilter")));
    EXPECT_EQ(table->model(), view.model());
    EXPECT_EQ(count->text(), QStringLiteral("۲٬۴۰۱ customers"));
    EXPECT_TRUE(table->isSortingEnabled());
    EXPECT_EQ(table->horizontalHeader()->sectionResizeMode(1), QHeaderView::Interactive);

    view.focusSearch();
    peyvand::testing::typeText(search, QStringLiteral("۰۹۱۲۱۲۳"));
    // Nothing happens on each keystroke; the list narrows once typing pauses.
    EXPECT_EQ(table->model()->rowCount(), 2401);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 5000);
    EXPECT_EQ(count->text(), QStringLiteral("۱ customers"));

    QSignalSpy opened(&view, &CustomerListView::openCustomer);
    const QRect cell = table->visualRect(table->model()->index(0, 0));
    // What a real double-click delivers: press, release, double-click, release.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseRelease(table->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.at(0).at(0).toLongLong(), phoneOwnerId);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 2));
    QTest::keyClick(table, Qt::Key_Return);
    ASSERT_EQ(opened.size(), 2);
    EXPECT_EQ(opened.at(1).at(0).toLongLong(), phoneOwnerId);

    // Enter applies at once.
    search->clear();
    peyvand::testing::typeText(search, QStringLiteral("كريمي"));
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(view.model()->query().text, QStringLiteral("كريمي"));
    EXPECT_GT(table->model()->rowCount(), 100);

    QSignalSpy create(&view, &CustomerListView::createRequested);
    QTest::mouseClick(view.findChild<QWidget *>(QStringLiteral("newCustomerButton")), Qt::LeftButton);
    ASSERT_EQ(create.size(), 1);
    EXPECT_EQ(create.at(0).at(0).value<CustomerKind>(), CustomerKind::Individual);
}

TEST_F(CustomerList, view_filters_sorts_by_header_and_refreshes_on_changes)
{
    CustomerListView view(*f->workspace, CustomerKind::Legal);
    view.resize(1100, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    auto *table = view.findChild<QTableView *>(QStringLiteral("customerTable"));
    auto *owner = view.findChild<QComboBox *>(QStringLiteral("ownerFilter"));
    auto *lifecycle = view.findChild<QComboBox *>(QStringLiteral("lifecycleFilter"));
    ASSERT_TRUE(table && owner && lifecycle);
    EXPECT_EQ(owner->count(), 4); // everyone + 3 users
    owner->setCurrentIndex(owner->findData(owners[1]));
    EXPECT_EQ(view.model()->query().ownerId, owners[1]);
    lifecycle->setCurrentIndex(lifecycle->findData(int(Lifecycle::Inactive)));
    EXPECT_EQ(view.model()->query().lifecycle, Lifecycle::Inactive);
    owner->setCurrentIndex(0);
    lifecycle->setCurrentIndex(0);
    EXPECT_EQ(table->model()->rowCount(), 600);

    // A click on a header sorts by that column in SQL.
    QHeaderView *header = table->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(7) + header->sectionSize(7) / 2, header->height() / 2));
    EXPECT_EQ(view.model()->query().sort, CustomerSort::CreatedAt);
    EXPECT_EQ(header->sortIndicatorSection(), 7);
    EXPECT_EQ(view.model()->customerId(0), expected(*view.model()).front().id);
}

TEST(CustomerListView, refreshes_when_a_customer_is_added_elsewhere)
{
    GuiFixture g; // its own database: the shared one stays as seeded
    g.addLegal(QStringLiteral("شرکت پارس"));
    g.addLegal(QStringLiteral("شرکت آریا"));
    CustomerListView view(*g.workspace, CustomerKind::Legal);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    auto *table = view.findChild<QTableView *>(QStringLiteral("customerTable"));
    ASSERT_EQ(table->model()->rowCount(), 2);
    table->setCurrentIndex(table->model()->index(1, 0));
    const qint64 current = view.model()->customerId(1);
    const qint64 id = g.addLegal(QStringLiteral("شرکت تازه"));
    emit g.workspace->customerChanged(id);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 5000);
    EXPECT_EQ(view.findChild<QLabel *>(QStringLiteral("countLabel"))->text(), QStringLiteral("۳ customers"));
    EXPECT_EQ(view.model()->customerId(2), id); // آریا, پارس, تازه
    EXPECT_EQ(table->currentIndex().row(), 1); // the current row stays
    EXPECT_EQ(view.model()->customerId(1), current);
}
