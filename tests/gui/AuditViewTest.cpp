// The audit trail view on a real database file: a manager pages through more
// than two pages of entries (key-paged model, checked by
// QAbstractItemModelTester), filters by record kind and id, user, action and
// Jalali days, and reads an entry's fields before and after; a sales rep does
// not see it at all, and the customer page's "History…" opens it filtered to
// that customer.
#include "AuditView.h"

#include "AuditChangeModel.h"
#include "AuditLabels.h"
#include "AuditListModel.h"
#include "AuditTrail.h"
#include "CustomerPage.h"
#include "GuiFixture.h"
#include "JalaliDate.h"
#include "JalaliDateEdit.h"
#include "JsonRecordEncoder.h"
#include "MainWindow.h"
#include "UiSettings.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace peyvand;
using peyvand::testing::GuiFixture;

namespace {

// A GuiFixture whose workspace acts as a manager, with an audit trail of
// `customers` customers each created and then renamed (2 entries each), plus
// one deal; the trail's times step an hour per entry from 1403/09/01 08:00 Tehran.
struct AuditFixture : GuiFixture
{
    User manager;
    QList<qint64> customerIds;
    qint64 dealId = 0;

    explicit AuditFixture(int customers)
        : GuiFixture(UserRole::SalesRep)
    {
        manager.username = QStringLiteral("manager1");
        manager.fullName = QStringLiteral("مهدی کاظمی");
        manager.role = UserRole::Manager;
        store->transaction([&] { manager.id = store->users().add(manager); });
        workspace->reloadUsers();
        // The services write the trail; the workspace's clock gives each entry its time.
        clock.set(QDateTime(QDate(2024, 11, 21), QTime(4, 30), Qt::UTC)); // 1403/09/01 08:00 Tehran
        for (int i = 0; i < customers; ++i) {
            workspace->setUser(manager);
            const qint64 id = addIndividual(QStringLiteral("مریم"), QStringLiteral("کریمی %1").arg(i));
            customerIds << id;
            clock.advanceSeconds(3600);
            workspace->setUser(rep);
            Customer after = workspace->customers().get(id);
            after.individual.lastName = QStringLiteral("کریمی‌نژاد %1").arg(i);
            after.phones << PhoneEntry { QStringLiteral("09121234567"), QStringLiteral("موبایل") };
            workspace->customers().update(after);
            clock.advanceSeconds(3600);
        }
        workspace->setUser(manager); // also the store's actor
        Deal d;
        d.customerId = customerIds.value(0);
        d.title = QStringLiteral("کولر گازی");
        d.amount = 450'000'000;
        dealId = workspace->deals().create(d, manager.id);
    }
};

void select(QTableView *table, int row)
{
    table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    ASSERT_GE(index, 0) << data.toString().toStdString();
    combo->setCurrentIndex(index);
}

} // namespace

