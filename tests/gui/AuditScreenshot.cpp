// Renders the audit trail view with realistic Persian data (customers created
// and edited by several people, a deal moved along, an order's status, a
// service request) to PNG for a visual check, and keeps the database for a
// look through the real app (`PEYVAND_PASSWORD=peyvand-demo peyvand --db
// /tmp/shots/audit.sqlite --user manager --view audit`). Disabled by default; run with
// --gtest_also_run_disabled_tests --gtest_filter='*AuditScreenshot*' (files go to /tmp/shots).
#include "AuditListModel.h"
#include "AuditTrail.h"
#include "AuditView.h"
#include "JsonRecordEncoder.h"
#include "MainWindow.h"
#include "PasswordHash.h"
#include "SupportTestSupport.h"
#include "UiSettings.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace peyvand;
using peyvand::testing::GuiFixture;
using json = nlohmann::ordered_json;

namespace {

void persianFont()
{
    const QStringList families = QFontDatabase::families();
    if (families.contains(QStringLiteral("Vazirmatn")))
        QApplication::setFont(QFont(QStringLiteral("Vazirmatn"), 10));
    else
        QApplication::setFont(QFont(QStringLiteral("Noto Sans Arabic UI"), 10));
}

User addUser(GuiFixture &f, const char *login, const char *name, UserRole role)
{
    User u { 0, QString::fromUtf8(login), QString::fromUtf8(name), role, true };
    f.store->transaction([&] { u.id = f.store->users().add(u); });
    return u;
}

} // namespace

