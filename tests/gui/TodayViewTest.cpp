// The Today view (follow-ups due and overdue, recent activity) and the
// desktop reminders.
#include "TodayView.h"

#include "FollowUpModel.h"
#include "GuiFixture.h"
#include "JalaliDateEdit.h"
#include "LogActivityDialog.h"
#include "ReminderNotifier.h"
#include "RescheduleDialog.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>

using namespace peyvand;
using peyvand::testing::GuiFixture;

namespace {

const QDate kToday(2024, 11, 23); // 1403/09/03
const QDateTime kNow(kToday, QTime(10, 0)); // local time

qint64 logWithFollowUp(GuiFixture &f, qint64 customerId, const QDateTime &at, const QDateTime &followUp,
                       const QString &outcome, qint64 ownerId = 0, ActivityType type = ActivityType::Call)
{
    Activity a;
    a.type = type;
    a.direction = Direction::Outbound;
    a.customerId = customerId;
    a.at = at;
    a.followUpAt = followUp;
    a.outcome = outcome;
    a.ownerId = ownerId ? ownerId : f.rep.id;
    return f.workspace->activities().log(a);
}

int rowOf(TodayView &view, qint64 activityId)
{
    for (int i = 0; i < view.followUpCount(); ++i)
        if (view.followUpModel()->row(i).activity.id == activityId)
            return i;
    return -1;
}

template<typename W> W *child(QWidget &parent, const char *name)
{
    W *w = parent.findChild<W *>(QLatin1String(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

struct TodayData
{
    qint64 dueToday = 0, overdue = 0, tomorrow = 0, done = 0, colleagues = 0;
    qint64 company = 0, person = 0;
};

TodayData seed(GuiFixture &f)
{
    TodayData d;
    d.company = f.addLegal(QStringLiteral("بازرگانی آریا"));
    d.person = f.addIndividual(QStringLiteral("حسین"), QStringLiteral("نوری"));
    d.dueToday = logWithFollowUp(f, d.company, kNow.addDays(-1), QDateTime(kToday, QTime(15, 0)),
                                 QStringLiteral("منتظر تأیید مدیرعامل"));
    d.overdue = logWithFollowUp(f, d.person, kNow.addDays(-3), QDateTime(kToday.addDays(-2), QTime(11, 0)),
                                QStringLiteral("قیمت را بالا دانست"));
    d.tomorrow = logWithFollowUp(f, d.company, kNow, QDateTime(kToday.addDays(1), QTime(9, 0)), QStringLiteral("فردا"));
    d.done = logWithFollowUp(f, d.company, kNow.addDays(-2), kNow.addDays(-1), QStringLiteral("انجام شده"));
    f.workspace->activities().completeFollowUp(d.done);
    User colleague;
    colleague.username = QStringLiteral("rep2");
    colleague.fullName = QStringLiteral("امیر حسینی");
    colleague.role = UserRole::SalesRep;
    f.store->transaction([&] { colleague.id = f.store->users().add(colleague); });
    d.colleagues = logWithFollowUp(f, d.company, kNow.addDays(-1), kNow, QStringLiteral("همکار"), colleague.id);
    return d;
}

} // namespace

TEST(TodayView, lists_todays_and_overdue_follow_ups_of_the_user_with_overdue_marked)
{
    GuiFixture f;
    f.clock.set(kNow);
    const TodayData d = seed(f);
    TodayView view(*f.workspace);
    QAbstractItemModelTester tester(view.followUpModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    ASSERT_EQ(view.followUpCount(), 2);
    EXPECT_EQ(view.overdueCount(), 1);
    // Oldest first: the overdue one on top, red, two days late.
    const FollowUpModel *model = view.followUpModel();
    EXPECT_EQ(model->row(0).activity.id, d.overdue);
    EXPECT_EQ(model->index(0, 0).data(FollowUpModel::DaysLateRole).toInt(), 2);
    EXPECT_EQ(model->index(0, FollowUpModel::StatusColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
              QColor(0xc6, 0x28, 0x28));
    EXPECT_TRUE(model->index(0, FollowUpModel::StatusColumn).data().toString().contains(QStringLiteral("۲")));
    EXPECT_EQ(model->index(0, FollowUpModel::CustomerColumn).data().toString(), QStringLiteral("حسین نوری"));
    EXPECT_TRUE(model->index(0, FollowUpModel::ActivityColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("قیمت را بالا دانست")));
    EXPECT_EQ(model->index(1, FollowUpModel::DueColumn).data().toString(),
              Display::dateTime(QDateTime(kToday, QTime(15, 0))));
    EXPECT_EQ(model->row(1).activity.id, d.dueToday);
    EXPECT_FALSE(model->index(1, 0).data(Qt::ForegroundRole).isValid());

    EXPECT_TRUE(child<QLabel>(view, "headerLabel")->text().contains(QStringLiteral("۳ آذر ۱۴۰۳")));
    EXPECT_TRUE(child<QLabel>(view, "countsLabel")->text().contains(QStringLiteral("۱")));
    // Recent activity: the user's four, not the colleague's.
    EXPECT_EQ(child<QListWidget>(view, "recentList")->count(), 4);
}

TEST(TodayView, done_and_reschedule_take_follow_ups_off_today)
{
    GuiFixture f;
    f.clock.set(kNow);
    const TodayData d = seed(f);
    TodayView view(*f.workspace);
    QAbstractItemModelTester tester(view.followUpModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(view.followUpCount(), 2);

    EXPECT_TRUE(view.markDone(rowOf(view, d.dueToday)));
    EXPECT_EQ(view.followUpCount(), 1);
    EXPECT_EQ(rowOf(view, d.dueToday), -1);
    EXPECT_TRUE(f.store->activities().get(d.dueToday)->followUpDone);

    EXPECT_TRUE(view.reschedule(rowOf(view, d.overdue), QDateTime(kToday.addDays(1), QTime(9, 30))));
    EXPECT_EQ(view.followUpCount(), 0);
    const auto moved = f.store->activities().get(d.overdue);
    EXPECT_EQ(moved->followUpAt, QDateTime(kToday.addDays(1), QTime(9, 30)));
    EXPECT_FALSE(moved->followUpDone);

    // Before the activity itself: refused, shown, nothing changes.
    f.clock.set(kNow.addDays(1));
    view.refresh();
    const int row = rowOf(view, d.tomorrow);
    ASSERT_GE(row, 0);
    EXPECT_FALSE(view.reschedule(row, kNow.addDays(-5)));
    EXPECT_FALSE(child<QLabel>(view, "errorLabel")->isHidden());
    EXPECT_EQ(f.store->activities().get(d.tomorrow)->followUpAt, QDateTime(kToday.addDays(1), QTime(9, 0)));
}

TEST(TodayView, buttons_act_on_the_selected_row_and_rows_open_the_customer)
{
    GuiFixture f;
    f.clock.set(kNow);
    const TodayData d = seed(f);
    TodayView view(*f.workspace);
    view.resize(900, 600);
    view.show();
    auto *table = child<QTableView>(view, "followUpTable");
    auto *done = child<QPushButton>(view, "doneButton");
    EXPECT_FALSE(done->isEnabled());

    view.selectRow(rowOf(view, d.overdue));
    ASSERT_TRUE(done->isEnabled());
    auto *tomorrow = view.findChild<QAction *>(QStringLiteral("rescheduleTomorrow"));
    ASSERT_NE(tomorrow, nullptr);
    tomorrow->trigger(); // same time of day, tomorrow
    EXPECT_EQ(f.store->activities().get(d.overdue)->followUpAt, QDateTime(kToday.addDays(1), QTime(11, 0)));
    ASSERT_EQ(view.followUpCount(), 1);

    view.selectRow(0);
    QTest::mouseClick(done, Qt::LeftButton);
    EXPECT_EQ(view.followUpCount(), 0);
    EXPECT_TRUE(f.store->activities().get(d.dueToday)->followUpDone);

    QSignalSpy log(&view, &TodayView::logActivityRequested);
    QTest::mouseClick(child<QPushButton>(view, "logActivityButton"), Qt::LeftButton);
    EXPECT_EQ(log.size(), 1);

    // Next day: tomorrow's follow-ups are today's.
    f.clock.set(kNow.addDays(1));
    view.refresh();
    ASSERT_EQ(view.followUpCount(), 2);
    QSignalSpy open(&view, &TodayView::openCustomer);
    const QRect cell = table->visualRect(table->model()->index(0, FollowUpModel::CustomerColumn));
    // A real double click: press and release, then the double-click press and release.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.first().at(0).toLongLong(), view.followUpModel()->row(0).activity.customerId);
}

TEST(TodayView, the_minute_timer_notices_the_day_change)
{
    GuiFixture f;
    f.clock.set(kNow);
    seed(f);
    TodayView view(*f.workspace);
    ASSERT_EQ(view.followUpCount(), 2);
    f.clock.set(kNow.addDays(1));
    view.setRefreshInterval(5);
    for (int i = 0; i < 1000 && view.followUpCount() != 3; ++i)
        QTest::qWait(10);
    EXPECT_EQ(view.followUpCount(), 3);
    EXPECT_EQ(view.overdueCount(), 2);
    EXPECT_TRUE(child<QLabel>(view, "headerLabel")->text().contains(QStringLiteral("۴ آذر ۱۴۰۳")));
}

TEST(RescheduleDialog, takes_a_jalali_date_and_time_and_refuses_a_bad_date)
{
    GuiFixture f;
    RescheduleDialog dialog(QDateTime(kToday, QTime(15, 0)));
    auto *date = child<JalaliDateEdit>(dialog, "rescheduleDateEdit");
    date->lineEdit()->clear();
    peyvand::testing::typeText(date->lineEdit(), QStringLiteral("۱۴۰۲/۱۲/۳۰"));
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(child<QLabel>(dialog, "rescheduleError")->isHidden());
    date->lineEdit()->clear();
    peyvand::testing::typeText(date->lineEdit(), QStringLiteral("۱۴۰۳/۰۹/۱۰"));
    child<QTimeEdit>(dialog, "rescheduleTimeEdit")->setTime(QTime(8, 45));
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.when(), QDateTime(QDate(2024, 11, 30), QTime(8, 45)));
}

TEST(ReminderNotifier, announces_each_follow_up_once_when_it_falls_due)
{
    GuiFixture f;
    f.clock.set(kNow);
    const TodayData d = seed(f); // already overdue ones are never announced
    const qint64 soon = logWithFollowUp(f, d.person, kNow, kNow.addSecs(30 * 60), QStringLiteral("ارسال کاتالوگ"));
    ReminderNotifier notifier(*f.workspace);
    notifier.setInterval(3600 * 1000); // only checkNow below
    QSignalSpy due(&notifier, &ReminderNotifier::reminderDue);
    QSignalSpy status(&notifier, &ReminderNotifier::statusMessage);

    notifier.checkNow();
    EXPECT_EQ(due.size(), 0);

    f.clock.set(kNow.addSecs(31 * 60));
    notifier.checkNow();
    ASSERT_EQ(due.size(), 1);
    EXPECT_EQ(due.first().at(0).toLongLong(), soon);
    EXPECT_TRUE(due.first().at(1).toString().contains(QStringLiteral("حسین نوری")));
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        EXPECT_EQ(status.size(), 1);
    }

    notifier.checkNow();
    f.clock.set(kNow.addSecs(45 * 60));
    notifier.checkNow();
    EXPECT_EQ(due.size(), 1);

    // Moved to later, it is due again then.
    f.workspace->activities().rescheduleFollowUp(soon, kNow.addSecs(60 * 60));
    f.clock.set(kNow.addSecs(61 * 60));
    notifier.checkNow();
    notifier.checkNow();
    EXPECT_EQ(due.size(), 2);
}
