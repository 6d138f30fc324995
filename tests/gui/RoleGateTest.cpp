// What each role meets in the desktop app (RoleGate): the main window lists
// only the views and menu actions the role uses; per-record actions on
// another rep's records stay in view, disabled, naming the missing
// permission; support sees no deal amounts on the customer page or the
// pipeline board; reports, orders and the support desk offer what the role
// may do. Every check is made for a role that sees the thing too, so a gate
// that hid everything would fail.
#include "RoleGate.h"

#include "AccessPolicy.h"
#include "CustomerListView.h"
#include "CustomerPage.h"
#include "DealTableModel.h"
#include "Display.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "OrderDialog.h"
#include "PipelineBoard.h"
#include "ReportsView.h"
#include "SettingsView.h"
#include "StageCardList.h"
#include "SupportDeskView.h"
#include "TodayView.h"
#include "UiSettings.h"

#include <QAbstractItemView>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace peyvand;
using peyvand::testing::GuiFixture;
using peyvand::testing::RoleSession;

namespace {

const QStringList kViews { "today",  "legal",   "individual", "b2b",      "b2c",
                           "orders", "support", "reports",    "settings", "audit" };
const QStringList kMenuActions { "newLegalCustomerAction", "newIndividualCustomerAction",
                                 "importCustomersAction",  "importVcardAction",
                                 "exportCalendarAction",   "searchAction",
                                 "logActivityAction",      "backupNowAction" };

// The data every test starts from, written by an administrator: a company
// and a person of the fixture's rep, a company of a second rep, each with an
// open deal of a distinctive amount, and an order for each company.
struct GateFixture : GuiFixture
{
    static constexpr qint64 kAmount = 987'654'321; // Rials: unlike any date, count or id on screen
    static constexpr qint64 kOtherAmount = 123'456'789;

    User admin = addUser(UserRole::Admin, QStringLiteral("مدیر سیستم"));
    User rep2 = addUser(UserRole::SalesRep, QStringLiteral("علی محمدی"));
    RoleSession adminSession = sessionAs(admin);
    qint64 ownCompany = 0;
    qint64 otherCompany = 0;
    qint64 ownDeal = 0;
    qint64 otherDeal = 0;
    qint64 ownOrder = 0;
    qint64 otherOrder = 0;

    GateFixture()
        : GuiFixture(UserRole::SalesRep)
    {
        Workspace &w = *adminSession.workspace;
        ownCompany = company(w, QStringLiteral("شرکت پارس پمپ"), rep.id);
        otherCompany = company(w, QStringLiteral("صنایع غذایی آوا"), rep2.id);
        ownDeal = deal(w, ownCompany, QStringLiteral("۴۰ پمپ صنعتی"), kAmount, rep.id);
        otherDeal = deal(w, otherCompany, QStringLiteral("خط بسته‌بندی"), kOtherAmount, rep2.id);
        ownOrder = order(w, ownCompany);
        otherOrder = order(w, otherCompany);
    }

    static qint64 company(Workspace &w, const QString &name, qint64 owner)
    {
        Customer c;
        c.kind = CustomerKind::Legal;
        c.legal.companyName = name;
        c.ownerId = owner;
        return w.customers().create(c);
    }

    qint64 deal(Workspace &w, qint64 customer, const QString &title, qint64 amount, qint64 owner)
    {
        const Pipeline p = *store->pipelines().defaultFor(CustomerKind::Legal);
        Deal d;
        d.customerId = customer;
        d.pipelineId = p.id;
        d.stageId = p.stages.first().id;
        d.title = title;
        d.amount = amount;
        d.ownerId = owner;
        return w.deals().create(d, w.user().id);
    }

