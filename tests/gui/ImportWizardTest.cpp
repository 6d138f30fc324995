// The import wizard end to end on real CSV files in a temporary directory:
// Persian headers recognised, the separator changed and the preview re-read,
// invalid rows blocking the import (nothing written) or skipped, duplicates
// skipped or updated, a cancel in the middle leaving the database as it was,
// and junk files explained on the first page.
#include "ImportWizard.h"

#include "CustomerListView.h"
#include "GuiFixture.h"
#include "ImportFormatPage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewModel.h"
#include "ImportProblemModel.h"
#include "ImportResultPage.h"
#include "ImportRunner.h"
#include "MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTest>
#include <gtest/gtest.h>

using namespace peyvand;
using peyvand::testing::GuiFixture;

namespace {

QString code(int n)
{
    return peyvand::testing::validNationalCode(QStringLiteral("%1").arg(100000000 + n * 7919, 9, 10, QLatin1Char('0')));
}

QString mobile(int n)
{
    return QStringLiteral("0912%1").arg(n, 7, 10, QLatin1Char('0'));
}

// Individuals with the usual Persian headers, `;`-separated as Persian Excel saves them.
QByteArray persianIndividuals(int count, int from = 0, const QString &separator = QStringLiteral(";"))
{
    QString csv = QStringLiteral("\uFEFFنام;نام خانوادگی;کد ملی;موبایل;شهر\r\n").replace(u';', separator);
    for (int i = from; i < from + count; ++i)
        csv += QStringList { QStringLiteral("علی%1").arg(i), QStringLiteral("رضایی%1").arg(i), code(i), mobile(i),
                             QStringLiteral("تهران") }
                   .join(separator)
            + QStringLiteral("\r\n");
    return csv.toUtf8();
}

struct WizardFixture : GuiFixture
{
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        return path;
    }

    qint64 customers() { return store->customers().count(CustomerQuery {}); }

    // A wizard on `path`, on the mapping page.
    std::unique_ptr<ImportWizard> atMapping(const QString &path, ImportKind kind = ImportKind::Individual)
    {
        auto wizard = std::make_unique<ImportWizard>(*workspace, kind);
        wizard->show();
        wizard->setFilePath(path);
        wizard->next();
        EXPECT_EQ(wizard->currentId(), ImportWizard::FormatPage);
        wizard->next();
        EXPECT_EQ(wizard->currentId(), ImportWizard::MappingPage);
        return wizard;
    }

    // From the mapping page: choose the options, import, wait for the result page.
    void run(ImportWizard &wizard, bool update = false, bool skipInvalid = false)
    {
        wizard.next();
        EXPECT_EQ(wizard.currentId(), ImportWizard::OptionsPage);
        wizard.findChild<QRadioButton *>(update ? "updateDuplicatesRadio" : "skipDuplicatesRadio")->setChecked(true);
        wizard.findChild<QRadioButton *>(skipInvalid ? "skipInvalidRadio" : "stopOnInvalidRadio")->setChecked(true);
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentId() == ImportWizard::ResultPage, 60000);
    }

    QString label(ImportWizard &wizard, const char *name)
    {
        auto *l = wizard.findChild<QLabel *>(name);
        return l ? l->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }
};

} // namespace

