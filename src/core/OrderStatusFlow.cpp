#include "OrderStatusFlow.h"

#include "ValidationError.h"

namespace peyvand::OrderStatusFlow {

QList<OrderStatus> nextStatuses(OrderStatus from)
{
    switch (from) {
    case OrderStatus::Registered:
        return { OrderStatus::Confirmed, OrderStatus::Cancelled };
    case OrderStatus::Confirmed:
        return { OrderStatus::Paid, OrderStatus::Cancelled };
    case OrderStatus::Paid:
        return { OrderStatus::Shipped, OrderStatus::Cancelled };
    case OrderStatus::Shipped:
        return { OrderStatus::Delivered };
    case OrderStatus::Delivered:
        return { OrderStatus::Returned };
    case OrderStatus::Cancelled:
    case OrderStatus::Returned:
        return {};
    }
    return {};
}

bool canMove(OrderStatus from, OrderStatus to)
{
    return nextStatuses(from).contains(to);
}

void ensureCanMove(OrderStatus from, OrderStatus to)
{
    if (canMove(from, to))
        return;
    throw ValidationError(QStringLiteral("status"), QStringLiteral("transition"),
                          QStringLiteral("an order that is %1 cannot become %2").arg(toCode(from), toCode(to)),
                          QStringLiteral("سفارش «%1» را نمی‌توان به وضعیت «%2» برد")
                              .arg(toPersian(from), toPersian(to)));
}

} // namespace peyvand::OrderStatusFlow
