// "Import vCard…" end to end on the sample exports of tests/data/vcard in a
// real database file: people as individuals or as the contacts of a company
// (preselected on its page, or picked among legal entities only), invalid
// cards listed card by card with Persian reasons and nothing written, a broken
// file explained in Persian, a cancel in the middle leaving the database as
// it was, and the File menu and buying-center entries.
#include "VcardImportDialog.h"

#include "CustomerPage.h"
#include "CustomerPicker.h"
#include "GuiFixture.h"
#include "ImportProblemModel.h"
#include "ImportResultView.h"
#include "ImportRunner.h"
#include "MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace peyvand;
using peyvand::testing::GuiFixture;

namespace {

QString sample(const char *name)
{
    return QStringLiteral(PEYVAND_TEST_DATA_DIR "/vcard/") + QLatin1String(name);
}

QByteArray card(const QByteArray &body)
{
    return "BEGIN:VCARD\r\nVERSION:3.0\r\n" + body + "END:VCARD\r\n";
}

struct VcardFixture : GuiFixture
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
    qint64 contacts(qint64 company) { return store->contacts().forCustomer(company).size(); }

    // Presses Import and waits for the result.
    void run(VcardImportDialog &dialog)
    {
        QSignalSpy finished(&dialog, &VcardImportDialog::importFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>("importButton"), Qt::LeftButton);
        ASSERT_TRUE(dialog.isImporting());
        ASSERT_TRUE(finished.wait(60000));
        EXPECT_FALSE(dialog.isImporting());
    }

    static QString label(QWidget &w, const char *name)
    {
        auto *l = w.findChild<QLabel *>(name);
        return l ? l->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }
};

} // namespace

TEST(VcardImportDialog, imports_phone_and_google_cards_as_individuals)
{
    VcardFixture f;
    QSignalSpy reset(f.workspace.get(), &Workspace::dataReset);
    VcardImportDialog dialog(*f.workspace);
    dialog.show();
    EXPECT_TRUE(dialog.findChild<QRadioButton *>("individualsRadio")->isChecked());
    EXPECT_TRUE(dialog.findChild<QRadioButton *>("skipDuplicatesRadio")->isChecked());
    EXPECT_TRUE(dialog.findChild<QRadioButton *>("stopOnInvalidRadio")->isChecked());
    dialog.setFilePath(sample("android_21.vcf"));
    f.run(dialog);
    ASSERT_TRUE(dialog.result());
    EXPECT_EQ(dialog.result()->outcome, ImportResult::Outcome::Committed);
    EXPECT_EQ(f.label(dialog, "importedCountLabel"), Display::number(2));
    EXPECT_EQ(f.label(dialog, "invalidCountLabel"), Display::number(0));
    EXPECT_TRUE(dialog.resultView()->isVisible());
    EXPECT_EQ(f.customers(), 2);
    EXPECT_EQ(reset.size(), 1); // the lists reload
    const QList<qint64> ali = f.store->customers().findByPhone(QStringLiteral("09121234567"));
    ASSERT_EQ(ali.size(), 1);
    const Customer c = *f.store->customers().get(ali.front());
    EXPECT_EQ(c.kind, CustomerKind::Individual);
    EXPECT_EQ(c.individual.firstName, QStringLiteral("علی"));
    EXPECT_EQ(c.ownerId, f.rep.id);

    // Another file in the same dialog; then the first again: its people are known.
    dialog.setFilePath(sample("google_30.vcf"));
    f.run(dialog);
    EXPECT_EQ(dialog.result()->counts.imported, 1);
    EXPECT_EQ(f.customers(), 3);
    dialog.setFilePath(sample("android_21.vcf"));
    f.run(dialog);
    EXPECT_EQ(dialog.result()->counts.skippedDuplicates, 2);
    EXPECT_EQ(f.label(dialog, "skippedCountLabel"), Display::number(2));
    EXPECT_EQ(f.customers(), 3);
}