TEST(AuditView, pages_through_more_than_two_pages_by_key_newest_first)
{
    AuditFixture f(60); // 121 entries
    AuditListModel model(*f.workspace);
    model.setPageSize(50);
    const int loads = model.pageLoads();
    EXPECT_EQ(model.totalCount(), 121);
    EXPECT_EQ(model.rowCount(), 50);
    EXPECT_TRUE(model.canFetchMore({}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    ASSERT_EQ(model.rowCount(), 121);
    EXPECT_EQ(model.pageLoads(), loads + 2); // 50 + 50 + 21: the short third page ends it
    for (int r = 1; r < model.rowCount(); ++r)
        ASSERT_LT(model.row(r)->entry.id, model.row(r - 1)->entry.id) << r;
    EXPECT_EQ(model.row(0)->entry.entity, QStringLiteral("deal"));
    EXPECT_EQ(model.row(120)->entry.action, QStringLiteral("create"));

    // The columns: Jalali time in Persian digits, user, action, record with its name, changed fields.
    const auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
    EXPECT_EQ(cell(120, AuditListModel::TimeColumn),
              Display::dateTime(QDateTime(QDate(2024, 11, 21), QTime(4, 30), Qt::UTC)));
    EXPECT_TRUE(cell(120, AuditListModel::TimeColumn).startsWith(QStringLiteral("۱۴۰۳/۰۹/")));
    EXPECT_EQ(cell(120, AuditListModel::UserColumn), f.manager.fullName);
    EXPECT_EQ(cell(119, AuditListModel::UserColumn), f.rep.fullName);
    EXPECT_EQ(cell(119, AuditListModel::ActionColumn), AuditLabels::action(QStringLiteral("update")));
    EXPECT_TRUE(cell(119, AuditListModel::RecordColumn).contains(QStringLiteral("مریم کریمی‌نژاد 0")))
        << cell(119, AuditListModel::RecordColumn).toStdString();
    EXPECT_TRUE(cell(119, AuditListModel::RecordColumn).contains(Display::digits(QString::number(f.customerIds[0]))));
    const QString summary = cell(119, AuditListModel::ChangesColumn);
    EXPECT_TRUE(summary.contains(AuditLabels::field(QStringLiteral("last_name")))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(AuditLabels::field(QStringLiteral("phones")))) << summary.toStdString();
}

TEST(AuditView, filters_by_record_user_action_and_jalali_days)
{
    AuditFixture f(5); // 11 entries: customers 1 h apart from 1403/09/01 08:00, the deal at 18:00
    AuditView view(*f.workspace);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    EXPECT_EQ(view.model()->totalCount(), 11);

    auto *entity = view.findChild<QComboBox *>(QStringLiteral("auditEntityCombo"));
    auto *recordId = view.findChild<QLineEdit *>(QStringLiteral("auditRecordIdEdit"));
    auto *user = view.findChild<QComboBox *>(QStringLiteral("auditUserCombo"));
    auto *action = view.findChild<QComboBox *>(QStringLiteral("auditActionCombo"));
    auto *from = view.findChild<JalaliDateEdit *>(QStringLiteral("auditFromDate"));
    auto *to = view.findChild<JalaliDateEdit *>(QStringLiteral("auditToDate"));
    auto *count = view.findChild<QLabel *>(QStringLiteral("auditCount"));
    auto *error = view.findChild<QLabel *>(QStringLiteral("auditError"));
    for (QObject *o : std::initializer_list<QObject *> { entity, recordId, user, action, from, to, count, error })
        ASSERT_NE(o, nullptr);

    choose(entity, QStringLiteral("deal"));
    EXPECT_EQ(view.model()->totalCount(), 1);
    EXPECT_EQ(view.model()->row(0)->entry.entityId, f.dealId);
    EXPECT_TRUE(count->text().contains(Display::number(1)));

    choose(entity, QStringLiteral("customer"));
    EXPECT_EQ(view.model()->totalCount(), 10);
    recordId->setFocus();
    peyvand::testing::typeText(recordId, Display::digits(QString::number(f.customerIds[2]))); // Persian digits
    view.applyFilters();
    EXPECT_EQ(view.model()->totalCount(), 2);
    EXPECT_EQ(view.model()->query().entityId, f.customerIds[2]);

    choose(user, f.rep.id);
    EXPECT_EQ(view.model()->totalCount(), 1);
    EXPECT_EQ(view.model()->row(0)->entry.action, QStringLiteral("update"));
    choose(action, QStringLiteral("create"));
    EXPECT_EQ(view.model()->totalCount(), 0);
    EXPECT_FALSE(count->text().isEmpty());

    view.clearFilters();
    EXPECT_EQ(view.model()->totalCount(), 11);
    EXPECT_TRUE(recordId->text().isEmpty());

    // An id without a record kind is not applied: the list stays and says why.
    recordId->setText(QStringLiteral("3"));
    view.applyFilters();
    EXPECT_FALSE(error->isHidden());
    EXPECT_EQ(view.model()->totalCount(), 11);
    recordId->clear();

    // Days: 1403/09/01 (Tehran) holds all 11 entries (08:00–18:00); the next day none.
    from->setDate(JalaliDate::fromJalali(1403, 9, 1));
    to->setDate(JalaliDate::fromJalali(1403, 9, 1));
    view.applyFilters();
    EXPECT_TRUE(error->isHidden()) << error->text().toStdString();
    EXPECT_EQ(view.model()->totalCount(), 11);
    from->setDate(JalaliDate::fromJalali(1403, 9, 2));
    to->setDate({});
    view.applyFilters();
    EXPECT_EQ(view.model()->totalCount(), 0);
    // A period that ends before it starts: said, not applied.
    to->setDate(JalaliDate::fromJalali(1403, 8, 30));
    view.applyFilters();
    EXPECT_FALSE(error->isHidden());
    EXPECT_EQ(view.model()->totalCount(), 0);
}

TEST(AuditView, the_detail_pane_shows_each_changed_field_before_and_after)
{
    AuditFixture f(2);
    AuditView view(*f.workspace);
    view.show();
    // Newest first: the deal, customer 2's update, customer 2's create, customer 1's update…
    const int update = 3;
    ASSERT_EQ(view.model()->row(update)->entry.action, QStringLiteral("update"));
    select(view.table(), update);
    AuditChangeModel *changes = view.changes();
    QAbstractItemModelTester tester(changes, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(changes->rowCount(), 2);
    const auto cell = [&](int row, int column) { return changes->index(row, column).data().toString(); };
    EXPECT_EQ(cell(0, AuditChangeModel::FieldColumn), AuditLabels::field(QStringLiteral("phones")));
    EXPECT_EQ(cell(0, AuditChangeModel::OldColumn), QStringLiteral("—"));
    EXPECT_TRUE(cell(0, AuditChangeModel::NewColumn).contains(Display::phone(QStringLiteral("09121234567"))))
        << cell(0, AuditChangeModel::NewColumn).toStdString();
    EXPECT_TRUE(cell(0, AuditChangeModel::NewColumn).contains(QStringLiteral("موبایل")));
    EXPECT_EQ(cell(1, AuditChangeModel::FieldColumn), AuditLabels::field(QStringLiteral("last_name")));
    EXPECT_EQ(cell(1, AuditChangeModel::OldColumn), QStringLiteral("کریمی 0"));
    EXPECT_EQ(cell(1, AuditChangeModel::NewColumn), QStringLiteral("کریمی‌نژاد 0"));
    auto *title = view.findChild<QLabel *>(QStringLiteral("auditDetailTitle"));
    ASSERT_NE(title, nullptr);
    EXPECT_TRUE(title->text().contains(f.rep.fullName)) << title->text().toStdString();

    // The deal's creation: values as people read them (money, Jalali, labels), empty fields left out.
    select(view.table(), 0);
    QStringList fields, values;
    for (int r = 0; r < changes->rowCount(); ++r) {
        fields << cell(r, AuditChangeModel::FieldColumn);
        values << cell(r, AuditChangeModel::NewColumn);
        EXPECT_EQ(cell(r, AuditChangeModel::OldColumn), QStringLiteral("—"));
    }
    const auto valueOf = [&](const char *field) {
        return values.value(fields.indexOf(AuditLabels::field(QString::fromLatin1(field))));
    };
    EXPECT_EQ(valueOf("amount"), Display::money(450'000'000));
    EXPECT_EQ(valueOf("status"), Display::label(DealStatus::Open));
    EXPECT_EQ(valueOf("title"), QStringLiteral("کولر گازی"));
    EXPECT_TRUE(valueOf("created_at").startsWith(QStringLiteral("۱۴۰۳/"))) << valueOf("created_at").toStdString();
    EXPECT_FALSE(fields.contains(AuditLabels::field(QStringLiteral("lost_reason")))); // null on a new deal
    // References by name: the customer, the stage.
    EXPECT_EQ(valueOf("customer_id"), QStringLiteral("مریم کریمی‌نژاد 0")); // as named now
    const Deal deal = f.workspace->deals().get(f.dealId);
    EXPECT_EQ(valueOf("stage_id"), f.store->pipelines().stage(deal.stageId)->name);
}

TEST(AuditView, a_sales_rep_neither_sees_it_nor_can_read_the_trail)
{
    AuditFixture f(1);
    f.workspace->setUser(f.rep);
    UiSettings::setLastView(QStringLiteral("audit"));
    MainWindow window(*f.workspace, nullptr, QStringLiteral("audit"));
    window.show();
    EXPECT_EQ(window.currentView(), QStringLiteral("today"));
    EXPECT_FALSE(window.mayShow(QStringLiteral("audit")));
    EXPECT_EQ(window.view(QStringLiteral("audit")), nullptr);
    window.showView(QStringLiteral("audit"));
    EXPECT_EQ(window.currentView(), QStringLiteral("today"));
    EXPECT_EQ(window.showAudit(QStringLiteral("customer"), f.customerIds[0]), nullptr);
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    ASSERT_NE(navigation, nullptr);
    for (int i = 0; i < navigation->count(); ++i)
        if (navigation->item(i)->text() == MainWindow::tr("Audit trail"))
            EXPECT_TRUE(navigation->item(i)->isHidden());
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    EXPECT_EQ(window.currentView(), QStringLiteral("today"));
    window.openCustomer(f.customerIds[0]);
    auto *history = window.customerPage()->findChild<QPushButton *>(QStringLiteral("historyButton"));
    ASSERT_NE(history, nullptr);
    EXPECT_TRUE(history->isHidden());

    // The service refuses too: a model built anyway shows nothing and says why.
    AuditListModel model(*f.workspace);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.errorText().isEmpty());

    // Becoming a manager shows it; back to the rep hides it and leaves the view.
    f.workspace->setUser(f.manager);
    EXPECT_TRUE(window.mayShow(QStringLiteral("audit")));
    window.showView(QStringLiteral("audit"));
    EXPECT_EQ(window.currentView(), QStringLiteral("audit"));
    f.workspace->setUser(f.rep);
    EXPECT_EQ(window.currentView(), QStringLiteral("today"));
    UiSettings::setLastView(QString());
}

TEST(AuditView, history_on_a_customer_page_opens_the_trail_of_that_customer)
{
    AuditFixture f(3);
    UiSettings::setLastView(QString());
    MainWindow window(*f.workspace);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    ASSERT_NE(navigation, nullptr);
    EXPECT_FALSE(navigation->item(navigation->count() - 1)->isHidden());

    window.openCustomer(f.customerIds[1]);
    auto *history = window.customerPage()->findChild<QPushButton *>(QStringLiteral("historyButton"));
    ASSERT_NE(history, nullptr);
    EXPECT_TRUE(history->isVisible());
    QTest::mouseClick(history, Qt::LeftButton);
    EXPECT_EQ(window.currentView(), QStringLiteral("audit"));
    auto *audit = qobject_cast<AuditView *>(window.view(QStringLiteral("audit")));
    ASSERT_NE(audit, nullptr);
    EXPECT_EQ(audit->model()->query().entity, QStringLiteral("customer"));
    EXPECT_EQ(audit->model()->query().entityId, f.customerIds[1]);
    ASSERT_EQ(audit->model()->rowCount(), 2);
    EXPECT_EQ(audit->model()->row(0)->entry.action, QStringLiteral("update"));
    EXPECT_EQ(audit->changes()->rowCount(), 2); // the newest entry is shown at once
    UiSettings::setLastView(QString());
}
