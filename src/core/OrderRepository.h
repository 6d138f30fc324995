#pragma once
// Orders with their lines, payments and status history.
#include "Order.h"
#include "OrderQuery.h"

#include <QList>
#include <optional>

namespace peyvand {

class OrderRepository
{
public:
    virtual ~OrderRepository() = default;
    // Stores the order, its lines and its first history row; assigns a number
    // when it has none. Returns the id.
    virtual qint64 add(const Order &order) = 0;
    virtual std::optional<Order> get(qint64 id) const = 0; // with lines, payments, history
    virtual std::optional<qint64> idByNumber(const QString &number) const = 0;
    virtual QList<Order> forCustomer(qint64 customerId, int limit) const = 0; // without children, newest first
    // Orders now in `status`, most recently changed first (without children).
    virtual QList<Order> inStatus(OrderStatus status, int limit) const = 0;
    virtual qint64 countInStatus(OrderStatus status) const = 0;
    // Status changes of all of a customer's orders, newest first.
    virtual QList<OrderStatusEvent> statusEventsForCustomer(qint64 customerId, int limit) const = 0;
    // The three changes of an order: each checks the order's version against
    // expectedVersion (0: not checked) and counts one more, as
    // CustomerRepository::update (ConcurrentChangeError, NotFoundError).
    // Returns the new version.
    virtual qint64 recordStatusChange(qint64 orderId, const OrderStatusChange &change, qint64 expectedVersion) = 0;
    // Returns the new version.
    virtual qint64 setTrackingCode(qint64 orderId, const QString &code, qint64 expectedVersion) = 0;
    // Returns the payment's id (the order's version is one more).
    virtual qint64 addPayment(qint64 orderId, const Payment &payment, qint64 expectedVersion) = 0;

    // The support desk's orders list: newest first (created_at, id descending),
    // key-paged by `query.after`, each row with its customer's name (one query).
    virtual QList<OrderRow> list(const OrderQuery &query) const = 0;
    // How many orders the query's filters match (the cursor and limit ignored).
    virtual qint64 count(const OrderQuery &query) const = 0;
    // The newest `perCustomer` orders of each customer (without children), newest
    // first within each customer, customers in the order given.
    virtual QList<Order> forCustomers(const QList<qint64> &customerIds, int perCustomer) const = 0;
};

} // namespace peyvand
