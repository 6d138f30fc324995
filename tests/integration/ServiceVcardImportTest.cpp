// VcardImporter on real database files: the sample exports of tests/data/vcard
// become individuals or a company's contacts through the CSV import's
// validation and duplicate rules; invalid cards and broken files write nothing.
#include "ImportFixture.h"
#include "VcardImporter.h"

#include <QBuffer>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

QByteArray sample(const char *name)
{
    QFile f(QStringLiteral(PEYVAND_TEST_DATA_DIR "/vcard/") + QString::fromLatin1(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

QByteArray card(const QByteArray &body)
{
    return "BEGIN:VCARD\r\nVERSION:3.0\r\n" + body + "END:VCARD\r\n";
}

class VcardImporterTest : public ImportFixture
{
protected:
    ImportResult importVcf(const QByteArray &bytes, ImportOptions options = {}, const VcardLimits &limits = {})
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        return VcardImporter(*store, store.clock).run(buffer, options, limits);
    }

    std::optional<Customer> byMobile(const QString &mobile)
    {
        const QList<qint64> ids = store->customers().findByPhone(mobile);
        if (ids.size() != 1)
            return std::nullopt;
        return store->customers().get(ids.front());
    }

    qint64 company() { return store->customers().add(legalEntity(QStringLiteral("شرکت پارس"), legalIdOf(7))); }
};

} // namespace

TEST_F(VcardImporterTest, android_cards_become_individuals)
{
    const ImportResult r = importVcf(sample("android_21.vcf"));
    ASSERT_EQ(r.outcome, ImportResult::Outcome::Committed) << describe(r).toStdString();
    EXPECT_EQ(r.counts.rows, 2);
    EXPECT_EQ(r.counts.imported, 2);
    const auto ali = byMobile(QStringLiteral("09121234567"));
    ASSERT_TRUE(ali);
    EXPECT_EQ(ali->kind, CustomerKind::Individual);
    EXPECT_EQ(ali->individual.firstName, QStringLiteral("علی"));
    EXPECT_EQ(ali->individual.lastName, QStringLiteral("رضایی"));
    EXPECT_EQ(ali->individual.email, QStringLiteral("ali.rezaei@example.ir"));
    EXPECT_TRUE(ali->individual.preferences.startsWith(QStringLiteral("مشتری وفادار")));
    ASSERT_EQ(ali->phones.size(), 2);
    EXPECT_EQ(ali->phones[0].number, QStringLiteral("09121234567"));
    EXPECT_EQ(ali->phones[1].number, QStringLiteral("02188776655"));
    // Persian digits, and the preferred of two mobiles.
    const auto zahra = byMobile(QStringLiteral("09352223344"));
    ASSERT_TRUE(zahra);
    EXPECT_EQ(zahra->individual.lastName, QStringLiteral("محمدی"));
}

TEST_F(VcardImporterTest, iphone_google_and_v4_cards_keep_address_birthday_and_national_code)
{
    for (const char *name : { "iphone_30.vcf", "google_30.vcf", "rfc6350_40.vcf", "outlook_21_1256.vcf" }) {
        const ImportResult r = importVcf(sample(name));
        ASSERT_EQ(r.outcome, ImportResult::Outcome::Committed) << name << ": " << describe(r).toStdString();
    }
    EXPECT_EQ(store.rows("customers"), 5);
    const auto sara = byMobile(QStringLiteral("09351112233"));
    ASSERT_TRUE(sara);
    EXPECT_EQ(sara->individual.lastName, QStringLiteral("Karimi"));
    EXPECT_FALSE(sara->individual.birthDate.isValid()) << "a birthday without a year is left out";
    ASSERT_EQ(sara->addresses.size(), 1);
    EXPECT_EQ(sara->addresses[0].city, QStringLiteral("Tehran"));
    EXPECT_EQ(sara->addresses[0].postalCode, QStringLiteral("1593747811"));
    EXPECT_EQ(sara->phones.value(1).number, QStringLiteral("02144445555"));
    const auto reza = byMobile(QStringLiteral("09351234000"));
    ASSERT_TRUE(reza);
    EXPECT_EQ(reza->individual.birthDate, QDate(1988, 3, 21));
    const auto maryam = byMobile(QStringLiteral("09127654321"));
    ASSERT_TRUE(maryam);
    EXPECT_EQ(maryam->individual.nationalCode.size(), 10);
    EXPECT_EQ(maryam->individual.birthDate, QDate(1990, 1, 5));
    EXPECT_EQ(maryam->addresses.value(0).line, QStringLiteral("خیابان آزادی, کوچه ۵"));
    const auto negar = byMobile(QStringLiteral("09125550101"));
    ASSERT_TRUE(negar);
    EXPECT_EQ(negar->individual.birthDate, QDate(1992, 7, 4));
    EXPECT_EQ(negar->addresses.value(0).city, QStringLiteral("شیراز"));
    const auto hassan = byMobile(QStringLiteral("09198887766"));
    ASSERT_TRUE(hassan);
    EXPECT_EQ(hassan->individual.lastName, QStringLiteral("نوری")) << "Arabic yeh of Windows-1256 made Persian";
    EXPECT_EQ(hassan->individual.birthDate, QDate(1985, 4, 12));
}

TEST_F(VcardImporterTest, contacts_of_a_chosen_company)
{
    const qint64 companyId = company();
    ImportOptions options = kind(ImportKind::Contact);
    options.companyId = companyId;
    const ImportResult r = importVcf(sample("outlook_21_1256.vcf") + sample("iphone_30.vcf"), options);
    ASSERT_EQ(r.outcome, ImportResult::Outcome::Committed) << describe(r).toStdString();
    const QList<ContactPerson> people = store->contacts().forCustomer(companyId);
    ASSERT_EQ(people.size(), 3);
    EXPECT_EQ(people[0].lastName, QStringLiteral("نوری"));
    EXPECT_EQ(people[0].jobTitle, QStringLiteral("مدیر خرید"));
    EXPECT_EQ(people[0].mobile, QStringLiteral("09198887766"));
    EXPECT_EQ(people[0].phone, QStringLiteral("02188771122"));
    EXPECT_EQ(people[0].email, QStringLiteral("h.noori@pars.example"));
    EXPECT_EQ(people[1].jobTitle, QStringLiteral("Purchasing manager"));

    // Again: every card is a contact of that company already.
    const ImportResult again = importVcf(sample("outlook_21_1256.vcf"), options);
    EXPECT_EQ(again.counts.skippedDuplicates, 1) << describe(again).toStdString();
    EXPECT_EQ(store->contacts().forCustomer(companyId).size(), 3);
}

TEST_F(VcardImporterTest, the_company_must_exist_and_be_a_legal_entity)
{
    ImportOptions options = kind(ImportKind::Contact);
    options.companyId = 999;
    EXPECT_THROW(importVcf(sample("android_21.vcf"), options), NotFoundError);
    options.companyId = store->customers().add(individual(QStringLiteral("علی"), QStringLiteral("رضایی")));
    try {
        importVcf(sample("android_21.vcf"), options);
        ADD_FAILURE() << "an individual accepted as a company";
    } catch (const ValidationError &e) {
        EXPECT_EQ(e.code(), QStringLiteral("not_legal"));
    }
    options.companyId.reset();
    EXPECT_THROW(importVcf(sample("android_21.vcf"), options), ValidationError);
    EXPECT_THROW(importVcf(sample("android_21.vcf"), kind(ImportKind::Legal)), ValidationError);
    EXPECT_EQ(store.rows("contacts"), 0);
}

TEST_F(VcardImporterTest, duplicates_by_mobile_are_skipped_or_update)
{
    Customer existing = individual(QStringLiteral("علی"), QStringLiteral("رضایی"), {}, QStringLiteral("09121234567"));
    const qint64 id = store->customers().add(existing);
    const QByteArray twice
        = sample("android_21.vcf") + card("FN:Ali R\r\nTEL;TYPE=CELL:+98 912 123 4567\r\nEMAIL:x@example.ir\r\n");
    const ImportResult skip = importVcf(twice);
    ASSERT_EQ(skip.outcome, ImportResult::Outcome::Committed) << describe(skip).toStdString();
    EXPECT_EQ(skip.counts.imported, 1);
    EXPECT_EQ(skip.counts.skippedDuplicates, 2);
    ASSERT_EQ(skip.duplicates.size(), 2);
    EXPECT_EQ(skip.duplicates[0].existingId, id);
    EXPECT_EQ(skip.duplicates[0].matchedOn, QStringLiteral("mobile"));
    EXPECT_FALSE(store->customers().get(id)->individual.email.size());

    ImportOptions update;
    update.onDuplicate = DuplicatePolicy::Update;
    const ImportResult r = importVcf(sample("android_21.vcf"), update);
    ASSERT_EQ(r.outcome, ImportResult::Outcome::Committed) << describe(r).toStdString();
    EXPECT_EQ(r.counts.updated, 2);
    EXPECT_EQ(store->customers().get(id)->individual.email, QStringLiteral("ali.rezaei@example.ir"));
    EXPECT_EQ(store.rows("customers"), 2);
}

TEST_F(VcardImporterTest, duplicates_by_national_code_and_earlier_cards)
{
    const QString code = nationalCodeOf(3);
    const qint64 id = store->customers().add(individual(QStringLiteral("مریم"), QStringLiteral("حسینی"), code));
    const QByteArray file = card("FN:مریم حسینی\r\nX-PEYVAND-NATIONAL-CODE:" + code.toUtf8() + "\r\n")
        + card("FN:Sam\r\nTEL:09120000001\r\n") + card("FN:Sam again\r\nTEL:0912 000 0001\r\n");
    const ImportResult r = importVcf(file);
    ASSERT_EQ(r.outcome, ImportResult::Outcome::Committed) << describe(r).toStdString();
    EXPECT_EQ(r.counts.imported, 1);
    ASSERT_EQ(r.duplicates.size(), 2);
    EXPECT_EQ(r.duplicates[0].existingId, id);
    EXPECT_EQ(r.duplicates[0].matchedOn, QStringLiteral("national_code"));
    EXPECT_EQ(r.duplicates[1].row, 3);
    EXPECT_EQ(r.duplicates[1].earlierRow, 2);
}

TEST_F(VcardImporterTest, invalid_cards_refuse_everything_or_are_skipped)
{
    const QByteArray file = card("FN:Good One\r\nTEL:09120000002\r\n")
        + card("FN:Bad Birthday\r\nTEL:09120000003\r\nBDAY:1990-13-45\r\n")
        + card("TEL:09120000004\r\nEMAIL:noname@example.ir\r\n") + card("FN:Bad Phone\r\nTEL;TYPE=CELL:12345\r\n");
    const RowCounts before = RowCounts::of(store);
    const ImportResult refused = importVcf(file);
    EXPECT_EQ(refused.outcome, ImportResult::Outcome::Refused);
    EXPECT_EQ(RowCounts::of(store), before);
    ASSERT_EQ(refused.problems.size(), 3) << describe(refused).toStdString();
    EXPECT_EQ(refused.problems[0].row, 2);
    EXPECT_EQ(refused.problems[0].column, QStringLiteral("BDAY"));
    EXPECT_EQ(refused.problems[0].value, QStringLiteral("1990-13-45"));
    EXPECT_EQ(refused.problems[1].row, 3);
    EXPECT_EQ(refused.problems[1].column, QStringLiteral("N"));
    EXPECT_EQ(refused.problems[1].code, QStringLiteral("required"));
    EXPECT_EQ(refused.problems[2].row, 4);
    EXPECT_EQ(refused.problems[2].column, QStringLiteral("TEL"));

    ImportOptions skip;
    skip.skipInvalid = true;
    const ImportResult r = importVcf(file, skip);
    EXPECT_EQ(r.outcome, ImportResult::Outcome::Committed);
    EXPECT_EQ(r.counts.imported, 1);
    EXPECT_EQ(r.counts.invalid, 3);
    EXPECT_EQ(store.rows("customers"), 1);
}

TEST_F(VcardImporterTest, broken_files_write_nothing)
{
    const QByteArray good = card("FN:Good One\r\nTEL:09120000002\r\n");
    struct Case
    {
        QByteArray bytes;
        const char *code;
    };
    QByteArray huge = good + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:x\r\nNOTE:";
    huge += QByteArray(10 * 1024 * 1024, 'n');
    huge += "\r\nEND:VCARD\r\n";
    const QList<Case> cases {
        { QByteArray(), "no_cards" },
        { "\r\n\r\n", "no_cards" },
        { QByteArray("\x7f"
                     "ELF\x02\x01\x01\0\0\0",
                     10),
          "binary_file" },
        { "this is not a vcard\r\n", "outside_card" },
        { good + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:open\r\n", "unterminated_card" },
        { huge, "line_too_long" },
    };
    for (const Case &c : cases) {
        ImportOptions options;
        options.skipInvalid = true;
        const ImportResult r = importVcf(c.bytes, options);
        EXPECT_EQ(r.outcome, ImportResult::Outcome::FileRejected) << c.code;
        ASSERT_FALSE(r.problems.isEmpty()) << c.code;
        EXPECT_EQ(r.problems.back().code, QLatin1String(c.code));
        EXPECT_EQ(store.rows("customers"), 0) << c.code;
    }
}

TEST_F(VcardImporterTest, a_required_version_refuses_other_cards)
{
    VcardLimits limits;
    limits.requiredVersion = QStringLiteral("4.0");
    const ImportResult r = importVcf(sample("google_30.vcf"), {}, limits);
    EXPECT_EQ(r.outcome, ImportResult::Outcome::Refused);
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems[0].code, QStringLiteral("wrong_version"));
}

TEST_F(VcardImporterTest, progress_and_cancel)
{
    QByteArray file;
    for (int i = 0; i < 30; ++i)
        file += card("FN:Person " + QByteArray::number(i) + "\r\nTEL:" + mobileOf(i).toUtf8() + "\r\n");
    std::atomic_bool cancel = false;
    QList<qint64> seen;
    ImportOptions options;
    options.chunkRows = 10;
    options.cancel = &cancel;
    options.progress = [&](const ImportProgress &p) {
        seen << p.rows;
        if (p.rows >= 20)
            cancel = true;
    };
    const ImportResult r = importVcf(file, options);
    EXPECT_EQ(r.outcome, ImportResult::Outcome::Cancelled);
    EXPECT_EQ(store.rows("customers"), 0);
    ASSERT_GE(seen.size(), 2);
    EXPECT_EQ(seen.front(), 10);

    cancel = false;
    options.progress = [&](const ImportProgress &p) { seen << p.rows; };
    const ImportResult all = importVcf(file, options);
    EXPECT_EQ(all.outcome, ImportResult::Outcome::Committed);
    EXPECT_EQ(store.rows("customers"), 30);
}
