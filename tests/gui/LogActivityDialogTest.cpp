// Logging an activity in a few keystrokes: customer, type, follow-up, save.
#include "LogActivityDialog.h"

#include "CustomerPicker.h"
#include "FollowUpModel.h"
#include "GuiFixture.h"
#include "JalaliDateEdit.h"
#include "TodayView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>

using namespace peyvand;
using peyvand::testing::GuiFixture;

namespace {

// 1403/09/03 10:00 in local time, whatever the machine's time zone.
const QDate kToday(2024, 11, 23);
const QDateTime kNow(kToday, QTime(10, 0));

template<typename W> W *child(QWidget &parent, const char *name)
{
    W *w = parent.findChild<W *>(QLatin1String(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

qint64 activityRows(GuiFixture &f)
{
    auto q = f.store->database().prepare("SELECT count(*) FROM activities");
    return q->step() ? q->int64(0) : -1;
}

void typeDate(JalaliDateEdit *edit, const QString &text)
{
    edit->lineEdit()->clear();
    peyvand::testing::typeText(edit->lineEdit(), text);
}

void pickCustomer(LogActivityDialog &dialog, const QString &text)
{
    auto *picker = child<CustomerPicker>(dialog, "customerPicker");
    peyvand::testing::typeText(picker->lineEdit(), text);
    picker->searchNow();
    ASSERT_FALSE(picker->matches().isEmpty());
    picker->pickMatch(0);
}

qint64 addDeal(GuiFixture &f, qint64 customerId, const QString &title, qint64 amount)
{
    Deal deal;
    deal.customerId = customerId;
    deal.title = title;
    deal.amount = amount;
    deal.ownerId = f.rep.id;
    return f.workspace->deals().create(deal, f.rep.id);
}

qint64 addContact(GuiFixture &f, qint64 customerId, const QString &first, const QString &last, const QString &job)
{
    ContactPerson c;
    c.customerId = customerId;
    c.firstName = first;
    c.lastName = last;
    c.jobTitle = job;
    return f.workspace->contacts().add(c);
}

} // namespace

TEST(LogActivityDialog, logs_a_call_with_a_follow_up_that_the_today_view_shows)
{
    GuiFixture f;
    f.clock.set(kNow);
    f.addIndividual(QStringLiteral("مریم"), QStringLiteral("کریمی"));
    const qint64 sepahan = f.addLegal(QStringLiteral("فولاد سپاهان"));
    TodayView today(*f.workspace);
    ASSERT_EQ(today.followUpCount(), 0);
    QSignalSpy changed(f.workspace.get(), &Workspace::activityChanged);

    LogActivityDialog dialog(*f.workspace);
    pickCustomer(dialog, QStringLiteral("سپاهان"));
    auto *type = child<QComboBox>(dialog, "typeCombo");
    type->setCurrentIndex(type->findData(int(ActivityType::Call)));
    auto *direction = child<QComboBox>(dialog, "directionCombo");
    direction->setCurrentIndex(direction->findData(int(Direction::Outbound)));
    EXPECT_EQ(child<JalaliDateEdit>(dialog, "dateEdit")->date(), kToday);
    EXPECT_EQ(child<QTimeEdit>(dialog, "timeEdit")->time(), QTime(10, 0));
    child<QSpinBox>(dialog, "durationSpin")->setValue(12);
    peyvand::testing::typeText(child<QLineEdit>(dialog, "outcomeEdit"),
                               QStringLiteral("پیش‌فاکتور خواستند"));
    child<QCheckBox>(dialog, "followUpCheck")->setChecked(true);
    typeDate(child<JalaliDateEdit>(dialog, "followUpDateEdit"), QStringLiteral("۱۴۰۳/۰۹/۰۳"));
    child<QTimeEdit>(dialog, "followUpTimeEdit")->setTime(QTime(15, 30));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);

    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_NE(dialog.activityId(), 0);
    const auto saved = f.store->activities().get(dialog.activityId());
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->customerId, sepahan);
    EXPECT_EQ(saved->ownerId, f.rep.id);
    EXPECT_EQ(saved->type, ActivityType::Call);
    EXPECT_EQ(saved->direction, Direction::Outbound);
    EXPECT_EQ(saved->at, kNow);
    EXPECT_EQ(saved->durationSeconds, 12 * 60);
    EXPECT_EQ(saved->outcome, QStringLiteral("پیش‌فاکتور خواستند"));
    EXPECT_EQ(saved->followUpAt, QDateTime(kToday, QTime(15, 30)));
    EXPECT_FALSE(saved->followUpDone);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.first().at(0).toLongLong(), dialog.activityId());
    EXPECT_EQ(changed.first().at(1).toLongLong(), sepahan);