    static qint64 order(Workspace &w, qint64 customer)
    {
        Order o;
        o.customerId = customer;
        o.lines << OrderLine { 0, QStringLiteral("پمپ آب"), 1, 5'000'000 };
        return w.orders().create(o, w.user().id);
    }
};

QListWidget *navigation(MainWindow &window)
{
    return window.findChild<QListWidget *>(QStringLiteral("navigation"));
}

QStringList shownViews(MainWindow &window)
{
    QStringList shown;
    QListWidget *list = navigation(window);
    for (int i = 0; i < list->count(); ++i)
        if (!list->item(i)->isHidden())
            shown << kViews.value(i);
    return shown;
}

QStringList shownActions(MainWindow &window)
{
    QStringList shown;
    for (const QString &name : kMenuActions) {
        auto *action = window.findChild<QAction *>(name);
        EXPECT_NE(action, nullptr) << name.toStdString();
        if (action && action->isVisible() && action->isEnabled())
            shown << name;
    }
    for (const QString &key : kViews) { // the View menu lists the same views as the navigation
        auto *action = window.findChild<QAction *>(QStringLiteral("viewAction_") + key);
        EXPECT_NE(action, nullptr) << key.toStdString();
        if (action && action->isVisible())
            shown << QStringLiteral("view:") + key;
    }
    return shown;
}

QStringList viewActions(const QStringList &views)
{
    QStringList out;
    for (const QString &v : views)
        out << QStringLiteral("view:") + v;
    return out;
}

QPushButton *button(QWidget &w, const char *name)
{
    auto *b = w.findChild<QPushButton *>(QLatin1String(name));
    EXPECT_NE(b, nullptr) << name;
    return b;
}

// Visible and enabled: a person can press it.
bool usable(QWidget *w)
{
    return w && !w->isHidden() && w->isEnabled();
}

// Every text on `root` a person could read, in any tab, hidden widgets too
// (stricter than what is on screen): labels, buttons, table cells of shown
// columns, list items, card data, tooltips and window titles.
QString everyText(QWidget *root)
{
    QStringList texts;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        texts << w->toolTip() << w->windowTitle();
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        if (auto *b = qobject_cast<QPushButton *>(w))
            texts << b->text();
        if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            QAbstractItemModel *m = view->model();
            if (!m)
                continue;
            auto *table = qobject_cast<QTableView *>(view);
            for (int c = 0; c < m->columnCount(); ++c) {
                if (table && table->isColumnHidden(c))
                    continue;
                texts << m->headerData(c, Qt::Horizontal).toString();
                for (int r = 0; r < m->rowCount(); ++r) {
                    const QModelIndex i = m->index(r, c);
                    texts << i.data().toString() << i.data(Qt::ToolTipRole).toString();
                    for (int role = StageCardList::DealIdRole; role <= StageCardList::MovableRole; ++role)
                        texts << i.data(role).toString();
                }
            }
        }
    }
    return texts.join(QLatin1Char('\n'));
}

bool showsAmount(QWidget *root, qint64 rials)
{
    const QString text = everyText(root);
    return text.contains(Display::number(rials)) || text.contains(Display::money(rials))
        || text.contains(QString::number(rials));
}

} // namespace

TEST(RoleGate, each_role_gets_the_views_and_menu_actions_it_uses)
{
    GuiFixture f(UserRole::SalesRep);
    const RoleSession manager = f.sessionAs(UserRole::Manager);
    const RoleSession support = f.sessionAs(UserRole::Support);
    const RoleSession admin = f.sessionAs(UserRole::Admin);

    const QStringList repViews { "today", "legal", "individual", "b2b", "b2c", "orders", "settings" };
    const QStringList supportViews { "legal", "individual", "orders", "support", "reports", "settings" };
    struct Expected
    {
        Workspace *workspace;
        QStringList views;
        QStringList actions;
        QString start;
    };
    QStringList managerActions = kMenuActions;
    managerActions.removeAll(QStringLiteral("backupNowAction")); // backups are the admin's
    const QList<Expected> roles {
        { f.workspace.get(), repViews,
          QStringList { "newLegalCustomerAction", "newIndividualCustomerAction", "searchAction", "logActivityAction" }
              + viewActions(repViews),
          QStringLiteral("today") },
        { support.workspace.get(), supportViews, QStringList { "searchAction" } + viewActions(supportViews),
          QStringLiteral("support") },
        { manager.workspace.get(), kViews, managerActions + viewActions(kViews), QStringLiteral("today") },
        { admin.workspace.get(), kViews, kMenuActions + viewActions(kViews), QStringLiteral("today") },
    };
    for (const Expected &e : roles) {
        SCOPED_TRACE(toCode(e.workspace->user().role).toStdString());
        UiSettings::setLastView(QString());
        MainWindow window(*e.workspace);
        EXPECT_EQ(shownViews(window), e.views);
        EXPECT_EQ(shownActions(window), e.actions);
        EXPECT_EQ(window.currentView(), e.start);
        for (const QString &key : kViews)
            EXPECT_EQ(window.view(key) != nullptr, e.views.contains(key)) << key.toStdString();
    }
}

