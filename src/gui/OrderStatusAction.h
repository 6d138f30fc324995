#pragma once
// Changing an order's status from any screen (order page, support desk):
// through OrderService, announced with Workspace::orderChanged; a refusal
// (a transition not allowed, or someone else moved the order meanwhile)
// comes back as the service's message in the UI language and changes nothing.
#include "Order.h"

#include <QString>

namespace peyvand {
class Workspace;
}

namespace peyvand::OrderStatusAction {

// Empty when the order moved; else why not (also for a database failure).
QString apply(Workspace &workspace, qint64 orderId, OrderStatus to, const QString &note = {});

} // namespace peyvand::OrderStatusAction
