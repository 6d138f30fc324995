#pragma once
// Orders: create with validated lines, move the status along the allowed
// transitions only, record payments; find orders by what a caller gives.
#include "Clock.h"
#include "DataStore.h"

namespace peyvand {

class OrderService
{
public:
    OrderService(DataStore &store, const Clock &clock);

    // Permissions: creating orders and recording payments need edit_orders on
    // the order's owner (the owner of its deal, or of its customer when it has
    // no deal); status changes and tracking codes need change_order_status;
    // reads need read_customers.

    // A new order directly for a customer (order.customerId); validated lines,
    // number assigned when empty, status registered. Returns the id.
    qint64 create(Order order, qint64 userId);
    // A new order from a won deal: the customer and the deal link come from the
    // deal. An open or lost deal is refused (ValidationError "deal_id", "not_won").
    qint64 createFromDeal(qint64 dealId, const QList<OrderLine> &lines, qint64 userId);
    // The changes of an order below take expectedVersion: the order's version
    // as the caller showed it (0: not checked). Someone else's change since is
    // refused with ConcurrentChangeError and nothing is written. Each change
    // counts one more version.
    //
    // Moves the status along OrderStatusFlow only and records who, when and the
    // note (on the customer's timeline). A refusal names the current status and
    // the allowed next ones; nothing changes then. Returns the new version.
    qint64 changeStatus(qint64 orderId, OrderStatus to, qint64 userId, const QString &note = {},
                        qint64 expectedVersion = 0);
    // Returns the payment's id.
    qint64 addPayment(qint64 orderId, Payment payment, qint64 expectedVersion = 0);
    // Returns the new version.
    qint64 setTrackingCode(qint64 orderId, const QString &code, qint64 expectedVersion = 0);
    Order get(qint64 id) const;
    // A customer's newest `limit` orders.
    QList<Order> forCustomer(qint64 customerId, int limit) const;
    Order getByNumber(const QString &number) const; // any digit form

private:
    Order load(qint64 id) const; // unchecked
    // Who owns an order: its deal's owner, else its customer's (0: nobody).
    qint64 ownerOf(qint64 customerId, const std::optional<qint64> &dealId) const;

    DataStore &m_store;
    const Clock &m_clock;
};

} // namespace peyvand
