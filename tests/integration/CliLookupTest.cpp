// peyvand-cli end to end, read side: search, customer show, order status.
// One seeded database is shared by the suite; nothing here writes to it.
// Ids, phones and numbers are taken from the CLI's own JSON, never assumed.
#include "CliRunner.h"

#include <QCalendar>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>
#include <memory>
#include <set>

using nlohmann::json;
using peyvand::test::CliResult;
using peyvand::test::CliRunner;
namespace t = peyvand::test;

namespace {

const QRegularExpression kIsoUtc(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
const QRegularExpression kIsoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));

QString str(const json &j)
{
    return QString::fromStdString(j.get<std::string>());
}

bool containsId(const json &array, qint64 id)
{
    if (!array.is_array())
        return false;
    for (const json &row : array)
        if (row.contains("id") && row["id"] == id)
            return true;
    return false;
}

// The Jalali "yyyy/MM/dd HH:mm" of an ISO UTC timestamp, as tables print it under TZ=UTC.
QString jalaliUtc(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate).toUTC();
    const QCalendar jalali(QCalendar::System::Jalali);
    const auto p = jalali.partsFromDate(t.date());
    return QStringLiteral("%1/%2/%3 %4")
        .arg(p.year, 4, 10, QLatin1Char('0'))
        .arg(p.month, 2, 10, QLatin1Char('0'))
        .arg(p.day, 2, 10, QLatin1Char('0'))
        .arg(t.time().toString(QStringLiteral("HH:mm")));
}

} // namespace

class CliLookup : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_cli = std::make_unique<CliRunner>();
        s_cli->seed(300);
        const CliResult r = s_cli->runDb({ "search", "", "--limit", "1000", "--format", "json" });
        ASSERT_EQ(r.exitCode, 0) << r.describe();
        s_all = r.json();
    }
    static void TearDownTestSuite()
    {
        s_cli.reset();
        s_all = nullptr;
    }
    void SetUp() override
    {
        ASSERT_TRUE(s_cli && s_all.is_array() && s_all.size() == 300) << "the seeded database is not usable";
    }

    static CliResult run(const QStringList &args) { return s_cli->runDb(args); }
    static json searchJson(const QString &text, const QStringList &extra = {})
    {
        const CliResult r = run(QStringList { "search", text, "--format", "json", "--limit", "1000" } + extra);
        EXPECT_EQ(r.exitCode, 0) << r.describe();
        return r.json();
    }

    // A customer of this kind whose phone no other customer has and whose
    // national identifier starts with a non-zero digit.
    static json pick(const char *kind, int skip = 0)
    {
        QHash<QString, int> phones;
        for (const json &row : s_all)
            ++phones[str(row["phone"])];
        for (const json &row : s_all) {
            const QString phone = str(row["phone"]);
            const QString nid = str(row["national_id"]);
            if (row["kind"] == kind && !phone.isEmpty() && phones.value(phone) == 1 && nid.size() >= 10
                && nid[0] != u'0' && skip-- == 0)
                return row;
        }
        ADD_FAILURE() << "no suitable " << kind << " customer in the seeded data";
        return nullptr;
    }
    // A customer that has at least one order, with its orders (JSON from order status --phone).
    static std::pair<json, json> customerWithOrders(const char *kind)
    {
        for (int skip = 0; skip < 40; ++skip) {
            const json c = pick(kind, skip);
            if (c.is_null())
                break;
            const CliResult r = run({ "order", "status", "--phone", str(c["phone"]), "--format", "json" });
            if (r.exitCode == 0 && r.json().is_array() && !r.json().empty())
                return { c, r.json() };
        }
        ADD_FAILURE() << "no " << kind << " customer with orders";
        return { nullptr, nullptr };
    }

    static std::unique_ptr<CliRunner> s_cli;
    static json s_all;
};

std::unique_ptr<CliRunner> CliLookup::s_cli;
json CliLookup::s_all;

// --- search ------------------------------------------------------------------

