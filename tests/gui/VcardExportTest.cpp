// "Export to vCard…" on the individual list (the rows as filtered on screen)
// and "Export contact persons as vCard…" on a company's page, in versions 3.0
// and 4.0: the files are read back by Debian's python3-vobject and by the
// core's own VcardReader; a cancelled export leaves an old file untouched.
#include "../integration/ThirdPartyParsers.h"
#include "CustomerListModel.h"
#include "CustomerListView.h"
#include "CustomerPage.h"
#include "GuiFixture.h"
#include "VcardExportRunner.h"
#include "VcardReader.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace peyvand;
using nlohmann::json;
using peyvand::testing::GuiFixture;

namespace {

void addPeople(GuiFixture &f, int count)
{
    f.store->transaction([&] {
        for (int i = 0; i < count; ++i) {
            Customer c;
            c.kind = CustomerKind::Individual;
            c.individual.firstName = i % 3 ? QStringLiteral("مریم") : QStringLiteral("علی");
            c.individual.lastName = QStringLiteral("کریمی%1").arg(i, 3, 10, QLatin1Char('0'));
            c.individual.email = QStringLiteral("p%1@example.ir").arg(i);
            c.phones << PhoneEntry { QStringLiteral("0912%1").arg(2000000 + i), QStringLiteral("موبایل") };
            c.addresses << Address { QStringLiteral("اصلی"), QStringLiteral("خیابان آزادی، پلاک %1").arg(i),
                                     i % 2 ? QStringLiteral("تهران") : QStringLiteral("تبریز"), QString(), QString() };
            c.lifecycle = i % 4 ? Lifecycle::Lead : Lifecycle::Customer;
            c.ownerId = f.rep.id;
            c.createdAt = QDateTime(QDate(2024, 3, 20), QTime(8, 0), Qt::UTC).addSecs(i * 3600);
            c.updatedAt = c.createdAt;
            f.store->customers().add(c);
        }
    });
}

QStringList shownNames(CustomerListModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, 0).data().toString();
    return names;
}

QString str(const json &j)
{
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
}

QList<VcardContact> readWithCore(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    VcardReader reader(file);
    QList<VcardContact> out;
    VcardCard card;
    while (reader.next(card)) {
        EXPECT_TRUE(card.problems.isEmpty());
        out << VcardContact::fromCard(card);
    }
    EXPECT_FALSE(reader.error()) << reader.error()->message.toStdString();
    return out;
}

} // namespace

TEST(VcardExport, the_individual_list_exports_the_rows_as_filtered_on_screen)
{
    GuiFixture f;
    addPeople(f, 60);
    f.addLegal(QStringLiteral("شرکت پارس"));
    const auto manager = f.sessionAs(UserRole::Manager); // exports are a manager's
    CustomerListView view(*manager.workspace, CustomerKind::Individual);
    view.resize(1000, 600);
    view.show();
    auto *button = view.findChild<QPushButton *>("exportVcardButton");
    ASSERT_TRUE(button);
    EXPECT_TRUE(button->isVisible());
    peyvand::testing::typeText(view.findChild<QLineEdit *>("searchEdit"), QStringLiteral("مریم"));
    peyvand::testing::typeText(view.findChild<QLineEdit *>("cityFilter"), QStringLiteral("تهران"));

    for (const VcardVersion version : { VcardVersion::V3, VcardVersion::V4 }) {
        const bool v4 = version == VcardVersion::V4;
        const QString path = f.dir.filePath(v4 ? QStringLiteral("list4.vcf") : QStringLiteral("list3.vcf"));
        QSignalSpy finished(&view, &CustomerListView::exportFinished);
        view.exportVcardTo(path, version); // the search box counts even before its debounce ends
        ASSERT_TRUE(finished.wait(60000));
        EXPECT_TRUE(finished[0][0].toBool()) << finished[0][2].toString().toStdString();
        QTRY_VERIFY_WITH_TIMEOUT(!view.model()->isLoading(), 10000);
        const QStringList shown = shownNames(*view.model());
        EXPECT_EQ(shown.size(), 20); // مریم (2 in 3) in تهران (1 in 2): 20 of 60
        EXPECT_EQ(finished[0][1].toLongLong(), shown.size());

        const json read = peyvand::test::readVcards(path);
        ASSERT_TRUE(read.is_object());
        EXPECT_TRUE(read["crlf"].get<bool>());
        ASSERT_EQ(read["cards"].size(), std::size_t(shown.size()));
        QStringList names;
        for (const json &card : read["cards"]) {
            EXPECT_EQ(str(card["version"]), v4 ? QStringLiteral("4.0") : QStringLiteral("3.0"));
            EXPECT_EQ(str(card["given"]), QStringLiteral("مریم"));
            ASSERT_EQ(card["tel"].size(), 1u);
            EXPECT_TRUE(str(card["tel"][0]).contains(QStringLiteral("912"))) << card["tel"].dump();
            ASSERT_EQ(card["adr"].size(), 1u);
            EXPECT_EQ(str(card["adr"][0]["city"]), QStringLiteral("تهران"));
            names << str(card["fn"]);
        }
        EXPECT_EQ(names, shown); // the list's order too
    }
}