TEST(RoleGate, a_hidden_view_cannot_be_reached_by_shortcut_start_view_or_remembered_view)
{
    GuiFixture f(UserRole::SalesRep);
    UiSettings::setLastView(QStringLiteral("reports")); // left there by a manager on this PC
    MainWindow window(*f.workspace, nullptr, QStringLiteral("support"));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.currentView(), QStringLiteral("today")); // a rep's home
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier); // Reports
    QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier); // Support desk
    EXPECT_EQ(window.currentView(), QStringLiteral("today"));
    window.showView(QStringLiteral("reports"));
    EXPECT_EQ(window.currentView(), QStringLiteral("today"));
    EXPECT_FALSE(window.isViewBuilt(QStringLiteral("reports")));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier); // what a rep may see still answers
    EXPECT_EQ(window.currentView(), QStringLiteral("legal"));
}

TEST(RoleGate, another_user_signing_in_changes_the_views_and_rebuilds_them)
{
    GuiFixture f(UserRole::SalesRep);
    const User manager = f.addUser(UserRole::Manager);
    const User support = f.addUser(UserRole::Support);
    UiSettings::setLastView(QString());
    MainWindow window(*f.workspace);
    EXPECT_EQ(window.view(QStringLiteral("reports")), nullptr);
    QWidget *legalAsRep = window.view(QStringLiteral("legal"));
    ASSERT_NE(legalAsRep, nullptr);
    auto *importAction = window.findChild<QAction *>(QStringLiteral("importCustomersAction"));
    EXPECT_FALSE(importAction->isVisible());

    f.workspace->setUser(manager);
    EXPECT_TRUE(importAction->isVisible());
    EXPECT_NE(window.view(QStringLiteral("reports")), nullptr);
    EXPECT_EQ(shownViews(window), kViews);

    f.workspace->setUser(support);
    EXPECT_EQ(window.currentView(), QStringLiteral("support")); // Today is not support's
    EXPECT_FALSE(importAction->isVisible());
    EXPECT_EQ(window.view(QStringLiteral("b2b")), nullptr);
    auto *list = qobject_cast<CustomerListView *>(window.view(QStringLiteral("legal")));
    ASSERT_NE(list, nullptr);
    EXPECT_FALSE(usable(button(*list, "newCustomerButton"))); // built again, for support
}

TEST(RoleGate, a_rep_may_edit_their_own_customer_but_another_reps_only_shows_why_not)
{
    GateFixture f;
    CustomerPage page(*f.workspace);
    page.show();
    page.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    page.showCustomer(f.ownCompany);
    for (const char *name :
         { "editButton", "addContactButton", "newDealButton", "logActivityButton", "newOrderButton" })
        EXPECT_TRUE(usable(button(page, name))) << name;
    EXPECT_TRUE(button(page, "editButton")
                    ->toolTip()
                    .contains(QKeySequence(QStringLiteral("Ctrl+E")).toString(QKeySequence::NativeText)));
    EXPECT_TRUE(button(page, "newRequestButton")->isHidden()); // service requests are support's
    EXPECT_TRUE(button(page, "importContactsVcardButton")->isHidden()); // import is a manager's
    EXPECT_TRUE(button(page, "exportContactsVcardButton")->isHidden());
    page.showCustomer(f.otherCompany);
    const QString missing = toPersian(Permission::EditCustomers);
    for (const char *name : { "editButton", "addContactButton" }) {
        QPushButton *b = button(page, name);
        EXPECT_FALSE(b->isHidden()) << name;
        EXPECT_FALSE(b->isEnabled()) << name;
        EXPECT_TRUE(b->toolTip().contains(missing)) << name << " " << b->toolTip().toStdString();
    }
    EXPECT_FALSE(button(page, "newOrderButton")->isEnabled());
    EXPECT_TRUE(button(page, "newOrderButton")->toolTip().contains(toPersian(Permission::EditOrders)));
    EXPECT_TRUE(usable(button(page, "logActivityButton"))); // reps log on any customer
    EXPECT_TRUE(usable(button(page, "newDealButton"))); // a deal of their own
    QSignalSpy edit(&page, &CustomerPage::editRequested);
    QTest::keyClick(&page, Qt::Key_E, Qt::ControlModifier); // dead on another rep's customer

    // Back on their own: enabled again, with the shortcut in the tooltip.
    page.showCustomer(f.ownCompany);
    EXPECT_TRUE(usable(button(page, "editButton")));
    EXPECT_TRUE(button(page, "editButton")
                    ->toolTip()
                    .contains(QKeySequence(QStringLiteral("Ctrl+E")).toString(QKeySequence::NativeText)));
    QTest::keyClick(&page, Qt::Key_E, Qt::ControlModifier);
    // A shortcut "animates" the click: it comes a moment later. Only the second press clicked.
    EXPECT_TRUE(QTest::qWaitFor([&] { return edit.count() > 0; }, 5000));
    QTest::qWait(300);
    ASSERT_EQ(edit.count(), 1);
    EXPECT_EQ(edit.at(0).at(0).toLongLong(), f.ownCompany);
}

