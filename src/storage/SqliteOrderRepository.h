#pragma once
// Orders, lines, payments and status history in SQLite.
#include "OrderRepository.h"

namespace peyvand {

class SqliteDatabase;

class SqliteOrderRepository final : public OrderRepository
{
public:
    explicit SqliteOrderRepository(SqliteDatabase &db)
        : m_db(db)
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
    SqliteDatabase &m_db;
};

} // namespace peyvand