TEST(ImportWizard, recognises_persian_headers_and_imports_every_row)
{
    WizardFixture f;
    const QString path = f.write(QStringLiteral("people.csv"), persianIndividuals(5));
    QSignalSpy reset(f.workspace.get(), &Workspace::dataReset);
    auto wizard = f.atMapping(path);
    auto *page = qobject_cast<ImportMappingPage *>(wizard->page(ImportWizard::MappingPage));
    ASSERT_TRUE(page);
    EXPECT_EQ(page->comboFor(0)->currentData().toInt(), int(ImportField::FirstName));
    EXPECT_EQ(page->comboFor(1)->currentData().toInt(), int(ImportField::LastName));
    EXPECT_EQ(page->comboFor(2)->currentData().toInt(), int(ImportField::NationalCode));
    EXPECT_EQ(page->comboFor(3)->currentData().toInt(), int(ImportField::Mobile));
    EXPECT_EQ(page->comboFor(4)->currentData().toInt(), int(ImportField::City));
    QAbstractItemModelTester tester(page->previewModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(page->previewModel()->rowCount(), 5);
    EXPECT_EQ(page->previewModel()->problemCount(), 0);
    EXPECT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());

    f.run(*wizard);
    ASSERT_TRUE(wizard->result());
    EXPECT_EQ(wizard->result()->outcome, ImportResult::Outcome::Committed);
    EXPECT_EQ(f.label(*wizard, "importedCountLabel"), Display::number(5));
    EXPECT_EQ(f.customers(), 5);
    EXPECT_EQ(reset.size(), 1); // the lists reload
    const auto found = f.store->customers().findByNationalIdentifier(code(3));
    ASSERT_TRUE(found);
    const auto c = f.store->customers().get(*found);
    EXPECT_EQ(c->individual.firstName, QStringLiteral("علی3"));
    EXPECT_EQ(c->ownerId, f.rep.id);
}

TEST(ImportWizard, the_header_decides_the_kind_unless_the_person_chose_it)
{
    WizardFixture f;
    const QString path = f.write(QStringLiteral("people.csv"), persianIndividuals(3));
    // Opened from the legal list, but the file names individuals' fields.
    auto wizard = f.atMapping(path, ImportKind::Legal);
    EXPECT_EQ(wizard->kind(), ImportKind::Individual);
    auto *page = qobject_cast<ImportMappingPage *>(wizard->page(ImportWizard::MappingPage));
    ASSERT_TRUE(page);
    EXPECT_EQ(page->comboFor(2)->currentData().toInt(), int(ImportField::NationalCode));

    // A kind picked by hand stays, whatever the header.
    auto chosen = std::make_unique<ImportWizard>(*f.workspace, ImportKind::Individual);
    chosen->show();
    chosen->setFilePath(path);
    auto *kind = chosen->findChild<QComboBox *>(QStringLiteral("kindCombo"));
    ASSERT_TRUE(kind);
    const int legal = kind->findData(int(ImportKind::Legal));
    kind->setCurrentIndex(legal);
    emit kind->activated(legal);
    chosen->next();
    EXPECT_EQ(chosen->kind(), ImportKind::Legal);
}

TEST(ImportWizard, changing_the_separator_reads_the_preview_again)
{
    WizardFixture f;
    const QString path = f.write(QStringLiteral("people.csv"), persianIndividuals(3));
    ImportWizard wizard(*f.workspace, ImportKind::Individual);
    wizard.show();
    wizard.setFilePath(path);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::FormatPage);
    auto *separator = wizard.findChild<QComboBox *>("separatorCombo");
    auto *encoding = wizard.findChild<QComboBox *>("encodingCombo");
    auto *page = qobject_cast<ImportFormatPage *>(wizard.page(ImportWizard::FormatPage));
    EXPECT_EQ(separator->currentData().value<QChar>(), QChar(u';'));
    EXPECT_EQ(encoding->currentData().toInt(), int(TextEncoding::Utf8));
    EXPECT_TRUE(encoding->currentText().contains(QStringLiteral("BOM")));
    EXPECT_EQ(page->previewModel()->columnCount(), 5);

    separator->setCurrentIndex(separator->findData(QChar(u',')));
    EXPECT_EQ(wizard.preview().format.separator, QChar(u','));
    EXPECT_EQ(page->previewModel()->columnCount(), 1); // the whole line is one column now
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::MappingPage);
    // No column is recognised: the page says so and the import cannot start.
    EXPECT_FALSE(f.label(wizard, "mappingProblemLabel").isEmpty());
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.back();
    separator->setCurrentIndex(separator->findData(QChar(u';')));
    EXPECT_EQ(page->previewModel()->columnCount(), 5);
    wizard.next();
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
}