TEST(RoleGate, support_sees_no_deal_amount_on_the_customer_page)
{
    GateFixture f;
    const RoleSession support = f.sessionAs(UserRole::Support);
    const RoleSession manager = f.sessionAs(UserRole::Manager);

    CustomerPage managerPage(*manager.workspace);
    managerPage.show();
    managerPage.showCustomer(f.ownCompany);
    auto *managerDeals = managerPage.findChild<QTableView *>(QStringLiteral("dealsView"));
    ASSERT_EQ(managerDeals->model()->rowCount(), 1);
    EXPECT_FALSE(managerDeals->isColumnHidden(DealTableModel::AmountColumn));
    EXPECT_TRUE(showsAmount(&managerPage, GateFixture::kAmount)); // the check below can see an amount

    CustomerPage page(*support.workspace);
    page.show();
    page.showCustomer(f.ownCompany);
    auto *deals = page.findChild<QTableView *>(QStringLiteral("dealsView"));
    ASSERT_EQ(deals->model()->rowCount(), 1); // the deal is there…
    EXPECT_TRUE(deals->isColumnHidden(DealTableModel::AmountColumn)); // …without its amount
    EXPECT_TRUE(deals->model()->index(0, DealTableModel::AmountColumn).data().toString().isEmpty());
    EXPECT_FALSE(showsAmount(&page, GateFixture::kAmount));
    auto *summary = page.findChild<QLabel *>(QStringLiteral("dealsSummary"));
    EXPECT_EQ(summary->text(), QStringLiteral("Open deals: %1").arg(Display::number(1)));
    // Support's own work is there; a rep's is not.
    EXPECT_TRUE(usable(button(page, "newRequestButton")));
    for (const char *name :
         { "editButton", "addContactButton", "newDealButton", "logActivityButton", "newOrderButton" })
        EXPECT_TRUE(button(page, name)->isHidden()) << name;
}

