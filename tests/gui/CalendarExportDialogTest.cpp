// "Export calendar (iCalendar)…": this Jalali month by default, the range
// changeable, follow-ups as events or tasks; the file, written off the UI
// thread, is read back by Debian's python3-icalendar with the expected
// entries; wrong ranges are explained and write nothing.
#include "CalendarExportDialog.h"

#include "../integration/ThirdPartyParsers.h"
#include "GuiFixture.h"
#include "JalaliDate.h"
#include "JalaliDateEdit.h"
#include "MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace peyvand;
using nlohmann::json;
using peyvand::testing::GuiFixture;

namespace {

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

struct CalendarFixture : GuiFixture
{
    qint64 customer = addIndividual(QStringLiteral("علی"), QStringLiteral("رضایی"));

    qint64 log(ActivityType type, const QDateTime &at, const QDateTime &followUp = {})
    {
        Activity a;
        a.type = type;
        a.customerId = customer;
        a.at = at;
        a.durationSeconds = type == ActivityType::Meeting ? 5400 : 0;
        a.followUpAt = followUp;
        a.ownerId = rep.id;
        return workspace->activities().log(a);
    }

    // The fixture's today is 1403/09/03; آذر ۱۴۰۳ runs from 2024-11-21 to 2024-12-20.
    void addWeek()
    {
        log(ActivityType::Meeting, utc(2024, 11, 22, 7));
        log(ActivityType::Meeting, utc(2024, 12, 10, 9, 30));
        log(ActivityType::Meeting, utc(2024, 12, 25, 7)); // دی
        log(ActivityType::Call, utc(2024, 11, 20, 10), utc(2024, 11, 30, 6, 30)); // its follow-up in آذر
        log(ActivityType::Call, utc(2024, 11, 22, 10)); // no follow-up: not in a calendar
    }

    json exportWith(CalendarExportDialog &dialog, const QString &name)
    {
        const QString path = dir.filePath(name);
        QSignalSpy finished(&dialog, &CalendarExportDialog::exportFinished);
        EXPECT_TRUE(dialog.exportTo(path));
        EXPECT_TRUE(dialog.isExporting() || finished.size() == 1);
        EXPECT_TRUE(finished.wait(60000) || finished.size() == 1);
        EXPECT_TRUE(finished[0][0].toBool()) << finished[0][3].toString().toStdString();
        return peyvand::test::readCalendar(path);
    }
};

} // namespace

TEST(CalendarExportDialog, exports_this_jalali_month_for_icalendar_readers)
{
    CalendarFixture f;
    f.addWeek();
    CalendarExportDialog dialog(*f.workspace);
    dialog.show();
    EXPECT_EQ(dialog.fromEdit()->date(), JalaliDate::fromJalali(1403, 9, 1));
    EXPECT_EQ(dialog.toEdit()->date(), JalaliDate::fromJalali(1403, 9, 30));
    EXPECT_EQ(dialog.fromEdit()->lineEdit()->text(), QStringLiteral("۱۴۰۳/۰۹/۰۱"));
    EXPECT_FALSE(dialog.findChild<QCheckBox *>("followUpsAsTasksCheck")->isChecked());

    QSignalSpy finished(&dialog, &CalendarExportDialog::exportFinished);
    const json cal = f.exportWith(dialog, QStringLiteral("azar.ics"));
    ASSERT_TRUE(cal.is_object());
    EXPECT_EQ(cal["version"], "2.0");
    EXPECT_TRUE(cal["crlf"].get<bool>());
    ASSERT_EQ(cal["events"].size(), 3u) << cal.dump(); // two meetings and a follow-up
    EXPECT_TRUE(cal["todos"].empty());
    EXPECT_EQ(cal["events"][0]["start"], "2024-11-22T07:00:00+00:00");
    EXPECT_EQ(cal["events"][0]["end"], "2024-11-22T08:30:00+00:00");
    EXPECT_EQ(cal["events"][0]["summary"], "جلسه: علی رضایی (۲ آذر ۱۴۰۳)");
    EXPECT_EQ(cal["events"][2]["start"], "2024-11-30T06:30:00+00:00");
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished[0][1].toLongLong(), 2);
    EXPECT_EQ(finished[0][2].toLongLong(), 1);
    const QString message = dialog.findChild<QLabel *>("calendarMessageLabel")->text();
    EXPECT_TRUE(message.contains(Display::number(2))) << message.toStdString();
}