TEST(ImportWizard, shows_the_encoding_of_a_utf16_file)
{
    WizardFixture f;
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray bytes
        = utf16(QString::fromUtf8(persianIndividuals(2, 0, QStringLiteral("\t"))).remove(QChar(0xFEFF)));
    const QString path = f.write(QStringLiteral("unicode.txt"), bytes);
    ImportWizard wizard(*f.workspace, ImportKind::Individual);
    wizard.show();
    wizard.setFilePath(path);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::FormatPage);
    EXPECT_EQ(wizard.findChild<QComboBox *>("encodingCombo")->currentData().toInt(), int(TextEncoding::Utf16LE));
    EXPECT_EQ(wizard.findChild<QComboBox *>("separatorCombo")->currentData().value<QChar>(), QChar(u'\t'));
    wizard.next();
    f.run(wizard);
    EXPECT_EQ(f.customers(), 2);
    EXPECT_EQ(f.store->customers().get(*f.store->customers().findByNationalIdentifier(code(1)))->individual.firstName,
              QStringLiteral("علی1"));
}

TEST(ImportWizard, a_column_mapped_by_hand_fills_its_field)
{
    WizardFixture f;
    QByteArray csv = "col_a,col_b,col_c,col_d\r\n";
    csv += (QStringLiteral("مریم,کریمی,%1,%2\r\n").arg(code(1), mobile(1))).toUtf8();
    const QString path = f.write(QStringLiteral("odd.csv"), csv);
    auto wizard = f.atMapping(path);
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled()); // nothing recognised
    auto *page = qobject_cast<ImportMappingPage *>(wizard->page(ImportWizard::MappingPage));
    const auto choose = [&](int column, ImportField field) {
        QComboBox *combo = page->comboFor(column);
        combo->setCurrentIndex(combo->findData(int(field)));
    };
    choose(0, ImportField::FirstName);
    choose(1, ImportField::LastName);
    choose(2, ImportField::NationalCode);
    choose(3, ImportField::Mobile);
    EXPECT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());
    f.run(*wizard);
    EXPECT_EQ(wizard->result()->outcome, ImportResult::Outcome::Committed);
    EXPECT_TRUE(f.store->customers().findByNationalIdentifier(code(1)));
}