TEST(RoleGate, support_sees_no_deal_amount_on_the_pipeline_board_and_moves_nothing)
{
    GateFixture f;
    const RoleSession support = f.sessionAs(UserRole::Support);
    const RoleSession manager = f.sessionAs(UserRole::Manager);

    PipelineBoard managerBoard(*manager.workspace, CustomerKind::Legal);
    EXPECT_TRUE(showsAmount(&managerBoard, GateFixture::kAmount));
    EXPECT_TRUE(showsAmount(&managerBoard, GateFixture::kOtherAmount));

    PipelineBoard board(*support.workspace, CustomerKind::Legal);
    EXPECT_TRUE(board.cardTitles(board.stageIds().first()).contains(QStringLiteral("۴۰ پمپ صنعتی")));
    EXPECT_FALSE(showsAmount(&board, GateFixture::kAmount));
    EXPECT_FALSE(showsAmount(&board, GateFixture::kOtherAmount));
    EXPECT_FALSE(showsAmount(&board, GateFixture::kAmount + GateFixture::kOtherAmount)); // the column total
    EXPECT_FALSE(board.headerText(board.stageIds().first()).contains(Display::money(0)));
    EXPECT_EQ(board.findChild<QLabel *>(QStringLiteral("pipelineSummary"))->text(),
              QStringLiteral("%1 open deals").arg(Display::number(2)));
    EXPECT_TRUE(button(board, "newDealButton")->isHidden());
    EXPECT_EQ(board.findChild<QWidget *>(QStringLiteral("wonZone")), nullptr);
    EXPECT_EQ(board.findChild<QWidget *>(QStringLiteral("lostZone")), nullptr);
    auto *list = board.findChild<StageCardList *>(QStringLiteral("stageList_%1").arg(board.stageIds().first()));
    ASSERT_NE(list, nullptr);
    EXPECT_FALSE(list->dragEnabled());
    EXPECT_FALSE(list->acceptDrops());
}

TEST(RoleGate, a_rep_moves_only_their_own_deals_on_the_board)
{
    GateFixture f;
    PipelineBoard board(*f.workspace, CustomerKind::Legal);
    board.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&board));
    const qint64 first = board.stageIds().at(0);
    auto *list = board.findChild<StageCardList *>(QStringLiteral("stageList_%1").arg(first));
    ASSERT_NE(list, nullptr);
    EXPECT_TRUE(list->dragEnabled());
    EXPECT_TRUE(showsAmount(&board, GateFixture::kOtherAmount)); // reps see every amount
    ASSERT_TRUE(list->selectDeal(f.otherDeal));
    EXPECT_FALSE(list->currentItem()->data(StageCardList::MovableRole).toBool());
    EXPECT_TRUE(list->currentItem()->toolTip().contains(toPersian(Permission::EditDeals)));

    // The card menu keeps the moves in view, disabled, saying why.
    QStringList disabled;
    QString reason;
    QTimer::singleShot(0, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions())
            if (a->isVisible() && !a->isSeparator() && !a->isEnabled()) {
                disabled << a->text();
                reason = a->toolTip();
            }
        menu->close();
    });
    emit list->customContextMenuRequested(list->visualItemRect(list->currentItem()).center());
    EXPECT_EQ(disabled.size(), 5)
        << disabled.join(QStringLiteral(", ")).toStdString(); // next, previous, move to, won, lost
    EXPECT_TRUE(reason.contains(toPersian(Permission::EditDeals))) << reason.toStdString();

    // Ctrl+arrow moves the rep's own card, not the other rep's.
    const Qt::Key forward = Qt::Key_Left; // right to left: the next stage is to the left
    list->setFocus();
    QTest::keyClick(list, forward, Qt::ControlModifier);
    QTest::qWait(0);
    EXPECT_EQ(f.store->deals().get(f.otherDeal)->stageId, first);
    ASSERT_TRUE(list->selectDeal(f.ownDeal));
    EXPECT_TRUE(list->currentItem()->data(StageCardList::MovableRole).toBool());
    QTest::keyClick(list, forward, Qt::ControlModifier);
    QTest::qWait(0);
    EXPECT_EQ(f.store->deals().get(f.ownDeal)->stageId, board.stageIds().at(1)) << board.errorText().toStdString();
}

TEST(RoleGate, customer_lists_offer_import_and_export_only_to_roles_that_may)
{
    GuiFixture f(UserRole::SalesRep);
    const RoleSession manager = f.sessionAs(UserRole::Manager);
    const RoleSession support = f.sessionAs(UserRole::Support);
    struct Case
    {
        Workspace *workspace;
        bool create, bulk;
    };
    for (const Case &c : { Case { f.workspace.get(), true, false }, Case { manager.workspace.get(), true, true },
                           Case { support.workspace.get(), false, false } }) {
        SCOPED_TRACE(toCode(c.workspace->user().role).toStdString());
        CustomerListView list(*c.workspace, CustomerKind::Individual);
        EXPECT_EQ(usable(button(list, "newCustomerButton")), c.create);
        EXPECT_EQ(button(list, "newCustomerButton")->isHidden(), !c.create);
        for (const char *name : { "importButton", "exportButton", "exportVcardButton" }) {
            EXPECT_EQ(usable(button(list, name)), c.bulk) << name;
            EXPECT_EQ(button(list, name)->isHidden(), !c.bulk) << name;
        }
    }
}