TEST(CalendarExportDialog, follow_ups_as_tasks_and_another_range)
{
    CalendarFixture f;
    f.addWeek();
    CalendarExportDialog dialog(*f.workspace);
    dialog.show();
    dialog.findChild<QCheckBox *>("followUpsAsTasksCheck")->setChecked(true);
    const json tasks = f.exportWith(dialog, QStringLiteral("tasks.ics"));
    EXPECT_EQ(tasks["events"].size(), 2u) << tasks.dump();
    ASSERT_EQ(tasks["todos"].size(), 1u) << tasks.dump();
    EXPECT_EQ(tasks["todos"][0]["due"], "2024-11-30T06:30:00+00:00");

    // دی ۱۴۰۳, typed as a person would, in Persian digits.
    for (JalaliDateEdit *edit : { dialog.fromEdit(), dialog.toEdit() }) {
        edit->lineEdit()->selectAll();
        edit->lineEdit()->clear();
    }
    peyvand::testing::typeText(dialog.fromEdit()->lineEdit(), QStringLiteral("۱۴۰۳/۱۰/۰۱"));
    peyvand::testing::typeText(dialog.toEdit()->lineEdit(), QStringLiteral("1403/10/30"));
    const json dey = f.exportWith(dialog, QStringLiteral("dey.ics"));
    ASSERT_EQ(dey["events"].size(), 1u) << dey.dump();
    EXPECT_EQ(dey["events"][0]["start"], "2024-12-25T07:00:00+00:00");
}

TEST(CalendarExportDialog, a_wrong_range_is_explained_and_writes_nothing)
{
    CalendarFixture f;
    CalendarExportDialog dialog(*f.workspace);
    dialog.show();
    const QString path = f.dir.filePath(QStringLiteral("none.ics"));
    dialog.fromEdit()->setDate(JalaliDate::fromJalali(1403, 9, 10));
    dialog.toEdit()->setDate(JalaliDate::fromJalali(1403, 9, 5));
    EXPECT_FALSE(dialog.exportTo(path));
    auto *message = dialog.findChild<QLabel *>("calendarMessageLabel");
    EXPECT_FALSE(message->text().isEmpty());
    dialog.toEdit()->lineEdit()->setText(QStringLiteral("1403/13/40"));
    EXPECT_FALSE(dialog.exportTo(path));
    EXPECT_FALSE(message->text().isEmpty());
    EXPECT_FALSE(dialog.isExporting());
    QTest::qWait(50);
    EXPECT_FALSE(QFile::exists(path));
}

TEST(CalendarExportDialog, an_empty_month_is_still_a_calendar)
{
    CalendarFixture f;
    CalendarExportDialog dialog(*f.workspace);
    dialog.show();
    const json cal = f.exportWith(dialog, QStringLiteral("empty.ics"));
    ASSERT_TRUE(cal.is_object());
    EXPECT_TRUE(cal["events"].empty());
}

TEST(CalendarExportDialog, opens_from_the_file_menu)
{
    CalendarFixture f;
    const auto manager = f.sessionAs(UserRole::Manager); // exports are a manager's
    MainWindow window(*manager.workspace, nullptr, QStringLiteral("today"));
    window.show();
    auto *action = window.findChild<QAction *>("exportCalendarAction");
    ASSERT_TRUE(action);
    action->trigger();
    const auto dialogs = window.findChildren<CalendarExportDialog *>();
    ASSERT_EQ(dialogs.size(), 1);
    EXPECT_TRUE(dialogs[0]->isVisible());
    dialogs[0]->close();
}
