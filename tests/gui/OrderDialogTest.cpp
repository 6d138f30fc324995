// The order page: lines, totals, payments, tracking code and the status
// history; "Change status…" offers only the allowed next statuses, records
// who and when, reaches the customer's timeline, and a refused change (the
// order moved meanwhile) says why and changes nothing.
#include "OrderDialog.h"

#include "ChangeStatusDialog.h"
#include "ConcurrentChangeBox.h"
#include "CustomerPage.h"
#include "Display.h"
#include "PaymentDialog.h"
#include "SupportTestSupport.h"
#include "TimelineModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace peyvand;
using peyvand::testing::GuiFixture;

namespace {

struct Sale
{
    qint64 customer = 0;
    qint64 order = 0;
};

Sale seedSale(GuiFixture &f)
{
    Sale s;
    s.customer = f.addLegal(QStringLiteral("شرکت آب‌رسان"), {}, QStringLiteral("02188776655"));
    Order o;
    o.customerId = s.customer;
    o.lines << OrderLine { 0, QStringLiteral("پمپ آب صنعتی"), 2, 150'000'000 }
            << OrderLine { 0, QStringLiteral("نصب"), 1, 20'000'000 };
    s.order = f.workspace->orders().create(o, f.rep.id);
    f.clock.advanceSeconds(3600);
    Payment p;
    p.amount = 100'000'000;
    p.method = PaymentMethod::Transfer;
    p.reference = QStringLiteral("TR-5521");
    f.workspace->orders().addPayment(s.order, p);
    return s;
}

QTableWidget *table(QWidget &w, const char *name)
{
    return w.findChild<QTableWidget *>(QLatin1String(name));
}

} // namespace

TEST(OrderDialog, shows_lines_totals_payments_and_history)
{
    GuiFixture f;
    const Sale s = seedSale(f);
    OrderDialog dialog(*f.workspace, s.order);
    ASSERT_TRUE(dialog.found());
    EXPECT_EQ(table(dialog, "orderLines")->rowCount(), 2);
    EXPECT_EQ(table(dialog, "orderPayments")->rowCount(), 1);
    auto *totals = dialog.findChild<QLabel *>(QStringLiteral("orderTotals"));
    EXPECT_TRUE(totals->text().contains(Display::money(320'000'000)));
    EXPECT_TRUE(totals->text().contains(Display::money(100'000'000)));
    EXPECT_TRUE(totals->text().contains(Display::money(220'000'000))) << totals->text().toStdString();
    auto *history = table(dialog, "statusHistory");
    ASSERT_EQ(history->rowCount(), 1);
    EXPECT_EQ(history->item(0, 3)->text(), f.rep.fullName);
    EXPECT_TRUE(
        dialog.findChild<QLabel *>(QStringLiteral("orderTitle"))->text().contains(QStringLiteral("آب‌رسان")));
}

TEST(OrderDialog, offers_only_the_allowed_next_statuses)
{
    EXPECT_EQ(ChangeStatusDialog(QStringLiteral("1"), OrderStatus::Registered).offered(),
              (QList<OrderStatus> { OrderStatus::Confirmed, OrderStatus::Cancelled }));
    EXPECT_EQ(ChangeStatusDialog(QStringLiteral("1"), OrderStatus::Shipped).offered(),
              (QList<OrderStatus> { OrderStatus::Delivered }));
    EXPECT_EQ(ChangeStatusDialog(QStringLiteral("1"), OrderStatus::Delivered).offered(),
              (QList<OrderStatus> { OrderStatus::Returned }));
    ChangeStatusDialog done(QStringLiteral("1"), OrderStatus::Cancelled);
    EXPECT_TRUE(done.offered().isEmpty());
    EXPECT_FALSE(done.findChild<QPushButton *>(QStringLiteral("applyStatusButton"))->isEnabled());
}

