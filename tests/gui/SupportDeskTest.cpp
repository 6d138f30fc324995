// The support desk on a real database: one lookup box finds the customer from
// whatever the caller gives and shows every order's status and the open
// service requests; a status change there reaches the customer's timeline; a
// refused change or an unknown number is said inline and changes nothing.
#include "CustomerPage.h"
#include "Display.h"
#include "LookupOrderModel.h"
#include "MainWindow.h"
#include "OrderDialog.h"
#include "RequestTableModel.h"
#include "SupportDeskView.h"
#include "SupportTestSupport.h"
#include "TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace peyvand;
using peyvand::testing::GuiFixture;

namespace {

struct Caller
{
    qint64 customer = 0;
    qint64 older = 0;
    qint64 newer = 0;
    qint64 request = 0;
};

Caller seedCaller(GuiFixture &f)
{
    Caller c;
    c.customer = f.addIndividual(QStringLiteral("مریم"), QStringLiteral("کاظمی"), {}, QStringLiteral("09121234567"));
    f.addIndividual(QStringLiteral("علی"), QStringLiteral("کاظمی"), {}, QStringLiteral("09351112233"));
    c.older = peyvand::testing::addOrder(f, c.customer, QStringLiteral("یخچال ساید"), 1, 900'000'000);
    f.clock.advanceSeconds(86400);
    c.newer = peyvand::testing::addOrder(f, c.customer, QStringLiteral("جاروبرقی"), 2, 45'000'000);
    f.workspace->orders().setTrackingCode(c.older, QStringLiteral("۱۲۳۴۵۶۷۸۹۰۱۲"));
    f.clock.advanceSeconds(3600);
    f.workspace->orders().changeStatus(c.older, OrderStatus::Confirmed, f.rep.id);
    c.request = peyvand::testing::addRequest(f, c.customer, QStringLiteral("صدای زیاد یخچال"), Priority::High, c.older,
                                             f.rep.id);
    return c;
}

int rowOfOrder(const LookupOrderModel &model, qint64 id)
{
    return model.rowOf(id);
}

} // namespace

TEST(SupportDesk, finds_a_customer_by_a_phone_typed_in_persian_digits_with_orders_and_open_requests)
{
    GuiFixture f;
    const Caller c = seedCaller(f);
    SupportDeskView desk(*f.workspace);
    desk.show();
    QAbstractItemModelTester ordersTester(desk.ordersModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester requestsTester(desk.requestsModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);

    auto *box = desk.findChild<QLineEdit *>(QStringLiteral("supportLookup"));
    ASSERT_NE(box, nullptr);
    box->setFocus();
    peyvand::testing::typeText(box, QStringLiteral("۰۹۱۲ ۱۲۳-۴۵۶۷"));
    // Looked up as you type, after a short pause.
    QTRY_COMPARE_WITH_TIMEOUT(desk.result().matches.size(), 1, 5000);
    ASSERT_EQ(desk.result().matches.size(), 1);

    EXPECT_EQ(desk.currentCustomerId(), c.customer);
    EXPECT_TRUE(desk.message().isEmpty()) << desk.message().toStdString();
    const LookupOrderModel &orders = *desk.ordersModel();
    ASSERT_EQ(orders.rowCount(), 2);
    EXPECT_EQ(orders.orderId(0), c.newer); // newest first
    const int older = rowOfOrder(orders, c.older);
    ASSERT_GE(older, 0);
    EXPECT_EQ(orders.index(older, LookupOrderModel::StatusColumn).data().toString(), QStringLiteral("تأیید شده"));
    EXPECT_EQ(orders.index(older, LookupOrderModel::ChangedColumn).data().toString(), Display::dateTime(f.clock.now()));
    EXPECT_TRUE(orders.index(older, LookupOrderModel::TrackingColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("۱۲۳۴۵۶۷۸۹۰۱۲")));
    EXPECT_TRUE(orders.index(older, LookupOrderModel::StatusColumn).data(Qt::ForegroundRole).isValid());

    ASSERT_EQ(desk.requestsModel()->rowCount(), 1);
    EXPECT_EQ(desk.requestsModel()->requestId(0), c.request);
    EXPECT_EQ(desk.requestsModel()->index(0, RequestTableModel::SubjectColumn).data().toString(),
              QStringLiteral("صدای زیاد یخچال"));
}

TEST(SupportDesk, an_order_number_in_persian_digits_selects_that_order)
{
    GuiFixture f;
    const Caller c = seedCaller(f);
    const QString number = f.store->orders().get(c.older)->number;
    SupportDeskView desk(*f.workspace);
    desk.lookupEdit()->setText(Display::digits(number) + QStringLiteral(" "));
    desk.lookUpNow();
    ASSERT_EQ(desk.result().matches.size(), 1);
    EXPECT_EQ(desk.currentCustomerId(), c.customer);
    EXPECT_EQ(desk.currentOrderId(), c.older);
}

TEST(SupportDesk, says_inline_when_nothing_is_found)
{
    GuiFixture f;
    seedCaller(f);
    SupportDeskView desk(*f.workspace);
    desk.show();
    desk.lookupEdit()->setText(QStringLiteral("۰۹۱۹ ۹۹۹ ۹۹۹۹"));
    desk.lookUpNow();
    EXPECT_TRUE(desk.result().matches.isEmpty());
    EXPECT_FALSE(desk.message().isEmpty());
    EXPECT_TRUE(desk.message().contains(QStringLiteral("۰۹۱۹ ۹۹۹ ۹۹۹۹")));
    EXPECT_EQ(desk.currentCustomerId(), 0);
    EXPECT_EQ(desk.ordersModel()->rowCount(), 0);
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr); // no error dialog
    EXPECT_TRUE(desk.findChildren<QMessageBox *>().isEmpty());

    // An unknown order number: the same quiet message.
    desk.lookupEdit()->setText(QStringLiteral("۹۹۹۹۹۹۹"));
    desk.lookUpNow();
    EXPECT_TRUE(desk.result().matches.isEmpty());
    EXPECT_FALSE(desk.message().isEmpty());
}