TEST_F(CliLookup, search_json_is_an_array_of_customers_with_the_documented_fields)
{
    const json all = searchJson("", { "--limit", "50" });
    ASSERT_TRUE(all.is_array());
    ASSERT_EQ(all.size(), 50u);
    QSet<qint64> ids;
    qint64 previous = 0;
    for (const json &row : all) {
        ASSERT_TRUE(row.is_object());
        ASSERT_TRUE(row.contains("id") && row["id"].is_number_integer()) << row.dump();
        const qint64 id = row["id"].get<qint64>();
        EXPECT_GT(id, previous) << "rows are in id order";
        previous = id;
        ids.insert(id);
        ASSERT_TRUE(row.contains("kind") && row["kind"].is_string()) << row.dump();
        EXPECT_TRUE(row["kind"] == "legal" || row["kind"] == "individual") << row.dump();
        for (const char *key : { "name", "phone", "national_id", "city", "lifecycle" })
            EXPECT_TRUE(row.contains(key) && row[key].is_string()) << key << ": " << row.dump();
        EXPECT_FALSE(str(row["name"]).isEmpty()) << row.dump();
        EXPECT_TRUE(row.contains("owner_id")) << row.dump();
        ASSERT_TRUE(row.contains("created_at") && row["created_at"].is_string()) << row.dump();
        EXPECT_TRUE(kIsoUtc.match(str(row["created_at"])).hasMatch()) << row.dump();
        // Phones are national-form strings.
        const QString phone = str(row["phone"]);
        if (!phone.isEmpty()) {
            EXPECT_TRUE(QRegularExpression("^0\\d{10}$").match(phone).hasMatch()) << row.dump();
        }
    }
    EXPECT_EQ(ids.size(), 50);
}

TEST_F(CliLookup, search_finds_a_name_typed_with_arabic_yeh_and_kaf)
{
    // A customer whose name holds ی or ک; type it with the Arabic letters ي and ك.
    for (const json &row : s_all) {
        const QString name = str(row["name"]);
        if (!name.contains(u'ی') && !name.contains(u'ک'))
            continue;
        QString arabic = name;
        arabic.replace(u'ی', u'ي').replace(u'ک', u'ك');
        ASSERT_NE(arabic, name);
        const json found = searchJson(arabic);
        EXPECT_TRUE(containsId(found, row["id"].get<qint64>())) << arabic.toStdString() << " → " << found.dump();
        // And the other way round: Persian letters find the same row.
        EXPECT_TRUE(containsId(searchJson(name), row["id"].get<qint64>()));
        return;
    }
    FAIL() << "no name with ی or ک in the seeded data";
}

TEST_F(CliLookup, search_finds_a_phone_typed_with_persian_or_arabic_indic_digits_or_country_prefix)
{
    const json c = pick("individual");
    ASSERT_FALSE(c.is_null());
    const qint64 id = c["id"].get<qint64>();
    const QString phone = str(c["phone"]); // 09xxxxxxxxx
    const QStringList forms { phone,
                              t::toPersianDigits(phone),
                              t::toArabicIndicDigits(phone),
                              t::internationalSpaced(phone),
                              QStringLiteral("+98") + phone.mid(1),
                              QStringLiteral("0098") + phone.mid(1),
                              phone.mid(1), // without the leading 0
                              t::toPersianDigits(phone.left(7)) }; // a prefix, Persian digits
    for (const QString &form : forms) {
        const json found = searchJson(form);
        EXPECT_TRUE(containsId(found, id)) << form.toStdString() << " → " << found.dump();
    }
}

TEST_F(CliLookup, search_finds_a_legal_entity_by_its_national_id_in_any_digits)
{
    const json c = pick("legal");
    ASSERT_FALSE(c.is_null());
    const QString nid = str(c["national_id"]);
    ASSERT_EQ(nid.size(), 11);
    for (const QString &form : { nid, t::toPersianDigits(nid), t::toArabicIndicDigits(nid) }) {
        const json found = searchJson(form);
        EXPECT_TRUE(containsId(found, c["id"].get<qint64>())) << form.toStdString() << " → " << found.dump();
    }
}