TEST(VcardImportDialog, on_a_company_page_imports_its_contact_persons)
{
    VcardFixture f;
    const qint64 company = f.addLegal(QStringLiteral("شرکت پارس"));
    QSignalSpy changed(f.workspace.get(), &Workspace::customerChanged);
    VcardImportDialog dialog(*f.workspace, company);
    dialog.show();
    EXPECT_TRUE(dialog.findChild<QRadioButton *>("contactsRadio")->isChecked());
    EXPECT_EQ(dialog.companyId(), company);
    EXPECT_EQ(dialog.findChild<CustomerPicker *>("companyPicker")->lineEdit()->text(), QStringLiteral("شرکت پارس"));
    dialog.setFilePath(sample("iphone_30.vcf"));
    f.run(dialog);
    ASSERT_TRUE(dialog.result());
    EXPECT_EQ(dialog.result()->outcome, ImportResult::Outcome::Committed);
    EXPECT_EQ(f.contacts(company), 2);
    EXPECT_EQ(f.customers(), 1); // no customer made of the cards
    const QList<ContactPerson> people = f.store->contacts().forCustomer(company);
    EXPECT_EQ(people[0].jobTitle, QStringLiteral("Purchasing manager"));
    ASSERT_FALSE(changed.isEmpty());
    EXPECT_EQ(changed.last()[0].toLongLong(), company); // the page's buying center reloads
    EXPECT_EQ(f.label(dialog, "importedCountLabel"), Display::number(2));
}

TEST(VcardImportDialog, the_company_is_picked_among_legal_entities_only)
{
    VcardFixture f;
    const qint64 company = f.addLegal(QStringLiteral("شرکت نوری"));
    f.addIndividual(QStringLiteral("حسن"), QStringLiteral("نوری"));
    VcardImportDialog dialog(*f.workspace);
    dialog.show();
    dialog.setFilePath(sample("outlook_21_1256.vcf"));
    dialog.findChild<QRadioButton *>("contactsRadio")->setChecked(true);
    // No company yet: the dialog says so and does not start.
    EXPECT_FALSE(dialog.startImport());
    EXPECT_FALSE(dialog.isImporting());
    EXPECT_TRUE(dialog.findChild<QLabel *>("vcardMessageLabel")->isVisible());
    EXPECT_FALSE(f.label(dialog, "vcardMessageLabel").isEmpty());

    auto *picker = dialog.findChild<CustomerPicker *>("companyPicker");
    picker->lineEdit()->setFocus();
    peyvand::testing::typeText(picker->lineEdit(), QStringLiteral("نوری"));
    picker->searchNow();
    const auto matches = picker->matches();
    ASSERT_EQ(matches.size(), 1); // the company, not the person named نوری
    EXPECT_EQ(matches[0].first, company);
    picker->pickMatch(0);
    EXPECT_EQ(dialog.companyId(), company);
    f.run(dialog);
    EXPECT_EQ(dialog.result()->outcome, ImportResult::Outcome::Committed);
    EXPECT_EQ(f.contacts(company), 1);

    // Back to individuals: the company no longer counts.
    dialog.findChild<QRadioButton *>("individualsRadio")->setChecked(true);
    EXPECT_EQ(dialog.companyId(), 0);
}