TEST(AuditScreenshot, DISABLED_audit_view_with_persian_data)
{
    GuiFixture f;
    persianFont();
    // PEYVAND_EXTRA_QM: a translation to try the view in Persian before the lead translates it.
    QTranslator extra;
    if (!qEnvironmentVariableIsEmpty("PEYVAND_EXTRA_QM") && extra.load(qEnvironmentVariable("PEYVAND_EXTRA_QM")))
        QApplication::installTranslator(&extra);
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    const User manager = addUser(f, "manager", "مهدی کاظمی", UserRole::Manager);
    const User support = addUser(f, "support1", "حسن صادقی", UserRole::Support);
    const User rep2 = addUser(f, "rep2", "زهرا محمدی", UserRole::SalesRep);
    FixedClock at(QDateTime(QDate(2024, 11, 23), QTime(5, 10), Qt::UTC)); // 1403/09/03 08:40 Tehran
    const auto log = [&](const User &who, const char *action, const char *entity, qint64 id, const json &before,
                         const json &after) {
        f.store->setActor(who);
        f.store->transaction([&] {
            AuditTrail::record(*f.store, at, QString::fromLatin1(action), QString::fromLatin1(entity), id, before,
                               after);
        });
        at.advanceSeconds(17 * 60 + 23);
    };

    const QStringList people { QStringLiteral("مریم کریمی"), QStringLiteral("رضا حسینی"), QStringLiteral("زهرا موسوی"),
                               QStringLiteral("امیر رستمی"), QStringLiteral("فاطمه نوری") };
    QList<qint64> ids;
    for (int i = 0; i < people.size(); ++i) {
        const qint64 id = f.addIndividual(people[i].section(u' ', 0, 0), people[i].section(u' ', 1), {},
                                          QStringLiteral("0912%1").arg(1234560 + i * 1111, 7, 10, QLatin1Char('0')));
        ids << id;
        log(i % 2 ? rep2 : f.rep, "create", "customer", id, nullptr,
            JsonRecordEncoder::customer(f.workspace->customers().get(id)));
    }
    const qint64 company = f.addLegal(QStringLiteral("شرکت فولاد سپاهان"), {}, QStringLiteral("02188776655"));
    log(manager, "create", "customer", company, nullptr,
        JsonRecordEncoder::customer(f.workspace->customers().get(company)));

    // Maryam: a second phone, a new last name, now a customer.
    const Customer before = f.workspace->customers().get(ids[0]);
    Customer after = before;
    after.individual.lastName = QStringLiteral("کریمی‌نژاد");
    after.phones << PhoneEntry { QStringLiteral("02144556677"), QStringLiteral("منزل") };
    after.lifecycle = Lifecycle::Customer;
    after.doNotSms = true;
    f.workspace->customers().update(after);
    log(f.rep, "update", "customer", ids[0], JsonRecordEncoder::customer(before),
        JsonRecordEncoder::customer(f.workspace->customers().get(ids[0])));

    // A deal opened and moved a stage by the manager.
    Deal d;
    d.customerId = company;
    d.title = QStringLiteral("۴۰ پمپ صنعتی خط جدید");
    d.amount = 2'600'000'000;
    d.ownerId = f.rep.id;
    const qint64 dealId = f.workspace->deals().create(d, manager.id);
    const DealRecord opened { f.workspace->deals().get(dealId), {} };
    log(manager, "create", "deal", dealId, nullptr, JsonRecordEncoder::deal(opened));
    const Pipeline pipeline = *f.store->pipelines().get(opened.deal.pipelineId);
    f.workspace->deals().moveToStage(dealId, pipeline.stages.at(1).id, manager.id);
    log(manager, "move_stage", "deal", dealId, JsonRecordEncoder::deal(opened),
        JsonRecordEncoder::deal(DealRecord { f.workspace->deals().get(dealId), {} }));

    // An order confirmed by support; a service request opened.
    const qint64 orderId = peyvand::testing::addOrder(f, ids[1], QStringLiteral("کولر گازی ۱۸۰۰۰"), 2, 185'000'000);
    const Order placed = f.workspace->orders().get(orderId);
    log(f.rep, "create", "order", orderId, nullptr, JsonRecordEncoder::order(placed));
    f.workspace->orders().changeStatus(orderId, OrderStatus::Confirmed, support.id);
    log(support, "status", "order", orderId, JsonRecordEncoder::order(placed),
        JsonRecordEncoder::order(f.workspace->orders().get(orderId)));
    const qint64 requestId = peyvand::testing::addRequest(f, ids[1], QStringLiteral("نصب کولر انجام نشده"),
                                                          Priority::High, orderId, support.id);
    log(support, "create", "request", requestId, nullptr,
        JsonRecordEncoder::serviceRequest(f.workspace->requests().get(requestId)));

    // For `peyvand --user manager` with PEYVAND_PASSWORD=peyvand-demo on the kept database.
    f.store->transaction(
        [&] { f.store->users().setPasswordHash(manager.id, PasswordHash::hash(QStringLiteral("peyvand-demo"))); });
    f.workspace->setUser(manager);
    UiSettings::setLastView(QString());
    MainWindow window(*f.workspace);
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *audit = qobject_cast<AuditView *>(window.view(QStringLiteral("audit")));
    ASSERT_NE(audit, nullptr);
    window.showView(QStringLiteral("audit"));
    audit->table()->selectionModel()->setCurrentIndex(audit->model()->index(audit->model()->rowCount() - 7, 0),
                                                      QItemSelectionModel::ClearAndSelect
                                                          | QItemSelectionModel::Rows); // Maryam's edit
    QTest::qWait(50);
    EXPECT_TRUE(window.grab().save(QStringLiteral("/tmp/shots/audit.png")));
    window.openCustomer(ids[0]);
    QTest::qWait(50);
    EXPECT_TRUE(window.grab().save(QStringLiteral("/tmp/shots/audit-customer-page.png")));

    // Keep the database (checkpointed on close) for the real app.
    window.close();
    UiSettings::setLastView(QString());
    const QString path = f.store->location();
    f.workspace.reset();
    f.store.reset();
    QFile::remove(QStringLiteral("/tmp/shots/audit.sqlite"));
    EXPECT_TRUE(QFile::copy(path, QStringLiteral("/tmp/shots/audit.sqlite")));
}
