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

    qint64 create(Order order, qint64 userId);
    void changeStatus(qint64 orderId, OrderStatus to, qint64 userId, const QString &note = {});
    qint64 addPayment(qint64 orderId, Payment payment);
    void setTrackingCode(qint64 orderId, const QString &code);
    Order get(qint64 id) const;
    Order getByNumber(const QString &number) const; // any digit form

private:
    DataStore &m_store;
    const Clock &m_clock;
};

} // namespace peyvand