TEST_F(CliLookup, search_finds_an_individual_by_the_whole_national_code)
{
    // Support staff type the whole 10-digit national code. A code that does not
    // start with 0 also looks like a phone number without its leading 0; it must
    // still find the customer.
    const json c = pick("individual");
    ASSERT_FALSE(c.is_null());
    const QString code = str(c["national_id"]);
    ASSERT_EQ(code.size(), 10);
    for (const QString &form : { code, t::toPersianDigits(code), t::toArabicIndicDigits(code) }) {
        const json found = searchJson(form);
        EXPECT_TRUE(containsId(found, c["id"].get<qint64>())) << form.toStdString() << " → " << found.dump();
    }
    // A part of the code finds it too.
    EXPECT_TRUE(containsId(searchJson(t::toPersianDigits(code.left(6))), c["id"].get<qint64>()));
}

TEST_F(CliLookup, search_with_one_or_two_persian_letters_finds_substrings)
{
    const json c = pick("individual");
    ASSERT_FALSE(c.is_null());
    const QString name = str(c["name"]);
    const QString lastWord = name.split(' ', Qt::SkipEmptyParts).last();
    ASSERT_GE(lastWord.size(), 3);
    const QString two = lastWord.mid(1, 2);
    const json found = searchJson(two);
    ASSERT_TRUE(found.is_array());
    EXPECT_TRUE(containsId(found, c["id"].get<qint64>())) << two.toStdString();
    // Every hit has the two letters in its name (spaces, ZWNJ and punctuation folded away).
    for (const json &row : found) {
        QString folded;
        for (const QChar ch : str(row["name"]))
            if (ch.isLetterOrNumber())
                folded += ch;
        EXPECT_TRUE(folded.contains(two)) << two.toStdString() << ": " << row.dump();
    }
    const json one = searchJson(lastWord.left(1), { "--limit", "5" });
    ASSERT_TRUE(one.is_array());
    EXPECT_FALSE(one.empty());
    EXPECT_LE(one.size(), 5u);
}

TEST_F(CliLookup, search_kind_filter_returns_only_that_kind)
{
    const json legal = searchJson("", { "--kind", "legal" });
    const json individual = searchJson("", { "--kind", "individual" });
    ASSERT_TRUE(legal.is_array());
    ASSERT_TRUE(individual.is_array());
    EXPECT_FALSE(legal.empty());
    EXPECT_FALSE(individual.empty());
    for (const json &row : legal)
        EXPECT_EQ(row["kind"], "legal") << row.dump();
    for (const json &row : individual)
        EXPECT_EQ(row["kind"], "individual") << row.dump();
    EXPECT_EQ(legal.size() + individual.size(), s_all.size());

    // With a term: a legal entity's own phone, filtered to individuals, finds nothing of it.
    const json c = pick("legal");
    ASSERT_FALSE(c.is_null());
    EXPECT_TRUE(containsId(searchJson(str(c["phone"]), { "--kind", "legal" }), c["id"].get<qint64>()));
    EXPECT_FALSE(containsId(searchJson(str(c["phone"]), { "--kind", "individual" }), c["id"].get<qint64>()));

    const CliResult bad = run({ "search", "x", "--kind", "company" });
    EXPECT_EQ(bad.exitCode, 2) << bad.describe();
}

TEST_F(CliLookup, search_limit_is_respected_and_checked)
{
    const CliResult r = run({ "search", "", "--limit", "7", "--format", "json" });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_EQ(r.json().size(), 7u);
    const CliResult persian = run({ "search", "", "--limit", "۷", "--format", "json" });
    ASSERT_EQ(persian.exitCode, 0) << persian.describe();
    EXPECT_EQ(persian.json().size(), 7u);
    const CliResult byDefault = run({ "search", "", "--format", "json" });
    EXPECT_EQ(byDefault.json().size(), 20u);
    EXPECT_EQ(run({ "search", "x", "--limit", "0" }).exitCode, 2);
    EXPECT_EQ(run({ "search", "x", "--limit", "many" }).exitCode, 2);
}

TEST_F(CliLookup, search_with_no_match_is_an_empty_array_and_exit_0)
{
    const CliResult r = run({ "search", "zzqqxxnotaname", "--format", "json" });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_EQ(r.json(), json::array());
}