TEST(VcardExport, only_the_individual_list_offers_vcards)
{
    GuiFixture f;
    CustomerListView legal(*f.workspace, CustomerKind::Legal);
    EXPECT_FALSE(legal.findChild<QPushButton *>("exportVcardButton"));
    CustomerListView people(*f.workspace, CustomerKind::Individual);
    EXPECT_TRUE(people.findChild<QPushButton *>("exportVcardButton"));
}

TEST(VcardExport, a_company_page_exports_its_contact_persons)
{
    GuiFixture f;
    const qint64 company = f.addLegal(QStringLiteral("شرکت پارس"));
    const qint64 other = f.addLegal(QStringLiteral("شرکت دیگر"));
    const auto addContact = [&](qint64 companyId, const QString &first, const QString &last, const QString &title,
                                const QString &mobile) {
        ContactPerson p;
        p.customerId = companyId;
        p.firstName = first;
        p.lastName = last;
        p.jobTitle = title;
        p.mobile = mobile;
        p.email = QStringLiteral("%1@pars.example").arg(mobile);
        return f.workspace->contacts().add(p);
    };
    addContact(company, QStringLiteral("حسن"), QStringLiteral("نوری"), QStringLiteral("مدیر خرید"),
               QStringLiteral("09198887766"));
    addContact(company, QStringLiteral("نگار"), QStringLiteral("شریفی"), QStringLiteral("کارپرداز"),
               QStringLiteral("09125550101"));
    addContact(other, QStringLiteral("رضا"), QStringLiteral("امینی"), QStringLiteral("مدیرعامل"),
               QStringLiteral("09121110000"));

    const auto manager = f.sessionAs(UserRole::Manager); // exports are a manager's
    CustomerPage page(*manager.workspace);
    page.showCustomer(company);
    page.show();
    auto *button = page.findChild<QPushButton *>("exportContactsVcardButton");
    ASSERT_TRUE(button);
    EXPECT_TRUE(button->isEnabled());

    for (const VcardVersion version : { VcardVersion::V3, VcardVersion::V4 }) {
        const bool v4 = version == VcardVersion::V4;
        const QString path = f.dir.filePath(v4 ? QStringLiteral("pars4.vcf") : QStringLiteral("pars3.vcf"));
        QSignalSpy finished(&page, &CustomerPage::contactsExported);
        page.exportContactsTo(path, version);
        ASSERT_TRUE(finished.wait(60000));
        EXPECT_TRUE(finished[0][0].toBool()) << finished[0][2].toString().toStdString();
        EXPECT_EQ(finished[0][1].toLongLong(), 2);

        const QList<VcardContact> cards = readWithCore(path);
        ASSERT_EQ(cards.size(), 2);
        QStringList titles;
        for (const VcardContact &c : cards) {
            EXPECT_EQ(c.organization, QStringLiteral("شرکت پارس"));
            titles << c.title;
        }
        titles.sort();
        EXPECT_EQ(titles, QStringList({ QStringLiteral("مدیر خرید"), QStringLiteral("کارپرداز") }));

        const json read = peyvand::test::readVcards(path);
        ASSERT_EQ(read["cards"].size(), 2u);
        for (const json &card : read["cards"]) {
            EXPECT_EQ(str(card["version"]), v4 ? QStringLiteral("4.0") : QStringLiteral("3.0"));
            EXPECT_EQ(str(card["org"]), QStringLiteral("شرکت پارس"));
        }
    }

    // A company without contacts has nothing to export.
    const qint64 empty = f.addLegal(QStringLiteral("شرکت خالی"));
    page.showCustomer(empty);
    EXPECT_FALSE(button->isEnabled());
}

TEST(VcardExport, a_cancelled_export_leaves_an_old_file_untouched)
{
    GuiFixture f;
    addPeople(f, 40);
    const QString path = f.dir.filePath(QStringLiteral("keep.vcf"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old contents\n");
    }
    VcardExportRunner runner(f.store->location());
    runner.setUser(f.rep);
    // Cancel on the worker thread as soon as it reports its first card.
    QObject::connect(
        &runner, &VcardExportRunner::progress, &runner, [&runner] { runner.cancel(); }, Qt::DirectConnection);
    QSignalSpy finished(&runner, &VcardExportRunner::finished);
    CustomerQuery q;
    q.kind = CustomerKind::Individual;
    runner.startCustomers(path, q, VcardVersion::V3);
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(finished[0][0].toBool());
    EXPECT_TRUE(finished[0][1].toBool()); // cancelled
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), QByteArray("old contents\n"));

    // A company that is not one: a Persian reason, no file.
    const qint64 person = f.addIndividual(QStringLiteral("علی"), QStringLiteral("رضایی"));
    const QString none = f.dir.filePath(QStringLiteral("none.vcf"));
    VcardExportRunner plain(f.store->location());
    plain.setUser(f.rep);
    QSignalSpy done(&plain, &VcardExportRunner::finished);
    plain.startContacts(none, person, VcardVersion::V3);
    ASSERT_TRUE(done.wait(60000));
    EXPECT_FALSE(done[0][0].toBool());
    EXPECT_FALSE(done[0][1].toBool());
    EXPECT_TRUE(done[0][3].toString().contains(QStringLiteral("حقوقی نیست"))) << done[0][3].toString().toStdString();
    EXPECT_FALSE(QFile::exists(none));
}
