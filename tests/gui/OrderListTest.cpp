// The orders list: key-paged over OrderRepository::list/count, newest first,
// searchable by number, customer or phone, filterable by status and a Jalali
// date range; checked with QAbstractItemModelTester.
#include "Display.h"
#include "JalaliDate.h"
#include "JalaliDateEdit.h"
#include "OrderListModel.h"
#include "OrdersView.h"
#include "SupportTestSupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>

using namespace peyvand;
using peyvand::testing::GuiFixture;

namespace {

struct Shop
{
    qint64 maryam = 0;
    qint64 company = 0;
    QList<qint64> orders; // oldest first, one a day
};

// Seven orders a day apart: five for Maryam, two for the company; the third is confirmed.
Shop seedShop(GuiFixture &f)
{
    Shop s;
    s.maryam = f.addIndividual(QStringLiteral("مریم"), QStringLiteral("کاظمی"), {}, QStringLiteral("09121234567"));
    s.company = f.addLegal(QStringLiteral("شرکت نوآوران"), {}, QStringLiteral("02144556677"));
    for (int i = 0; i < 7; ++i) {
        s.orders << peyvand::testing::addOrder(f, i < 5 ? s.maryam : s.company, QStringLiteral("کالا %1").arg(i), 1,
                                               1'000'000 * (i + 1));
        f.clock.advanceSeconds(86400);
    }
    f.workspace->orders().changeStatus(s.orders[2], OrderStatus::Confirmed, f.rep.id);
    return s;
}

void fetchAll(OrderListModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

} // namespace

TEST(OrderList, pages_by_key_newest_first)
{
    GuiFixture f;
    const Shop s = seedShop(f);
    OrderListModel model(*f.workspace);
    model.setPageSize(3);
    const int loads = model.pageLoads();
    EXPECT_EQ(model.totalCount(), 7);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 6);
    EXPECT_EQ(model.pageLoads(), loads + 1);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    fetchAll(model);
    ASSERT_EQ(model.rowCount(), 7);
    EXPECT_EQ(model.pageLoads(), loads + 2); // the last page is short: no more reads
    for (int i = 0; i < 7; ++i)
        EXPECT_EQ(model.orderId(i), s.orders[6 - i]) << i;
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(model.index(0, OrderListModel::CustomerColumn).data().toString(), QStringLiteral("شرکت نوآوران"));
    EXPECT_EQ(model.index(4, OrderListModel::StatusColumn).data().toString(), Display::label(OrderStatus::Confirmed));
    EXPECT_EQ(model.index(0, OrderListModel::TotalColumn).data().toString(), Display::money(7'000'000));
}

TEST(OrderList, filters_by_status_text_and_jalali_dates)
{
    GuiFixture f;
    const Shop s = seedShop(f);
    OrderListModel model(*f.workspace);
    model.setPageSize(2);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy counted(&model, &OrderListModel::countChanged);

    model.setStatus(OrderStatus::Confirmed);
    EXPECT_EQ(model.totalCount(), 1);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.orderId(0), s.orders[2]);
    model.setStatus(std::nullopt);
    EXPECT_EQ(model.totalCount(), 7);

    model.setText(QStringLiteral("۰۹۱۲-۱۲۳-۴۵۶۷")); // the customer's phone, any form
    EXPECT_EQ(model.totalCount(), 5);
    fetchAll(model);
    for (int i = 0; i < model.rowCount(); ++i)
        EXPECT_EQ(model.customerId(i), s.maryam);
    model.setText(QStringLiteral("نوآوران"));
    EXPECT_EQ(model.totalCount(), 2);
    const QString number = f.store->orders().get(s.orders[3])->number;
    model.setText(Display::digits(number));
    ASSERT_GE(model.totalCount(), 1);
    EXPECT_EQ(model.orderId(0), s.orders[3]);
    model.setText({});

    // Created on the second to the fourth day (Tehran business days).
    const QDate first
        = s.orders.isEmpty() ? QDate() : f.store->orders().get(s.orders[1])->createdAt.toLocalTime().date();
    model.setDateRange(first, first.addDays(2));
    EXPECT_EQ(model.totalCount(), 3);
    fetchAll(model);
    EXPECT_EQ(model.orderId(0), s.orders[3]);
    EXPECT_EQ(model.orderId(2), s.orders[1]);
    EXPECT_GE(counted.count(), 5);
}

TEST(OrderList, the_view_filters_by_a_typed_jalali_date)
{
    GuiFixture f;
    const Shop s = seedShop(f);
    OrdersView view(*f.workspace);
    auto *from = view.findChild<JalaliDateEdit *>(QStringLiteral("fromDate"));
    ASSERT_NE(from, nullptr);
    const QDate day = f.store->orders().get(s.orders[5])->createdAt.toLocalTime().date();
    from->lineEdit()->clear();
    peyvand::testing::typeText(from->lineEdit(), Display::digits(JalaliDate::format(day)));
    EXPECT_EQ(view.model()->totalCount(), 2) << from->lineEdit()->text().toStdString();
    auto *status = view.findChild<QComboBox *>(QStringLiteral("orderStatusFilter"));
    status->setCurrentIndex(status->findData(int(OrderStatus::Confirmed)));
    EXPECT_EQ(view.model()->totalCount(), 0);
}
