// Pictures of what roles see, for a visual check of the gating: the main
// window as support on a company's deals (no amount column, support's views
// only) and as a rep on another rep's company (Edit disabled). Disabled by
// default; run with --gtest_also_run_disabled_tests --gtest_filter='*Screenshot*'
// (files go to /tmp/shots). The test binary embeds no translations: labels
// are the English sources, laid out right to left; for Persian pictures run
// the app (docs/security.md).
#include "CustomerPage.h"
#include "GuiFixture.h"
#include "LanguageSetup.h"
#include "MainWindow.h"
#include "UiSettings.h"

#include <QDir>
#include <QTabWidget>
#include <QTest>

using namespace peyvand;
using peyvand::testing::GuiFixture;

TEST(RoleGateScreenshot, DISABLED_support_and_rep_main_windows)
{
    GuiFixture f;
    LanguageSetup::apply(UiSettings::Language::Persian);
    LanguageSetup::applyPersianFont();
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    const auto admin = f.sessionAs(UserRole::Admin, QStringLiteral("مدیر سیستم"));
    const User rep2 = f.addUser(UserRole::SalesRep, QStringLiteral("علی محمدی"));
    const auto support = f.sessionAs(UserRole::Support, QStringLiteral("حسن صادقی"));

    Customer c;
    c.kind = CustomerKind::Legal;
    c.legal.companyName = QStringLiteral("شرکت فولاد سپاهان");
    c.phones << PhoneEntry { QStringLiteral("03136624000"), QStringLiteral("دفتر مرکزی") };
    c.ownerId = rep2.id;
    const qint64 company = admin.workspace->customers().create(c);
    const Pipeline p = *f.store->pipelines().defaultFor(CustomerKind::Legal);
    int n = 0;
    for (const auto &[title, amount] :
         { std::pair { "۴۰ پمپ صنعتی خط جدید", 4'200'000'000LL }, std::pair { "قرارداد نگهداری سالانه", 950'000'000LL },
           std::pair { "تابلو برق کارخانه", 1'750'000'000LL } }) {
        Deal d;
        d.customerId = company;
        d.pipelineId = p.id;
        d.stageId = p.stages.at(n++).id;
        d.title = QString::fromUtf8(title);
        d.amount = amount;
        d.expectedClose = QDate(2025, 1, 20 + n);
        d.ownerId = rep2.id;
        admin.workspace->deals().create(d, admin.user.id);
    }

    UiSettings::setLastView(QString());
    {
        MainWindow window(*support.workspace);
        window.resize(1200, 620);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.openCustomer(company);
        auto *tabs = window.customerPage()->findChild<QTabWidget *>(QStringLiteral("customerTabs"));
        tabs->setCurrentIndex(2); // deals
        QTest::qWait(100);
        EXPECT_TRUE(window.grab().save(QStringLiteral("/tmp/shots/role-support-deals.png")));
    }
    {
        MainWindow window(*f.workspace);
        window.resize(1200, 620);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.openCustomer(company);
        auto *tabs = window.customerPage()->findChild<QTabWidget *>(QStringLiteral("customerTabs"));
        tabs->setCurrentIndex(2);
        QTest::qWait(100);
        EXPECT_TRUE(window.grab().save(QStringLiteral("/tmp/shots/role-rep-other-deals.png")));
    }
}
