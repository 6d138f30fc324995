// The customer page on a real database: header, buying center, deals, orders
// and the merged timeline, refreshing on Workspace signals.
#include "CustomerPage.h"

#include "ContactTableModel.h"
#include "CustomerDetailsView.h"
#include "DealTableModel.h"
#include "GuiFixture.h"
#include "OrderTableModel.h"
#include "TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace peyvand;
using peyvand::testing::GuiFixture;

namespace {

struct LegalScenario
{
    qint64 company = 0;
    qint64 decider = 0;
    qint64 opponent = 0;
    qint64 deal = 0;
    qint64 activity = 0;
    qint64 order = 0;
    QString stageName;
};

// A company with a decider who supports us and a finance manager against,
// a deal moved one stage on, a call, and an order that was then confirmed —
// each an hour after the last.
LegalScenario seedLegal(GuiFixture &f)
{
    LegalScenario s;
    Customer c;
    c.kind = CustomerKind::Legal;
    c.legal.companyName = QStringLiteral("شرکت فولاد سپاهان");
    c.legal.nationalId = peyvand::testing::validLegalId(QStringLiteral("1010123456"));
    c.legal.economicCode = QStringLiteral("411111111111");
    c.legal.registrationNo = QStringLiteral("45821");
    c.legal.registrationDate = QDate(2009, 5, 10);
    c.legal.industry = QStringLiteral("فولاد و فلزات");
    c.legal.employees = 1200;
    c.legal.website = QStringLiteral("https://sepahansteel.ir");
    c.lifecycle = Lifecycle::Customer;
    c.source = SourceChannel::Direct;
    c.tags = QStringList { QStringLiteral("VIP"), QStringLiteral("صنعتی") };
    c.doNotSms = true;
    c.phones << PhoneEntry { QStringLiteral("03136251000"), QStringLiteral("دفتر مرکزی") }
             << PhoneEntry { QStringLiteral("09131234567"), QStringLiteral("موبایل مدیر خرید") };
    c.addresses << Address { QStringLiteral("دفتر مرکزی"), QStringLiteral("اصفهان"), QStringLiteral("اصفهان"),
                             QStringLiteral("خیابان چهارباغ بالا، برج سپاهان، طبقه ۸"), QStringLiteral("8174673111") };
    c.ownerId = f.rep.id;
    s.company = f.workspace->customers().create(c);

    ContactPerson against;
    against.customerId = s.company;
    against.firstName = QStringLiteral("نرگس");
    against.lastName = QStringLiteral("احمدی");
    against.jobTitle = QStringLiteral("مدیر مالی");
    against.role = BuyingRole::Influencer;
    against.influence = 4;
    against.attitude = Attitude::Opponent;
    against.mobile = QStringLiteral("09121112233");
    s.opponent = f.workspace->contacts().add(against);
    ContactPerson decider;
    decider.customerId = s.company;
    decider.firstName = QStringLiteral("مهدی");
    decider.lastName = QStringLiteral("کریمی");
    decider.jobTitle = QStringLiteral("مدیرعامل");
    decider.role = BuyingRole::Decider;
    decider.influence = 5;
    decider.attitude = Attitude::Supporter;
    decider.phone = QStringLiteral("03136251001");
    s.decider = f.workspace->contacts().add(decider);
    ContactPerson user;
    user.customerId = s.company;
    user.firstName = QStringLiteral("رضا");
    user.lastName = QStringLiteral("موسوی");
    user.jobTitle = QStringLiteral("کارپرداز");
    user.role = BuyingRole::Buyer;
    user.influence = 2;
    user.attitude = Attitude::Neutral;
    f.workspace->contacts().add(user);

    Deal d;
    d.customerId = s.company;
    d.title = QStringLiteral("خرید ۲۰ دستگاه لپ‌تاپ");
    d.amount = 2'500'000'000;
    d.expectedClose = QDate(2025, 1, 20);
    d.ownerId = f.rep.id;
    s.deal = f.workspace->deals().create(d, f.rep.id);
    const Pipeline pipeline = *f.store->pipelines().defaultFor(CustomerKind::Legal);
    const Stage stage = pipeline.stages.at(2);
    s.stageName = stage.name;
    f.clock.advanceSeconds(3600);
    f.workspace->deals().moveToStage(s.deal, stage.id, f.rep.id);

    f.clock.advanceSeconds(3600);
    Activity a;
    a.type = ActivityType::Call;
    a.customerId = s.company;
    a.contactId = s.decider;
    a.direction = Direction::Outbound;
    a.outcome = QStringLiteral("قرار جلسه فنی گذاشته شد");
    a.notes = QStringLiteral("مدیرعامل موافق است؛ مدیر مالی نگران قیمت");
    a.ownerId = f.rep.id;
    a.followUpAt = f.clock.now().addDays(2);
    s.activity = f.workspace->activities().log(a);

    f.clock.advanceSeconds(3600);
    Order o;
    o.customerId = s.company;
    o.dealId = s.deal;
    o.lines << OrderLine { 0, QStringLiteral("لپ‌تاپ ایسوس"), 20, 125'000'000 };
    s.order = f.workspace->orders().create(o, f.rep.id);
    f.clock.advanceSeconds(3600);
    f.workspace->orders().changeStatus(s.order, OrderStatus::Confirmed, f.rep.id);
    f.clock.advanceSeconds(3600);
    return s;
}

qint64 seedIndividual(GuiFixture &f)
{
    Household h;
    h.name = QStringLiteral("خانواده رحیمی");
    qint64 household = 0;
    f.store->transaction([&] { household = f.store->customers().addHousehold(h); });
    Customer c;
    c.kind = CustomerKind::Individual;
    c.individual.firstName = QStringLiteral("زهرا");
    c.individual.lastName = QStringLiteral("رحیمی");
    c.individual.nationalCode = peyvand::testing::validNationalCode(QStringLiteral("001234567"));
    c.individual.email = QStringLiteral("zahra.rahimi@example.ir");
    c.individual.birthDate = QDate(1988, 7, 2);
    c.individual.preferences
        = QStringLiteral("ترجیح تماس عصرها؛ علاقه‌مند به لوازم آشپزخانه");
    c.individual.loyaltyCard = QStringLiteral("6104123456789012");
    c.individual.householdId = household;
    c.individual.householdRole = QStringLiteral("spouse");
    c.individual.householdDecides = QStringLiteral("لوازم خانگی و مبلمان");
    c.lifecycle = Lifecycle::Customer;
    c.source = SourceChannel::Campaign;
    c.doNotCall = true;
    c.phones << PhoneEntry { QStringLiteral("09351234567"), QStringLiteral("موبایل") };
    c.addresses << Address { QStringLiteral("منزل"), QStringLiteral("تهران"), QStringLiteral("تهران"),
                             QStringLiteral("سعادت‌آباد، خیابان سرو غربی، پلاک ۱۲"),
                             QString() };
    c.ownerId = f.rep.id;
    const qint64 id = f.workspace->customers().create(c);
    Customer spouse;
    spouse.kind = CustomerKind::Individual;
    spouse.individual.firstName = QStringLiteral("علی");
    spouse.individual.lastName = QStringLiteral("رحیمی");
    spouse.individual.householdId = household;
    spouse.individual.householdRole = QStringLiteral("head");
    spouse.phones << PhoneEntry { QStringLiteral("09357654321"), QStringLiteral("موبایل") };
    f.workspace->customers().create(spouse);
    return id;
}

template<typename T> T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

// A label's text without the directional marks that align it.
QString shown(QLabel *label)
{
    QString text = label->text();
    text.remove(QChar(0x200F));
    text.remove(QChar(0x200E));
    return text;
}

QString cell(QAbstractItemModel *model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

int rowContaining(QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (cell(model, row, column).contains(text))
            return row;
    return -1;
}

} // namespace

TEST(CustomerPage, legal_entity_shows_buying_center_deal_order_and_timeline_newest_first)
{
    GuiFixture f;
    const LegalScenario s = seedLegal(f);
    CustomerPage page(*f.workspace);
    page.showCustomer(s.company);
    EXPECT_EQ(page.customerId(), s.company);
    EXPECT_TRUE(page.hasCustomer());

    EXPECT_EQ(child<QLabel>(page, "nameLabel")->text(), QStringLiteral("شرکت فولاد سپاهان"));
    EXPECT_EQ(child<QLabel>(page, "kindLabel")->text(), Display::label(CustomerKind::Legal));
    EXPECT_TRUE(child<QLabel>(page, "phoneLabel")->text().contains(Display::phone(QStringLiteral("03136251000"))));
    EXPECT_FALSE(child<QLabel>(page, "doNotSmsBadge")->isHidden());
    EXPECT_TRUE(child<QLabel>(page, "doNotCallBadge")->isHidden());
    EXPECT_FALSE(child<QPushButton>(page, "addContactButton")->isHidden());
    EXPECT_TRUE(child<QLabel>(page, "employeesValue")->text().contains(CustomerDetailsView::tr("enterprise")));

    // Decider first, then by influence; the summary names who decides and who is against.
    auto *contacts = child<QTableView>(page, "contactsView")->model();
    ASSERT_EQ(contacts->rowCount(), 3);
    EXPECT_EQ(cell(contacts, 0, ContactTableModel::NameColumn), QStringLiteral("مهدی کریمی"));
    EXPECT_EQ(cell(contacts, 0, ContactTableModel::RoleColumn), Display::label(BuyingRole::Decider));
    EXPECT_EQ(cell(contacts, 0, ContactTableModel::InfluenceColumn), QStringLiteral("●●●●●"));
    EXPECT_EQ(cell(contacts, 1, ContactTableModel::NameColumn), QStringLiteral("نرگس احمدی"));
    EXPECT_EQ(cell(contacts, 1, ContactTableModel::RoleColumn), Display::label(BuyingRole::Influencer));
    EXPECT_EQ(cell(contacts, 1, ContactTableModel::AttitudeColumn), Display::label(Attitude::Opponent));
    EXPECT_EQ(
        contacts->data(contacts->index(1, ContactTableModel::AttitudeColumn), Qt::ForegroundRole).value<QColor>().red(),
        0xc6);
    const QString summary = child<QLabel>(page, "buyingCenterSummary")->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("مهدی کریمی"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("نرگس احمدی"))) << summary.toStdString();
    EXPECT_FALSE(summary.contains(QStringLiteral("رضا موسوی"))) << summary.toStdString();

