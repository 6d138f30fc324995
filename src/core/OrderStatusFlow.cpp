#include "OrderStatusFlow.h"

#include "ValidationError.h"

#include <QStringList>

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

QString allowedText(OrderStatus from)
{
    QStringList codes;
    for (OrderStatus s : nextStatuses(from))
        codes << toCode(s);
    return codes.isEmpty() ? QStringLiteral("none, it is final") : codes.join(QStringLiteral(", "));
}

QString allowedPersian(OrderStatus from)
{
    QStringList labels;
    for (OrderStatus s : nextStatuses(from))
        labels << QStringLiteral("«%1»").arg(toPersian(s));
    return labels.isEmpty() ? QStringLiteral("هیچ؛ این وضعیت نهایی است") : labels.join(QStringLiteral("، "));
}

void ensureCanMove(OrderStatus from, OrderStatus to)
{
    if (canMove(from, to))
        return;
    throw ValidationError(QStringLiteral("status"), QStringLiteral("transition"),
                          QStringLiteral("an order that is %1 cannot become %2; allowed next: %3")
                              .arg(toCode(from), toCode(to), allowedText(from)),
                          QStringLiteral("سفارش «%1» را نمی‌توان به وضعیت «%2» برد؛ وضعیت‌های مجاز بعدی: "
                                         "%3")
                              .arg(toPersian(from), toPersian(to), allowedPersian(from)));
}

} // namespace peyvand::OrderStatusFlow