TEST(ImportWizard, an_invalid_row_is_marked_in_the_preview_and_blocks_the_import)
{
    WizardFixture f;
    QByteArray csv = persianIndividuals(3);
    const QString bad = code(9).left(9) + QChar(u'0' + (code(9).back().digitValue() + 1) % 10);
    csv += QStringLiteral("سارا;امینی;%1;%2;شیراز\r\n").arg(bad, mobile(9)).toUtf8();
    const QString path = f.write(QStringLiteral("bad.csv"), csv);
    auto wizard = f.atMapping(path);
    auto *page = qobject_cast<ImportMappingPage *>(wizard->page(ImportWizard::MappingPage));
    ImportPreviewModel *preview = page->previewModel();
    ASSERT_EQ(preview->rowCount(), 4);
    EXPECT_EQ(preview->problemCount(), 1);
    const QModelIndex cell = preview->index(3, 2);
    EXPECT_FALSE(preview->data(cell, ImportPreviewModel::ProblemRole).toString().isEmpty());
    EXPECT_TRUE(preview->data(cell, Qt::BackgroundRole).isValid());
    EXPECT_TRUE(preview->data(cell, Qt::ToolTipRole).toString().contains(QStringLiteral("کد ملی")));
    EXPECT_TRUE(preview->data(preview->index(2, 2), ImportPreviewModel::ProblemRole).toString().isEmpty());
    EXPECT_TRUE(f.label(*wizard, "previewProblemLabel").contains(Display::number(4)));

    f.run(*wizard); // stop on invalid rows (the default)
    EXPECT_EQ(wizard->result()->outcome, ImportResult::Outcome::Refused);
    EXPECT_EQ(f.customers(), 0);
    EXPECT_EQ(f.label(*wizard, "importedCountLabel"), Display::number(0));
    EXPECT_EQ(f.label(*wizard, "invalidCountLabel"), Display::number(1));
    auto *result = qobject_cast<ImportResultPage *>(wizard->page(ImportWizard::ResultPage));
    ImportProblemModel *problems = result->problemModel();
    QAbstractItemModelTester tester(problems, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(problems->rowCount(), 1);
    EXPECT_EQ(problems->data(problems->index(0, ImportProblemModel::RowColumn)).toString(), Display::number(4));
    EXPECT_EQ(problems->data(problems->index(0, ImportProblemModel::ColumnColumn)).toString(),
              QStringLiteral("کد ملی"));
    EXPECT_EQ(problems->data(problems->index(0, ImportProblemModel::ValueColumn)).toString(), bad);
    EXPECT_FALSE(problems->data(problems->index(0, ImportProblemModel::ReasonColumn)).toString().isEmpty());

    // Save problems as JSON: the --report format.
    const QString report = f.dir.filePath(QStringLiteral("problems.json"));
    ASSERT_TRUE(result->saveProblems(report));
    QFile file(report);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    ASSERT_EQ(array.size(), 1);
    EXPECT_EQ(array[0].toObject()[QStringLiteral("row")].toInt(), 4);
    EXPECT_EQ(array[0].toObject()[QStringLiteral("value")].toString(), bad);
}

TEST(ImportWizard, skip_invalid_imports_the_other_rows)
{
    WizardFixture f;
    QByteArray csv = persianIndividuals(3);
    csv += QStringLiteral("سارا;;;09;شیراز\r\n").toUtf8();
    const QString path = f.write(QStringLiteral("bad.csv"), csv);
    auto wizard = f.atMapping(path);
    f.run(*wizard, false, true);
    EXPECT_EQ(wizard->result()->outcome, ImportResult::Outcome::Committed);
    EXPECT_EQ(f.customers(), 3);
    EXPECT_EQ(f.label(*wizard, "importedCountLabel"), Display::number(3));
    EXPECT_EQ(f.label(*wizard, "invalidCountLabel"), Display::number(1));
}

TEST(ImportWizard, duplicates_are_skipped_or_update_the_customer)
{
    WizardFixture f;
    const qint64 known = f.addIndividual(QStringLiteral("قدیمی"), QStringLiteral("رضایی"), code(1), mobile(1));
    const QString path = f.write(QStringLiteral("people.csv"), persianIndividuals(3));
    {
        auto wizard = f.atMapping(path);
        f.run(*wizard); // skip
        EXPECT_EQ(f.label(*wizard, "importedCountLabel"), Display::number(2));
        EXPECT_EQ(f.label(*wizard, "skippedCountLabel"), Display::number(1));
        EXPECT_EQ(f.store->customers().get(known)->individual.firstName, QStringLiteral("قدیمی"));
    }
    {
        auto wizard = f.atMapping(path);
        f.run(*wizard, true); // update
        EXPECT_EQ(f.label(*wizard, "importedCountLabel"), Display::number(0));
        EXPECT_EQ(f.label(*wizard, "updatedCountLabel"), Display::number(3));
        EXPECT_EQ(f.store->customers().get(known)->individual.firstName, QStringLiteral("علی1"));
    }
    EXPECT_EQ(f.customers(), 3);
}

TEST(ImportWizard, cancel_in_the_middle_leaves_the_database_as_it_was)
{
    WizardFixture f;
    f.addIndividual(QStringLiteral("مینا"), QStringLiteral("صادقی"));
    const QString path = f.write(QStringLiteral("many.csv"), persianIndividuals(5000));
    auto wizard = f.atMapping(path);
    // The worker stops after its first chunk until the test has pressed Cancel,
    // so the cancel lands in the middle of the file, whatever the machine's speed.
    QSemaphore reached, resume;
    bool first = true;
    wizard->runner()->setChunkHook([&] {
        if (!first)
            return;
        first = false;
        reached.release();
        resume.acquire();
    });
    wizard->next();
    wizard->next(); // Import
    ASSERT_EQ(wizard->currentId(), ImportWizard::RunPage);
    QTRY_VERIFY_WITH_TIMEOUT(reached.available() == 1, 60000);
    auto *cancel = wizard->findChild<QPushButton *>("cancelImportButton");
    ASSERT_TRUE(cancel && cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    resume.release();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentId() == ImportWizard::ResultPage, 60000);
    EXPECT_EQ(wizard->result()->outcome, ImportResult::Outcome::Cancelled);
    EXPECT_LT(wizard->result()->counts.rows, 5000);
    EXPECT_EQ(f.customers(), 1);
    EXPECT_EQ(f.label(*wizard, "importedCountLabel"), Display::number(0));
}

TEST(ImportWizard, the_window_stays_responsive_while_importing)
{
    WizardFixture f;
    const QString path = f.write(QStringLiteral("many.csv"), persianIndividuals(3000));
    auto wizard = f.atMapping(path);
    QSemaphore reached, resume;
    bool first = true;
    wizard->runner()->setChunkHook([&] {
        if (first) {
            first = false;
            reached.release();
            resume.acquire();
        }
    });
    wizard->next();
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(reached.available() == 1, 60000);
    // The worker is paused mid-import; the UI thread still handles events.
    EXPECT_TRUE(wizard->isImporting());
    QTRY_VERIFY_WITH_TIMEOUT(wizard->findChild<QLabel *>("importStatusLabel")->text().contains(Display::number(1000)),
                             10000);
    resume.release();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentId() == ImportWizard::ResultPage, 60000);
    EXPECT_EQ(f.customers(), 3000);
}