TEST_F(CliLookup, search_table_lists_rows_and_a_count)
{
    const json c = pick("individual");
    const CliResult r = run({ "search", str(c["phone"]) });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(r.out.contains(str(c["name"]))) << r.describe();
    EXPECT_TRUE(r.out.contains("1 customer(s)")) << r.describe();
}

// --- customer show -----------------------------------------------------------

TEST_F(CliLookup, customer_show_json_has_the_customer_with_contacts_open_deals_activities_and_orders)
{
    const auto [c, orders] = customerWithOrders("individual");
    ASSERT_FALSE(c.is_null());
    const qint64 id = c["id"].get<qint64>();
    const CliResult r = run({ "customer", "show", QString::number(id), "--format", "json" });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const json j = r.json();
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j["id"], id);
    EXPECT_EQ(j["kind"], "individual");
    EXPECT_EQ(j["name"], c["name"]);
    EXPECT_EQ(j["phone"], c["phone"]);
    EXPECT_EQ(j["national_id"], c["national_id"]);
    for (const char *key : { "contacts", "open_deals", "activities", "orders", "phones", "addresses", "tags" })
        EXPECT_TRUE(j.contains(key) && j[key].is_array()) << key << ": " << j.dump();
    for (const char *key :
         { "owner_id", "lifecycle", "source", "do_not_call", "do_not_sms", "created_at", "updated_at", "individual" })
        EXPECT_TRUE(j.contains(key)) << key;
    EXPECT_FALSE(j.contains("legal"));
    EXPECT_TRUE(j["individual"].contains("first_name"));
    EXPECT_TRUE(j["individual"].contains("last_name"));
    EXPECT_TRUE(j["individual"]["birth_date"].is_null()
                || kIsoDate.match(str(j["individual"]["birth_date"])).hasMatch());

    // Activities: the latest 10 by default, newest first, all of this customer, ISO times.
    const json &activities = j["activities"];
    EXPECT_LE(activities.size(), 10u);
    EXPECT_FALSE(activities.empty());
    QString previous;
    for (const json &a : activities) {
        EXPECT_EQ(a["customer_id"], id);
        for (const char *key : { "id", "type", "direction", "at", "duration", "outcome", "notes", "owner_id", "deal_id",
                                 "contact_id", "follow_up_at" })
            EXPECT_TRUE(a.contains(key)) << key << ": " << a.dump();
        EXPECT_TRUE(kIsoUtc.match(str(a["at"])).hasMatch()) << a.dump();
        if (!previous.isEmpty()) {
            EXPECT_LE(str(a["at"]), previous) << "activities are newest first";
        }
        previous = str(a["at"]);
    }
    // Orders are the ones order status --phone lists.
    std::set<std::string> numbers;
    for (const json &o : orders)
        numbers.insert(o["number"].get<std::string>());
    EXPECT_FALSE(j["orders"].empty());
    for (const json &o : j["orders"]) {
        EXPECT_TRUE(numbers.count(o["number"].get<std::string>()) == 1) << o.dump();
        EXPECT_EQ(o["customer_id"], id);
        EXPECT_EQ(o["customer_name"], c["name"]);
    }
    for (const json &d : j["open_deals"]) {
        EXPECT_EQ(d["status"], "open") << d.dump();
        for (const char *key : { "id", "title", "pipeline_id", "stage_id", "stage", "amount", "expected_close" })
            EXPECT_TRUE(d.contains(key)) << key << ": " << d.dump();
        EXPECT_TRUE(d["amount"].is_number_integer());
    }

    // --activities N
    const CliResult three = run({ "customer", "show", QString::number(id), "--activities", "3", "--format", "json" });
    ASSERT_EQ(three.exitCode, 0) << three.describe();
    EXPECT_EQ(three.json()["activities"].size(), std::min<size_t>(3, activities.size()));
}

