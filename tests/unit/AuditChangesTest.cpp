// The field-by-field change list of an audit entry: updates list what differs,
// creates and deletes list the record's non-empty fields, nested arrays are one
// field, and values that are not objects are still shown.
#include "AuditChanges.h"

#include "Customer.h"
#include "JsonRecordEncoder.h"
#include "TestPrinters.h"

#include <gtest/gtest.h>

using namespace peyvand;
using json = nlohmann::ordered_json;

namespace {

QByteArray bytes(const json &j)
{
    return QByteArray::fromStdString(j.dump());
}

Customer customer()
{
    Customer c;
    c.id = 12;
    c.kind = CustomerKind::Individual;
    c.individual.firstName = QStringLiteral("مریم");
    c.individual.lastName = QStringLiteral("کریمی");
    c.phones << PhoneEntry { QStringLiteral("09121234567"), QStringLiteral("موبایل") };
    c.createdAt = c.updatedAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    return c;
}

} // namespace

TEST(AuditChanges, an_update_lists_only_the_fields_that_differ_in_record_order)
{
    const Customer before = customer();
    Customer after = before;
    after.individual.lastName = QStringLiteral("کریمی‌نژاد");
    after.lifecycle = Lifecycle::Customer;
    const auto changes
        = AuditChanges::between(bytes(JsonRecordEncoder::customer(before)), bytes(JsonRecordEncoder::customer(after)));
    EXPECT_EQ(AuditChanges::fields(changes),
              (QStringList { QStringLiteral("lifecycle"), QStringLiteral("last_name") }));
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes[1].oldValue, "کریمی");
    EXPECT_EQ(changes[1].newValue, "کریمی‌نژاد");
    EXPECT_EQ(changes[0].oldValue, toCode(before.lifecycle).toStdString());
    EXPECT_EQ(changes[0].newValue, "customer");
}

TEST(AuditChanges, nested_arrays_are_compared_and_reported_as_a_whole)
{
    const Customer before = customer();
    Customer after = before;
    after.phones << PhoneEntry { QStringLiteral("02188776655"), QStringLiteral("منزل") };
    const auto changes
        = AuditChanges::between(bytes(JsonRecordEncoder::customer(before)), bytes(JsonRecordEncoder::customer(after)));
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes[0].field, QStringLiteral("phones"));
    ASSERT_TRUE(changes[0].oldValue.is_array());
    EXPECT_EQ(changes[0].oldValue.size(), 1u);
    ASSERT_TRUE(changes[0].newValue.is_array());
    EXPECT_EQ(changes[0].newValue.size(), 2u);
    EXPECT_EQ(changes[0].newValue[1]["number"], "02188776655");

    // Reordering the phones is a change too (the first phone is the primary one).
    Customer swapped = after;
    std::swap(swapped.phones[0], swapped.phones[1]);
    EXPECT_EQ(AuditChanges::fields(AuditChanges::between(bytes(JsonRecordEncoder::customer(after)),
                                                         bytes(JsonRecordEncoder::customer(swapped)))),
              QStringList { QStringLiteral("phones") });
}

TEST(AuditChanges, a_create_lists_the_new_records_non_empty_fields_from_nothing)
{
    const auto changes = AuditChanges::between({},
                                               bytes(json { { "id", 5 },
                                                            { "title", "قرارداد" },
                                                            { "amount", 0 },
                                                            { "lost_reason", nullptr },
                                                            { "notes", "" },
                                                            { "contact_ids", json::array() },
                                                            { "won", false } }));
    EXPECT_EQ(AuditChanges::fields(changes),
              (QStringList { QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("amount"),
                             QStringLiteral("won") }));
    for (const AuditChange &c : changes)
        EXPECT_TRUE(c.oldValue.is_null()) << c.field.toStdString();
    EXPECT_EQ(changes[2].newValue, 0); // zero and false are values, not "nothing"
}

TEST(AuditChanges, a_delete_lists_the_old_records_non_empty_fields_to_nothing)
{
    const auto changes
        = AuditChanges::between(bytes(json { { "id", 5 }, { "subject", "خرابی" }, { "order_id", nullptr } }), {});
    EXPECT_EQ(AuditChanges::fields(changes), (QStringList { QStringLiteral("id"), QStringLiteral("subject") }));
    EXPECT_EQ(changes[1].oldValue, "خرابی");
    EXPECT_TRUE(changes[1].newValue.is_null());
}

TEST(AuditChanges, fields_added_or_dropped_between_versions_show_as_changes)
{
    const auto changes = AuditChanges::between(bytes(json { { "a", 1 }, { "gone", "x" }, { "was_null", nullptr } }),
                                               bytes(json { { "a", 1 }, { "added", true }, { "now_null", nullptr } }));
    EXPECT_EQ(AuditChanges::fields(changes), (QStringList { QStringLiteral("added"), QStringLiteral("gone") }));
    EXPECT_TRUE(changes[0].oldValue.is_null());
    EXPECT_EQ(changes[0].newValue, true);
    EXPECT_EQ(changes[1].oldValue, "x");
    EXPECT_TRUE(changes[1].newValue.is_null());
}

TEST(AuditChanges, numbers_that_differ_only_in_type_are_equal_and_strings_are_not_numbers)
{
    EXPECT_TRUE(AuditChanges::between(R"({"amount":5})", R"({"amount":5.0})").isEmpty());
    EXPECT_EQ(AuditChanges::between(R"({"code":"5"})", R"({"code":5})").size(), 1);
}

TEST(AuditChanges, identical_values_and_two_empty_sides_give_no_changes)
{
    const QByteArray record = bytes(JsonRecordEncoder::customer(customer()));
    EXPECT_TRUE(AuditChanges::between(record, record).isEmpty());
    EXPECT_TRUE(AuditChanges::between({}, {}).isEmpty());
    EXPECT_TRUE(AuditChanges::between({}, "{}").isEmpty());
}

TEST(AuditChanges, values_that_are_not_objects_are_compared_as_a_whole)
{
    auto changes = AuditChanges::between("[1,2]", "[1,3]");
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes[0].field, QString());
    EXPECT_EQ(changes[0].newValue, json::parse("[1,3]"));

    changes = AuditChanges::between("not json {", R"({"a":1})");
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes[0].oldValue, "not json {"); // kept as text, never dropped or thrown
    EXPECT_EQ(changes[0].newValue, json::parse(R"({"a":1})"));
}

TEST(AuditChanges, an_update_leaves_out_the_version_and_updated_at_every_save_changes)
{
    const auto update = AuditChanges::between(R"({"name":"قدیم","version":3,"updated_at":"2026-11-20T10:00:00Z"})",
                                              R"({"name":"جدید","version":4,"updated_at":"2026-11-24T08:00:00Z"})");
    EXPECT_EQ(AuditChanges::fields(update), QStringList { QStringLiteral("name") });
    // A save that changed nothing else lists nothing.
    EXPECT_TRUE(AuditChanges::between(R"({"name":"x","version":1})", R"({"name":"x","version":2})").isEmpty());
    // A create still shows the whole record.
    EXPECT_EQ(AuditChanges::fields(AuditChanges::between({}, R"({"name":"x","version":1})")),
              (QStringList { QStringLiteral("name"), QStringLiteral("version") }));
}