TEST(OrderDialog, changes_the_status_through_the_dialog_and_the_timeline_shows_it)
{
    GuiFixture f;
    const Sale s = seedSale(f);
    const auto support = f.sessionAs(UserRole::Support, QStringLiteral("ناهید صبوری")); // statuses are support's
    CustomerPage page(*support.workspace);
    page.showCustomer(s.customer);
    OrderDialog dialog(*support.workspace, s.order);
    dialog.show();
    QSignalSpy changed(support.workspace.get(), &Workspace::orderChanged);
    f.clock.advanceSeconds(600);

    QStringList offered;
    peyvand::testing::onNextDialog<ChangeStatusDialog>([&](ChangeStatusDialog *ask) {
        for (OrderStatus st : ask->offered())
            offered << toCode(st);
        ask->select(OrderStatus::Confirmed);
        ask->findChild<QLineEdit *>(QStringLiteral("statusNoteEdit"))->setText(QStringLiteral("تلفنی تأیید شد"));
        ask->accept();
    });
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("changeStatusButton")), Qt::LeftButton);

    EXPECT_EQ(offered, (QStringList { QStringLiteral("confirmed"), QStringLiteral("cancelled") }));
    EXPECT_TRUE(dialog.statusError().isEmpty()) << dialog.statusError().toStdString();
    EXPECT_EQ(dialog.order().status, OrderStatus::Confirmed);
    ASSERT_GE(changed.count(), 1);
    EXPECT_EQ(changed.first().at(1).toLongLong(), s.customer);
    auto *history = table(dialog, "statusHistory");
    ASSERT_EQ(history->rowCount(), 2);
    EXPECT_EQ(history->item(0, 2)->text(), Display::label(OrderStatus::Confirmed)); // newest first
    EXPECT_EQ(history->item(0, 3)->text(), support.user.fullName);
    EXPECT_EQ(history->item(0, 4)->text(), QStringLiteral("تلفنی تأیید شد"));
    EXPECT_EQ(history->item(0, 0)->text(), Display::dateTime(f.clock.now()));

    auto *timeline
        = qobject_cast<TimelineModel *>(page.findChild<QTableView *>(QStringLiteral("timelineView"))->model());
    ASSERT_FALSE(timeline->entries().isEmpty());
    EXPECT_EQ(timeline->entries().first().kind, TimelineEntry::Kind::OrderStatus);
    EXPECT_EQ(timeline->entries().first().toStatus, OrderStatus::Confirmed);
}

TEST(OrderDialog, a_refused_change_shows_why_and_changes_nothing)
{
    GuiFixture f;
    const Sale s = seedSale(f);
    OrderDialog dialog(*f.workspace, s.order); // shows "registered"
    dialog.show();
    // Someone else confirms it meanwhile, behind this dialog's back (no signal).
    f.workspace->orders().changeStatus(s.order, OrderStatus::Confirmed, f.rep.id);
    const auto before = *f.store->orders().get(s.order);
    QSignalSpy changed(f.workspace.get(), &Workspace::orderChanged);

    // The order's version moved on: the dialog asks before anything else (Reload here).
    bool asked = false;
    peyvand::testing::onNextDialog<ConcurrentChangeBox>([&](ConcurrentChangeBox *box) {
        asked = true;
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("reloadButton")), Qt::LeftButton);
    });
    EXPECT_FALSE(dialog.changeStatusTo(OrderStatus::Confirmed));
    EXPECT_TRUE(asked);
    EXPECT_EQ(changed.count(), 0);
    EXPECT_FALSE(dialog.statusError().isEmpty());
    const auto after = *f.store->orders().get(s.order);
    EXPECT_EQ(after.status, OrderStatus::Confirmed);
    EXPECT_EQ(after.history.size(), before.history.size());
    // The page now shows what is stored.
    EXPECT_EQ(dialog.order().status, OrderStatus::Confirmed);
    EXPECT_EQ(table(dialog, "statusHistory")->rowCount(), 2);
    // Now on what is stored, a move the flow does not allow is refused naming the status.
    EXPECT_FALSE(dialog.changeStatusTo(OrderStatus::Confirmed));
    const QString error = dialog.statusError();
    EXPECT_TRUE(error.contains(Display::label(OrderStatus::Confirmed))) << error.toStdString();
    EXPECT_EQ(f.store->orders().get(s.order)->history.size(), before.history.size());
}

TEST(OrderDialog, saves_the_tracking_code)
{
    GuiFixture f;
    const Sale s = seedSale(f);
    const auto support = f.sessionAs(UserRole::Support); // tracking codes are support's
    OrderDialog dialog(*support.workspace, s.order);
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("trackingCodeEdit"));
    edit->clear();
    peyvand::testing::typeText(edit, QStringLiteral("۲۲۳۳۴۴۵۵۶۶"));
    ASSERT_TRUE(dialog.saveTrackingCode());
    EXPECT_EQ(f.store->orders().get(s.order)->trackingCode, QStringLiteral("2233445566"));
}

TEST(OrderDialog, records_a_payment_and_the_remaining_amount_follows)
{
    GuiFixture f;
    const Sale s = seedSale(f);
    OrderDialog dialog(*f.workspace, s.order);
    dialog.show();
    QString offered;
    peyvand::testing::onNextDialog<PaymentDialog>([&](PaymentDialog *pay) {
        auto *amount = pay->findChild<QLineEdit *>(QStringLiteral("amountEdit"));
        offered = amount->text(); // the remaining amount
        amount->clear();
        peyvand::testing::typeText(amount, QStringLiteral("۲۲۰٬۰۰۰٬۰۰۰"));
        pay->findChild<QLineEdit *>(QStringLiteral("referenceEdit"))->setText(QStringLiteral("TR-9001"));
        pay->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    });
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addPaymentButton")), Qt::LeftButton);
    EXPECT_EQ(offered, Display::number(220'000'000));
    const auto order = f.store->orders().get(s.order);
    ASSERT_EQ(order->payments.size(), 2);
    EXPECT_EQ(order->paidTotal(), 320'000'000);
    EXPECT_EQ(table(dialog, "orderPayments")->rowCount(), 2);
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("orderTotals"))->text().endsWith(Display::money(0)));
}
