#pragma once
// Changing an order's status from any screen (order page, support desk):
// through OrderService, announced with Workspace::orderChanged; a refusal
// (a transition not allowed, or someone else changed the order since the
// screen showed it) comes back as the service's message in the UI language
// and changes nothing.
#include "ConcurrentChangeError.h"
#include "Order.h"

#include <QString>
#include <optional>

namespace peyvand {
class Workspace;
}

namespace peyvand::OrderStatusAction {

struct Result
{
    QString refusal; // empty when the order moved; else why not (also for a database failure)
    // Set when the refusal is that someone else changed the order since
    // `expectedVersion`: the screen offers to reload (ConcurrentChangeBox).
    std::optional<ConcurrentChangeError> conflict;

    bool moved() const { return refusal.isEmpty(); }
};

// expectedVersion: the order's version as the screen shows it (0: not checked).
Result apply(Workspace &workspace, qint64 orderId, OrderStatus to, const QString &note = {},
             qint64 expectedVersion = 0);

} // namespace peyvand::OrderStatusAction