TEST(SupportDesk, a_status_change_updates_the_row_and_the_customers_timeline)
{
    GuiFixture f;
    const Caller c = seedCaller(f);
    SupportDeskView desk(*f.workspace);
    CustomerPage page(*f.workspace);
    page.showCustomer(c.customer);
    desk.lookupEdit()->setText(QStringLiteral("+98 912 123 4567"));
    desk.lookUpNow();
    ASSERT_EQ(desk.currentCustomerId(), c.customer);
    desk.selectOrder(c.older);
    QSignalSpy changed(f.workspace.get(), &Workspace::orderChanged);

    f.clock.advanceSeconds(600);
    ASSERT_TRUE(desk.changeOrderStatus(c.older, OrderStatus::Paid, QStringLiteral("کارت به کارت")));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(desk.message().isEmpty());
    const int row = desk.ordersModel()->rowOf(c.older);
    ASSERT_GE(row, 0);
    EXPECT_EQ(desk.ordersModel()->index(row, LookupOrderModel::StatusColumn).data().toString(),
              Display::label(OrderStatus::Paid));
    EXPECT_EQ(desk.currentOrderId(), c.older); // the selection stays on the order

    const auto stored = f.store->orders().get(c.older);
    ASSERT_EQ(stored->history.size(), 3);
    EXPECT_EQ(stored->history.last().note, QStringLiteral("کارت به کارت"));
    auto *timeline = page.findChild<QTableView *>(QStringLiteral("timelineView"));
    auto *model = qobject_cast<TimelineModel *>(timeline->model());
    ASSERT_FALSE(model->entries().isEmpty());
    const TimelineEntry &top = model->entries().first();
    EXPECT_EQ(top.kind, TimelineEntry::Kind::OrderStatus);
    EXPECT_EQ(top.toStatus, OrderStatus::Paid);
}

TEST(SupportDesk, a_refused_status_change_names_the_status_and_changes_nothing)
{
    GuiFixture f;
    const Caller c = seedCaller(f);
    SupportDeskView desk(*f.workspace);
    desk.show();
    desk.lookupEdit()->setText(QStringLiteral("09121234567"));
    desk.lookUpNow();
    const auto before = *f.store->orders().get(c.older);
    QSignalSpy changed(f.workspace.get(), &Workspace::orderChanged);

    EXPECT_FALSE(desk.changeOrderStatus(c.older, OrderStatus::Delivered));
    EXPECT_EQ(changed.count(), 0);
    EXPECT_TRUE(desk.message().contains(Display::label(OrderStatus::Confirmed))) << desk.message().toStdString();
    EXPECT_TRUE(desk.message().contains(Display::label(OrderStatus::Delivered)));
    const auto after = *f.store->orders().get(c.older);
    EXPECT_EQ(after.status, OrderStatus::Confirmed);
    EXPECT_EQ(after.history.size(), before.history.size());
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
}

TEST(SupportDesk, leads_to_the_customer_page_and_the_order_page_in_the_main_window)
{
    GuiFixture f;
    const Caller c = seedCaller(f);
    const auto support = f.sessionAs(UserRole::Support); // the desk is support's
    UiSettings::setLastView(QString());
    MainWindow window(*support.workspace);
    window.showView(QStringLiteral("support"));
    auto *desk = qobject_cast<SupportDeskView *>(window.view(QStringLiteral("support")));
    ASSERT_NE(desk, nullptr);
    desk->lookupEdit()->setText(QStringLiteral("09121234567"));
    desk->lookUpNow();
    desk->selectOrder(c.older);

    qint64 shownOrder = 0;
    peyvand::testing::onNextDialog<OrderDialog>([&](OrderDialog *dialog) {
        shownOrder = dialog->order().id;
        dialog->findChild<QPushButton *>(QStringLiteral("openCustomerButton"))->click();
    });
    desk->findChild<QPushButton *>(QStringLiteral("openOrderButton"))->click();
    EXPECT_EQ(shownOrder, c.older);
    // "Open customer" on the order page closed it and opened the customer's page.
    EXPECT_EQ(window.currentView(), QStringLiteral("customer"));
    EXPECT_EQ(window.customerPage()->customerId(), c.customer);
}