    // The open Today view heard the signal.
    ASSERT_EQ(today.followUpCount(), 1);
    const QModelIndex customer = today.followUpModel()->index(0, FollowUpModel::CustomerColumn);
    EXPECT_EQ(customer.data().toString(), QStringLiteral("فولاد سپاهان"));
    EXPECT_EQ(customer.data(FollowUpModel::DaysLateRole).toInt(), 0);
}

TEST(LogActivityDialog, enter_saves_from_a_line_and_ctrl_enter_from_the_notes)
{
    GuiFixture f;
    f.clock.set(kNow);
    const qint64 id = f.addIndividual(QStringLiteral("علی"), QStringLiteral("محمدی"));
    {
        LogActivityDialog dialog(*f.workspace, id);
        dialog.show();
        EXPECT_EQ(child<CustomerPicker>(dialog, "customerPicker")->customerId(), id);
        dialog.setType(ActivityType::Meeting);
        auto *outcome = child<QLineEdit>(dialog, "outcomeEdit");
        peyvand::testing::typeText(outcome, QStringLiteral("قرار دوم"));
        QTest::keyClick(outcome, Qt::Key_Return);
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        const auto saved = f.store->activities().get(dialog.activityId());
        ASSERT_TRUE(saved);
        EXPECT_EQ(saved->type, ActivityType::Meeting);
        EXPECT_FALSE(saved->followUpAt.isValid());
    }
    {
        LogActivityDialog dialog(*f.workspace, id);
        dialog.show();
        auto *notes = child<QPlainTextEdit>(dialog, "notesEdit");
        peyvand::testing::typeText(notes, QStringLiteral("خط اول"));
        QTest::keyClick(notes, Qt::Key_Return); // a new line, not a save
        EXPECT_EQ(dialog.activityId(), 0);
        peyvand::testing::typeText(notes, QStringLiteral("خط دوم"));
        QTest::keyClick(notes, Qt::Key_Return, Qt::ControlModifier);
        ASSERT_NE(dialog.activityId(), 0);
        EXPECT_EQ(f.store->activities().get(dialog.activityId())->notes, QStringLiteral("خط اول\nخط دوم"));
    }
}

TEST(LogActivityDialog, refuses_a_follow_up_before_the_activity_and_saves_nothing)
{
    GuiFixture f;
    f.clock.set(kNow);
    f.addLegal(QStringLiteral("پخش البرز"));
    LogActivityDialog dialog(*f.workspace);
    auto *save = child<QPushButton>(dialog, "saveButton");

    // No customer yet.
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_FALSE(child<QLabel>(dialog, "customerError")->isHidden());
    EXPECT_EQ(activityRows(f), 0);

    pickCustomer(dialog, QStringLiteral("البرز"));
    EXPECT_TRUE(child<QLabel>(dialog, "customerError")->isHidden());
    child<QCheckBox>(dialog, "followUpCheck")->setChecked(true);
    typeDate(child<JalaliDateEdit>(dialog, "followUpDateEdit"), QStringLiteral("۱۴۰۳/۰۹/۰۲")); // yesterday
    QTest::mouseClick(save, Qt::LeftButton);
    auto *followUpError = child<QLabel>(dialog, "followUpError");
    EXPECT_FALSE(followUpError->isHidden());
    EXPECT_EQ(followUpError->text(),
              QStringLiteral("زمان پیگیری نمی‌تواند پیش از خود تعامل باشد"));
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(dialog.activityId(), 0);
    EXPECT_EQ(activityRows(f), 0);

    // A day that does not exist, in the activity's own date.
    typeDate(child<JalaliDateEdit>(dialog, "dateEdit"), QStringLiteral("۱۴۰۲/۱۲/۳۰"));
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_FALSE(child<QLabel>(dialog, "dateError")->isHidden());
    EXPECT_EQ(activityRows(f), 0);

    // Fixed: saved once.
    typeDate(child<JalaliDateEdit>(dialog, "dateEdit"), QStringLiteral("1403/09/01"));
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(activityRows(f), 1);
}