TEST(RoleGate, orders_offer_status_to_support_and_payments_to_the_customers_rep)
{
    GateFixture f;
    const RoleSession support = f.sessionAs(UserRole::Support);

    OrderDialog own(*f.workspace, f.ownOrder);
    EXPECT_TRUE(usable(button(own, "addPaymentButton")));
    EXPECT_TRUE(button(own, "changeStatusButton")->isHidden());
    EXPECT_TRUE(button(own, "saveTrackingButton")->isHidden());
    EXPECT_TRUE(own.findChild<QLineEdit *>(QStringLiteral("trackingCodeEdit"))->isReadOnly());
    EXPECT_TRUE(button(own, "newRequestButton")->isHidden());

    OrderDialog other(*f.workspace, f.otherOrder);
    EXPECT_FALSE(button(other, "addPaymentButton")->isHidden());
    EXPECT_FALSE(button(other, "addPaymentButton")->isEnabled());
    EXPECT_TRUE(button(other, "addPaymentButton")->toolTip().contains(toPersian(Permission::EditOrders)));

    // An order from a deal is the deal's owner's, whoever owns the customer.
    Workspace &admin = *f.adminSession.workspace;
    const Pipeline b2b = *f.store->pipelines().defaultFor(CustomerKind::Legal);
    const qint64 won = f.deal(admin, f.otherCompany, QStringLiteral("قطعات یدکی"), 40'000'000, f.rep.id);
    admin.deals().moveToStage(won, b2b.firstWithOutcome(StageOutcome::Won)->id, f.admin.id);
    const qint64 fromDeal = admin.orders().createFromDeal(
        won, { OrderLine { 0, QStringLiteral("قطعات یدکی"), 1, 40'000'000 } }, f.admin.id);
    OrderDialog theirCustomer(*f.workspace, fromDeal);
    EXPECT_TRUE(usable(button(theirCustomer, "addPaymentButton")));

    OrderDialog desk(*support.workspace, f.otherOrder);
    EXPECT_TRUE(usable(button(desk, "changeStatusButton")));
    EXPECT_TRUE(usable(button(desk, "saveTrackingButton")));
    EXPECT_FALSE(desk.findChild<QLineEdit *>(QStringLiteral("trackingCodeEdit"))->isReadOnly());
    EXPECT_TRUE(usable(button(desk, "newRequestButton")));
    EXPECT_TRUE(button(desk, "addPaymentButton")->isHidden());

    SupportDeskView view(*support.workspace);
    view.lookupEdit()->setText(QStringLiteral("آوا"));
    view.lookUpNow();
    ASSERT_EQ(view.currentCustomerId(), f.otherCompany);
    EXPECT_TRUE(usable(button(view, "newRequestButton")));
    EXPECT_TRUE(button(view, "newOrderButton")->isHidden()); // support never creates orders
}