TEST(ImportWizard, junk_files_are_explained_on_the_first_page)
{
    WizardFixture f;
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char(i * 7 % 256);
    QByteArray bigField = "نام,نام خانوادگی\r\n\"";
    bigField += QByteArray(10 * 1024 * 1024, 'x');
    bigField += "\",y\r\n";
    const QList<std::pair<QString, QByteArray>> files {
        { QStringLiteral("junk.csv"), binary },
        { QStringLiteral("empty.csv"), QByteArray() },
        { QStringLiteral("header.csv"), QByteArray("first_name,last_name\r\n") },
        { QStringLiteral("quote.csv"), QByteArray("first_name,last_name\r\n\"abc,def\r\nghi,jkl\r\n") },
        { QStringLiteral("big.csv"), bigField },
        { QStringLiteral("book.xlsx"), QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(200, 'a') },
    };
    for (const auto &[name, bytes] : files) {
        SCOPED_TRACE(name.toStdString());
        const QString path = f.write(name, bytes);
        ImportWizard wizard(*f.workspace, ImportKind::Individual);
        wizard.show();
        wizard.setFilePath(path);
        wizard.next();
        EXPECT_EQ(wizard.currentId(), ImportWizard::FilePage);
        EXPECT_FALSE(f.label(wizard, "fileProblemLabel").isEmpty());
    }
    // A missing file too.
    ImportWizard wizard(*f.workspace, ImportKind::Individual);
    wizard.show();
    wizard.setFilePath(f.dir.filePath(QStringLiteral("nothing-here.csv")));
    wizard.next();
    EXPECT_EQ(wizard.currentId(), ImportWizard::FilePage);
    EXPECT_FALSE(f.label(wizard, "fileProblemLabel").isEmpty());
    EXPECT_EQ(f.customers(), 0);
}

TEST(ImportWizard, a_file_broken_after_the_preview_is_refused_and_nothing_is_written)
{
    WizardFixture f;
    QByteArray csv = persianIndividuals(60);
    csv += "\"an unterminated quote;x;y;z;w\r\n";
    csv += persianIndividuals(5, 100).mid(csv.indexOf("\r\n") + 2);
    const QString path = f.write(QStringLiteral("broken.csv"), csv);
    auto wizard = f.atMapping(path);
    EXPECT_TRUE(wizard->button(QWizard::NextButton)->isEnabled()); // the first 20 rows are fine
    f.run(*wizard, false, true);
    EXPECT_EQ(wizard->result()->outcome, ImportResult::Outcome::FileRejected);
    EXPECT_FALSE(f.label(*wizard, "resultSummaryLabel").isEmpty());
    EXPECT_EQ(f.customers(), 0);
}