TEST(VcardImportDialog, invalid_cards_are_listed_in_persian_and_nothing_is_written)
{
    VcardFixture f;
    const QString path = f.write(QStringLiteral("bad.vcf"),
                                 card("FN:Good One\r\nTEL:09120000002\r\n")
                                     + card("FN:Bad Birthday\r\nTEL:09120000003\r\nBDAY:1990-13-45\r\n")
                                     + card("FN:Bad Phone\r\nTEL;TYPE=CELL:12345\r\n"));
    VcardImportDialog dialog(*f.workspace);
    dialog.show();
    dialog.setFilePath(path);
    f.run(dialog);
    ASSERT_TRUE(dialog.result());
    EXPECT_EQ(dialog.result()->outcome, ImportResult::Outcome::Refused);
    EXPECT_EQ(f.customers(), 0);
    EXPECT_EQ(f.label(dialog, "invalidCountLabel"), Display::number(2));
    EXPECT_EQ(f.label(dialog, "importedCountLabel"), Display::number(0));
    EXPECT_TRUE(f.label(dialog, "resultSummaryLabel").contains(Display::number(2)));

    ImportProblemModel *problems = dialog.resultView()->problemModel();
    QAbstractItemModelTester tester(problems, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(problems->rowCount(), 2);
    EXPECT_EQ(problems->headerData(ImportProblemModel::RowColumn, Qt::Horizontal).toString(), QStringLiteral("Card"));
    EXPECT_EQ(problems->headerData(ImportProblemModel::ColumnColumn, Qt::Horizontal).toString(),
              QStringLiteral("Property"));
    EXPECT_EQ(problems->index(0, ImportProblemModel::RowColumn).data().toString(), Display::number(2));
    EXPECT_EQ(problems->index(0, ImportProblemModel::ColumnColumn).data().toString(), QStringLiteral("BDAY"));
    EXPECT_EQ(problems->index(0, ImportProblemModel::ValueColumn).data().toString(), QStringLiteral("1990-13-45"));
    const QString reason = problems->index(0, ImportProblemModel::ReasonColumn).data().toString();
    EXPECT_EQ(reason, problems->problems()[0].persianMessage);
    EXPECT_FALSE(reason.isEmpty());
    EXPECT_EQ(problems->index(1, ImportProblemModel::ColumnColumn).data().toString(), QStringLiteral("TEL"));
    EXPECT_TRUE(dialog.findChild<QPushButton *>("saveProblemsButton")->isEnabled());
    const QString report = f.dir.filePath(QStringLiteral("problems.json"));
    EXPECT_TRUE(dialog.resultView()->saveProblems(report));
    EXPECT_TRUE(QFile::exists(report));

    // "Import the valid cards": the good one comes in.
    dialog.findChild<QRadioButton *>("skipInvalidRadio")->setChecked(true);
    f.run(dialog);
    EXPECT_EQ(dialog.result()->outcome, ImportResult::Outcome::Committed);
    EXPECT_EQ(f.customers(), 1);
    EXPECT_EQ(f.label(dialog, "importedCountLabel"), Display::number(1));
}

TEST(VcardImportDialog, a_broken_file_is_explained_in_persian_and_writes_nothing)
{
    VcardFixture f;
    const QString path
        = f.write(QStringLiteral("open.vcf"),
                  card("FN:Good One\r\nTEL:09120000002\r\n") + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:open\r\n");
    VcardImportDialog dialog(*f.workspace);
    dialog.show();
    dialog.setFilePath(path);
    dialog.findChild<QRadioButton *>("skipInvalidRadio")->setChecked(true);
    f.run(dialog);
    ASSERT_TRUE(dialog.result());
    EXPECT_EQ(dialog.result()->outcome, ImportResult::Outcome::FileRejected);
    EXPECT_EQ(f.customers(), 0);
    ASSERT_FALSE(dialog.result()->problems.isEmpty());
    const QString persian = dialog.result()->problems.back().persianMessage;
    ASSERT_FALSE(persian.isEmpty());
    const QString summary = f.label(dialog, "resultSummaryLabel");
    EXPECT_TRUE(summary.contains(dialog.result()->problems.front().persianMessage)) << summary.toStdString();
    EXPECT_FALSE(summary.contains(dialog.result()->problems.front().message)) << "English reason in a Persian UI";

    // Junk that is not a vCard at all.
    dialog.setFilePath(f.write(QStringLiteral("junk.vcf"),
                               QByteArray("\x7f"
                                          "ELF\x02\x01\x01\0\0\0",
                                          10)));
    f.run(dialog);
    EXPECT_EQ(dialog.result()->outcome, ImportResult::Outcome::FileRejected);
    EXPECT_TRUE(f.label(dialog, "resultSummaryLabel").contains(dialog.result()->problems.front().persianMessage));
    EXPECT_EQ(f.customers(), 0);

    // A file that is not there: the dialog says so before starting.
    dialog.setFilePath(f.dir.filePath(QStringLiteral("missing.vcf")));
    EXPECT_FALSE(dialog.startImport());
    EXPECT_TRUE(f.label(dialog, "vcardMessageLabel").contains(QStringLiteral("missing.vcf")));
}

TEST(VcardImportDialog, cancel_in_the_middle_leaves_the_database_as_it_was)
{
    VcardFixture f;
    const qint64 company = f.addLegal(QStringLiteral("شرکت پارس"));
    f.addIndividual(QStringLiteral("مینا"), QStringLiteral("صادقی"));
    QByteArray many;
    for (int i = 0; i < 3000; ++i)
        many += card("FN:Person " + QByteArray::number(i) + "\r\nTEL:0912" + QByteArray::number(3000000 + i) + "\r\n");
    const QString path = f.write(QStringLiteral("many.vcf"), many);
    for (const qint64 into : { qint64(0), company }) {
        VcardImportDialog dialog(*f.workspace, into);
        dialog.show();
        dialog.setFilePath(path);
        // The worker waits after its first chunk until Cancel is pressed, so the
        // cancel lands in the middle of the file whatever the machine's speed.
        QSemaphore reached, resume;
        bool first = true;
        dialog.runner()->setChunkHook([&] {
            if (!first)
                return;
            first = false;
            reached.release();
            resume.acquire();
        });
        QSignalSpy finished(&dialog, &VcardImportDialog::importFinished);
        ASSERT_TRUE(dialog.startImport());
        QTRY_VERIFY_WITH_TIMEOUT(reached.available() == 1, 60000);
        auto *cancel = dialog.findChild<QPushButton *>("cancelImportButton");
        ASSERT_TRUE(cancel && cancel->isVisible() && cancel->isEnabled());
        EXPECT_FALSE(dialog.findChild<QPushButton *>("importButton")->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        resume.release();
        ASSERT_TRUE(finished.wait(60000));
        ASSERT_TRUE(dialog.result());
        EXPECT_EQ(dialog.result()->outcome, ImportResult::Outcome::Cancelled);
        EXPECT_LT(dialog.result()->counts.rows, 3000);
        EXPECT_EQ(f.customers(), 2);
        EXPECT_EQ(f.contacts(company), 0);
        EXPECT_FALSE(f.label(dialog, "resultSummaryLabel").isEmpty());
        EXPECT_TRUE(dialog.findChild<QPushButton *>("importButton")->isEnabled());
    }
}

TEST(VcardImportDialog, closing_while_importing_cancels_first)
{
    VcardFixture f;
    QByteArray many;
    for (int i = 0; i < 2500; ++i)
        many += card("FN:Person " + QByteArray::number(i) + "\r\nTEL:0912" + QByteArray::number(4000000 + i) + "\r\n");
    const QString path = f.write(QStringLiteral("many.vcf"), many);
    VcardImportDialog dialog(*f.workspace);
    dialog.show();
    dialog.setFilePath(path);
    QSemaphore reached, resume;
    bool first = true;
    dialog.runner()->setChunkHook([&] {
        if (!first)
            return;
        first = false;
        reached.release();
        resume.acquire();
    });
    QSignalSpy finished(&dialog, &VcardImportDialog::importFinished);
    ASSERT_TRUE(dialog.startImport());
    QTRY_VERIFY_WITH_TIMEOUT(reached.available() == 1, 60000);
    dialog.reject();
    EXPECT_TRUE(dialog.isVisible()); // until the worker has stopped
    resume.release();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result()->outcome, ImportResult::Outcome::Cancelled);
    EXPECT_EQ(f.customers(), 0);
}

TEST(VcardImportDialog, opens_from_the_file_menu_and_a_company_page)
{
    VcardFixture f;
    const qint64 company = f.addLegal(QStringLiteral("شرکت پارس"));
    const qint64 person = f.addIndividual(QStringLiteral("علی"), QStringLiteral("رضایی"));
    const auto manager = f.sessionAs(UserRole::Manager); // import is a manager's
    MainWindow window(*manager.workspace, nullptr, QStringLiteral("individual"));
    window.show();
    auto *action = window.findChild<QAction *>("importVcardAction");
    ASSERT_TRUE(action);
    action->trigger();
    auto dialogs = window.findChildren<VcardImportDialog *>();
    ASSERT_EQ(dialogs.size(), 1);
    EXPECT_EQ(dialogs[0]->companyId(), 0); // from a list: individuals
    EXPECT_EQ(dialogs[0]->windowModality(), Qt::WindowModal);
    dialogs[0]->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    window.openCustomer(person);
    action->trigger();
    dialogs = window.findChildren<VcardImportDialog *>();
    ASSERT_EQ(dialogs.size(), 1);
    EXPECT_EQ(dialogs[0]->companyId(), 0); // a person has no contacts
    dialogs[0]->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    window.openCustomer(company);
    action->trigger();
    dialogs = window.findChildren<VcardImportDialog *>();
    ASSERT_EQ(dialogs.size(), 1);
    EXPECT_EQ(dialogs[0]->companyId(), company);
    dialogs[0]->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // The buying center's own button.
    auto *button = window.customerPage()->findChild<QPushButton *>("importContactsVcardButton");
    ASSERT_TRUE(button);
    button->click();
    dialogs = window.findChildren<VcardImportDialog *>();
    ASSERT_EQ(dialogs.size(), 1);
    EXPECT_EQ(dialogs[0]->companyId(), company);
    dialogs[0]->setFilePath(sample("iphone_30.vcf"));
    QSignalSpy finished(dialogs[0], &VcardImportDialog::importFinished);
    ASSERT_TRUE(dialogs[0]->startImport());
    ASSERT_TRUE(finished.wait(60000));
    // The page on screen shows the new people at once.
    auto *summary = window.customerPage()->findChild<QLabel *>("buyingCenterSummary");
    EXPECT_EQ(f.contacts(company), 2);
    EXPECT_FALSE(summary->text().isEmpty());
    EXPECT_TRUE(window.customerPage()->findChild<QPushButton *>("exportContactsVcardButton")->isEnabled());
    dialogs[0]->close();
}
