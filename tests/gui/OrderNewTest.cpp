// A new order: from a won deal (its title and amount become the first line,
// the order keeps the deal link) or directly for a customer, with the lines
// edited in place, totals live and problems shown inline.
#include "CustomerPage.h"
#include "CustomerPicker.h"
#include "Display.h"
#include "NewOrderDialog.h"
#include "OrderLinesEditor.h"
#include "OrderTableModel.h"
#include "SupportTestSupport.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

using namespace peyvand;
using peyvand::testing::GuiFixture;

namespace {

qint64 wonDeal(GuiFixture &f, qint64 customer, qint64 amount)
{
    Deal d;
    d.customerId = customer;
    d.title = QStringLiteral("۱۰ دستگاه پمپ");
    d.amount = amount;
    d.ownerId = f.rep.id;
    const qint64 id = f.workspace->deals().create(d, f.rep.id);
    const Pipeline pipeline = *f.store->pipelines().defaultFor(CustomerKind::Legal);
    for (const Stage &s : pipeline.stages)
        if (s.outcome == StageOutcome::Won)
            f.workspace->deals().moveToStage(id, s.id, f.rep.id);
    return id;
}

} // namespace

TEST(OrderNew, from_a_won_deal)
{
    GuiFixture f;
    const qint64 company = f.addLegal(QStringLiteral("شرکت آب‌رسان"));
    const qint64 deal = wonDeal(f, company, 480'000'000);
    ASSERT_EQ(f.store->deals().get(deal)->status, DealStatus::Won);
    CustomerPage page(*f.workspace);
    page.showCustomer(company);

    // The customer page offers it for the selected won deal.
    auto *deals = page.findChild<QTableView *>(QStringLiteral("dealsView"));
    auto *fromDeal = page.findChild<QPushButton *>(QStringLiteral("orderFromDealButton"));
    ASSERT_NE(fromDeal, nullptr);
    EXPECT_FALSE(fromDeal->isEnabled());
    deals->selectionModel()->setCurrentIndex(deals->model()->index(0, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    EXPECT_TRUE(fromDeal->isEnabled());
    QSignalSpy asked(&page, &CustomerPage::newOrderFromDealRequested);
    fromDeal->click();
    ASSERT_EQ(asked.count(), 1);
    EXPECT_EQ(asked.first().at(0).toLongLong(), deal);

    NewOrderDialog dialog(*f.workspace, 0, deal);
    EXPECT_EQ(dialog.linesEditor()->rowCountShown(), 1);
    EXPECT_EQ(dialog.linesEditor()->total(), 480'000'000);
    ASSERT_TRUE(dialog.canSave()) << dialog.linesEditor()->error().toStdString();
    // Two pumps more as a second line, typed in Persian digits.
    const int row
        = dialog.linesEditor()->addLine(QStringLiteral("لوازم نصب"), QStringLiteral("۲"), QStringLiteral("۱۰٬۰۰۰٬۰۰۰"));
    EXPECT_EQ(row, 1);
    EXPECT_EQ(dialog.linesEditor()->total(), 500'000'000);
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("linesTotal"))->text().contains(Display::money(500'000'000)));
    QSignalSpy changed(f.workspace.get(), &Workspace::orderChanged);
    dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    ASSERT_NE(dialog.orderId(), 0);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const auto order = f.store->orders().get(dialog.orderId());
    ASSERT_TRUE(order);
    EXPECT_EQ(order->customerId, company);
    EXPECT_EQ(order->dealId, deal);
    EXPECT_EQ(order->lines.size(), 2);
    EXPECT_EQ(order->total, 500'000'000);
    EXPECT_EQ(order->status, OrderStatus::Registered);
    EXPECT_EQ(changed.count(), 1);
    // The customer page lists it.
    auto *orders = qobject_cast<OrderTableModel *>(page.findChild<QTableView *>(QStringLiteral("ordersView"))->model());
    ASSERT_EQ(orders->rowCount(), 1);
    EXPECT_EQ(orders->orderId(0), dialog.orderId());
}

TEST(OrderNew, directly_for_a_picked_customer_with_inline_line_errors)
{
    GuiFixture f;
    const qint64 person
        = f.addIndividual(QStringLiteral("مریم"), QStringLiteral("کاظمی"), {}, QStringLiteral("09121234567"));
    NewOrderDialog dialog(*f.workspace, 0);
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
    EXPECT_FALSE(save->isEnabled());
    dialog.customerPicker()->setCustomer(person);

    OrderLinesEditor *lines = dialog.linesEditor();
    ASSERT_EQ(lines->rowCountShown(), 1);
    lines->setCell(0, OrderLinesEditor::ProductColumn, QStringLiteral("جاروبرقی"));
    lines->setCell(0, OrderLinesEditor::QuantityColumn, QStringLiteral("۰"));
    lines->setCell(0, OrderLinesEditor::PriceColumn, QStringLiteral("45000000"));
    EXPECT_FALSE(save->isEnabled());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("linesError"));
    EXPECT_FALSE(error->isHidden());
    EXPECT_FALSE(error->text().isEmpty());
    lines->setCell(0, OrderLinesEditor::QuantityColumn, QStringLiteral("۲"));
    EXPECT_TRUE(error->isHidden()) << error->text().toStdString();
    EXPECT_TRUE(save->isEnabled());
    EXPECT_EQ(lines->table()->item(0, OrderLinesEditor::TotalColumn)->text(), Display::money(90'000'000));
    lines->setCell(0, OrderLinesEditor::PriceColumn, QStringLiteral("چهل"));
    EXPECT_FALSE(save->isEnabled());
    lines->setCell(0, OrderLinesEditor::PriceColumn, QStringLiteral("۴۵٬۰۰۰٬۰۰۰"));
    ASSERT_TRUE(save->isEnabled());
    save->click();
    const auto order = f.store->orders().get(dialog.orderId());
    ASSERT_TRUE(order);
    EXPECT_EQ(order->customerId, person);
    EXPECT_FALSE(order->dealId.has_value());
    EXPECT_EQ(order->total, 90'000'000);
}

TEST(OrderNew, an_open_deal_does_not_become_an_order)
{
    GuiFixture f;
    const qint64 company = f.addLegal(QStringLiteral("شرکت آب‌رسان"));
    Deal d;
    d.customerId = company;
    d.title = QStringLiteral("باز");
    d.amount = 1000;
    d.ownerId = f.rep.id;
    const qint64 deal = f.workspace->deals().create(d, f.rep.id);
    NewOrderDialog dialog(*f.workspace, 0, deal);
    EXPECT_FALSE(dialog.canSave());
    EXPECT_FALSE(dialog.findChild<QLabel *>(QStringLiteral("formError"))->isHidden());
}
