// Screenshots of the log-activity dialog and the Today view with realistic
// Persian data, for looking at them. Runs only when PEYVAND_SHOTS_DIR names a
// directory to write the PNG files to.
#include "CustomerPicker.h"
#include "GuiFixture.h"
#include "JalaliDateEdit.h"
#include "LogActivityDialog.h"
#include "TodayView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>

using namespace peyvand;
using peyvand::testing::GuiFixture;

namespace {

const QDate kToday(2024, 11, 23);
const QDateTime kNow(kToday, QTime(10, 0));

void log(GuiFixture &f, qint64 customer, ActivityType type, Direction direction, const QDateTime &at,
         const QString &outcome, const QDateTime &followUp = {})
{
    Activity a;
    a.type = type;
    a.direction = direction;
    a.customerId = customer;
    a.at = at;
    a.outcome = outcome;
    a.followUpAt = followUp;
    a.ownerId = f.rep.id;
    f.workspace->activities().log(a);
}

} // namespace

TEST(TodayScreenshots, dialog_and_today_view)
{
    const QString dir = qEnvironmentVariable("PEYVAND_SHOTS_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set PEYVAND_SHOTS_DIR to write screenshots";
    QDir().mkpath(dir);
    const QFont oldFont = QApplication::font();
    QApplication::setFont(QFont(QStringLiteral("Noto Sans Arabic"), 10));

    GuiFixture f;
    f.clock.set(kNow.addSecs(45 * 60));
    const qint64 sepahan = f.addLegal(QStringLiteral("شرکت فولاد سپاهان"), {}, QStringLiteral("03136251400"));
    const qint64 mehregan = f.addLegal(QStringLiteral("صنایع غذایی مهرگان"));
    const qint64 karimi
        = f.addIndividual(QStringLiteral("مریم"), QStringLiteral("کریمی"), {}, QStringLiteral("09121234567"));
    const qint64 nouri = f.addIndividual(QStringLiteral("حسین"), QStringLiteral("نوری"));
    const qint64 alborz = f.addLegal(QStringLiteral("پخش البرز"));
    Deal deal;
    deal.customerId = sepahan;
    deal.title = QStringLiteral("خط نورد سرد");
    deal.amount = 8'500'000'000;
    f.workspace->deals().create(deal, f.rep.id);
    ContactPerson buyer;
    buyer.customerId = sepahan;
    buyer.firstName = QStringLiteral("رضا");
    buyer.lastName = QStringLiteral("توکلی");
    buyer.jobTitle = QStringLiteral("مدیر خرید");
    f.workspace->contacts().add(buyer);

    log(f, nouri, ActivityType::Call, Direction::Outbound, kNow.addDays(-6), QStringLiteral("قیمت را بالا دانست"),
        QDateTime(kToday.addDays(-3), QTime(11, 0)));
    log(f, mehregan, ActivityType::Meeting, Direction::None, kNow.addDays(-4), QStringLiteral("نمونه محصول خواستند"),
        QDateTime(kToday.addDays(-1), QTime(9, 30)));
    log(f, sepahan, ActivityType::Email, Direction::Outbound, kNow.addDays(-1),
        QStringLiteral("پیش‌فاکتور ارسال شد"), QDateTime(kToday, QTime(11, 0)));
    log(f, karimi, ActivityType::Sms, Direction::Inbound, kNow.addSecs(-3600), QStringLiteral("درخواست تماس"),
        QDateTime(kToday, QTime(16, 30)));
    log(f, alborz, ActivityType::Task, Direction::None, kNow.addDays(-2), QStringLiteral("تمدید قرارداد"),
        QDateTime(kToday.addDays(2), QTime(10, 0)));
    log(f, sepahan, ActivityType::Note, Direction::None, kNow.addSecs(-1800), QStringLiteral("مدیرعامل در سفر است"));

    TodayView today(*f.workspace);
    today.resize(960, 620);
    today.show();
    today.selectRow(0);
    QApplication::processEvents();
    EXPECT_TRUE(today.grab().save(dir + QStringLiteral("/today_view.png")));

    LogActivityDialog dialog(*f.workspace);
    dialog.show();
    auto *picker = dialog.findChild<CustomerPicker *>(QStringLiteral("customerPicker"));
    peyvand::testing::typeText(picker->lineEdit(), QStringLiteral("سپاهان"));
    picker->searchNow();
    picker->pickMatch(0);
    dialog.setType(ActivityType::Call);
    auto *direction = dialog.findChild<QComboBox *>(QStringLiteral("directionCombo"));
    direction->setCurrentIndex(direction->findData(int(Direction::Outbound)));
    dialog.findChild<QSpinBox *>(QStringLiteral("durationSpin"))->setValue(15);
    peyvand::testing::typeText(dialog.findChild<QLineEdit *>(QStringLiteral("outcomeEdit")),
                               QStringLiteral("برای جلسه‌ی فنی وقت گرفتیم"));
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"))
        ->setPlainText(QStringLiteral(
            "آقای توکلی گفت نمونه‌ی ورق را تا هفته‌ی بعد می‌خواهند."));
    auto *deals = dialog.findChild<QComboBox *>(QStringLiteral("dealCombo"));
    deals->setCurrentIndex(1);
    auto *contacts = dialog.findChild<QComboBox *>(QStringLiteral("contactCombo"));
    contacts->setCurrentIndex(1);
    dialog.findChild<QCheckBox *>(QStringLiteral("followUpCheck"))->setChecked(true);
    QApplication::processEvents();
    EXPECT_TRUE(dialog.grab().save(dir + QStringLiteral("/log_activity.png")));

    auto *followDate = dialog.findChild<JalaliDateEdit *>(QStringLiteral("followUpDateEdit"));
    followDate->lineEdit()->clear();
    peyvand::testing::typeText(followDate->lineEdit(), QStringLiteral("۱۴۰۳/۰۹/۰۲"));
    dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    QApplication::processEvents();
    EXPECT_TRUE(dialog.grab().save(dir + QStringLiteral("/log_activity_error.png")));

    QApplication::setFont(oldFont);
}
