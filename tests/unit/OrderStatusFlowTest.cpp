#include "OrderStatusFlow.h"

#include "Order.h"
#include "TestPrinters.h"
#include "ValidationError.h"

#include <gtest/gtest.h>
#include <set>
#include <utility>

using peyvand::OrderStatus;
using peyvand::ValidationError;
namespace Flow = peyvand::OrderStatusFlow;

namespace {

const OrderStatus kAll[]
    = { OrderStatus::Registered, OrderStatus::Confirmed, OrderStatus::Paid,    OrderStatus::Shipped,
        OrderStatus::Delivered,  OrderStatus::Cancelled, OrderStatus::Returned };

// The whole allowed set from the domain brief; everything else is refused.
const std::set<std::pair<OrderStatus, OrderStatus>> kAllowed = {
    { OrderStatus::Registered, OrderStatus::Confirmed }, { OrderStatus::Confirmed, OrderStatus::Paid },
    { OrderStatus::Paid, OrderStatus::Shipped },         { OrderStatus::Shipped, OrderStatus::Delivered },
    { OrderStatus::Registered, OrderStatus::Cancelled }, { OrderStatus::Confirmed, OrderStatus::Cancelled },
    { OrderStatus::Paid, OrderStatus::Cancelled },       { OrderStatus::Delivered, OrderStatus::Returned },
};

std::string name(OrderStatus s)
{
    return peyvand::toCode(s).toStdString();
}

} // namespace

TEST(OrderStatusFlow, allows_the_forward_path_registered_to_delivered)
{
    EXPECT_TRUE(Flow::canMove(OrderStatus::Registered, OrderStatus::Confirmed));
    EXPECT_TRUE(Flow::canMove(OrderStatus::Confirmed, OrderStatus::Paid));
    EXPECT_TRUE(Flow::canMove(OrderStatus::Paid, OrderStatus::Shipped));
    EXPECT_TRUE(Flow::canMove(OrderStatus::Shipped, OrderStatus::Delivered));
}

TEST(OrderStatusFlow, allows_cancelling_only_before_shipping)
{
    EXPECT_TRUE(Flow::canMove(OrderStatus::Registered, OrderStatus::Cancelled));
    EXPECT_TRUE(Flow::canMove(OrderStatus::Confirmed, OrderStatus::Cancelled));
    EXPECT_TRUE(Flow::canMove(OrderStatus::Paid, OrderStatus::Cancelled));
    EXPECT_FALSE(Flow::canMove(OrderStatus::Shipped, OrderStatus::Cancelled));
    EXPECT_FALSE(Flow::canMove(OrderStatus::Delivered, OrderStatus::Cancelled));
    EXPECT_FALSE(Flow::canMove(OrderStatus::Returned, OrderStatus::Cancelled));
}

TEST(OrderStatusFlow, allows_returning_only_after_delivery)
{
    for (const OrderStatus from : kAll)
        EXPECT_EQ(Flow::canMove(from, OrderStatus::Returned), from == OrderStatus::Delivered) << name(from);
}

TEST(OrderStatusFlow, decides_every_pair_of_statuses_as_the_domain_brief_says)
{
    int allowed = 0;
    for (const OrderStatus from : kAll) {
        for (const OrderStatus to : kAll) {
            const bool expected = kAllowed.count({ from, to }) == 1;
            EXPECT_EQ(Flow::canMove(from, to), expected) << name(from) << " -> " << name(to);
            allowed += Flow::canMove(from, to) ? 1 : 0;
        }
    }
    EXPECT_EQ(allowed, 8);
}

TEST(OrderStatusFlow, refuses_staying_in_the_same_status)
{
    for (const OrderStatus s : kAll)
        EXPECT_FALSE(Flow::canMove(s, s)) << name(s);
}

TEST(OrderStatusFlow, refuses_skipping_and_going_backwards)
{
    EXPECT_FALSE(Flow::canMove(OrderStatus::Registered, OrderStatus::Paid));
    EXPECT_FALSE(Flow::canMove(OrderStatus::Registered, OrderStatus::Delivered));
    EXPECT_FALSE(Flow::canMove(OrderStatus::Confirmed, OrderStatus::Shipped));
    EXPECT_FALSE(Flow::canMove(OrderStatus::Paid, OrderStatus::Confirmed));
    EXPECT_FALSE(Flow::canMove(OrderStatus::Delivered, OrderStatus::Shipped));
    EXPECT_FALSE(Flow::canMove(OrderStatus::Cancelled, OrderStatus::Registered));
    EXPECT_FALSE(Flow::canMove(OrderStatus::Returned, OrderStatus::Delivered));
}

TEST(OrderStatusFlow, lists_next_statuses_in_order_for_each_status)
{
    using L = QList<OrderStatus>;
    EXPECT_EQ(Flow::nextStatuses(OrderStatus::Registered), (L { OrderStatus::Confirmed, OrderStatus::Cancelled }));
    EXPECT_EQ(Flow::nextStatuses(OrderStatus::Confirmed), (L { OrderStatus::Paid, OrderStatus::Cancelled }));
    EXPECT_EQ(Flow::nextStatuses(OrderStatus::Paid), (L { OrderStatus::Shipped, OrderStatus::Cancelled }));
    EXPECT_EQ(Flow::nextStatuses(OrderStatus::Shipped), (L { OrderStatus::Delivered }));
    EXPECT_EQ(Flow::nextStatuses(OrderStatus::Delivered), (L { OrderStatus::Returned }));
}

TEST(OrderStatusFlow, has_no_next_status_after_cancelled_or_returned)
{
    EXPECT_TRUE(Flow::nextStatuses(OrderStatus::Cancelled).isEmpty());
    EXPECT_TRUE(Flow::nextStatuses(OrderStatus::Returned).isEmpty());
}

TEST(OrderStatusFlow, ensure_can_move_accepts_every_allowed_pair)
{
    for (const auto &[from, to] : kAllowed)
        EXPECT_NO_THROW(Flow::ensureCanMove(from, to)) << name(from) << " -> " << name(to);
}

TEST(OrderStatusFlow, ensure_can_move_throws_for_every_refused_pair)
{
    for (const OrderStatus from : kAll) {
        for (const OrderStatus to : kAll) {
            if (kAllowed.count({ from, to }) == 0) {
                EXPECT_THROW(Flow::ensureCanMove(from, to), ValidationError) << name(from) << " -> " << name(to);
            }
        }
    }
}

TEST(OrderStatusFlow, refusal_names_field_code_and_both_statuses)
{
    try {
        Flow::ensureCanMove(OrderStatus::Shipped, OrderStatus::Cancelled);
        FAIL() << "shipped -> cancelled was accepted";
    } catch (const ValidationError &e) {
        EXPECT_EQ(e.field(), QStringLiteral("status"));
        EXPECT_EQ(e.code(), QStringLiteral("transition"));
        EXPECT_EQ(e.message(),
                  QStringLiteral("an order that is shipped cannot become cancelled; allowed next: delivered"));
        EXPECT_EQ(e.persianMessage(),
                  QStringLiteral("سفارش «ارسال شده» را نمی‌توان به وضعیت «لغو شده» برد؛ وضعیت‌های مجاز بعدی: "
                                 "«تحویل شده»"));
    }
}