TEST(LogActivityDialog, offers_the_picked_customers_open_deals_and_contacts)
{
    GuiFixture f;
    f.clock.set(kNow);
    const qint64 company = f.addLegal(QStringLiteral("صنایع غذایی مهرگان"));
    const qint64 person = f.addIndividual(QStringLiteral("نگار"), QStringLiteral("احمدی"));
    const qint64 line = addDeal(f, company, QStringLiteral("خط بسته‌بندی"), 850'000'000);
    const qint64 service = addDeal(f, company, QStringLiteral("قرارداد خدمات"), 120'000'000);
    const qint64 won = addDeal(f, company, QStringLiteral("سفارش قبلی"), 10'000'000);
    const auto pipeline = f.store->pipelines().defaultFor(CustomerKind::Legal);
    f.workspace->deals().moveToStage(won, pipeline->firstWithOutcome(StageOutcome::Won)->id, f.rep.id);
    addDeal(f, person, QStringLiteral("خرید شخصی"), 5'000'000);
    const qint64 buyer
        = addContact(f, company, QStringLiteral("رضا"), QStringLiteral("توکلی"), QStringLiteral("مدیر خرید"));
    addContact(f, company, QStringLiteral("الهام"), QStringLiteral("صادقی"), QStringLiteral("مدیرعامل"));

    LogActivityDialog dialog(*f.workspace);
    auto *deals = child<QComboBox>(dialog, "dealCombo");
    auto *contacts = child<QComboBox>(dialog, "contactCombo");
    EXPECT_EQ(deals->count(), 1); // "no deal" only, until a customer is picked
    EXPECT_FALSE(deals->isEnabled());

    pickCustomer(dialog, QStringLiteral("مهرگان"));
    ASSERT_EQ(deals->count(), 3); // none + the two open deals
    QList<qint64> dealIds;
    for (int i = 0; i < deals->count(); ++i)
        dealIds << deals->itemData(i).toLongLong();
    EXPECT_TRUE(dealIds.contains(0));
    EXPECT_TRUE(dealIds.contains(line));
    EXPECT_TRUE(dealIds.contains(service));
    EXPECT_FALSE(dealIds.contains(won));
    EXPECT_TRUE(deals->itemText(deals->findData(line)).contains(QStringLiteral("خط بسته‌بندی")));
    ASSERT_EQ(contacts->count(), 3);
    EXPECT_TRUE(contacts->isEnabled());
    EXPECT_TRUE(contacts->itemText(contacts->findData(buyer)).contains(QStringLiteral("رضا توکلی")));

    deals->setCurrentIndex(deals->findData(service));
    contacts->setCurrentIndex(contacts->findData(buyer));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    const auto saved = f.store->activities().get(dialog.activityId());
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->dealId.value_or(0), service);
    EXPECT_EQ(saved->contactId.value_or(0), buyer);

    // An individual: their own deal, no contact persons.
    LogActivityDialog other(*f.workspace, person);
    auto *otherDeals = child<QComboBox>(other, "dealCombo");
    auto *otherContacts = child<QComboBox>(other, "contactCombo");
    EXPECT_EQ(otherDeals->count(), 2);
    EXPECT_EQ(otherContacts->count(), 1);
    EXPECT_FALSE(otherContacts->isEnabled());
}

TEST(LogActivityDialog, enter_in_the_customer_field_takes_the_only_match_instead_of_saving)
{
    GuiFixture f;
    f.clock.set(kNow);
    const qint64 id = f.addLegal(QStringLiteral("کاشی نیلوفر"));
    f.addLegal(QStringLiteral("پخش البرز"));
    LogActivityDialog dialog(*f.workspace);
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto *picker = child<CustomerPicker>(dialog, "customerPicker");
    ASSERT_TRUE(picker->lineEdit()->hasFocus());
    // Ctrl+digit picks the type from anywhere in the dialog.
    QTest::keyClick(picker->lineEdit(), Qt::Key_4, Qt::ControlModifier);
    EXPECT_EQ(child<QComboBox>(dialog, "typeCombo")->currentData().toInt(), int(ActivityType::Sms));
    peyvand::testing::typeText(picker->lineEdit(), QStringLiteral("نیلوفر"));
    picker->searchNow();
    ASSERT_EQ(picker->matches().size(), 1);
    // Enter in the picker (its popup closed) picks the only match, saves nothing.
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->hide();
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
    EXPECT_EQ(picker->customerId(), id);
    EXPECT_EQ(dialog.activityId(), 0);
    EXPECT_EQ(activityRows(f), 0);
    // The next Enter saves.
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Return);
    EXPECT_EQ(activityRows(f), 1);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(f.store->activities().get(dialog.activityId())->type, ActivityType::Sms);
}
