// Renders the vCard import dialog (choices, then a result with problems), a
// company's buying center with its vCard buttons and the calendar export
// dialog in Persian to PNG files for a visual check. Disabled by default; run
// with --gtest_also_run_disabled_tests --gtest_filter=VcardScreenshot* alone
// (it installs the Persian translators; files go to /tmp/shots).
#include "CalendarExportDialog.h"
#include "CustomerPage.h"
#include "GuiFixture.h"
#include "LanguageSetup.h"
#include "VcardImportDialog.h"

#include <QDir>
#include <QFile>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace peyvand;
using peyvand::testing::GuiFixture;

TEST(VcardScreenshot, DISABLED_dialogs_in_persian)
{
    GuiFixture f;
    LanguageSetup::apply(UiSettings::Language::Persian);
    LanguageSetup::applyPersianFont();
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    const qint64 company = f.addLegal(QStringLiteral("شرکت ارتباطات پارس"));
    const QString path = f.dir.filePath(QStringLiteral("مخاطبان.vcf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:حسن نوری\r\nN:نوری;حسن;;;\r\nTITLE:مدیر خرید\r\n"
               "TEL;TYPE=CELL:0919 888 7766\r\nEND:VCARD\r\n"
               "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:نگار شریفی\r\nN:شریفی;نگار;;;\r\nBDAY:1990-13-45\r\n"
               "TEL;TYPE=CELL:0912 555 0101\r\nEND:VCARD\r\n"
               "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:رضا امینی\r\nN:امینی;رضا;;;\r\nTEL;TYPE=CELL:12345\r\n"
               "END:VCARD\r\n");
    file.close();

    VcardImportDialog dialog(*f.workspace, company);
    dialog.show();
    dialog.setFilePath(path);
    QTest::qWait(50);
    EXPECT_TRUE(dialog.grab().save(QStringLiteral("/tmp/shots/vcard-import.png")));
    QSignalSpy finished(&dialog, &VcardImportDialog::importFinished);
    ASSERT_TRUE(dialog.startImport());
    ASSERT_TRUE(finished.wait(60000));
    QTest::qWait(50);
    EXPECT_TRUE(dialog.grab().save(QStringLiteral("/tmp/shots/vcard-import-result.png")));
    dialog.findChild<QRadioButton *>("skipInvalidRadio")->setChecked(true);
    ASSERT_TRUE(dialog.startImport());
    ASSERT_TRUE(finished.wait(60000));
    dialog.close();

    CustomerPage page(*f.workspace);
    page.resize(1000, 600);
    page.showCustomer(company);
    page.show();
    auto *tabs = page.findChild<QTabWidget *>("customerTabs");
    tabs->setCurrentIndex(1);
    QTest::qWait(50);
    EXPECT_TRUE(page.grab().save(QStringLiteral("/tmp/shots/vcard-buying-center.png")));

    CalendarExportDialog calendar(*f.workspace);
    calendar.show();
    QTest::qWait(50);
    EXPECT_TRUE(calendar.grab().save(QStringLiteral("/tmp/shots/calendar-export.png")));
}
