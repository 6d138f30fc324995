#include "EnumText.h"

#include "Activity.h"
#include "ContactPerson.h"
#include "Customer.h"
#include "CustomerQuery.h"
#include "Deal.h"
#include "Order.h"
#include "Pipeline.h"
#include "ServiceRequest.h"
#include "TestPrinters.h"
#include "User.h"

#include <gtest/gtest.h>
#include <set>

using namespace peyvand;

namespace {

// Every row's code and label, looked up through the public functions.
template<typename E> void expectConsistentTable()
{
    std::set<QString> codes;
    std::set<QString> labels;
    for (const auto &row : EnumInfo<E>::rows) {
        const QString code = toCode(row.value);
        EXPECT_FALSE(code.isEmpty());
        EXPECT_EQ(code, code.toLower()) << code.toStdString();
        EXPECT_TRUE(codes.insert(code).second) << "duplicate code " << code.toStdString();
        EXPECT_TRUE(labels.insert(toPersian(row.value)).second) << "duplicate label for " << code.toStdString();
        EXPECT_FALSE(toPersian(row.value).isEmpty()) << code.toStdString();
        const auto back = fromCode<E>(code);
        ASSERT_TRUE(back.has_value()) << code.toStdString();
        EXPECT_EQ(*back, row.value) << code.toStdString();
    }
}

} // namespace

TEST(EnumText, gives_stable_codes_for_order_statuses)
{
    EXPECT_EQ(toCode(OrderStatus::Registered), QStringLiteral("registered"));
    EXPECT_EQ(toCode(OrderStatus::Delivered), QStringLiteral("delivered"));
    EXPECT_EQ(toCode(OrderStatus::Returned), QStringLiteral("returned"));
}

TEST(EnumText, gives_persian_labels_from_the_domain_brief)
{
    EXPECT_EQ(toPersian(OrderStatus::Registered), QStringLiteral("ثبت شده"));
    EXPECT_EQ(toPersian(OrderStatus::Confirmed), QStringLiteral("تأیید شده"));
    EXPECT_EQ(toPersian(OrderStatus::Paid), QStringLiteral("پرداخت شده"));
    EXPECT_EQ(toPersian(OrderStatus::Shipped), QStringLiteral("ارسال شده"));
    EXPECT_EQ(toPersian(OrderStatus::Delivered), QStringLiteral("تحویل شده"));
    EXPECT_EQ(toPersian(OrderStatus::Cancelled), QStringLiteral("لغو شده"));
    EXPECT_EQ(toPersian(OrderStatus::Returned), QStringLiteral("مرجوع شده"));
    EXPECT_EQ(toPersian(CustomerKind::Legal), QStringLiteral("حقوقی"));
    EXPECT_EQ(toPersian(CustomerKind::Individual), QStringLiteral("حقیقی"));
    EXPECT_EQ(toPersian(UserRole::SalesRep), QStringLiteral("کارشناس فروش"));
}

TEST(EnumText, reads_codes_case_insensitively)
{
    EXPECT_EQ(fromCode<OrderStatus>(QStringLiteral("PAID")), OrderStatus::Paid);
    EXPECT_EQ(fromCode<CustomerKind>(QStringLiteral("Legal")), CustomerKind::Legal);
    EXPECT_EQ(fromCode<LostReason>(QStringLiteral("No_Trust")), LostReason::NoTrust);
}

TEST(EnumText, returns_nothing_for_unknown_code)
{
    EXPECT_FALSE(fromCode<OrderStatus>(QStringLiteral("lost")).has_value());
    EXPECT_FALSE(fromCode<OrderStatus>(QString()).has_value());
    EXPECT_FALSE(fromCode<OrderStatus>(QStringLiteral(" paid")).has_value());
    // A Persian label is not a code.
    EXPECT_FALSE(fromCode<OrderStatus>(QStringLiteral("پرداخت شده")).has_value());
}

TEST(EnumText, lists_all_codes_in_declaration_order)
{
    EXPECT_EQ(allCodes<OrderStatus>(),
              QStringLiteral("registered|confirmed|paid|shipped|delivered|cancelled|returned"));
    EXPECT_EQ(allCodes<CustomerKind>(), QStringLiteral("legal|individual"));
    EXPECT_EQ(allCodes<Direction>(), QStringLiteral("none|in|out"));
}

TEST(EnumText, keeps_documented_codes_that_differ_from_enum_names)
{
    EXPECT_EQ(toCode(Direction::Inbound), QStringLiteral("in"));
    EXPECT_EQ(toCode(LostReason::NoPerceivedValue), QStringLiteral("no_value"));
    EXPECT_EQ(toCode(LostReason::FearOfDependence), QStringLiteral("dependence"));
    EXPECT_EQ(toCode(RequestStatus::InProgress), QStringLiteral("in_progress"));
    EXPECT_EQ(toCode(UserRole::SalesRep), QStringLiteral("sales_rep"));
    EXPECT_EQ(toCode(CustomerSort::CreatedAt), QStringLiteral("created"));
}

TEST(EnumText, round_trips_every_value_of_every_enum)
{
    expectConsistentTable<CustomerKind>();
    expectConsistentTable<Lifecycle>();
    expectConsistentTable<SourceChannel>();
    expectConsistentTable<OrderStatus>();
    expectConsistentTable<PaymentMethod>();
    expectConsistentTable<ActivityType>();
    expectConsistentTable<Direction>();
    expectConsistentTable<BuyingRole>();
    expectConsistentTable<Attitude>();
    expectConsistentTable<DealStatus>();
    expectConsistentTable<LostReason>();
    expectConsistentTable<StageOutcome>();
    expectConsistentTable<RequestStatus>();
    expectConsistentTable<Priority>();
    expectConsistentTable<UserRole>();
    expectConsistentTable<CustomerSort>();
}

TEST(EnumText, has_one_row_per_enum_value)
{
    EXPECT_EQ(EnumInfo<OrderStatus>::rows.size(), 7u);
    EXPECT_EQ(EnumInfo<BuyingRole>::rows.size(), 6u);
    EXPECT_EQ(EnumInfo<LostReason>::rows.size(), 7u);
    EXPECT_EQ(EnumInfo<SourceChannel>::rows.size(), 6u);
}
