#pragma once
// The allowed order status transitions: registered → confirmed → paid → shipped
// → delivered; cancelled from any status before shipping; returned after delivery.
#include "Order.h"

#include <QList>

namespace peyvand::OrderStatusFlow {

bool canMove(OrderStatus from, OrderStatus to);
QList<OrderStatus> nextStatuses(OrderStatus from);
// Throws ValidationError (field "status") naming both statuses when refused.
void ensureCanMove(OrderStatus from, OrderStatus to);

} // namespace peyvand::OrderStatusFlow
