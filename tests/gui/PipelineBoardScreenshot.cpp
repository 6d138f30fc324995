// Renders both pipeline boards and the new-deal dialog with realistic Persian
// data to PNG files for a visual check. Disabled by default; run with
// --gtest_also_run_disabled_tests --gtest_filter='*Screenshot*' (files go to /tmp/shots).
#include "CustomerPicker.h"
#include "DealDialog.h"
#include "GuiFixture.h"
#include "PipelineBoard.h"

#include <QDir>
#include <QFontDatabase>
#include <QLineEdit>
#include <QListWidget>

using namespace peyvand;
using peyvand::testing::GuiFixture;

namespace {

void persianFont()
{
    const QStringList families = QFontDatabase::families();
    if (families.contains(QStringLiteral("Vazirmatn")))
        QApplication::setFont(QFont(QStringLiteral("Vazirmatn")));
    else
        QApplication::setFont(QFont(QStringLiteral("Noto Sans Arabic")));
}

} // namespace

TEST(PipelineBoardScreenshot, DISABLED_both_boards_with_persian_data)
{
    GuiFixture f;
    persianFont();
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    QList<qint64> reps { f.rep.id };
    for (const auto &[login, name] : { std::pair { "rep2", "علی محمدی" }, std::pair { "rep3", "نگار احمدی" } }) {
        User u;
        u.username = QString::fromUtf8(login);
        u.fullName = QString::fromUtf8(name);
        f.store->transaction([&] { u.id = f.store->users().add(u); });
        reps << u.id;
    }
    f.workspace->reloadUsers();

    const QStringList companies {
        QStringLiteral("شرکت فولاد سپاهان"),  QStringLiteral("صنایع غذایی آوا"),
        QStringLiteral("پتروشیمی خلیج پارس"), QStringLiteral("گروه صنعتی نوین‌تک"),
        QStringLiteral("داروسازی مهر آریا"),  QStringLiteral("کاشی و سرامیک البرز")
    };
    const QStringList b2bTitles { QStringLiteral("۴۰ پمپ صنعتی خط جدید"),
                                  QStringLiteral("قرارداد نگهداری سالانه"),
                                  QStringLiteral("تابلو برق کارخانه"),
                                  QStringLiteral("سامانه تهویه سالن تولید"),
                                  QStringLiteral("قطعات یدکی کمپرسور"),
                                  QStringLiteral("نصب و راه‌اندازی دیگ بخار"),
                                  QStringLiteral("ارتقای خط بسته‌بندی"),
                                  QStringLiteral("شیرآلات صنعتی"),
                                  QStringLiteral("مبدل حرارتی صفحه‌ای"),
                                  QStringLiteral("آموزش اپراتورها") };
    const QStringList people {
        QStringLiteral("مریم کریمی"), QStringLiteral("رضا حسینی"),  QStringLiteral("زهرا موسوی"),
        QStringLiteral("امیر رستمی"), QStringLiteral("فاطمه نوری"), QStringLiteral("حسین جعفری")
    };
    const QStringList b2cTitles { QStringLiteral("دستگاه تصفیه آب خانگی"), QStringLiteral("کولر گازی ۱۸۰۰۰"),
                                  QStringLiteral("آبگرمکن دیواری"),        QStringLiteral("پکیج شوفاژ"),
                                  QStringLiteral("یخچال ساید بای ساید"),   QStringLiteral("ماشین ظرفشویی") };
    QList<qint64> companyIds, personIds;
    for (const QString &c : companies)
        companyIds << f.addLegal(c);
    for (const QString &p : people)
        personIds << f.addIndividual(p.section(QLatin1Char(' '), 0, 0), p.section(QLatin1Char(' '), 1));

    auto seed = [&](CustomerKind kind, const QList<qint64> &customers, const QStringList &titles, qint64 base) {
        const Pipeline p = *f.store->pipelines().defaultFor(kind);
        int n = 0;
        for (const Stage &s : p.stages) {
            if (s.outcome != StageOutcome::Open)
                continue;
            const int count = 2 + (s.position * 7) % 4;
            for (int i = 0; i < count; ++i, ++n) {
                Deal d;
                d.customerId = customers[n % customers.size()];
                d.stageId = s.id;
                d.title = titles[n % titles.size()];
                d.amount = base * (1 + (n * 37) % 23);
                d.expectedClose = QDate(2024, 12, 1).addDays((n * 13) % 90);
                d.ownerId = reps[n % reps.size()];
                f.workspace->deals().create(d, f.rep.id);
            }
        }
    };
    seed(CustomerKind::Legal, companyIds, b2bTitles, 125'000'000);
    seed(CustomerKind::Individual, personIds, b2cTitles, 8'500'000);

    PipelineBoard legal(*f.workspace, CustomerKind::Legal);
    legal.resize(1500, 820);
    legal.show();
    QApplication::processEvents();
    legal.findChild<QListWidget *>(QStringLiteral("stageList_%1").arg(legal.stageIds()[1]))->setCurrentRow(0);
    legal.grab().save(QStringLiteral("/tmp/shots/pipeline_b2b.png"));

    PipelineBoard individual(*f.workspace, CustomerKind::Individual);
    individual.resize(1100, 720);
    individual.show();
    QApplication::processEvents();
    individual.grab().save(QStringLiteral("/tmp/shots/pipeline_b2c.png"));

    ContactPerson c;
    c.customerId = companyIds[0];
    c.firstName = QStringLiteral("رضا");
    c.lastName = QStringLiteral("احمدی");
    c.jobTitle = QStringLiteral("مدیر خرید");
    c.role = BuyingRole::Buyer;
    f.workspace->contacts().add(c);
    c.firstName = QStringLiteral("نرگس");
    c.lastName = QStringLiteral("صادقی");
    c.jobTitle = QStringLiteral("مدیرعامل");
    c.role = BuyingRole::Decider;
    f.workspace->contacts().add(c);
    DealDialog dialog(*f.workspace, CustomerKind::Legal, companyIds[0]);
    dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("۴۰ پمپ صنعتی خط جدید"));
    dialog.findChild<QLineEdit *>(QStringLiteral("amountEdit"))->setText(QStringLiteral("۱۲۰۰۰۰۰۰۰۰"));
    dialog.show();
    QApplication::processEvents();
    dialog.grab().save(QStringLiteral("/tmp/shots/deal_dialog.png"));
}
