#pragma once
// The allowed order status transitions: registered → confirmed → paid → shipped
// → delivered; cancelled from any status before shipping; returned after delivery.
#include "Order.h"

#include <QList>

namespace peyvand::OrderStatusFlow {

bool canMove(OrderStatus from, OrderStatus to);
QList<OrderStatus> nextStatuses(OrderStatus from);
// Throws ValidationError (field "status", code "transition") naming the current
// status, the refused one and the allowed next ones, in English and Persian.
void ensureCanMove(OrderStatus from, OrderStatus to);
// The allowed next statuses as codes ("confirmed, cancelled") or "none, it is final".
QString allowedText(OrderStatus from);
// The same in Persian labels («تأیید شده»، «لغو شده»).
QString allowedPersian(OrderStatus from);

} // namespace peyvand::OrderStatusFlow
