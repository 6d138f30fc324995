#pragma once
// Orders with their lines, payments and status history in PostgreSQL; the
// same rows and answers as SqliteOrderRepository. A new order's id (and so
// its number, 100000 + id) comes from the table's identity sequence, which two
// PCs adding orders at once never share (SQLite's max(id) + 1 would collide).
#include "OrderRepository.h"

namespace peyvand {

class PgConnection;

class PgOrderRepository final : public OrderRepository
{
public:
    explicit PgOrderRepository(PgConnection &connection)
        : m_connection(connection)
    {
    }
    qint64 add(const Order &order) override;
    std::optional<Order> get(qint64 id) const override;
    std::optional<qint64> idByNumber(const QString &number) const override;
    QList<Order> forCustomer(qint64 customerId, int limit) const override;
    QList<Order> inStatus(OrderStatus status, int limit) const override;
    qint64 countInStatus(OrderStatus status) const override;
    QList<OrderStatusEvent> statusEventsForCustomer(qint64 customerId, int limit) const override;
    qint64 recordStatusChange(qint64 orderId, const OrderStatusChange &change, qint64 expectedVersion) override;
    qint64 setTrackingCode(qint64 orderId, const QString &code, qint64 expectedVersion) override;
    qint64 addPayment(qint64 orderId, const Payment &payment, qint64 expectedVersion) override;
    QList<OrderRow> list(const OrderQuery &query) const override;
    qint64 count(const OrderQuery &query) const override;
    QList<Order> forCustomers(const QList<qint64> &customerIds, int perCustomer) const override;

private:
    void insertHistory(qint64 orderId, const OrderStatusChange &change);
    qint64 insertPayment(qint64 orderId, const Payment &payment);
    PgConnection &m_connection;
};

} // namespace peyvand