TEST_F(CliLookup, customer_show_of_a_legal_entity_has_legal_details_and_buying_center_contacts)
{
    // Find a legal entity with contacts.
    for (int skip = 0; skip < 40; ++skip) {
        const json c = pick("legal", skip);
        ASSERT_FALSE(c.is_null());
        const CliResult r = run({ "customer", "show", QString::number(c["id"].get<qint64>()), "--format", "json" });
        ASSERT_EQ(r.exitCode, 0) << r.describe();
        const json j = r.json();
        EXPECT_EQ(j["kind"], "legal");
        ASSERT_TRUE(j.contains("legal")) << j.dump();
        EXPECT_FALSE(j.contains("individual"));
        for (const char *key : { "company_name", "economic_code", "registration_no", "registration_date", "industry",
                                 "employees", "size", "website", "parent_id" })
            EXPECT_TRUE(j["legal"].contains(key)) << key;
        EXPECT_TRUE(j["legal"]["size"] == "sme" || j["legal"]["size"] == "enterprise");
        if (j["contacts"].empty())
            continue;
        static const QSet<QString> roles { "initiator", "user", "influencer", "decider", "buyer", "gatekeeper" };
        static const QSet<QString> attitudes { "supporter", "neutral", "opponent" };
        for (const json &p : j["contacts"]) {
            for (const char *key :
                 { "id", "name", "job_title", "role", "influence", "attitude", "mobile", "phone", "email" })
                EXPECT_TRUE(p.contains(key)) << key << ": " << p.dump();
            EXPECT_TRUE(roles.contains(str(p["role"]))) << p.dump();
            EXPECT_TRUE(attitudes.contains(str(p["attitude"]))) << p.dump();
        }
        return;
    }
    FAIL() << "no legal entity with contacts";
}

TEST_F(CliLookup, customer_show_table_prints_jalali_dates)
{
    const json c = pick("individual");
    const qint64 id = c["id"].get<qint64>();
    const CliResult r = run({ "customer", "show", QString::number(id) });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(r.out.contains(str(c["name"]))) << r.describe();
    EXPECT_TRUE(r.out.contains("Latest activities")) << r.describe();
    // created: 1403/05/12 10:20 (Jalali), never the ISO form.
    const QString jalali = jalaliUtc(str(c["created_at"]));
    EXPECT_TRUE(r.out.contains("created: " + jalali)) << jalali.toStdString() << "\n" << r.describe();
    EXPECT_FALSE(r.out.contains(QRegularExpression("\\d{4}-\\d{2}-\\d{2}T"))) << r.describe();
}

TEST_F(CliLookup, customer_show_accepts_an_id_in_persian_digits)
{
    const json c = pick("individual");
    const QString id = QString::number(c["id"].get<qint64>());
    const CliResult r = run({ "customer", "show", t::toPersianDigits(id), "--format", "json" });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_EQ(r.json()["id"], c["id"]);
}

TEST_F(CliLookup, customer_show_of_an_unknown_or_malformed_id_exits_1)
{
    const CliResult unknown = run({ "customer", "show", "987654", "--format", "json" });
    EXPECT_EQ(unknown.exitCode, 1) << unknown.describe();
    EXPECT_TRUE(unknown.err.contains("987654")) << unknown.describe();
    EXPECT_TRUE(unknown.out.isEmpty()) << unknown.describe();

    for (const char *bad : { "abc", "0", "-5" }) {
        const CliResult r = run({ "customer", "show", bad });
        EXPECT_EQ(r.exitCode, 1) << bad << ": " << r.describe();
        EXPECT_TRUE(r.err.contains("customer")) << r.describe();
    }
}

// --- order status ------------------------------------------------------------

TEST_F(CliLookup, order_status_by_phone_lists_the_customers_orders_with_the_documented_fields)
{
    const auto [c, orders] = customerWithOrders("individual");
    ASSERT_FALSE(c.is_null());
    static const QSet<QString> statuses { "registered", "confirmed", "paid",    "shipped",
                                          "delivered",  "cancelled", "returned" };
    QString previous;
    for (const json &o : orders) {
        ASSERT_TRUE(o.is_object());
        for (const char *key : { "number", "status", "customer_id", "customer_name", "total", "updated_at", "id",
                                 "tracking_code", "created_at" })
            EXPECT_TRUE(o.contains(key)) << key << ": " << o.dump();
        EXPECT_TRUE(o["number"].is_string()) << o.dump();
        EXPECT_TRUE(statuses.contains(str(o["status"]))) << o.dump();
        EXPECT_EQ(o["customer_id"], c["id"]);
        EXPECT_EQ(o["customer_name"], c["name"]);
        EXPECT_TRUE(o["total"].is_number_integer()) << o.dump();
        EXPECT_GE(o["total"].get<qint64>(), 0);
        EXPECT_TRUE(kIsoUtc.match(str(o["updated_at"])).hasMatch()) << o.dump();
        if (!previous.isEmpty()) {
            EXPECT_LE(str(o["created_at"]), previous) << "newest first";
        }
        previous = str(o["created_at"]);
    }
    // The phone in other forms finds the same orders.
    const QString phone = str(c["phone"]);
    for (const QString &form : { t::toPersianDigits(phone), t::internationalSpaced(phone) }) {
        const CliResult r = run({ "order", "status", "--phone", form, "--format", "json" });
        ASSERT_EQ(r.exitCode, 0) << form.toStdString() << ": " << r.describe();
        EXPECT_EQ(r.json(), orders) << form.toStdString();
    }
}

