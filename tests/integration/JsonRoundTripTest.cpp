// JSON full export, then import into an empty database: the same data entity
// by entity (DatabaseComparison), the same rows in every table including the
// derived ones (report summaries, search grams, deals' furthest stage), the
// same reports and searches, and `check` passes.
#include "CliRunner.h"
#include "DatabaseComparison.h"
#include "DemoDataGenerator.h"
#include "JsonTestSupport.h"
#include "ReportFixture.h"
#include "ReportJson.h"
#include "ReportService.h"
#include "TestStore.h"

#include <gtest/gtest.h>

namespace peyvand::testing {

namespace {

std::string joined(const std::vector<std::string> &lines)
{
    std::string out;
    for (const std::string &l : lines)
        out += l + '\n';
    return out;
}

QList<qint64> searchIds(DataStore &store, const QString &text)
{
    CustomerQuery q;
    q.text = text;
    q.limit = 100;
    QList<qint64> ids;
    for (const CustomerRow &row : store.customers().list(q))
        ids << row.id;
    return ids;
}

// Exports `source`, imports into a new file, and checks both hold the same.
void expectRoundTrip(TestStore &source, TestStore &target)
{
    const QString file = source.dir.filePath(QStringLiteral("export.json"));
    const SnapshotCounts exported = exportTo(*source, file);
    const JsonImporter::Result imported = importFrom(*target, file);
    EXPECT_EQ(imported.counts, exported);
    EXPECT_GT(exported.customers, 0);

    const std::vector<std::string> differences = compareDatabases(*source, *target);
    EXPECT_TRUE(differences.empty()) << joined(differences);

    target.reopen();
    const QStringList expected = everything(source.sqlite().database());
    const QStringList actual = everything(target.sqlite().database());
    EXPECT_TRUE(expected == actual) << firstDifference(expected, actual);

    // Exporting the imported file gives the same file.
    const QString again = target.dir.filePath(QStringLiteral("again.json"));
    exportTo(*target, again);
    EXPECT_EQ(fileBytes(file), fileBytes(again));

    // The real `check` on the imported file.
    test::CliRunner cli;
    const test::CliResult check = cli.run({ QStringLiteral("--db"), target.path, QStringLiteral("check") });
    EXPECT_EQ(check.exitCode, 0) << check.describe();
}

} // namespace

TEST(JsonRoundTrip, demo_data_comes_back_the_same_and_is_found_by_search)
{
    TestStore source;
    DemoDataGenerator::Options options;
    options.customers = 2000;
    options.asOf = QDate(2026, 11, 22);
    DemoDataGenerator(*source, options).run();
    TestStore target;
    expectRoundTrip(source, target);

    // A customer's name, a phone and a national code find the same customers.
    const auto reader = source->snapshotReader();
    const auto customers = reader->customers();
    Customer c;
    int checked = 0;
    while (customers->next(c) && checked < 20) {
        if (c.id % 97 != 1)
            continue;
        for (const QString &text : { c.displayName(), c.primaryPhone(), c.nationalIdentifier() }) {
            if (text.isEmpty())
                continue;
            const QList<qint64> found = searchIds(*target, text);
            EXPECT_TRUE(found.contains(c.id)) << text.toStdString();
            EXPECT_EQ(found, searchIds(*source, text)) << text.toStdString();
        }
        ++checked;
    }
    EXPECT_GT(checked, 10);
}

TEST(JsonRoundTrip, report_fixture_gives_the_same_reports_after_the_round_trip)
{
    TestStore source;
    ReportFixture fx { *source };
    // What the fixture lacks: a household, a parent company that comes after its subsidiary (a forward
    // reference), tags, a second address, a contact in a deal, a service request with a note.
    Customer child = legalEntity(QStringLiteral("شرکت فرعی پیوند"), validLegalId(QStringLiteral("1010101010")),
                                 QStringLiteral("02188776655"), QStringLiteral("تهران"));
    child.tags = QStringList { QStringLiteral("مهم"), QStringLiteral("نمایشگاه") };
    child.addresses << Address { QStringLiteral("انبار"), QStringLiteral("البرز"), QStringLiteral("کرج"),
                                 QStringLiteral("جاده مخصوص"), QStringLiteral("3134567890") };
    child.id = source->customers().add(child);
    const qint64 parent = source->customers().add(legalEntity(QStringLiteral("هلدینگ پیوند")));
    child.legal.parentId = parent;
    source->customers().update(child);
    const qint64 household = source->customers().addHousehold(Household { 0, QStringLiteral("خانواده احمدی") });
    Customer member = individual(QStringLiteral("سارا"), QStringLiteral("احمدی"),
                                 validNationalCode(QStringLiteral("001234567")), QStringLiteral("09121112233"));
    member.individual.householdId = household;
    member.individual.householdRole = QStringLiteral("spouse");
    member.individual.birthDate = QDate(1990, 3, 21);
    source->customers().add(member);
    ContactPerson contact;
    contact.customerId = fx.l1;
    contact.firstName = QStringLiteral("مهدی");
    contact.lastName = QStringLiteral("کاظمی");
    contact.role = BuyingRole::Decider;
    contact.attitude = Attitude::Supporter;
    contact.mobile = QStringLiteral("09123334455");
    contact.id = source->contacts().add(contact);
    Deal d2 = *source->deals().get(fx.d2);
    d2.contactIds << contact.id;
    source->deals().update(d2);
    ServiceRequest request;
    request.customerId = fx.i1;
    request.orderId = fx.o1;
    request.subject = QStringLiteral("خرابی دستگاه");
    request.priority = Priority::High;
    request.createdAt = request.updatedAt = tehran(1403, 12, 12);
    const qint64 requestId = source->serviceRequests().add(request);
    source->serviceRequests().addNote(
        requestId, RequestNote { 0, tehran(1403, 12, 13), fx.repA, QStringLiteral("تماس گرفته شد") });

    TestStore target;
    expectRoundTrip(source, target);

    ReportService before(*source, fx.clock), after(*target, fx.clock);
    for (ReportScope scope : { ReportScope::All, ReportScope::B2B, ReportScope::B2C }) {
        ReportFilter f;
        f.scope = scope;
        f.period = ReportFixture::esfand1403();
        EXPECT_EQ(cli::ReportJson::of(before.pipeline(f)), cli::ReportJson::of(after.pipeline(f)));
        EXPECT_EQ(cli::ReportJson::of(before.funnel(f)), cli::ReportJson::of(after.funnel(f)));
        EXPECT_EQ(cli::ReportJson::of(before.forecast(f)), cli::ReportJson::of(after.forecast(f)));
        EXPECT_EQ(cli::ReportJson::of(before.activity(f)), cli::ReportJson::of(after.activity(f)));
        EXPECT_EQ(cli::ReportJson::of(before.orders(f)), cli::ReportJson::of(after.orders(f)));
    }
    EXPECT_FALSE(cli::ReportJson::of(after.orders(ReportFilter { ReportScope::All, 0, ReportFixture::esfand1403() }))
                     .dump()
                     .empty());
}

TEST(JsonRoundTrip, record_versions_travel_and_a_format_1_file_imports_them_as_1)
{
    TestStore source;
    ReportFixture fx { *source };
    // Records saved a few times: their versions are above 1.
    Customer c = *source->customers().get(fx.i1);
    for (int i = 0; i < 3; ++i) {
        c.tags = QStringList { QStringLiteral("دور %1").arg(i) };
        c.version = source->customers().update(c);
    }
    ASSERT_EQ(c.version, 4);
    const qint64 orderVersion
        = source->orders().setTrackingCode(fx.o1, QStringLiteral("123"), source->orders().get(fx.o1)->version);
    ASSERT_GE(orderVersion, 2);

    TestStore target;
    expectRoundTrip(source, target);
    EXPECT_EQ(target->customers().get(fx.i1)->version, 4);
    EXPECT_EQ(target->orders().get(fx.o1)->version, orderVersion);

    // The same file as format 1 wrote it: no "version" in any record.
    const QString file = source.dir.filePath(QStringLiteral("export.json"));
    QFile in(file);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    nlohmann::ordered_json doc = nlohmann::ordered_json::parse(in.readAll().toStdString());
    in.close();
    doc["version"] = 1;
    int stripped = 0;
    for (const char *section : { "customers", "contacts", "deals", "activities", "orders", "service_requests" })
        for (auto &record : doc[section])
            stripped += int(record.erase("version"));
    EXPECT_GT(stripped, 0);
    const QString old = source.dir.filePath(QStringLiteral("format1.json"));
    QFile out(old);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QByteArray::fromStdString(doc.dump()));
    out.close();
    TestStore fromOld;
    const JsonImporter::Result imported = importFrom(*fromOld, old);
    EXPECT_EQ(imported.counts.customers, doc["counts"]["customers"].get<qint64>());
    EXPECT_EQ(fromOld->customers().get(fx.i1)->version, 1);
    EXPECT_EQ(fromOld->orders().get(fx.o1)->version, 1);
    EXPECT_EQ(fromOld.scalar("SELECT count(*) FROM customers WHERE version <> 1"), 0);
}

TEST(JsonRoundTrip, comparison_reports_the_field_that_differs)
{
    TestStore a, b;
    Customer c = individual(QStringLiteral("علی"), QStringLiteral("رضایی"), QString(), QStringLiteral("09121234567"));
    a->customers().add(c);
    c.individual.lastName = QStringLiteral("رضائی");
    b->customers().add(c);
    const std::vector<std::string> differences = compareDatabases(*a, *b);
    ASSERT_EQ(differences.size(), 1u) << joined(differences);
    EXPECT_NE(differences.front().find("customers[id 1].last_name"), std::string::npos) << differences.front();
}

} // namespace peyvand::testing
