// Duplicate matching of CsvImporter on real files: national code / legal ID and
// normalised mobile, against stored customers and earlier rows of the same file;
// skip versus update (only non-empty cells change, the search index follows);
// a mobile of someone else is a conflict, never a merge; contact persons of
// companies; report summaries untouched.
#include "ContactService.h"
#include "DemoDataGenerator.h"
#include "ImportFixture.h"

using namespace peyvand;
using namespace peyvand::testing;

namespace {

class ImportDuplicates : public ImportFixture
{
protected:
    qint64 addStored(const Customer &c) { return CustomerService(*store, store.clock).create(c); }

    QStringList duplicates(const ImportResult &r)
    {
        QStringList out;
        for (const ImportDuplicate &d : r.duplicates)
            out << QStringLiteral("%1->%2/%3 %4 %5")
                       .arg(d.row)
                       .arg(d.existingId)
                       .arg(d.earlierRow)
                       .arg(d.matchedOn, d.updated ? QStringLiteral("updated") : QStringLiteral("skipped"));
        return out;
    }
};

} // namespace

TEST_F(ImportDuplicates, stored_customers_and_earlier_rows_are_skipped_by_national_code_or_mobile)
{
    const qint64 byCode = addStored(individual("قدیمی", "یک", nationalCodeOf(1)));
    const qint64 byMobile = addStored(individual("قدیمی", "دو", {}, mobileOf(2)));
    const QByteArray csv = QStringLiteral("first_name,last_name,national_code,mobile\n"
                                          "a,one,%1,\n" // row 1: national code of a stored customer
                                          "b,two,,+98 %2\n" // row 2: the stored mobile in another form
                                          "c,three,%3,%4\n" // row 3: new
                                          "d,four,%3,\n" // row 4: row 3's national code
                                          "e,five,,%4\n") // row 5: row 3's mobile
                               .arg(nationalCodeOf(1), mobileOf(2).mid(1), nationalCodeOf(3), mobileOf(3))
                               .toUtf8();
    const ImportResult r = import(csv);
    ASSERT_EQ(r.outcome, ImportResult::Outcome::Committed) << describe(r).toStdString();
    EXPECT_EQ(r.counts.imported, 1);
    EXPECT_EQ(r.counts.skippedDuplicates, 4);
    const qint64 newId = byMobile + 1;
    EXPECT_EQ(duplicates(r),
              (QStringList { QStringLiteral("1->%1/0 national_code skipped").arg(byCode),
                             QStringLiteral("2->%1/0 mobile skipped").arg(byMobile),
                             QStringLiteral("4->%1/3 national_code skipped").arg(newId),
                             QStringLiteral("5->%1/3 mobile skipped").arg(newId) }));
    EXPECT_EQ(store.rows("customers"), 3);
    EXPECT_EQ(store->customers().get(byCode)->individual.lastName, QStringLiteral("یک"));
}

TEST_F(ImportDuplicates, update_changes_only_the_cells_the_file_fills_and_the_search_index_follows)
{
    Customer stored = individual("مریم", "کاظمی", nationalCodeOf(1), mobileOf(1), QStringLiteral("تهران"));
    stored.individual.email = QStringLiteral("maryam@example.ir");
    const qint64 id = addStored(stored);
    const QByteArray csv
        = QStringLiteral("national_code,last_name,email,city\n%1,کاظمی‌نژاد,,اصفهان\n")
              .arg(nationalCodeOf(1))
              .toUtf8();
    ImportOptions o;
    o.onDuplicate = DuplicatePolicy::Update;
    const ImportResult r = import(csv, o);
    ASSERT_EQ(r.outcome, ImportResult::Outcome::Committed) << describe(r).toStdString();
    EXPECT_EQ(r.counts.updated, 1);
    EXPECT_EQ(r.counts.imported, 0);
    const Customer after = *store->customers().get(id);
    EXPECT_EQ(after.individual.firstName, QStringLiteral("مریم"));
    EXPECT_EQ(after.individual.lastName, QStringLiteral("کاظمی‌نژاد"));
    EXPECT_EQ(after.individual.email, QStringLiteral("maryam@example.ir"));
    EXPECT_EQ(after.city(), QStringLiteral("اصفهان"));
    EXPECT_EQ(after.primaryPhone(), mobileOf(1));
    EXPECT_EQ(after.createdAt, stored.createdAt);
    EXPECT_EQ(after.updatedAt, store.clock.now());
    CustomerQuery q;
    q.text = QStringLiteral("نژاد");
    EXPECT_EQ(store->customers().list(q).size(), 1);

    // The index holds exactly what an update through the service would leave.
    TestStore other;
    const qint64 otherId = CustomerService(*other, other.clock).create(stored);
    Customer changed = *other->customers().get(otherId);
    changed.individual.lastName = QStringLiteral("کاظمی‌نژاد");
    changed.addresses.front().city = QStringLiteral("اصفهان");
    CustomerService(*other, other.clock).update(changed);
    EXPECT_EQ(searchIndex(store, "customer_search"), searchIndex(other, "customer_search"));
}