TEST(ImportWizard, the_kind_is_preselected_and_legal_headers_are_recognised)
{
    WizardFixture f;
    QString csv = QStringLiteral("نام شرکت,شناسه ملی,تلفن,شهر\r\n");
    for (int i = 0; i < 3; ++i)
        csv += QStringLiteral("شرکت نمونه %1,%2,02188776%3,تهران\r\n")
                   .arg(i)
                   .arg(peyvand::testing::validLegalId(QStringLiteral("1%1").arg(i, 9, 10, QLatin1Char('0'))))
                   .arg(600 + i);
    const QString path = f.write(QStringLiteral("companies.csv"), csv.toUtf8());
    auto wizard = f.atMapping(path, ImportKind::Legal);
    EXPECT_EQ(wizard->findChild<QComboBox *>("kindCombo")->currentData().toInt(), int(ImportKind::Legal));
    auto *page = qobject_cast<ImportMappingPage *>(wizard->page(ImportWizard::MappingPage));
    EXPECT_EQ(page->comboFor(0)->currentData().toInt(), int(ImportField::CompanyName));
    EXPECT_EQ(page->comboFor(1)->currentData().toInt(), int(ImportField::NationalId));
    f.run(*wizard);
    EXPECT_EQ(wizard->result()->outcome, ImportResult::Outcome::Committed);
    CustomerQuery legal;
    legal.kind = CustomerKind::Legal;
    EXPECT_EQ(f.store->customers().count(legal), 3);
}

TEST(ImportWizard, opens_from_the_file_menu_and_from_a_customer_list_with_its_kind)
{
    WizardFixture f;
    const auto manager = f.sessionAs(UserRole::Manager); // import is a manager's
    MainWindow window(*manager.workspace, nullptr, QStringLiteral("legal"));
    window.show();
    auto *action = window.findChild<QAction *>("importCustomersAction");
    ASSERT_TRUE(action);
    action->trigger();
    auto *wizard = window.findChild<ImportWizard *>();
    ASSERT_TRUE(wizard);
    EXPECT_TRUE(wizard->isVisible());
    EXPECT_EQ(wizard->kind(), ImportKind::Legal);
    wizard->close(); // deleted on close
    QTRY_VERIFY(!window.findChild<ImportWizard *>());

    window.showView(QStringLiteral("individual"));
    auto *list = qobject_cast<CustomerListView *>(window.view(QStringLiteral("individual")));
    ASSERT_TRUE(list);
    list->findChild<QPushButton *>("importButton")->click();
    wizard = window.findChild<ImportWizard *>();
    ASSERT_TRUE(wizard);
    EXPECT_EQ(wizard->kind(), ImportKind::Individual);
    EXPECT_EQ(wizard->findChild<QComboBox *>("kindCombo")->currentData().toInt(), int(ImportKind::Individual));
    wizard->close();
}

TEST(ImportWizard, imports_the_contact_persons_of_a_company)
{
    WizardFixture f;
    const QString nationalId = peyvand::testing::validLegalId(QStringLiteral("1000000007"));
    const qint64 company = f.addLegal(QStringLiteral("شرکت فولاد سپاهان"), nationalId);
    QString csv = QStringLiteral("شناسه ملی شرکت,نام,نام خانوادگی,موبایل,سمت\r\n");
    csv += QStringLiteral("%1,مریم,کریمی,09121112233,مدیر خرید\r\n").arg(nationalId);
    csv += QStringLiteral("%1,رضا,حسینی,09124445566,مدیر مالی\r\n").arg(nationalId);
    const QString path = f.write(QStringLiteral("contacts.csv"), csv.toUtf8());
    auto wizard = f.atMapping(path, ImportKind::Contact);
    auto *page = qobject_cast<ImportMappingPage *>(wizard->page(ImportWizard::MappingPage));
    EXPECT_EQ(page->comboFor(0)->currentData().toInt(), int(ImportField::CompanyNationalId));
    EXPECT_EQ(page->comboFor(4)->currentData().toInt(), int(ImportField::JobTitle));
    f.run(*wizard);
    EXPECT_EQ(wizard->result()->outcome, ImportResult::Outcome::Committed);
    const QList<ContactPerson> contacts = f.store->contacts().forCustomer(company);
    ASSERT_EQ(contacts.size(), 2);
    EXPECT_EQ(f.label(*wizard, "importedCountLabel"), Display::number(2));
}
