// Renders every page of the import wizard with a realistic Persian file to
// PNG files for a visual check. Disabled by default; run with
// PEYVAND_QM=build/src/peyvand_fa.qm --gtest_also_run_disabled_tests --gtest_filter=ImportWizardScreenshot* alone (it
// installs the Persian translators; files go to /tmp/shots).
#include "GuiFixture.h"
#include "ImportWizard.h"
#include "LanguageSetup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QRadioButton>
#include <QTest>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace peyvand;
using peyvand::testing::GuiFixture;

TEST(ImportWizardScreenshot, DISABLED_every_page_in_persian)
{
    GuiFixture f;
    LanguageSetup::apply(UiSettings::Language::Persian);
    LanguageSetup::applyPersianFont();
    // The Persian texts are built into the app, not this binary: give the
    // compiled catalogue, e.g. PEYVAND_QM=build/src/peyvand_fa.qm.
    QTranslator catalogue;
    if (!qEnvironmentVariableIsEmpty("PEYVAND_QM") && catalogue.load(qEnvironmentVariable("PEYVAND_QM")))
        QCoreApplication::installTranslator(&catalogue);
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    const QStringList first { QStringLiteral("مریم"), QStringLiteral("رضا"),   QStringLiteral("زهرا"),
                              QStringLiteral("امیر"), QStringLiteral("فاطمه"), QStringLiteral("حسین") };
    const QStringList last { QStringLiteral("کریمی"), QStringLiteral("حسینی"), QStringLiteral("موسوی"),
                             QStringLiteral("رستمی"), QStringLiteral("نوری"),  QStringLiteral("جعفری") };
    const QStringList cities { QStringLiteral("تهران"), QStringLiteral("اصفهان"), QStringLiteral("شیراز"),
                               QStringLiteral("مشهد"),  QStringLiteral("تبریز"),  QStringLiteral("کرج") };
    QString csv = QStringLiteral("\uFEFFنام;نام خانوادگی;کد ملی;موبایل;تاریخ تولد;شهر;توضیحات\r\n");
    for (int i = 0; i < 18; ++i) {
        QString nc = peyvand::testing::validNationalCode(
            QStringLiteral("%1").arg(12345678 + i * 7919, 9, 10, QLatin1Char('0')));
        if (i == 4)
            nc[9] = QChar(u'0' + (nc[9].digitValue() + 1) % 10);
        QString birth = QStringLiteral("13%1/0%2/1%3").arg(60 + i).arg(1 + i % 9).arg(i % 9);
        if (i == 9)
            birth = QStringLiteral("1370/13/40");
        csv += QStringList { first[i % 6],
                             last[(i + 2) % 6],
                             nc,
                             QStringLiteral("0912%1").arg(3000000 + i * 13),
                             birth,
                             cities[i % 6],
                             i % 3 ? QString() : QStringLiteral("مشتری نمایشگاه") }
                   .join(u';')
            + QStringLiteral("\r\n");
    }
    const QString path = f.dir.filePath(QStringLiteral("مشتریان.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(csv.toUtf8());
    file.close();

    ImportWizard wizard(*f.workspace, ImportKind::Individual);
    wizard.show();
    const auto shot = [&](const char *name) {
        QTest::qWait(50);
        EXPECT_TRUE(wizard.grab().save(QStringLiteral("/tmp/shots/import-%1.png").arg(QLatin1String(name))));
    };
    wizard.setFilePath(path);
    shot("1-file");
    wizard.next();
    shot("2-format");
    wizard.next();
    shot("3-mapping");
    wizard.next();
    wizard.findChild<QRadioButton *>("skipInvalidRadio")->setChecked(true);
    shot("4-options");
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentId() == ImportWizard::ResultPage, 30000);
    shot("6-result");
}