TEST_F(ImportDuplicates, a_later_row_updates_what_an_earlier_row_of_the_file_imported)
{
    const QByteArray csv = QStringLiteral("first_name,last_name,mobile,city,email\n"
                                          "علی,رضایی,%1,تهران,\n"
                                          "علی,رضایی,%1,,ali@example.ir\n")
                               .arg(mobileOf(7))
                               .toUtf8();
    ImportOptions o;
    o.onDuplicate = DuplicatePolicy::Update;
    const ImportResult r = import(csv, o);
    ASSERT_EQ(r.outcome, ImportResult::Outcome::Committed) << describe(r).toStdString();
    EXPECT_EQ(r.counts.imported, 1);
    EXPECT_EQ(r.counts.updated, 1);
    ASSERT_EQ(store.rows("customers"), 1);
    EXPECT_EQ(dump(store, "SELECT email, city FROM customers"), QStringList { "ali@example.ir|تهران" });
}

TEST_F(ImportDuplicates, a_shared_mobile_with_another_national_code_is_a_conflict_not_a_merge)
{
    const qint64 id = addStored(individual("پدر", "خانواده", nationalCodeOf(1), mobileOf(1)));
    const QByteArray csv = QStringLiteral("first_name,last_name,national_code,mobile\n"
                                          "فرزند,خانواده,%1,%2\n")
                               .arg(nationalCodeOf(2), mobileOf(1))
                               .toUtf8();
    ImportOptions o;
    o.onDuplicate = DuplicatePolicy::Update;
    const ImportResult r = import(csv, o);
    EXPECT_EQ(r.outcome, ImportResult::Outcome::Refused);
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems[0].code, QStringLiteral("duplicate_conflict"));
    EXPECT_EQ(r.problems[0].column, QStringLiteral("mobile"));
    EXPECT_TRUE(r.problems[0].message.contains(QStringLiteral("customer %1").arg(id)))
        << r.problems[0].message.toStdString();
    EXPECT_EQ(store->customers().get(id)->individual.firstName, QStringLiteral("پدر"));
}

TEST_F(ImportDuplicates, legal_entities_match_on_national_id_and_mobiles_not_on_office_phones)
{
    const qint64 id = addStored(legalEntity("پارس", legalIdOf(1), QStringLiteral("02188776655")));
    const QByteArray csv = QStringLiteral("company_name,national_id,phone\n"
                                          "پارس ابزار,%1,\n"
                                          "شعبه دیگر,%2,021 8877 6655\n")
                               .arg(legalIdOf(1), legalIdOf(2))
                               .toUtf8();
    ImportOptions o = kind(ImportKind::Legal);
    const ImportResult r = import(csv, o);
    ASSERT_EQ(r.outcome, ImportResult::Outcome::Committed) << describe(r).toStdString();
    EXPECT_EQ(r.counts.skippedDuplicates, 1);
    EXPECT_EQ(r.counts.imported, 1); // the same switchboard number is not the same company
    EXPECT_EQ(duplicates(r), QStringList { QStringLiteral("1->%1/0 national_id skipped").arg(id) });
}

TEST_F(ImportDuplicates, the_kinds_do_not_match_each_other)
{
    addStored(legalEntity("پارس", legalIdOf(1), mobileOf(5)));
    const ImportResult r
        = import(QStringLiteral("first_name,last_name,mobile\nعلی,رضایی,%1\n").arg(mobileOf(5)).toUtf8());
    ASSERT_EQ(r.outcome, ImportResult::Outcome::Committed) << describe(r).toStdString();
    EXPECT_EQ(r.counts.imported, 1);
}