    auto *deals = child<QTableView>(page, "dealsView")->model();
    ASSERT_EQ(deals->rowCount(), 1);
    EXPECT_EQ(cell(deals, 0, DealTableModel::TitleColumn), QStringLiteral("خرید ۲۰ دستگاه لپ‌تاپ"));
    EXPECT_EQ(cell(deals, 0, DealTableModel::StageColumn), s.stageName);
    EXPECT_EQ(cell(deals, 0, DealTableModel::AmountColumn), Display::money(2'500'000'000));
    EXPECT_EQ(cell(deals, 0, DealTableModel::StatusColumn), Display::label(DealStatus::Open));

    auto *orders = child<QTableView>(page, "ordersView")->model();
    ASSERT_EQ(orders->rowCount(), 1);
    EXPECT_EQ(cell(orders, 0, OrderTableModel::StatusColumn), Display::label(OrderStatus::Confirmed));
    EXPECT_EQ(cell(orders, 0, OrderTableModel::TotalColumn), Display::money(2'500'000'000));

    // Newest first: confirmed, registered, the call, the stage move, the deal's first stage.
    auto *timeline = child<QTableView>(page, "timelineView")->model();
    ASSERT_EQ(timeline->rowCount(), 5);
    const int what = TimelineModel::WhatColumn;
    const QString confirmed = Display::label(OrderStatus::Confirmed);
    EXPECT_TRUE(cell(timeline, 0, what).contains(confirmed)) << cell(timeline, 0, what).toStdString();
    EXPECT_TRUE(cell(timeline, 0, what).contains(Display::label(OrderStatus::Registered)));
    EXPECT_EQ(timeline->data(timeline->index(2, 0), TimelineModel::KindRole).toInt(),
              int(TimelineEntry::Kind::Activity));
    EXPECT_TRUE(cell(timeline, 2, what).contains(QStringLiteral("قرار جلسه فنی گذاشته شد")));
    EXPECT_TRUE(cell(timeline, 2, what).contains(Display::label(Direction::Outbound)));
    EXPECT_TRUE(cell(timeline, 2, what).contains(Display::dateTime(f.clock.now().addSecs(-3 * 3600).addDays(2))));
    EXPECT_EQ(cell(timeline, 2, TimelineModel::WhoColumn), f.rep.fullName);
    EXPECT_EQ(timeline->data(timeline->index(3, 0), TimelineModel::KindRole).toInt(),
              int(TimelineEntry::Kind::StageChange));
    EXPECT_TRUE(cell(timeline, 3, what).contains(s.stageName));
    EXPECT_TRUE(cell(timeline, 3, what).contains(QStringLiteral("خرید ۲۰ دستگاه لپ‌تاپ")));
    EXPECT_LT(rowContaining(timeline, what, confirmed), rowContaining(timeline, what, QStringLiteral("قرار جلسه")));
    EXPECT_FALSE(child<QPushButton>(page, "moreTimelineButton")->isEnabled());
}

TEST(CustomerPage, individual_shows_preferences_loyalty_card_and_household)
{
    GuiFixture f;
    const qint64 id = seedIndividual(f);
    CustomerPage page(*f.workspace);
    page.showCustomer(id);
    EXPECT_EQ(child<QLabel>(page, "nameLabel")->text(), QStringLiteral("زهرا رحیمی"));
    EXPECT_EQ(child<QLabel>(page, "kindLabel")->text(), Display::label(CustomerKind::Individual));
    EXPECT_FALSE(child<QLabel>(page, "doNotCallBadge")->isHidden());
    EXPECT_EQ(shown(child<QLabel>(page, "preferencesValue")),
              QStringLiteral("ترجیح تماس عصرها؛ علاقه‌مند به لوازم آشپزخانه"));
    EXPECT_TRUE(child<QLabel>(page, "loyaltyCardValue")->text().contains(QStringLiteral("۶۱۰۴۱۲۳۴۵۶۷۸۹۰۱۲")));
    EXPECT_EQ(shown(child<QLabel>(page, "householdValue")), QStringLiteral("خانواده رحیمی"));
    EXPECT_EQ(shown(child<QLabel>(page, "householdRoleValue")), CustomerDetailsView::tr("Spouse"));
    EXPECT_EQ(shown(child<QLabel>(page, "householdDecidesValue")), QStringLiteral("لوازم خانگی و مبلمان"));
    EXPECT_EQ(shown(child<QLabel>(page, "householdMembersValue")), QStringLiteral("علی رحیمی"));
    EXPECT_EQ(shown(child<QLabel>(page, "birthDateValue")), Display::longDate(QDate(1988, 7, 2)));
    // No buying center for a person.
    EXPECT_TRUE(child<QPushButton>(page, "addContactButton")->isHidden());
    auto *tabs = child<QTabWidget>(page, "customerTabs");
    const int contactsTab = tabs->indexOf(child<QTableView>(page, "contactsView")->parentWidget());
    EXPECT_FALSE(tabs->isTabVisible(contactsTab));
    EXPECT_EQ(child<QTableView>(page, "contactsView")->model()->rowCount(), 0);
}

TEST(CustomerPage, timeline_and_lists_refresh_on_workspace_signals_for_this_customer_only)
{
    GuiFixture f;
    const qint64 id = f.addLegal(QStringLiteral("شرکت نوآوران پارس"));
    const qint64 other = f.addIndividual(QStringLiteral("سینا"), QStringLiteral("کاظمی"));
    CustomerPage page(*f.workspace);
    page.showCustomer(id);
    auto *timeline = child<QTableView>(page, "timelineView")->model();
    QAbstractItemModelTester tester(timeline, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(timeline->rowCount(), 0);

    Activity a;
    a.type = ActivityType::Meeting;
    a.customerId = id;
    a.notes = QStringLiteral("جلسه معرفی محصول با واحد فناوری");
    a.ownerId = f.rep.id;
    const qint64 activity = f.workspace->activities().log(a);
    Activity elsewhere = a;
    elsewhere.customerId = other;
    const qint64 otherActivity = f.workspace->activities().log(elsewhere);
    emit f.workspace->activityChanged(otherActivity, other);
    EXPECT_EQ(timeline->rowCount(), 0);
    emit f.workspace->activityChanged(activity, id);
    ASSERT_EQ(timeline->rowCount(), 1);
    EXPECT_TRUE(cell(timeline, 0, TimelineModel::WhatColumn).contains(QStringLiteral("جلسه معرفی محصول")));

    f.clock.advanceSeconds(60);
    Order o;
    o.customerId = id;
    o.lines << OrderLine { 0, QStringLiteral("سرور"), 1, 900'000'000 };
    const qint64 order = f.workspace->orders().create(o, f.rep.id);
    emit f.workspace->orderChanged(order, id);
    EXPECT_EQ(child<QTableView>(page, "ordersView")->model()->rowCount(), 1);
    EXPECT_EQ(timeline->rowCount(), 2);

    Customer edited = f.workspace->customers().get(id);
    edited.legal.companyName = QStringLiteral("شرکت نوآوران پارس گستر");
    f.workspace->customers().update(edited);
    emit f.workspace->customerChanged(id);
    EXPECT_EQ(child<QLabel>(page, "nameLabel")->text(), QStringLiteral("شرکت نوآوران پارس گستر"));
}

TEST(CustomerPage, show_more_loads_older_timeline_entries)
{
    GuiFixture f;
    const qint64 id = f.addIndividual(QStringLiteral("مریم"), QStringLiteral("صادقی"));
    for (int i = 0; i < CustomerPage::TimelinePage + 5; ++i) {
        Activity a;
        a.type = ActivityType::Note;
        a.customerId = id;
        a.notes = QStringLiteral("یادداشت %1").arg(i);
        f.workspace->activities().log(a);
        f.clock.advanceSeconds(60);
    }
    CustomerPage page(*f.workspace);
    page.showCustomer(id);
    auto *timeline = child<QTableView>(page, "timelineView")->model();
    auto *more = child<QPushButton>(page, "moreTimelineButton");
    EXPECT_EQ(timeline->rowCount(), CustomerPage::TimelinePage);
    ASSERT_TRUE(more->isEnabled());
    QTest::mouseClick(more, Qt::LeftButton);
    EXPECT_EQ(timeline->rowCount(), CustomerPage::TimelinePage + 5);
    EXPECT_FALSE(more->isEnabled());
}

TEST(CustomerPage, buttons_and_double_click_ask_for_the_next_screen)
{
    GuiFixture f;
    const LegalScenario s = seedLegal(f);
    CustomerPage page(*f.workspace);
    page.resize(1000, 700);
    page.showCustomer(s.company);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));

    QSignalSpy edit(&page, &CustomerPage::editRequested);
    QSignalSpy log(&page, &CustomerPage::logActivityRequested);
    QSignalSpy deal(&page, &CustomerPage::newDealRequested);
    QSignalSpy contact(&page, &CustomerPage::addContactRequested);
    QSignalSpy back(&page, &CustomerPage::backRequested);
    QSignalSpy editContact(&page, &CustomerPage::editContactRequested);
    QTest::mouseClick(child<QPushButton>(page, "editButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(page, "logActivityButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(page, "newDealButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(page, "addContactButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(page, "backButton"), Qt::LeftButton);
    ASSERT_EQ(edit.count(), 1);
    EXPECT_EQ(edit.at(0).at(0).toLongLong(), s.company);
    ASSERT_EQ(log.count(), 1);
    EXPECT_EQ(log.at(0).at(0).toLongLong(), s.company);
    ASSERT_EQ(deal.count(), 1);
    EXPECT_EQ(deal.at(0).at(0).toLongLong(), s.company);
    ASSERT_EQ(contact.count(), 1);
    EXPECT_EQ(contact.at(0).at(0).toLongLong(), s.company);
    EXPECT_EQ(back.count(), 1);

    auto *view = child<QTableView>(page, "contactsView");
    auto *tabs = child<QTabWidget>(page, "customerTabs");
    tabs->setCurrentWidget(view->parentWidget());
    const QModelIndex opponentRow = view->model()->index(1, 0);
    const QPoint at = view->visualRect(opponentRow).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    ASSERT_EQ(editContact.count(), 1);
    EXPECT_EQ(editContact.at(0).at(0).toLongLong(), s.opponent);
}

TEST(CustomerPage, unknown_customer_shows_a_message_and_offers_no_actions)
{
    GuiFixture f;
    CustomerPage page(*f.workspace);
    page.showCustomer(987654);
    EXPECT_FALSE(page.hasCustomer());
    EXPECT_EQ(page.customerId(), 987654);
    auto *message = child<QLabel>(page, "messageLabel");
    EXPECT_EQ(child<QStackedWidget>(page, "pageStack")->currentWidget(), message);
    EXPECT_TRUE(message->text().contains(Display::digits(QStringLiteral("987654")))) << message->text().toStdString();
    EXPECT_TRUE(child<QWidget>(page, "actionsBar")->isHidden());
    EXPECT_EQ(child<QTableView>(page, "timelineView")->model()->rowCount(), 0);
    EXPECT_TRUE(child<QPushButton>(page, "backButton")->isEnabled());
    // Signals for it change nothing and do not crash.
    emit f.workspace->activityChanged(1, 987654);
    emit f.workspace->dataReset();
    EXPECT_FALSE(page.hasCustomer());

    // A customer created later under the id asked for appears when announced.
    const qint64 next = f.addLegal(QStringLiteral("شرکت البرز دارو")) + 1;
    page.showCustomer(next);
    EXPECT_FALSE(page.hasCustomer());
    ASSERT_EQ(f.addLegal(QStringLiteral("شرکت کاشی میبد")), next);
    emit f.workspace->customerChanged(next);
    EXPECT_TRUE(page.hasCustomer());
    EXPECT_EQ(child<QLabel>(page, "nameLabel")->text(), QStringLiteral("شرکت کاشی میبد"));
    EXPECT_EQ(child<QStackedWidget>(page, "pageStack")->currentWidget(), child<QTabWidget>(page, "customerTabs"));
    EXPECT_FALSE(child<QWidget>(page, "actionsBar")->isHidden());
}

TEST(CustomerPage, models_pass_the_item_model_tester)
{
    GuiFixture f;
    const LegalScenario s = seedLegal(f);
    const qint64 person = seedIndividual(f);
    CustomerPage page(*f.workspace);
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (const char *name : { "contactsView", "dealsView", "ordersView", "timelineView" })
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            child<QTableView>(page, name)->model(), QAbstractItemModelTester::FailureReportingMode::Fatal));
    page.showCustomer(s.company);
    f.workspace->deals().moveToStage(
        s.deal, f.store->pipelines().defaultFor(CustomerKind::Legal)->firstWithOutcome(StageOutcome::Lost)->id,
        f.rep.id, LostReason::Price);
    emit f.workspace->dealChanged(s.deal, s.company);
    auto *deals = child<QTableView>(page, "dealsView")->model();
    EXPECT_EQ(cell(deals, 0, DealTableModel::LostReasonColumn), Display::label(LostReason::Price));
    emit f.workspace->dataReset();
    page.showCustomer(person);
    page.showCustomer(s.company);

    ContactTableModel contacts;
    QAbstractItemModelTester contactTester(&contacts, QAbstractItemModelTester::FailureReportingMode::Fatal);
    contacts.setContacts(f.workspace->contacts().forCustomer(s.company));
    EXPECT_EQ(contacts.rowCount(), 3);
    TimelineModel timeline(*f.workspace);
    QAbstractItemModelTester timelineTester(&timeline, QAbstractItemModelTester::FailureReportingMode::Fatal);
    timeline.setEntries(f.workspace->timeline().latest(s.company, 50));
    EXPECT_GT(timeline.rowCount(), 0);
}

// Renders both kinds with realistic data to PEYVAND_SHOT_DIR (skipped without it).
TEST(CustomerPage, screenshots)
{
    const QString dir = qEnvironmentVariable("PEYVAND_SHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set PEYVAND_SHOT_DIR to write screenshots";
    QDir().mkpath(dir);
    GuiFixture f;
    const QFont oldFont = QApplication::font();
    QApplication::setFont(QFont(QStringLiteral("Noto Sans Arabic"), 10));
    const LegalScenario s = seedLegal(f);
    const qint64 person = seedIndividual(f);
    {
        CustomerPage page(*f.workspace);
        page.resize(1100, 680);
        page.showCustomer(s.company);
        page.show();
        auto *tabs = child<QTabWidget>(page, "customerTabs");
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            page.grab().save(QStringLiteral("%1/customer_legal_%2.png").arg(dir).arg(i));
        }
        page.showCustomer(person);
        tabs->setCurrentIndex(0);
        QApplication::processEvents();
        page.grab().save(dir + QStringLiteral("/customer_individual_details.png"));
        tabs->setCurrentIndex(tabs->count() - 1);
        QApplication::processEvents();
        page.grab().save(dir + QStringLiteral("/customer_individual_timeline.png"));
        page.showCustomer(424242);
        QApplication::processEvents();
        page.grab().save(dir + QStringLiteral("/customer_unknown.png"));
    }
    QApplication::setFont(oldFont);
}