TEST(RoleGate, reports_show_support_the_orders_report_only)
{
    GateFixture f;
    const RoleSession support = f.sessionAs(UserRole::Support);
    const RoleSession manager = f.sessionAs(UserRole::Manager);

    ReportsView managerView(*manager.workspace);
    EXPECT_EQ(managerView.findChild<QTabWidget *>(QStringLiteral("reportTabs"))->count(), 7);

    ReportsView view(*support.workspace);
    auto *tabs = view.findChild<QTabWidget *>(QStringLiteral("reportTabs"));
    ASSERT_EQ(tabs->count(), 1);
    EXPECT_NE(view.page(QStringLiteral("orders")), nullptr);
    EXPECT_FALSE(view.showTab(QStringLiteral("forecast")));
    QSignalSpy shown(&view, &ReportsView::reportsShown);
    ASSERT_TRUE(shown.wait(15000));
    ASSERT_TRUE(view.reports().has_value());
    EXPECT_FALSE(view.reports()->pipelineReports);
    EXPECT_TRUE(view.reports()->orderReports);
    EXPECT_TRUE(view.reports()->pipeline.sections.isEmpty()); // never computed

    // The CSV export holds the orders report and nothing of the pipeline's.
    const QString path = f.dir.filePath(QStringLiteral("support.csv"));
    ASSERT_TRUE(view.exportCsv(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    EXPECT_FALSE(csv.isEmpty());
    EXPECT_FALSE(csv.contains(Display::number(GateFixture::kAmount)));
    EXPECT_FALSE(csv.contains(QString::number(GateFixture::kAmount)));
}

TEST(RoleGate, settings_offer_demo_data_to_managers_and_admins_only)
{
    GuiFixture f(UserRole::SalesRep);
    const RoleSession manager = f.sessionAs(UserRole::Manager);
    const RoleSession admin = f.sessionAs(UserRole::Admin);
    const RoleSession support = f.sessionAs(UserRole::Support);
    EXPECT_TRUE(button(*std::make_unique<SettingsView>(*manager.workspace), "demoDataButton")->isEnabled());
    EXPECT_TRUE(button(*std::make_unique<SettingsView>(*admin.workspace), "demoDataButton")->isEnabled());
    EXPECT_TRUE(button(*std::make_unique<SettingsView>(*f.workspace), "demoDataButton")->isHidden());
    EXPECT_TRUE(button(*std::make_unique<SettingsView>(*support.workspace), "demoDataButton")->isHidden());
    // Users and backups are the administrator's alone.
    for (Permission p : { Permission::ManageUsers, Permission::ManageBackups }) {
        EXPECT_FALSE(RoleGate::decide(manager.user, p).visible);
        EXPECT_TRUE(RoleGate::decide(admin.user, p).visible);
    }
}

TEST(RoleGate, decisions_hide_what_a_role_never_has_and_disable_what_it_has_only_on_its_own_records)
{
    GuiFixture f(UserRole::SalesRep);
    const User other = f.addUser(UserRole::SalesRep);
    const User support = f.addUser(UserRole::Support);

    const RoleGate::Decision own = RoleGate::decideOn(f.rep, Permission::EditCustomers, f.rep.id);
    EXPECT_TRUE(own.visible && own.enabled);
    EXPECT_TRUE(own.reason.isEmpty());
    const RoleGate::Decision theirs = RoleGate::decideOn(f.rep, Permission::EditCustomers, other.id);
    EXPECT_TRUE(theirs.visible);
    EXPECT_FALSE(theirs.enabled);
    EXPECT_TRUE(theirs.reason.contains(toPersian(Permission::EditCustomers)));
    const RoleGate::Decision never = RoleGate::decideOn(support, Permission::EditCustomers, support.id);
    EXPECT_FALSE(never.visible || never.enabled);
    EXPECT_TRUE(never.reason.contains(toPersian(UserRole::Support)));
    const RoleGate::Decision field = RoleGate::decideField(f.rep, Permission::ReassignOwners);
    EXPECT_TRUE(field.visible);
    EXPECT_FALSE(field.enabled);

    User disabled = f.rep;
    disabled.active = false;
    EXPECT_FALSE(RoleGate::decide(disabled, Permission::ReadCustomers).visible);
    for (const QString &key : kViews)
        EXPECT_FALSE(key != QLatin1String("settings") && RoleGate::showsView(disabled, key)) << key.toStdString();
    EXPECT_FALSE(RoleGate::showsDealAmounts(support));
    EXPECT_TRUE(RoleGate::showsDealAmounts(f.rep));

    // A disabled button gets the reason; enabled again, its own tooltip comes back.
    QWidget parent;
    auto *b = new QPushButton(&parent);
    b->setToolTip(QStringLiteral("own tip"));
    RoleGate::apply(b, theirs);
    EXPECT_EQ(b->toolTip(), theirs.reason);
    RoleGate::apply(b, own);
    EXPECT_EQ(b->toolTip(), QStringLiteral("own tip"));
    EXPECT_TRUE(b->isEnabled());
    RoleGate::apply(b, never);
    EXPECT_TRUE(b->isHidden());
    EXPECT_FALSE(b->isEnabled());
}