TEST_F(ImportDuplicates, contacts_are_attached_to_companies_by_national_id_and_matched_by_mobile_or_name)
{
    const qint64 pars = addStored(legalEntity("پارس", legalIdOf(1)));
    const qint64 kaveh = addStored(legalEntity("کاوه", legalIdOf(2)));
    const qint64 person = addStored(individual("علی", "رضایی", nationalCodeOf(1)));
    ContactPerson existing;
    existing.customerId = pars;
    existing.firstName = QStringLiteral("سارا");
    existing.lastName = QStringLiteral("احمدی");
    existing.mobile = mobileOf(1);
    const qint64 sara = ContactService(*store).add(existing);

    const QByteArray csv
        = QStringLiteral("شناسه ملی شرکت,نام,نام خانوادگی,سمت,نقش,موبایل\n"
                         "%1,سارا,احمدی,مدیر خرید,خریدار,%2\n" // row 1: Sara again, by mobile
                         "%1,رضا,کریمی,مدیرعامل,تصمیم‌گیرنده,\n" // row 2: new
                         "%3,مینا,نوری,کارپرداز,buyer,%4\n" // row 3: new, other company
                         "%3,مینا,نوری,,,\n" // row 4: row 3 by name
                         "%5,x,y,,,\n" // row 5: no such company
                         "%6,x,y,,,\n") // row 6: an individual's code is not a company's ID
              .arg(legalIdOf(1), mobileOf(1), legalIdOf(2), mobileOf(2), legalIdOf(3), nationalCodeOf(1))
              .toUtf8();
    ImportOptions o = kind(ImportKind::Contact);
    o.onDuplicate = DuplicatePolicy::Update;
    o.skipInvalid = true;
    const ImportResult r = import(csv, o);
    ASSERT_EQ(r.outcome, ImportResult::Outcome::Committed) << describe(r).toStdString();
    EXPECT_EQ(r.counts.imported, 2);
    EXPECT_EQ(r.counts.updated, 2);
    EXPECT_EQ(r.counts.invalid, 2);
    QStringList problems;
    for (const ImportProblem &p : r.problems)
        problems << QStringLiteral("%1:%2:%3").arg(p.row).arg(p.column, p.code);
    EXPECT_EQ(problems, (QStringList { "5:شناسه ملی شرکت:company_not_found", "6:شناسه ملی شرکت:length" }));
    EXPECT_EQ(duplicates(r).first(), QStringLiteral("1->%1/0 mobile updated").arg(sara));
    const ContactPerson updated = *store->contacts().get(sara);
    EXPECT_EQ(updated.jobTitle, QStringLiteral("مدیر خرید"));
    EXPECT_EQ(updated.role, BuyingRole::Buyer);
    EXPECT_EQ(store->contacts().forCustomer(pars).size(), 2);
    EXPECT_EQ(store->contacts().forCustomer(kaveh).size(), 1);
    EXPECT_EQ(store->contacts().forCustomer(person).size(), 0);
    EXPECT_EQ(store->contacts().search(QStringLiteral("کریمی"), 10).size(), 1);
    EXPECT_EQ(store->contacts().customersByPhone(mobileOf(2)), QList<qint64> { kaveh });
}

TEST_F(ImportDuplicates, contacts_of_a_company_not_stored_are_refused)
{
    addStored(individual("علی", "رضایی"));
    // A valid 11-digit ID that belongs to nobody: companies are imported first.
    const ImportResult r = import(QStringLiteral("company_national_id,first_name\n%1,x\n").arg(legalIdOf(9)).toUtf8(),
                                  kind(ImportKind::Contact));
    EXPECT_EQ(r.outcome, ImportResult::Outcome::Refused);
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems[0].code, QStringLiteral("company_not_found"));
    EXPECT_EQ(store.rows("contacts"), 0);
}

TEST_F(ImportDuplicates, updating_customers_of_a_seeded_database_leaves_the_report_summaries_alone)
{
    DemoDataGenerator::Options seed;
    seed.customers = 200;
    seed.asOf = QDate(2025, 1, 10);
    DemoDataGenerator(*store, seed).run();
    const QStringList activities = dump(store, "SELECT * FROM activity_daily ORDER BY 1, 2, 3, 4");
    const QStringList orders = dump(store, "SELECT * FROM order_daily ORDER BY 1, 2, 3, 4");
    const QStringList reached = dump(store, "SELECT id, reached_position FROM deals ORDER BY id");
    ASSERT_FALSE(orders.isEmpty());

    // Re-import every individual with a new city, and some new people.
    QByteArray csv = "national_code,mobile,last_name,city\n";
    int n = 0;
    for (const QString &row : dump(store,
                                   "SELECT national_id, phone, last_name FROM customers "
                                   "WHERE kind = 'individual' AND national_id IS NOT NULL ORDER BY id")) {
        const QStringList cells = row.split(QLatin1Char('|'));
        csv += QStringLiteral("%1,%2,%3,یزد\n")
                   .arg(cells[0], cells[1] == "<null>" ? QString() : cells[1], cells[2])
                   .toUtf8();
        ++n;
    }
    for (int i = 0; i < 20; ++i)
        csv += QStringLiteral("%1,0999%2,تازه%3,یزد\n") // 0999: a prefix the demo data does not use
                   .arg(nationalCodeOf(50000 + i))
                   .arg(1000000 + i)
                   .arg(i)
                   .toUtf8();
    ImportOptions o;
    o.onDuplicate = DuplicatePolicy::Update;
    const ImportResult r = import(csv, o);
    ASSERT_EQ(r.outcome, ImportResult::Outcome::Committed) << describe(r).toStdString();
    EXPECT_EQ(r.counts.updated, n);
    EXPECT_EQ(r.counts.imported, 20);
    EXPECT_EQ(dump(store, "SELECT * FROM activity_daily ORDER BY 1, 2, 3, 4"), activities);
    EXPECT_EQ(dump(store, "SELECT * FROM order_daily ORDER BY 1, 2, 3, 4"), orders);
    EXPECT_EQ(dump(store, "SELECT id, reached_position FROM deals ORDER BY id"), reached);
    // Every individual with a national code moved to Yazd, and the 20 new ones live there.
    EXPECT_EQ(store.scalar("SELECT count(*) FROM customers WHERE kind = 'individual' AND national_id IS NOT NULL "
                           "AND city <> 'یزد'"),
              0);
    EXPECT_EQ(store.scalar("SELECT count(*) FROM customers WHERE kind = 'individual' AND city = 'یزد' "
                           "AND phone LIKE '0999%'"),
              20);
}