TEST_F(CliLookup, order_status_by_number_gives_exactly_that_order)
{
    const auto [c, orders] = customerWithOrders("legal");
    ASSERT_FALSE(c.is_null());
    const json &order = orders.front();
    const QString number = str(order["number"]);
    const CliResult r = run({ "order", "status", number, "--format", "json" });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const json j = r.json();
    ASSERT_TRUE(j.is_array());
    ASSERT_EQ(j.size(), 1u);
    EXPECT_EQ(j[0], order);

    // Table: the status in English and Persian, the date in Jalali.
    const CliResult table = run({ "order", "status", number });
    ASSERT_EQ(table.exitCode, 0) << table.describe();
    EXPECT_TRUE(table.out.contains(number)) << table.describe();
    EXPECT_TRUE(table.out.contains(str(order["status"]) + " (")) << table.describe();
    EXPECT_TRUE(table.out.contains(jalaliUtc(str(order["updated_at"])))) << table.describe();
    EXPECT_TRUE(table.out.contains("1 order(s)")) << table.describe();
}

TEST_F(CliLookup, order_status_by_national_id_in_any_digits)
{
    for (const char *kind : { "individual", "legal" }) {
        const auto [c, orders] = customerWithOrders(kind);
        ASSERT_FALSE(c.is_null());
        const QString nid = str(c["national_id"]);
        for (const QString &form : { nid, t::toPersianDigits(nid) }) {
            const CliResult r = run({ "order", "status", "--national-id", form, "--format", "json" });
            ASSERT_EQ(r.exitCode, 0) << form.toStdString() << ": " << r.describe();
            EXPECT_EQ(r.json(), orders) << kind;
        }
    }
}

TEST_F(CliLookup, order_status_of_something_unknown_exits_1_naming_it)
{
    const CliResult number = run({ "order", "status", "NO-SUCH-1", "--format", "json" });
    EXPECT_EQ(number.exitCode, 1) << number.describe();
    EXPECT_TRUE(number.err.contains("NO-SUCH-1")) << number.describe();
    EXPECT_TRUE(number.out.isEmpty()) << number.describe();

    const CliResult phone = run({ "order", "status", "--phone", "09999999999" });
    EXPECT_EQ(phone.exitCode, 1) << phone.describe();
    EXPECT_TRUE(phone.err.contains("phone")) << phone.describe();

    // A national code with a wrong check digit names the field.
    const CliResult nid = run({ "order", "status", "--national-id", "0012345678" });
    EXPECT_EQ(nid.exitCode, 1) << nid.describe();
    EXPECT_TRUE(nid.err.contains("national")) << nid.describe();
}

TEST_F(CliLookup, order_status_needs_exactly_one_key)
{
    EXPECT_EQ(run({ "order", "status" }).exitCode, 2);
    EXPECT_EQ(run({ "order", "status", "100001", "--phone", "09121234567" }).exitCode, 2);
    EXPECT_EQ(run({ "order", "status", "--phone", "09121234567", "--national-id", "0012345679" }).exitCode, 2);
    EXPECT_EQ(run({ "order", "status", "100001", "100002" }).exitCode, 2);
    EXPECT_EQ(run({ "order", "status", "100001", "--format", "csv" }).exitCode, 2);
}
