// The main window on a real database file, under the offscreen platform:
// navigation, the customer page, the status bar, remembered view, Ctrl+K search.
#include "MainWindow.h"

#include "CustomerListView.h"
#include "CustomerPage.h"
#include "GlobalSearchDialog.h"
#include "GuiFixture.h"
#include "OrderService.h"
#include "UiSettings.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using namespace peyvand;
using peyvand::testing::GuiFixture;

TEST(MainWindow, navigates_between_every_view_right_to_left_with_user_and_database_in_the_status_bar)
{
    GuiFixture f;
    const auto manager = f.sessionAs(UserRole::Manager, QStringLiteral("نرگس مدیری")); // every view is a manager's
    UiSettings::setLastView(QString());
    MainWindow window(*manager.workspace);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.layoutDirection(), Qt::RightToLeft);
    EXPECT_EQ(window.currentView(), QStringLiteral("today"));

    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    ASSERT_NE(navigation, nullptr);
    EXPECT_EQ(navigation->count(), 10);
    const QStringList keys { "today",  "legal",   "individual", "b2b",      "b2c",
                             "orders", "support", "reports",    "settings", "audit" };
    for (int i = 0; i < keys.size(); ++i) {
        navigation->setCurrentRow(i);
        EXPECT_EQ(window.currentView(), keys[i]);
        ASSERT_NE(window.view(keys[i]), nullptr);
        EXPECT_TRUE(window.view(keys[i])->isVisible()) << keys[i].toStdString();
    }
    // Ctrl+2 goes to the legal customers, Ctrl+9 to the support desk.
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window.currentView(), QStringLiteral("legal"));
    QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
    EXPECT_EQ(window.currentView(), QStringLiteral("support"));

    auto *user = window.findChild<QLabel *>(QStringLiteral("userLabel"));
    auto *database = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
    ASSERT_NE(user, nullptr);
    ASSERT_NE(database, nullptr);
    EXPECT_TRUE(user->text().contains(manager.user.fullName));
    EXPECT_TRUE(database->text().contains(f.dir.path()));
}

TEST(MainWindow, builds_a_view_only_when_it_is_first_shown_or_asked_for)
{
    GuiFixture f;
    const qint64 id = f.addIndividual(QStringLiteral("مریم"), QStringLiteral("کریمی"));
    UiSettings::setLastView(QStringLiteral("reports")); // the start view wins over the remembered one
    MainWindow window(*f.workspace, nullptr, QStringLiteral("individual"));
    EXPECT_EQ(window.currentView(), QStringLiteral("individual"));
    const QStringList others { "today", "legal", "b2b", "b2c", "orders", "support", "reports", "settings" };
    EXPECT_TRUE(window.isViewBuilt(QStringLiteral("individual")));
    for (const QString &key : others)
        EXPECT_FALSE(window.isViewBuilt(key)) << key.toStdString();
    EXPECT_EQ(window.findChildren<CustomerListView *>().size(), 1);

    // Shown later, a view is built then and wired like the others.
    window.showView(QStringLiteral("legal"));
    EXPECT_TRUE(window.isViewBuilt(QStringLiteral("legal")));
    EXPECT_FALSE(window.isViewBuilt(QStringLiteral("reports")));
    auto *list = qobject_cast<CustomerListView *>(window.view(QStringLiteral("legal")));
    ASSERT_NE(list, nullptr);
    EXPECT_EQ(window.findChildren<CustomerListView *>().size(), 2);
    emit list->openCustomer(id);
    EXPECT_EQ(window.currentView(), QStringLiteral("customer"));
    EXPECT_EQ(window.view(QStringLiteral("no-such-view")), nullptr);

    // An unknown start view falls back to the remembered one.
    UiSettings::setLastView(QStringLiteral("b2b"));
    MainWindow remembered(*f.workspace, nullptr, QStringLiteral("no-such-view"));
    EXPECT_EQ(remembered.currentView(), QStringLiteral("b2b"));
    EXPECT_FALSE(remembered.isViewBuilt(QStringLiteral("today")));
    UiSettings::setLastView(QString());
}

TEST(MainWindow, remembers_the_last_view)
{
    GuiFixture f;
    {
        MainWindow window(*f.workspace);
        window.showView(QStringLiteral("b2c"));
        window.close();
    }
    MainWindow again(*f.workspace);
    EXPECT_EQ(again.currentView(), QStringLiteral("b2c"));
    again.showView(QStringLiteral("today"));
}

TEST(MainWindow, opens_a_customer_page_from_the_list_and_goes_back)
{
    GuiFixture f;
    const qint64 id = f.addLegal(QStringLiteral("شرکت فولاد پارس"));
    MainWindow window(*f.workspace);
    window.show();
    window.showView(QStringLiteral("legal"));
    auto *list = qobject_cast<CustomerListView *>(window.view(QStringLiteral("legal")));
    ASSERT_NE(list, nullptr);
    emit list->openCustomer(id);
    EXPECT_EQ(window.currentView(), QStringLiteral("customer"));
    EXPECT_EQ(window.customerPage()->customerId(), id);
    auto *back = window.customerPage()->findChild<QPushButton *>(QStringLiteral("backButton"));
    ASSERT_NE(back, nullptr);
    QTest::mouseClick(back, Qt::LeftButton);
    EXPECT_EQ(window.currentView(), QStringLiteral("legal"));
}

TEST(GlobalSearch, finds_customers_contacts_and_orders_and_opens_the_customer)
{
    GuiFixture f;
    const qint64 company = f.addLegal(QStringLiteral("شرکت کیان صنعت"));
    ContactPerson buyer;
    buyer.customerId = company;
    buyer.firstName = QStringLiteral("یاسمن");
    buyer.lastName = QStringLiteral("کیانی");
    buyer.role = BuyingRole::Buyer;
    f.workspace->contacts().add(buyer);
    const qint64 person = f.addIndividual(QStringLiteral("مریم"), QStringLiteral("کریمی"));
    Order order;
    order.customerId = person;
    order.lines << OrderLine { 0, QStringLiteral("یخچال"), 1, 650'000'000 };
    const qint64 orderId = f.workspace->orders().create(order, f.rep.id);
    const QString number = f.workspace->orders().get(orderId).number;

    GlobalSearchDialog dialog(*f.workspace);
    QSignalSpy opened(&dialog, &GlobalSearchDialog::openCustomer);
    peyvand::testing::typeText(dialog.searchEdit(), QStringLiteral("كيان")); // Arabic ك and ي
    dialog.searchNow();
    QStringList texts;
    for (int i = 0; i < dialog.results()->count(); ++i)
        texts << dialog.results()->item(i)->text();
    EXPECT_TRUE(texts.join('\n').contains(QStringLiteral("شرکت کیان صنعت"))) << texts.join('\n').toStdString();
    EXPECT_TRUE(texts.join('\n').contains(QStringLiteral("یاسمن کیانی"))) << texts.join('\n').toStdString();
    ASSERT_TRUE(dialog.openSelected());
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened[0][0].toLongLong(), company);

    // An order number in Persian digits finds the order's customer.
    dialog.searchEdit()->clear();
    QString persianNumber;
    for (QChar c : number)
        persianNumber += QChar(0x06F0 + c.digitValue());
    peyvand::testing::typeText(dialog.searchEdit(), persianNumber);
    dialog.searchNow();
    ASSERT_TRUE(dialog.openSelected());
    EXPECT_EQ(opened.last()[0].toLongLong(), person);
}
